/**
 * The second step of npm run build (scripts/build.ts), once Astro's process has ended: search index, service worker
 * and headers file for the built site (src/lib/after-build.ts). Reads the same variables as astro.config.mjs.
 */
import path from 'node:path';
import { afterBuild } from '../src/lib/after-build.ts';

const root = path.resolve(import.meta.dirname, '..');

/** The base path as Astro resolves it with trailingSlash 'always': a slash at both ends. */
function resolvedBase(basePath: string): string {
  const inner = basePath.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

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
