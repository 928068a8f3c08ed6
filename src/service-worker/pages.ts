/**
 * The plain parts of the service worker's page handling (src/service-worker/sw.ts), kept apart so that unit
 * tests can run them: how a page is looked up in the cache, how long pages are kept, how the server's version
 * is read, and the page shown when a page only exists in a newer version of the site.
 */

/** The page cache keeps at most this many pages, each for at most this long (Workbox's expiration plugin). */
export const PAGE_CACHE_LIMITS = { maxEntries: 100, maxAgeSeconds: 30 * 24 * 60 * 60 } as const;

/** Next to sw.js: the version of the site the server has now (written by src/lib/service-worker-build.ts). */
export const VERSION_FILE = 'sw-version.txt';

/**
 * The cache key of a page: its address without query and fragment. A static host sends the same file whatever
 * the query, so ?utm_source=…, ?fbclid=… or ?regio=… must neither miss the cached page nor store it again.
 */
export function pageCacheKey(url: string): string {
  const key = new URL(url);
  key.search = '';
  key.hash = '';
  return key.href;
}

/** The version in the version file, or null when the answer is something else (an HTML page from a host that answers every path). */
export function readVersion(text: string): string | null {
  const version = text.trim();
  return /^[0-9a-f]{12}$/.test(version) ? version : null;
}

const TITLE = 'Nieuwe versie van de site';
const HEADING = 'Deze pagina hoort bij een nieuwe versie van de site';
const LEAD = 'Er is een nieuwe versie van deze site. Deze pagina kunt u alleen in de nieuwe versie openen. Kies onderaan het scherm ‘Laad de nieuwe versie’.';
const DETAILS =
  '<div class="wim-prose"><p>Tot u kiest, blijven de pagina’s die u al open heeft werken zoals ze waren. ' +
  'Kiest u de nieuwe versie? Dan laden ook uw andere tabbladen van deze site opnieuw.</p>' +
  '<p>Ziet u geen knop? Sluit dan alle tabbladen van deze site en open deze pagina opnieuw.</p></div>';

/**
 * The offline page (src/pages/offline/index.astro), rewritten for a page that this version of the site does not
 * have and the server only has in a newer one: the reader is asked to load the new version. The offline page marks
 * its heading, lead and details with data-offline-title, -lead and -details for this.
 */
export function newVersionHtml(offlineHtml: string): string {
  return offlineHtml
    .replace(/<title>[^<|]*/, `<title>${TITLE} `)
    .replace(/(<li class="utrecht-breadcrumb-nav__item" aria-current="page">)[^<]*/, `$1${TITLE}`)
    .replace(/(<h1\b[^>]*\bdata-offline-title\b[^>]*>)[^<]*/, `$1${HEADING}`)
    .replace(/(<p\b[^>]*\bdata-offline-lead\b[^>]*>)[^<]*/, `$1${LEAD}`)
    .replace(/<div\b[^>]*\bdata-offline-details\b[^>]*>[\s\S]*?<\/div>/, DETAILS);
}
