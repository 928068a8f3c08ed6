// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { guideCheck } from './src/integrations/guide-check.ts';
import { rehypeBaseLinks, withBase } from './src/lib/rehype-base-links.ts';
import { readIllustrativeCases, rehypeIllustrativeCases } from './src/lib/illustrative-cases.ts';
import { rehypeContentSafety } from './src/lib/rehype-content-safety.ts';
import { rehypePrintLinks } from './src/lib/print-links.ts';
import { sourceId } from './src/lib/build-id.ts';
import { redirectPages } from './src/integrations/redirect-pages.ts';
import { cmsAdmin } from './src/integrations/cms-admin.ts';
import { dataStoreFromFile } from './src/integrations/data-store-from-file.ts';
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
  // Astro puts the old address under the base path itself, but not the new one.
  redirects: Object.fromEntries(
    Object.entries(expandRedirects(readRedirects(contentDir), readPublishedUrls(process.env.PUBLISHED_URLS ?? './docs/published-urls.txt'))).map(
      ([from, to]) => [from, withBase(to, base)],
    ),
  ),
  // Four pages at a time: while one page waits for its file to be written, the next is rendered. The pages are the
  // same as one at a time; the build of the real site takes about a third less (npm run bench, docs/benchmarks.md).
  build: { format: 'directory', concurrency: 4 },
  // Images in content are resized into several widths (srcset) and compressed to WebP by the build, with their
  // width and height written in the HTML so the page does not jump while they load.
  image: { layout: 'constrained' },
  devToolbar: { enabled: false },
  // HTML whitespace rules, compressed without loss. Astro 7's default ('jsx') drops the space between a
  // line of text and a link on the next line, which glues words together in Dutch prose.
  compressHTML: true,
  // Source Sans 3 from the npm package on disk (never from a font CDN), latin and latin-ext only: Dutch needs no
  // more. Astro writes a metric-matched fallback (Arial, resized), preloads the latin file, and
  // font-display: optional keeps the text from jumping when the font arrives late: then this visit shows the
  // fallback, the next one the font.
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Source Sans 3',
      cssVariable: '--wim-font-source-sans',
      fallbacks: ['Arial', 'sans-serif'],
      display: 'optional',
      options: {
        variants: [
          {
            src: ['./node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2'],
            weight: '200 900',
            style: 'normal',
            unicodeRange: ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+0304', 'U+0308', 'U+0329', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD'],
          },
          {
            src: ['./node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-ext-wght-normal.woff2'],
            weight: '200 900',
            style: 'normal',
            unicodeRange: ['U+0100-02BA', 'U+02BD-02C5', 'U+02C7-02CC', 'U+02CE-02D7', 'U+02DD-02FF', 'U+1D00-1DBF', 'U+1E00-1E9F', 'U+1EF2-1EFF', 'U+2020', 'U+20A0-20AB', 'U+20AD-20C0', 'U+2113', 'U+2C60-2C7F', 'U+A720-A7FF'],
          },
        ],
      },
    },
  ],
  // A strict Content-Security-Policy in every page (a <meta> tag): scripts and styles only from this site or by
  // hash, nothing from other origins, no plugins, no frames. The search page adds what Pagefind needs
  // (src/pages/zoeken/index.astro). frame-ancestors cannot be set in a <meta> tag: see src/lib/security-headers.ts.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "base-uri 'self'",
        "object-src 'none'",
        "frame-src 'none'",
        "form-action 'self'",
        "img-src 'self' data:",
      ],
    },
  },
  markdown: {
    // Code blocks stay plain: Shiki colours them with style attributes, which the CSP (rightly) blocks.
    syntaxHighlight: false,
    // remark-gfm (tables, footnotes, task lists) through the unified pipeline; Astro's
    // built-in gfm is switched off so the plugin runs exactly once.
    // First, only what the editor meant to publish: no code, no foreign elements or link schemes (content files are
    // input, not code). Then links to a made-up practice case say so ("bedacht voorbeeld"), and links that editors
    // write as /regelingen/…/ get the base path when the site lives in a sub-folder, and their full address for paper.
    processor: unified({
      gfm: false,
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeContentSafety, [rehypeIllustrativeCases, { cases: readIllustrativeCases(contentDir) }], [rehypeBaseLinks, { base }], [rehypePrintLinks, { site }]],
    }),
  },
  vite: {
    // Same sources, same id: Pagefind's cache tag (src/client/search.ts) changes only when the site does.
    define: { 'import.meta.env.WIM_BUILD_ID': JSON.stringify(sourceId([contentDir, './src', './package-lock.json'])) },
    // Astro's MDX output carries a "use astro:head-inject" directive that Rolldown warns about on every
    // MDX file (withastro/astro#18087, harmless). Silenced so that real build warnings stand out.
    build: { rolldownOptions: { checks: { moduleLevelDirective: false } } },
    // The development server (npm run dev, npm run cms) watches the sources, not the built sites of the tests and the
    // benchmark, which can hold more files than the machine allows watchers.
    server: { watch: { ignored: ['**/.scratch/**', '**/dist/**', '**/test-results/**'] } },
  },
  integrations: [
    guideCheck(),
    // The pages read the content store from its file: Node compiles it as one huge string far more slowly.
    dataStoreFromFile(),
    mdx(),
    sitemap({
      // Guide state pages (answers in the path) are reachable from the guide, and embeds are copies for iframes:
      // both stay out of the sitemap.
      filter: (page) => {
        const prefix = base.replace(/\/$/, '');
        const pathname = new URL(page).pathname;
        const path = pathname.startsWith(prefix) ? pathname.slice(prefix.length) || '/' : pathname;
        return !/^\/gids\/[^/]+\/[^/]+\//.test(path) && !path.startsWith('/embed/') && path !== '/offline/';
      },
    }),
    redirectPages(),
    // The editors' CMS at /admin/ (src/cms/). The search index, the service worker and the headers file come after
    // Astro, in a process of their own (scripts/build.ts, src/lib/after-build.ts); they leave /admin/ out.
    cmsAdmin(),
  ],
});
