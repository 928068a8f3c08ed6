/**
 * Builds dist/sw.js after the site and its search index: the precache list from the built files (Workbox's
 * getManifest, with a revision per file), bundled with the service worker source (esbuild). The version is a
 * hash of that list, so the worker changes exactly when a precached file changes. dist/sw-version.txt holds the
 * same version: the running worker reads it to tell whether a page from the network belongs to its own version.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { getManifest } from 'workbox-build';
import { VERSION_FILE } from '../service-worker/pages.ts';

const SOURCE = fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url));

/** What is kept for offline use, relative to dist/: the content pages, guide starts, search and its index. */
export const PRECACHE_PATTERNS = [
  'index.html',
  '{model,handboek,regelingen,doelgroepen,praktijk,onderwijs,regio,zoeken,offline,over,toegankelijkheid,wijzigingen,gemeenten}/**/index.html',
  'gids/index.html',
  'gids/*/index.html',
  '_astro/**/*.{css,js,woff2,webp,avif,png,jpg,svg}',
  'pagefind/**/*',
  'data/regios.json',
  'favicon.svg',
  'manifest.webmanifest',
  'icons/*.png',
];
/** Print versions are long and made for paper; they load from the network. */
const PRECACHE_IGNORES = ['**/print/**'];

export interface ServiceWorkerBuild {
  version: string;
  files: number;
  bytes: number;
}

export async function buildServiceWorker(distDir: string, basePath: string): Promise<ServiceWorkerBuild> {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const { manifestEntries, count, size, warnings } = await getManifest({
    globDirectory: distDir,
    globPatterns: PRECACHE_PATTERNS,
    globIgnores: PRECACHE_IGNORES,
    modifyURLPrefix: { '': base },
    // Astro's own files carry a hash in their name; they need no extra revision.
    dontCacheBustURLsMatching: /\/_astro\//,
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  });
  // A pattern without files is fine (a site without guides, say); a file left out for its size is not.
  const problems = warnings.filter((w) => !w.includes("doesn't match any files"));
  if (problems.length > 0) throw new Error(`Service worker: ${problems.join('; ')}`);
  const entries = manifestEntries ?? [];
  const version = createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 12);
  await build({
    entryPoints: [SOURCE],
    outfile: path.join(distDir, 'sw.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    legalComments: 'none',
    define: {
      'self.__WB_MANIFEST': JSON.stringify(entries),
      WIM_BASE: JSON.stringify(base),
      WIM_VERSION: JSON.stringify(version),
      'process.env.NODE_ENV': '"production"',
    },
    logLevel: 'silent',
  });
  writeFileSync(path.join(distDir, VERSION_FILE), `${version}\n`);
  return { version, files: count, bytes: size };
}
