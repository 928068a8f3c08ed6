/**
 * npm run profile:build [-- 1000]: where a build spends its time. Builds the real content plus N generated pages
 * (default 1,000; 0 for the real content alone) under .scratch/ with Node's CPU profiler on, then prints for each phase
 * of the build (the same phases as npm run bench) which packages and which of our own files took the time.
 * The profile (.cpuprofile, to open in Chrome DevTools) stays in .scratch/profile/. Figures, not assertions.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PHASES, phaseWindows, type OutputLine } from './lib/build-phases.ts';
import { siteBuildCommand } from './lib/site-build.ts';
import { addSyntheticPages, copyContent } from './lib/synthetic-content.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, '.scratch', 'profile');
const SEED = 20261123;

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

/** Who a sample belongs to: an npm package, one of our files, or what V8 does itself (GC, idle). */
function owner(frame: CpuProfile['nodes'][number]['callFrame']): string | undefined {
  // The root of every stack says nothing about who worked.
  if (frame.functionName === '(root)') return undefined;
  if (['(garbage collector)', '(idle)', '(program)'].includes(frame.functionName)) return frame.functionName;
  if (!frame.url) return '(Node zelf)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(frame.url);
  if (pkg) return pkg[1]!;
  if (frame.url.includes('/.prerender/')) return '(gebouwde site: pagina\'s en componenten)';
  if (frame.url.startsWith('node:')) return '(Node zelf)';
  return path.relative(root, frame.url.replace(/^file:\/\//, ''));
}

/** Milliseconds per owner within [from, to] (microseconds since the profile's start), counting each owner once per sample. */
function inclusiveByOwner(profile: CpuProfile, from: number, to: number): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const totals = new Map<string, number>();
  let t = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    if (t < from || t > to) return;
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
      const name = owner(byId.get(node)!.callFrame);
      if (name && !seen.has(name)) {
        seen.add(name);
        totals.set(name, (totals.get(name) ?? 0) + delta / 1000);
      }
    }
  });
  return totals;
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 1000);
  if (!Number.isInteger(count) || count < 0) throw new Error(`Geef een aantal pagina's, zoals 1000 (nu: "${process.argv[2]}").`);
  rmSync(work, { recursive: true, force: true });
  const contentDir = path.join(work, 'content');
  copyContent(path.join(root, 'content'), contentDir);
  if (count > 0) addSyntheticPages(contentDir, count, SEED);
  mkdirSync(path.join(work, 'cpu'), { recursive: true });

  console.log(`Bouwen met CPU-profiel: echte inhoud + ${count} pagina's…`);
  const start = performance.now();
  const lines: OutputLine[] = [];
  // The profile is of the Astro process; the steps after it (search index, service worker) run in the build script's
  // own process and show up in npm run bench.
  const [command, args] = siteBuildCommand();
  const child = spawn(
    command,
    args,
    {
      cwd: root,
      env: { ...process.env, BUILD_NODE_ARGS: `--cpu-prof --cpu-prof-dir=${path.join(work, 'cpu')}`, CONTENT_DIR: contentDir, ASTRO_OUT_DIR: path.join(work, 'dist'), ASTRO_CACHE_DIR: path.join(work, 'cache') },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const collect = (chunk: Buffer) => {
    for (const text of chunk.toString().split('\n')) if (text.trim()) lines.push({ at: performance.now() - start, text });
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const end = performance.now() - start;
  if (code !== 0) throw new Error(`De bouw mislukte (code ${code}):\n${lines.slice(-40).map((l) => l.text).join('\n')}`);

  const file = readdirSync(path.join(work, 'cpu')).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('Node schreef geen CPU-profiel.');
  const profile = JSON.parse(readFileSync(path.join(work, 'cpu', file), 'utf8')) as CpuProfile;
  // The profile starts when the build process does; the output times count from the spawn, a few ms earlier.
  const windows = phaseWindows(lines, 0, end);
  for (const phase of PHASES) {
    const [from, until] = windows[phase.key];
    const totals = [...inclusiveByOwner(profile, from * 1000, until * 1000)].sort((a, b) => b[1] - a[1]).slice(0, 12);
    console.log(`\n${phase.label}: ${((until - from) / 1000).toFixed(1)} s (tijd in het hoofdproces, per pakket of bestand, inclusief wat het aanroept)`);
    for (const [name, ms] of totals) console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${name}`);
  }
  console.log(`\nHet profiel staat in ${path.relative(root, path.join(work, 'cpu', file))} (te openen in Chrome DevTools, tab Performance).`);
}

if (import.meta.main) await main();
