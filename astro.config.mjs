// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { guideCheck } from './src/integrations/guide-check.ts';
import { securityHeaders } from './src/integrations/headers.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { expandRedirects, readPublishedUrls, readRedirects } from './src/lib/redirects.ts';

// The public address of the site. Canonical URLs and the sitemap are built from it;
// a host that serves the site elsewhere sets SITE_URL (and BASE_PATH for a sub-path).
const site = process.env.SITE_URL ?? 'https://werkwijzerinclusiefmkb.nl';
const base = process.env.BASE_PATH ?? '/';
const contentDir = process.env.CONTENT_DIR ?? './content';

export default defineConfig({
  site,
  base,
  // Tests and the benchmark build other content (CONTENT_DIR) into folders of their own, leaving dist/ alone.
  ...(process.env.ASTRO_OUT_DIR ? { outDir: process.env.ASTRO_OUT_DIR } : {}),
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Every URL ends in a slash: /regelingen/no-riskpolis/. Municipalities link to these.
  trailingSlash: 'always',
  // Moved pages keep working: content/redirects.yaml, with branches expanded over docs/published-urls.txt.
  redirects: expandRedirects(readRedirects(contentDir), readPublishedUrls(process.env.PUBLISHED_URLS ?? './docs/published-urls.txt')),
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // HTML whitespace rules, compressed without loss. Astro 7's default ('jsx') drops the space between a
  // line of text and a link on the next line, which glues words together in Dutch prose.
  compressHTML: true,
  markdown: {
    // remark-gfm (tables, footnotes, task lists) through the unified pipeline; Astro's
    // built-in gfm is switched off so the plugin runs exactly once.
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
  },
  vite: {
    // Astro's MDX output carries a "use astro:head-inject" directive that Rolldown warns about on every
    // MDX file (withastro/astro#18087, harmless). Silenced so that real build warnings stand out.
    build: { rolldownOptions: { checks: { moduleLevelDirective: false } } },
  },
  integrations: [
    guideCheck(),
    mdx(),
    sitemap({
      // Guide state pages (answers in the path) are reachable from the guide, and embeds are copies for iframes:
      // both stay out of the sitemap.
      filter: (page) => {
        const prefix = base.replace(/\/$/, '');
        const pathname = new URL(page).pathname;
        const path = pathname.startsWith(prefix) ? pathname.slice(prefix.length) || '/' : pathname;
        return !/^\/gids\/[^/]+\/[^/]+\//.test(path) && !path.startsWith('/embed/');
      },
    }),
    searchIndex(),
    securityHeaders(),
  ],
});
