/**
 * How to build the whole site: `node scripts/build.ts` (npm run build). Everything that builds the site (npm run
 * check, the tests, the benchmarks) starts it the same way, so each gets the search index, the service worker and
 * the headers file, and the same memory settings.
 */
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export const BUILD_SCRIPT = path.join(root, 'scripts/build.ts');

/** The command and arguments that build the site, on the project's own Node (the one running this). */
export function siteBuildCommand(): [string, string[]] {
  return [process.execPath, [BUILD_SCRIPT]];
}
