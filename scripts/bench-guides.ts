/**
 * npm run bench:guides: how the guide engine and the page build scale. First the real guides: each one's states
 * against its budget and the time to validate, walk and evaluate it, and the time to build the whole real site.
 * Then a synthetic guide of about 5,000 states: the time to validate, walk and evaluate it, and the time Astro
 * takes to build its pages (against a build of the same content with a tiny guide, to separate the fixed cost).
 * Figures, not assertions: timings depend on the machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluateGuide } from '../src/guide/evaluate.ts';
import { loadKnownTargets, loadYamlFile } from '../src/guide/load.ts';
import { guideSchema, type Guide } from '../src/guide/schema.ts';
import { validateGuide } from '../src/guide/validate.ts';
import { walkGuide } from '../src/guide/walk.ts';
import { copyContent, recommendableTargets, replaceGuides, syntheticGuide } from './lib/synthetic-content.ts';
import { siteBuildCommand } from './lib/site-build.ts';

const root = path.resolve(import.meta.dirname, '..');
// Inside the project (git-ignored): a build whose output lies outside it writes into the shared .astro/ folder.
const scratchRoot = path.join(root, '.scratch');

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const result = fn();
  return [result, performance.now() - start];
}

function build(contentDir: string): { ms: number; pages: number } {
  mkdirSync(scratchRoot, { recursive: true });
  const out = mkdtempSync(path.join(scratchRoot, 'bench-guides-out-'));
  try {
    const start = performance.now();
    const [command, args] = siteBuildCommand();
    const run = spawnSync(command, args, {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_OUT_DIR: path.join(out, 'dist'), ASTRO_CACHE_DIR: path.join(out, 'cache') },
      encoding: 'utf8',
      // Astro logs a line per page: over 10,000 pages is more than spawnSync's default 1 MB, which kills the build.
      maxBuffer: 256 * 1024 * 1024,
    });
    const ms = performance.now() - start;
    if (run.status !== 0) throw new Error(`De bouw mislukte${run.error ? ` (${run.error.message})` : ''}:\n${run.stdout}\n${run.stderr}`);
    const pages = readdirSync(path.join(out, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
    return { ms, pages };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const contentDir = path.join(root, 'content');
const known = await loadKnownTargets(contentDir);

const row = (label: string, value: string) => console.log(`${label.padEnd(42)} ${value}`);
console.log(`\nKeuzehulp-benchmark (${new Date().toISOString().slice(0, 10)}, ${cpus().length} kernen, Node ${process.versions.node})\n`);

// The real guides, as editors wrote them.
for (const file of readdirSync(path.join(contentDir, 'gidsen')).filter((f) => f.endsWith('.yaml')).sort()) {
  const loaded = await loadYamlFile(path.join(contentDir, 'gidsen', file));
  const [report, ms] = time(() => validateGuide(loaded.data, { file, targets: known }));
  if (!report.guide) throw new Error(`${file} is niet geldig.`);
  const real = report.guide;
  const [realStates, realWalkMs] = time(() => [...walkGuide(real)]);
  const realResults = realStates.filter((s) => s.kind === 'result');
  const [, realEvaluateMs] = time(() => realResults.forEach((s) => evaluateGuide(real, s.answers)));
  row(`${file}`, `${report.states} toestanden van budget ${real.budget} (${realResults.length} uitslagen); elke toestand is een pagina op /gids/ en op /embed/gids/`);
  row('  valideren, doorlopen, alle uitslagen evalueren', `${ms.toFixed(0)} ms, ${realWalkMs.toFixed(0)} ms, ${realEvaluateMs.toFixed(0)} ms`);
}
const site = build(contentDir);
row('bouw van de hele echte site', `${(site.ms / 1000).toFixed(1)} s (${site.pages} pagina's)`);
console.log('');

const targets = recommendableTargets(known);
const guideData = syntheticGuide([8, 6, 5, 4, 4], targets);
const guide: Guide = guideSchema.parse(guideData);

const [validation, validateMs] = time(() => validateGuide(guideData, { file: 'synthetisch.yaml', targets: known }));
const [states, walkMs] = time(() => [...walkGuide(guide)]);
const results = states.filter((s) => s.kind === 'result');
const [, evaluateMs] = time(() => results.forEach((s) => evaluateGuide(guide, s.answers)));
if (validation.issues.some((i) => i.severity === 'error')) throw new Error('De synthetische keuzehulp is niet geldig.');

// The same site content twice: once with a tiny guide, once with the synthetic one.
mkdirSync(scratchRoot, { recursive: true });
const scratch = mkdtempSync(path.join(scratchRoot, 'bench-guides-content-'));
const withGuide = (name: string, guide: Record<string, unknown>) => {
  const dir = path.join(scratch, name);
  copyContent(contentDir, dir);
  replaceGuides(dir, guide);
  return dir;
};
let small: { ms: number; pages: number };
let large: { ms: number; pages: number };
try {
  small = build(withGuide('klein', syntheticGuide([2, 2], targets)));
  large = build(withGuide('groot', guideData));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const guidePages = large.pages - small.pages;
const guideMs = large.ms - small.ms;

row('toestanden (pagina\'s) in de synthetische gids', `${states.length} (${results.length} uitslagen)`);
row('valideren (incl. alle paden evalueren)', `${validateMs.toFixed(0)} ms`);
row('alle toestanden doorlopen (walk)', `${walkMs.toFixed(0)} ms`);
row('alle uitslagen evalueren', `${evaluateMs.toFixed(0)} ms`);
row('bouw site met kleine gids', `${(small.ms / 1000).toFixed(1)} s (${small.pages} pagina's)`);
row('bouw site met synthetische gids', `${(large.ms / 1000).toFixed(1)} s (${large.pages} pagina's)`);
row('extra bouwtijd voor de gidspagina\'s', `${(guideMs / 1000).toFixed(1)} s voor ${guidePages} pagina's = ${(guidePages / (guideMs / 1000)).toFixed(0)} pagina's/s`);
