/**
 * npm run bench:guides: how the guide engine and the page build scale. Generates a synthetic guide of about
 * 5,000 states, then prints the time to validate, walk and evaluate it, and the time Astro takes to build
 * its pages (against a build of the same content with a tiny guide, to separate the fixed cost).
 * Figures, not assertions: timings depend on the machine.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { stringify } from 'yaml';
import { evaluateGuide } from '../src/guide/evaluate.ts';
import { loadKnownTargets } from '../src/guide/load.ts';
import { guideSchema, type Guide } from '../src/guide/schema.ts';
import { validateGuide } from '../src/guide/validate.ts';
import { walkGuide } from '../src/guide/walk.ts';

const root = path.resolve(import.meta.dirname, '..');

/** Questions of the given widths in a row; every answer of the last one ends the guide. Returns the file's data. */
function syntheticGuide(widths: number[], targets: string[]): Record<string, unknown> {
  const questions: Record<string, unknown> = {};
  widths.forEach((width, i) => {
    questions[`vraag-${i + 1}`] = {
      text: `Synthetische vraag ${i + 1}?`,
      short: `Vraag ${i + 1}`,
      options: Array.from({ length: width }, (_, o) => ({ id: `antwoord-${o + 1}`, label: `Antwoord ${o + 1}`, next: i + 1 < widths.length ? `vraag-${i + 2}` : 'resultaat' })),
    };
  });
  const rules = widths.flatMap((width, i) =>
    Array.from({ length: width }, (_, o) => ({
      when: { [`vraag-${i + 1}`]: [`antwoord-${o + 1}`] },
      recommend: [targets[(i * 7 + o) % targets.length]],
      because: `Omdat bij vraag ${i + 1} antwoord ${o + 1} is gekozen.`,
    })),
  );
  rules.push({ when: {}, recommend: ['partner/werkgeversservicepunt'], because: 'Altijd.' } as never);
  return { title: 'Synthetische keuzehulp', summary: 'Een gegenereerde keuzehulp om de schaal van de motor te meten.', start: 'vraag-1', budget: 100_000, updated: '2026-11-23', questions, rules };
}

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const result = fn();
  return [result, performance.now() - start];
}

function build(contentDir: string): { ms: number; pages: number } {
  const out = mkdtempSync(path.join(tmpdir(), 'wim-bench-out-'));
  const start = performance.now();
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: contentDir, ASTRO_OUT_DIR: path.join(out, 'dist'), ASTRO_CACHE_DIR: path.join(out, 'cache') },
    encoding: 'utf8',
  });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`De bouw mislukte:\n${run.stdout}\n${run.stderr}`);
  const pages = readdirSync(path.join(out, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  rmSync(out, { recursive: true, force: true });
  return { ms, pages };
}

const contentDir = path.join(root, 'content');
const known = await loadKnownTargets(contentDir);
const targets = [...known.keys()].filter((t) => !known.get(t)?.state || ['open', 'changing'].includes(known.get(t)!.state!));
const guideData = syntheticGuide([8, 6, 5, 4, 4], targets);
const guide: Guide = guideSchema.parse(guideData);

const [validation, validateMs] = time(() => validateGuide(guideData, { file: 'synthetisch.yaml', targets: known }));
const [states, walkMs] = time(() => [...walkGuide(guide)]);
const results = states.filter((s) => s.kind === 'result');
const [, evaluateMs] = time(() => results.forEach((s) => evaluateGuide(guide, s.answers)));
if (validation.issues.some((i) => i.severity === 'error')) throw new Error('De synthetische keuzehulp is niet geldig.');

// The same site content twice: once with a tiny guide, once with the synthetic one.
const scratch = mkdtempSync(path.join(tmpdir(), 'wim-bench-content-'));
const withGuide = (name: string, yaml: string) => {
  const dir = path.join(scratch, name);
  cpSync(contentDir, dir, { recursive: true });
  rmSync(path.join(dir, 'gidsen'), { recursive: true });
  mkdirSync(path.join(dir, 'gidsen'));
  writeFileSync(path.join(dir, 'gidsen', 'synthetisch.yaml'), yaml);
  return dir;
};
const small = build(withGuide('klein', stringify(syntheticGuide([2, 2], targets))));
const large = build(withGuide('groot', stringify(guideData)));
rmSync(scratch, { recursive: true, force: true });
const guidePages = large.pages - small.pages;
const guideMs = large.ms - small.ms;

const row = (label: string, value: string) => console.log(`${label.padEnd(42)} ${value}`);
console.log(`\nKeuzehulp-benchmark (${new Date().toISOString().slice(0, 10)}, ${cpus().length} kernen, Node ${process.versions.node})\n`);
row('toestanden (pagina\'s) in de synthetische gids', `${states.length} (${results.length} uitslagen)`);
row('valideren (incl. alle paden evalueren)', `${validateMs.toFixed(0)} ms`);
row('alle toestanden doorlopen (walk)', `${walkMs.toFixed(0)} ms`);
row('alle uitslagen evalueren', `${evaluateMs.toFixed(0)} ms`);
row('bouw site met kleine gids', `${(small.ms / 1000).toFixed(1)} s (${small.pages} pagina's)`);
row('bouw site met synthetische gids', `${(large.ms / 1000).toFixed(1)} s (${large.pages} pagina's)`);
row('extra bouwtijd voor de gidspagina\'s', `${(guideMs / 1000).toFixed(1)} s voor ${guidePages} pagina's = ${(guidePages / (guideMs / 1000)).toFixed(0)} pagina's/s`);
