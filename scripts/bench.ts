/**
 * npm run bench: how the whole site scales with its content. Builds the real content plus 1,000 and 5,000
 * generated pages, and the real content with a generated guide of about 5,000 states, each in a folder of its
 * own under .scratch/. For each it measures build time, peak memory, pages per second, the size of the Pagefind
 * index and what a browser fetches for one search query, prints a table and writes it to docs/benchmarks.md.
 *
 * BENCH_SIZES=100,300 sets other page counts for a quick run; docs/benchmarks.md is then left alone unless
 * BENCH_WRITE=1. BENCH_DEBUG=1 lists every response of the search query; CHROMIUM_PATH picks another browser than
 * /usr/bin/chromium. Figures, not assertions: timings depend on the machine and on what else it is doing.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser, Page, Request } from 'playwright-core';
import { builtHtmlFiles, filesUnder } from '../src/lib/file-lists.ts';
import { loadKnownTargets } from '../src/guide/load.ts';
import { guideSchema } from '../src/guide/schema.ts';
import { walkGuide } from '../src/guide/walk.ts';
import { launchChromium, requireChromium } from '../tests/support/chromium.ts';
import { startStaticServer } from '../tests/support/static-server.ts';
import { searchScriptStarted } from '../tests/support/browser.ts';
import { BENCHMARKS_FILE, writeBenchmarkSection } from './lib/benchmarks-doc.ts';
import { PHASES, phaseWindows, type OutputLine, type PhaseKey } from './lib/build-phases.ts';
import { addSyntheticPages, copyContent, FREQUENT_WORD, recommendableTargets, replaceGuides, syntheticGuide } from './lib/synthetic-content.ts';
import { siteBuildCommand } from './lib/site-build.ts';

const root = path.resolve(import.meta.dirname, '..');
const realContent = path.join(root, 'content');
// Inside the project (git-ignored): a build whose output lies outside it writes into the shared .astro/ folder.
const scratchRoot = path.join(root, '.scratch');
const docsFile = BENCHMARKS_FILE;

const DEFAULT_SIZES = [1000, 5000];
/** Builds per scenario (BENCH_RUNS); the fastest counts. */
const BUILD_RUNS = Number(process.env['BENCH_RUNS'] ?? 2);
/** The guide shape bench:guides uses: 8 × 6 × 5 × 4 × 4 answers, about 5,000 states. */
const GUIDE_WIDTHS = [8, 6, 5, 4, 4];
const SEED = 20261123;
const SAMPLE_INTERVAL_MS = 100;
const MB = 1_000_000;

// ---------------------------------------------------------------------------------------------------------
// Settings

/** Page counts from BENCH_SIZES ("100,300"), or the default 1,000 and 5,000. */
function pageCounts(env: NodeJS.ProcessEnv): number[] {
  if (!env['BENCH_SIZES']) return DEFAULT_SIZES;
  const sizes = env['BENCH_SIZES'].split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`BENCH_SIZES moet een lijst van positieve gehele getallen zijn, zoals 100,300 (nu: "${env['BENCH_SIZES']}").`);
  return sizes;
}

/** A quick run with other sizes must not overwrite the published figures, unless asked. */
function shouldWriteDocs(env: NodeJS.ProcessEnv): boolean {
  return !env['BENCH_SIZES'] || env['BENCH_WRITE'] === '1';
}

// ---------------------------------------------------------------------------------------------------------
// Scenarios

interface Scenario {
  /** Short name for the scratch folder. */
  key: string;
  /** Column heading in the table. */
  label: string;
  /** Generated pages added to the real content (0 for the guide scenario). */
  syntheticPages: number;
  /** Turns a copy of the real content into this scenario's content. */
  prepare(contentDir: string): Promise<void>;
}

/** The real content alone: what every added page is measured against. */
const BASE_SCENARIO: Scenario = { key: 'base', label: 'echte inhoud', syntheticPages: 0, prepare: async () => {} };

function pagesScenario(count: number): Scenario {
  return {
    key: `pages-${count}`,
    label: `+${formatNumber(count)} pagina's`,
    syntheticPages: count,
    prepare: async (contentDir) => {
      addSyntheticPages(contentDir, count, SEED);
    },
  };
}

async function guideScenario(): Promise<Scenario> {
  const targets = recommendableTargets(await loadKnownTargets(realContent));
  const guide = syntheticGuide(GUIDE_WIDTHS, targets);
  const states = [...walkGuide(guideSchema.parse(guide))].length;
  return {
    key: 'guide',
    label: `gids van ${formatNumber(states)} toestanden`,
    syntheticPages: 0,
    prepare: async (contentDir) => replaceGuides(contentDir, guide),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Peak memory: the build's own process plus everything it starts (Vite workers, the Pagefind binary)

/** Pids of a process's direct children, from the children list of each of its threads (Linux /proc). */
function childPids(pid: number): number[] {
  let threads: string[];
  try {
    threads = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return threads.flatMap((tid) => {
    try {
      return readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return []; // The thread ended while we looked.
    }
  });
}

function processTree(pid: number): number[] {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) pids.push(...childPids(pids[i]!));
  return pids;
}

/** Resident memory of one process in bytes, 0 when it has ended. */
function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Samples the summed RSS of a process tree until stopped; stop() returns every sample with its time. */
function sampleRss(pid: number): { stop(): { at: number; bytes: number }[] } {
  const samples: { at: number; bytes: number }[] = [];
  const sample = () => {
    samples.push({ at: performance.now(), bytes: processTree(pid).reduce((sum, p) => sum + rssBytes(p), 0) });
  };
  sample();
  const timer = setInterval(sample, SAMPLE_INTERVAL_MS);
  return {
    stop() {
      clearInterval(timer);
      return samples;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Build

interface BuildRun {
  ms: number;
  peakRss: number;
  /** Wall-clock milliseconds of each phase of the build, in order (see PHASES). */
  phases: Record<PhaseKey, number>;
  /** The highest summed RSS seen during each phase. */
  phasePeaks: Record<PhaseKey, number>;
}

const perPhase = <T>(fn: (key: PhaseKey) => T) => Object.fromEntries(PHASES.map((p) => [p.key, fn(p.key)])) as Record<PhaseKey, T>;

/** Builds a content folder with Astro into outDir (the Pagefind index included), timing it and sampling memory. */
async function buildSite(contentDir: string, outDir: string, cacheDir: string): Promise<BuildRun> {
  const start = performance.now();
  const [command, args] = siteBuildCommand();
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const sampler = sampleRss(child.pid!);
  const output: string[] = [];
  const lines: OutputLine[] = [];
  const collect = (chunk: Buffer) => {
    const at = performance.now();
    output.push(chunk.toString());
    for (const text of chunk.toString().split('\n')) if (text.trim()) lines.push({ at, text });
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const ms = performance.now() - start;
  const samples = sampler.stop();
  if (code !== 0) throw new Error(`De bouw mislukte (code ${code}). Laatste uitvoer:\n${output.join('').slice(-8000)}`);
  const windows = phaseWindows(lines, start, start + ms);
  const peakIn = ([from, to]: [number, number]) => Math.max(0, ...samples.filter((x) => x.at >= from && x.at <= to).map((x) => x.bytes));
  return {
    ms,
    peakRss: Math.max(...samples.map((x) => x.bytes)),
    phases: perPhase((key) => windows[key][1] - windows[key][0]),
    phasePeaks: perPhase((key) => peakIn(windows[key])),
  };
}

function folderSize(dir: string): { bytes: number; files: number } {
  const files = filesUnder(dir);
  return { bytes: files.reduce((sum, file) => sum + statSync(file).size, 0), files: files.length };
}

// ---------------------------------------------------------------------------------------------------------
// One search query in a browser

interface QueryCost {
  pagefindBytes: number;
  otherBytes: number;
  pagefindRequests: number;
  requests: number;
  /** Number of results the page reported, as a check that the query really searched. */
  results: number;
}

interface FinishedResponse {
  url: string;
  bytes: number;
}

/**
 * Records what the page fetches from now on, its Web Workers included (Pagefind searches in one): bytes as
 * transferred, that is the encoded body plus the response headers. quiet() resolves once nothing has been in
 * flight for a while.
 */
function recordNetwork(page: Page) {
  const pending = new Set<Request>();
  const finished: Promise<FinishedResponse>[] = [];
  let lastActivity = performance.now();
  const onRequest = (request: Request) => {
    pending.add(request);
    lastActivity = performance.now();
  };
  const onFinished = (request: Request) => {
    finished.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize })));
    pending.delete(request);
    lastActivity = performance.now();
  };
  const onFailed = (request: Request) => {
    pending.delete(request);
    lastActivity = performance.now();
  };
  page.on('request', onRequest);
  page.on('requestfinished', onFinished);
  page.on('requestfailed', onFailed);
  return {
    async quiet(ms: number, timeoutMs = 15_000): Promise<void> {
      const deadline = performance.now() + timeoutMs;
      while (pending.size > 0 || performance.now() - lastActivity < ms) {
        if (performance.now() > deadline) throw new Error(`Het netwerk werd niet stil; nog bezig: ${[...pending].map((r) => r.url()).join(', ')}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop(): Promise<FinishedResponse[]> {
      page.off('request', onRequest);
      page.off('requestfinished', onFinished);
      page.off('requestfailed', onFailed);
      return Promise.all(finished);
    },
  };
}

/** Waits until the search page shows results; throws with the page's own message when it shows none. */
async function waitForResults(page: Page): Promise<number> {
  await page.waitForFunction(
    () => document.querySelector('[data-search-results] li') !== null || /Geen resultaten|lukt nu niet/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    null,
    { timeout: 60_000 },
  );
  const status = (await page.textContent('[data-search-status]')) ?? '';
  const count = /^(\d+) resulta/.exec(status.trim());
  if (!count) throw new Error(`De zoekpagina toonde geen resultaten: "${status.trim()}"`);
  return Number(count[1]);
}

/** Serves the built site, opens /zoeken/, then records what one query costs: typing the word and pressing Enter. */
async function measureQuery(browser: Browser, siteDir: string, word: string): Promise<QueryCost> {
  const server = await startStaticServer(siteDir);
  // Fresh, so nothing of Pagefind is cached yet; without the service worker, whose offline copy of every page
  // (thousands of files on a large site) would compete with the query for the test server.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/zoeken/`, { waitUntil: 'networkidle' });
    // On a large site the search page is long, and the network can be idle before its script has run.
    await searchScriptStarted(page);
    const network = recordNetwork(page);
    await page.fill('#zoekveld-pagina', word);
    await page.press('#zoekveld-pagina', 'Enter');
    const results = await waitForResults(page);
    await network.quiet(500);
    const responses = await network.stop();
    if (process.env['BENCH_DEBUG']) for (const r of responses) console.log(`  ${r.bytes} ${r.url}`);
    const isPagefind = (r: FinishedResponse) => new URL(r.url, server.origin).pathname.startsWith('/pagefind/');
    const pagefind = responses.filter(isPagefind);
    const other = responses.filter((r) => !isPagefind(r));
    const sum = (list: FinishedResponse[]) => list.reduce((total, r) => total + r.bytes, 0);
    return { pagefindBytes: sum(pagefind), otherBytes: sum(other), pagefindRequests: pagefind.length, requests: responses.length, results };
  } finally {
    await context.close();
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Running the scenarios

interface Measurement {
  scenario: Scenario;
  pages: number;
  buildMs: number;
  peakRss: number;
  phases: Record<PhaseKey, number>;
  phasePeaks: Record<PhaseKey, number>;
  pagesPerSecond: number;
  index: { bytes: number; files: number };
  /** null when the query did not finish in the browser. */
  query: QueryCost | null;
}

/** Scratch folders in use, removed on Ctrl+C too: .scratch/ must not fill up with half-finished runs. */
const activeFolders = new Set<string>();

function removeFoldersOnInterrupt(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      for (const dir of activeFolders) rmSync(dir, { recursive: true, force: true });
      process.exit(130);
    });
  }
}

async function runScenario(scenario: Scenario, browser: Browser): Promise<Measurement> {
  mkdirSync(scratchRoot, { recursive: true });
  const dir = mkdtempSync(path.join(scratchRoot, `bench-${scenario.key}-`));
  activeFolders.add(dir);
  try {
    const contentDir = path.join(dir, 'content');
    const outDir = path.join(dir, 'dist');
    copyContent(realContent, contentDir);
    await scenario.prepare(contentDir);
    // The fastest of several builds: on a shared machine a single build can be slowed by other work, which would
    // show as a cost of the pages.
    let build: BuildRun | undefined;
    for (let run = 1; run <= BUILD_RUNS; run++) {
      console.log(`Bouwen: ${scenario.label} (${run} van ${BUILD_RUNS})…`);
      rmSync(outDir, { recursive: true, force: true });
      rmSync(path.join(dir, 'cache'), { recursive: true, force: true });
      const attempt = await buildSite(contentDir, outDir, path.join(dir, 'cache'));
      if (!build || attempt.ms < build.ms) build = attempt;
    }
    if (!build) throw new Error('BENCH_RUNS moet minstens 1 zijn.');
    const pages = builtHtmlFiles(outDir).length;
    const index = folderSize(path.join(outDir, 'pagefind'));
    console.log(`Zoeken naar ‘${FREQUENT_WORD}’ in Chromium…`);
    // A query that does not finish is reported in the table; the build figures are still worth writing down.
    const query = await measureQuery(browser, outDir, FREQUENT_WORD).catch((error: unknown) => {
      console.log(`  De zoekvraag lukte niet: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      return null;
    });
    return { scenario, pages, buildMs: build.ms, peakRss: build.peakRss, phases: build.phases, phasePeaks: build.phasePeaks, pagesPerSecond: pages / (build.ms / 1000), index, query };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    activeFolders.delete(dir);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Reporting

function formatNumber(value: number, decimals = 0): string {
  return new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

const kB = (bytes: number) => `${formatNumber(bytes / 1000, 1)} kB`;
const megabytes = (bytes: number) => `${formatNumber(bytes / MB, 1)} MB`;
const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

interface Machine {
  date: string;
  cpu: string;
  cores: number;
  ram: string;
  os: string;
  node: string;
  load: string;
}

function osName(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (pretty) return `${pretty[1]}, ${os.type()} ${os.release()}`;
  } catch {
    // Not Linux, or no os-release: the kernel name is enough.
  }
  return `${os.type()} ${os.release()}`;
}

function describeMachine(): Machine {
  return {
    date: new Date().toISOString().slice(0, 10),
    cpu: os.cpus()[0]?.model.trim() ?? 'onbekend',
    cores: os.cpus().length,
    ram: `${formatNumber(os.totalmem() / 1024 ** 3, 1)} GiB`,
    os: osName(),
    node: process.versions.node,
    // Other work on the machine slows builds down; the load at the start tells the reader whether it was quiet.
    load: os.loadavg().map((l) => formatNumber(l, 2)).join(' / '),
  };
}

/** Rows of the table: a label and one cell per scenario. */
function tableRows(measurements: Measurement[]): [string, string[]][] {
  const cells = (fn: (m: Measurement) => string) => measurements.map(fn);
  return [
    ['gegenereerde pagina\'s (bovenop de echte inhoud)', cells((m) => formatNumber(m.scenario.syntheticPages))],
    ['gebouwde HTML-pagina\'s', cells((m) => formatNumber(m.pages))],
    ['bouwtijd (inclusief zoekindex)', cells((m) => `${formatNumber(m.buildMs / 1000, 1)} s`)],
    ...PHASES.map((phase): [string, string[]] => [`– ${phase.label}`, cells((m) => `${formatNumber(m.phases[phase.key] / 1000, 1)} s`)]),
    ['piekgeheugen (RSS bouw + subprocessen)', cells((m) => megabytes(m.peakRss))],
    ...PHASES.filter((p) => p.key !== 'finish').map((phase): [string, string[]] => [`– hoogste tijdens ${phase.label.replace(/ \(.*/, '')}`, cells((m) => megabytes(m.phasePeaks[phase.key]))]),
    ['pagina\'s per seconde', cells((m) => formatNumber(m.pagesPerSecond, 0))],
    ['Pagefind-index', cells((m) => `${megabytes(m.index.bytes)} in ${plural(m.index.files, 'bestand', 'bestanden')}`)],
    [`één zoekvraag (‘${FREQUENT_WORD}’): Pagefind`, cells((m) => (m.query ? `${kB(m.query.pagefindBytes)} in ${plural(m.query.pagefindRequests, 'verzoek', 'verzoeken')}` : 'niet gelukt'))],
    ['één zoekvraag: overige bestanden', cells((m) => (m.query ? `${kB(m.query.otherBytes)} in ${plural(m.query.requests - m.query.pagefindRequests, 'verzoek', 'verzoeken')}` : 'niet gelukt'))],
    ['één zoekvraag: treffers', cells((m) => (m.query ? formatNumber(m.query.results) : 'niet gelukt'))],
  ];
}

/** A table of figures: a label per row, a heading per column, and what the top-left cell says (may be empty). */
interface Table {
  corner: string;
  labels: string[];
  rows: [string, string[]][];
}

const scenarioTable = (measurements: Measurement[]): Table => ({ corner: '', labels: measurements.map((m) => m.scenario.label), rows: tableRows(measurements) });

/** For the terminal: columns padded to line up (the corner stays empty there). */
function textTable({ labels, rows }: Table): string {
  const labelWidth = Math.max(...rows.map(([label]) => label.length));
  const widths = labels.map((l, i) => Math.max(l.length, ...rows.map(([, cells]) => cells[i]!.length)));
  const line = (label: string, cells: string[]) => [label.padEnd(labelWidth), ...cells.map((c, i) => c.padStart(widths[i]!))].join('   ');
  return [line('', labels), ...rows.map(([label, cells]) => line(label, cells))].join('\n');
}

function markdownTable({ corner, labels, rows }: Table): string {
  const header = `|${corner ? ` ${corner} ` : ' '}| ${labels.join(' | ')} |`;
  const rule = `|---|${labels.map(() => '---:').join('|')}|`;
  return [header, rule, ...rows.map(([label, cells]) => `| ${label} | ${cells.join(' | ')} |`)].join('\n');
}

/** How the figures grow from the smallest to the largest page count, as ratios of the measured values. */
function growthSentence(measurements: Measurement[]): string | undefined {
  const sized = measurements.filter((m) => m.scenario.syntheticPages > 0).sort((a, b) => a.scenario.syntheticPages - b.scenario.syntheticPages);
  const small = sized[0];
  const large = sized.at(-1);
  if (!small || !large || small === large) return undefined;
  const ratio = (a: number, b: number) => `×${formatNumber(b / a, 2)}`;
  const extraPages = large.pages - small.pages;
  const extraSeconds = (large.buildMs - small.buildMs) / 1000;
  const marginal =
    extraSeconds > 0
      ? ` Elke extra pagina kost gemiddeld ${formatNumber((extraSeconds * 1000) / extraPages, 1)} ms bouwtijd (${formatNumber(extraPages / extraSeconds, 0)} pagina's per seconde voor het deel erbij).`
      : '';
  return (
    `Van ${formatNumber(small.scenario.syntheticPages)} naar ${formatNumber(large.scenario.syntheticPages)} gegenereerde pagina's ` +
    `(${ratio(small.scenario.syntheticPages, large.scenario.syntheticPages)}) groeit het aantal gebouwde pagina's ${ratio(small.pages, large.pages)}, ` +
    `de bouwtijd ${ratio(small.buildMs, large.buildMs)}, het piekgeheugen ${ratio(small.peakRss, large.peakRss)}, ` +
    `de Pagefind-index ${ratio(small.index.bytes, large.index.bytes)}` +
    (small.query && large.query
      ? ` en wat de browser voor één zoekvraag ophaalt ${ratio(small.query.pagefindBytes + small.query.otherBytes, large.query.pagefindBytes + large.query.otherBytes)}`
      : '') +
    `.${marginal}`
  );
}

/** The targets of issue #21: build time per added page, and peak memory at +1,000 and +5,000 pages. */
const TARGET_MS_PER_PAGE = 10;
const TARGET_PEAK_BYTES: Record<number, number> = { 1000: 1000 * MB, 5000: 1500 * MB };

/** What each added page costs against the real content alone: in total, per phase, and in peak memory. */
function perPageRows(measurements: Measurement[]): Table | undefined {
  const base = measurements.find((m) => m.scenario.key === 'base');
  const sized = measurements.filter((m) => m.scenario.syntheticPages > 0);
  if (!base || sized.length === 0) return undefined;
  const perPage = (m: Measurement, value: (x: Measurement) => number) => (value(m) - value(base)) / m.scenario.syntheticPages;
  const ms = (value: number) => `${formatNumber(value, 1)} ms`;
  const target = (m: Measurement) => TARGET_PEAK_BYTES[m.scenario.syntheticPages];
  return {
    corner: 'per toegevoegde pagina, tegen de echte inhoud',
    labels: sized.map((m) => m.scenario.label),
    rows: [
      [`bouwtijd per toegevoegde pagina (doel: hoogstens ${TARGET_MS_PER_PAGE} ms)`, sized.map((m) => ms(perPage(m, (x) => x.buildMs)))],
      ...PHASES.map((phase): [string, string[]] => [`– ${phase.label}`, sized.map((m) => ms(perPage(m, (x) => x.phases[phase.key])))]),
      [
        'piekgeheugen (doel: hoogstens 1.000 MB bij +1.000, 1.500 MB bij +5.000)',
        sized.map((m) => `${megabytes(m.peakRss)}${target(m) ? (m.peakRss <= target(m)! ? ' (binnen het doel)' : ' (boven het doel)') : ''}`),
      ],
      ['extra geheugen per 1.000 toegevoegde pagina\'s', sized.map((m) => megabytes(perPage(m, (x) => x.peakRss) * 1000))],
    ],
  };
}


function machineLine(machine: Machine): string {
  return `${machine.date}, ${machine.cpu} (${machine.cores} kernen), ${machine.ram} geheugen, ${machine.os}, Node ${machine.node}, belasting bij de start ${machine.load}`;
}

function docsSection(measurements: Measurement[], machine: Machine): string {
  const growth = growthSentence(measurements);
  const perPage = perPageRows(measurements);
  return [
    '## Schaal van de site (`npm run bench`)',
    '',
    `Gemeten op ${machineLine(machine)}.`,
    '',
    markdownTable(scenarioTable(measurements)),
    '',
    ...(perPage ? [markdownTable(perPage), ''] : []),
    ...(growth ? [growth, ''] : []),
    'Zo is gemeten: elke kolom is een kopie van `content/` (de eerste ongewijzigd, de laatste met de keuzehulpen vervangen door één gegenereerde gids), ' +
      `gebouwd met \`npm run build\` (\`scripts/build.ts\`: eerst \`astro build --force\`, daarna in een eigen proces zoekindex, service worker en headers-bestand) in een eigen map onder \`.scratch/\`, ${BUILD_RUNS === 1 ? 'één keer' : `${BUILD_RUNS} keer (de snelste bouw telt, met zijn geheugen)`}. Bouwtijd is de wandkloktijd van de hele bouw, de Pagefind-index ` +
      'inbegrepen; de fasen lopen van de ene regel in de uitvoer van de bouw tot de volgende (zoals "Building static entrypoints" en "zoekindex gemaakt"), gemeten op het moment dat de regel binnenkwam. ' +
      'Per toegevoegde pagina: het verschil met de echte inhoud, gedeeld door het aantal toegevoegde pagina\'s (de helft regelingen, de helft hoofdstukken van het handboek, elk een paar honderd woorden). Piekgeheugen is de hoogste som van het RSS van het bouwscript en al zijn subprocessen (Astro, de stap na de bouw, Pagefind), elke 100 ms gemeten in /proc. ' +
      'Pagina\'s zijn alle HTML-bestanden in de uitvoer. De zoekvraag: /zoeken/ geopend in Chromium, zodra het script van de pagina loopt het woord getypt en Enter; ' +
      'geteld is wat over het netwerk kwam (inhoud plus headers, zoals de testserver het stuurt: zonder eigen compressie, maar de index- en wasm-bestanden van Pagefind zijn al gecomprimeerd) tot de resultaten er stonden en het netwerk stil was. ' +
      '1 MB = 1.000.000 bytes.',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const sizes = pageCounts(process.env);
  removeFoldersOnInterrupt();
  const machine = describeMachine();
  const scenarios = [BASE_SCENARIO, ...sizes.map(pagesScenario), await guideScenario()];
  console.log(`\nSchaal-benchmark: ${machineLine(machine)}\n`);
  const browser = await launchChromium(requireChromium());
  const measurements: Measurement[] = [];
  try {
    for (const scenario of scenarios) measurements.push(await runScenario(scenario, browser));
  } finally {
    await browser.close();
  }
  console.log(`\n${textTable(scenarioTable(measurements))}\n`);
  const perPage = perPageRows(measurements);
  if (perPage) console.log(`${textTable(perPage)}\n`);
  const growth = growthSentence(measurements);
  if (growth) console.log(`${growth}\n`);
  if (shouldWriteDocs(process.env)) {
    writeBenchmarkSection('bench', docsSection(measurements, machine));
    console.log(`Cijfers geschreven naar ${path.relative(root, docsFile)}.`);
  } else {
    console.log(`${path.relative(root, docsFile)} niet bijgewerkt: BENCH_SIZES is gezet (zet BENCH_WRITE=1 om toch te schrijven).`);
  }
}

// Run only as a script, so the helpers above can be imported and tried on their own.
if (import.meta.main) await main();
