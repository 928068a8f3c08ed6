/** Astro integration: after the build, index the site with Pagefind (src/search/build-index.ts). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CONTENT_DIR } from '../lib/content-dir.ts';
import { buildSearchIndex, loadCompoundParts } from '../search/build-index.ts';

export function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'wim-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const parts = await loadCompoundParts(path.join(CONTENT_DIR, 'zoekwoorden.yaml'));
        const { files } = await buildSearchIndex({ siteDir: fileURLToPath(dir), basePath: base, parts });
        logger.info(`zoekindex gemaakt van ${files} HTML-bestanden`);
      },
    },
  };
}
