/**
 * npm run build: the whole site, into dist/ (or ASTRO_OUT_DIR), in two processes one after the other, so that the
 * memory of the first is free before the second starts (issue #21):
 *   1. `astro build --force`: the pages, the sitemap, the redirect pages, the CMS;
 *   2. scripts/after-build.ts: search index (Pagefind), service worker, headers file (src/lib/after-build.ts).
 * npm run check, the tests and the benchmarks build through here too (scripts/lib/site-build.ts).
 *
 * Settings that keep the Astro process small, measured with npm run bench (docs/benchmarks.md):
 * - a heap limit for V8 that grows with the content (700 MB plus 100 MB per 1,000 pages; BUILD_HEAP_MB overrides
 *   it). With a limit V8 collects garbage sooner instead of letting the heap grow; the build itself needs about half
 *   of it (0.35 GB for the real site, 0.47 GB with 5,000 pages more). A tighter limit saves little more memory and
 *   costs time: at 900 MB the +5,000 build rendered 10 s slower;
 * - a smaller young generation (--max-semi-space-size);
 * - MIMALLOC_PURGE_DELAY=0: Rolldown (Vite's bundler, in Rust, with the mimalloc allocator) gives memory it has
 *   freed back at once instead of keeping it for later.
 * BUILD_NODE_ARGS adds Node options to the Astro process (npm run profile:build uses it for --cpu-prof).
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const contentDir = path.resolve(root, process.env['CONTENT_DIR'] ?? 'content');

/** Heap limit in MB for the Astro process: 700 MB plus 100 MB per 1,000 content pages, or BUILD_HEAP_MB. */
function heapLimitMb(): number {
  const override = Number(process.env['BUILD_HEAP_MB']);
  if (Number.isInteger(override) && override > 0) return override;
  const pages = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx')).length;
  return 700 + Math.ceil((100 * pages) / 1000);
}

/** Runs a Node script in a child process with these Node options; resolves with its exit code and what killed it. */
function run(nodeArgs: string[], script: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, [...nodeArgs, script, ...args], { cwd: root, env, stdio: 'inherit' });
  // A build stopped from outside (Ctrl+C, a test's time-out) stops the step too.
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', stop).on('SIGTERM', stop);
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      process.off('SIGINT', stop).off('SIGTERM', stop);
      resolve({ code: code ?? 1, signal });
    }),
  );
}

const heapMb = heapLimitMb();
const extraNodeArgs = (process.env['BUILD_NODE_ARGS'] ?? '').split(/\s+/).filter(Boolean);
const astro = await run(
  [`--max-old-space-size=${heapMb}`, '--max-semi-space-size=8', ...extraNodeArgs],
  path.join(root, 'node_modules/astro/bin/astro.mjs'),
  ['build', '--force'],
  { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', MIMALLOC_PURGE_DELAY: '0' },
);
if (astro.code !== 0) {
  // V8 stops a process that needs more than its heap limit with SIGABRT (exit code 134).
  if (astro.signal === 'SIGABRT' || astro.code === 134)
    console.error(`\nDe bouw had meer geheugen nodig dan de grens van ${heapMb} MB. Bouw opnieuw met een hogere grens, bijvoorbeeld BUILD_HEAP_MB=${heapMb * 2} npm run build, en meld het: dan moet de grens in scripts/build.ts omhoog.`);
  process.exit(astro.code);
}
const after = await run(['--max-semi-space-size=8', '--max-old-space-size=384'], path.join(root, 'scripts/after-build.ts'), [], process.env);
process.exit(after.code);
