/// <reference lib="webworker" />
/**
 * The service worker: the site keeps working without a network after one visit. Built by
 * src/lib/service-worker-build.ts, which fills in the precache list (__WB_MANIFEST), the base path and the
 * version of this build, and writes that version to sw-version.txt next to it.
 *
 * - Precached at install: the content pages, the start of every guide, search with its whole Pagefind index,
 *   the offline page, styles, scripts and fonts. Served from the cache, so one build never mixes with another.
 * - Other pages (the later steps of a guide, embeds, print versions): from the network, and the copy from an
 *   earlier visit when offline (at most PAGE_CACHE_LIMITS). A page from the network is only used while the server
 *   still has this version: once a newer one is waiting, installing, or on the server, the reader gets the copy
 *   from an earlier visit, or a page that asks to load the new version. A new version starts with an empty page
 *   cache.
 * - The query never matters: a static host sends the same file for /x/?utm_source=… as for /x/.
 * - A new version waits until the reader chooses it (the page shows a notice) or closes every tab. Then every
 *   open tab reloads or says it must (src/client/offline.ts).
 */
import { clientsClaim } from 'workbox-core';
import { CacheExpiration, ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { Strategy, type StrategyHandler } from 'workbox-strategies';
import { PAGE_CACHE_LIMITS, VERSION_FILE, newVersionHtml, pageCacheKey, readVersion } from './pages.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };
declare const WIM_BASE: string;
declare const WIM_VERSION: string;

const PAGE_CACHE_PREFIX = 'wim-pages-';
const PAGE_CACHE = `${PAGE_CACHE_PREFIX}${WIM_VERSION}`;
/** A slow network: after this long, a page kept from an earlier visit is shown instead. */
const NETWORK_TIMEOUT_MS = 6000;

precacheAndRoute(self.__WB_MANIFEST, {
  directoryIndex: 'index.html',
  // The same file whatever the query: ?regio=, ?q=, ?ts= (Pagefind's cache tag), filters, utm_*, fbclid, ….
  ignoreURLParametersMatching: [/./],
});
cleanupOutdatedCaches();
clientsClaim();

/** A newer version of the site is being installed or waits for the reader. */
const newerVersionKnown = () => Boolean(self.registration.waiting ?? self.registration.installing);

/** The version the server has now; null when that cannot be told (offline, no version file). */
async function serverVersion(): Promise<string | null> {
  try {
    const response = await fetch(`${WIM_BASE}${VERSION_FILE}`, { cache: 'no-store' });
    return response.ok ? readVersion(await response.text()) : null;
  } catch {
    return null;
  }
}

/** For a page this version does not have: the offline page, rewritten to ask for the new version. */
async function newVersionPage(): Promise<Response | undefined> {
  const offline = await matchPrecache(`${WIM_BASE}offline/index.html`);
  if (!offline) return undefined;
  return new Response(newVersionHtml(await offline.text()), { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

const timeout = (ms: number) => new Promise<undefined>((resolve) => setTimeout(resolve, ms));

/** Pages that are not precached: from the network while it is this version, else from the page cache. */
class SameVersionPages extends Strategy {
  protected async _handle(request: Request, handler: StrategyHandler): Promise<Response | undefined> {
    const cached = await handler.cacheMatch(request);
    if (newerVersionKnown()) return cached ?? newVersionPage();
    const version = serverVersion();
    const network = handler.fetch(request).catch(() => undefined);
    const response = await (cached ? Promise.race([network, timeout(NETWORK_TIMEOUT_MS)]) : network);
    if (!response) return cached;
    // Not a page (a 404, a redirect): passed on as it is, and not kept.
    if (!response.ok) return response;
    const current = await version;
    if (current !== null && current !== WIM_VERSION) {
      // The server has moved on: fetch the new service worker so that the page can offer it.
      handler.waitUntil(self.registration.update().catch(() => undefined));
      return cached ?? newVersionPage();
    }
    handler.waitUntil(handler.cachePut(request, response.clone()));
    return response;
  }
}

// The editors' CMS (/admin/) is left to the network: never cached, never served stale.
const isPage = (url: URL, request: Request) =>
  request.method === 'GET' &&
  url.origin === self.location.origin &&
  url.pathname.startsWith(WIM_BASE) &&
  !url.pathname.startsWith(`${WIM_BASE}admin/`) &&
  (request.mode === 'navigate' || url.pathname.endsWith('/'));

registerRoute(
  ({ url, request }) => isPage(url, request),
  new SameVersionPages({
    cacheName: PAGE_CACHE,
    plugins: [
      { cacheKeyWillBeUsed: async ({ request }) => pageCacheKey(request.url) },
      new ExpirationPlugin({ ...PAGE_CACHE_LIMITS, purgeOnQuotaError: true }),
    ],
  }),
);

// A page that is neither precached nor visited before: the offline page explains what does work.
setCatchHandler(async ({ request }) => (request.mode === 'navigate' && (await matchPrecache(`${WIM_BASE}offline/index.html`))) || Response.error());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) =>
      Promise.all(
        keys
          .filter((key) => key.startsWith(PAGE_CACHE_PREFIX) && key !== PAGE_CACHE)
          // The cache of an older version, and what the expiration plugin noted about it.
          .map((key) => Promise.all([caches.delete(key), new CacheExpiration(key, PAGE_CACHE_LIMITS).delete()])),
      ),
    ),
  );
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
