/**
 * npm run build: the whole site, into dist/ (or ASTRO_OUT_DIR). First `astro build --force` in a process of its own,
 * then, once that process has ended and its memory is free, the steps after the build in this one: search index,
 * service worker, headers file (src/lib/after-build.ts). npm run check, the tests and the benchmarks build through
 * here too (scripts/lib/site-build.ts).
 *
 * Two settings keep the Astro process smaller, measured with npm run bench (docs/benchmarks.md): a smaller young
 * generation for V8 (--max-semi-space-size), and MIMALLOC_PURGE_DELAY=0, which makes Rolldown (Vite's bundler,
 * written in Rust, with the mimalloc allocator) give memory it has freed back at once instead of keeping it.
 * BUILD_NODE_ARGS adds Node options to the Astro process (npm run profile:build uses it for --cpu-prof).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const ASTRO_NODE_ARGS = ['--max-semi-space-size=8'];
const ASTRO_ENV = { ASTRO_TELEMETRY_DISABLED: '1', MIMALLOC_PURGE_DELAY: '0' };

/** The base path as Astro resolves it with trailingSlash 'always' (a slash at both ends); astro.config.mjs reads the same variable. */
function resolvedBase(basePath: string): string {
  return `/${basePath.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

const extraNodeArgs = (process.env['BUILD_NODE_ARGS'] ?? '').split(/\s+/).filter(Boolean);
const astro = spawn(process.execPath, [...ASTRO_NODE_ARGS, ...extraNodeArgs, path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--force'], {
  cwd: root,
  env: { ...process.env, ...ASTRO_ENV },
  stdio: 'inherit',
});
// A build stopped from outside (Ctrl+C, a test's time-out) stops Astro too.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => astro.kill(signal));
const code = await new Promise<number>((resolve) => astro.on('close', (status, signal) => resolve(status ?? (signal ? 1 : 0))));
if (code !== 0) process.exit(code);

// Loaded only now, so that this process stays small while Astro builds.
const { afterBuild } = await import('../src/lib/after-build.ts');
try {
  await afterBuild({
    outDir: path.resolve(root, process.env['ASTRO_OUT_DIR'] ?? 'dist'),
    base: resolvedBase(process.env['BASE_PATH'] ?? '/'),
    contentDir: path.resolve(root, process.env['CONTENT_DIR'] ?? 'content'),
    cspReportUri: process.env['CSP_REPORT_URI'],
    log: (message) => console.log(`[na de bouw] ${message}`),
  });
} catch (error) {
  console.error(`[na de bouw] Mislukt: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
}
