/** Astro integration: after the build, index the site with Pagefind (src/search/build-index.ts). */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CONTENT_DIR } from '../lib/content-dir.ts';
import { buildSearchIndex, loadCompoundParts, loadSynonymGroups } from '../search/build-index.ts';
import { readPageKeywords } from '../search/page-keywords.ts';

export function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'wim-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        logger.info('zoekindex maken…');
        const parts = await loadCompoundParts(path.join(CONTENT_DIR, 'zoekwoorden.yaml'));
        // Test and benchmark content may have no synonyms file; search then simply has no synonyms.
        const synonymsFile = path.join(CONTENT_DIR, 'synoniemen.yaml');
        const synonyms = existsSync(synonymsFile) ? await loadSynonymGroups(synonymsFile) : [];
        const keywords = await readPageKeywords(CONTENT_DIR);
        const { files } = await buildSearchIndex({ siteDir: fileURLToPath(dir), basePath: base, parts, synonyms, keywords });
        // The duration is read by npm run bench (scripts/bench.ts) to show what the search index costs per page.
        logger.info(`zoekindex gemaakt van ${files} HTML-bestanden in ${((performance.now() - start) / 1000).toFixed(2)} s`);
      },
    },
  };
}
