/// <reference lib="webworker" />
/**
 * The service worker: the site keeps working without a network after one visit. Built by
 * src/lib/service-worker-build.ts, which fills in the precache list (__WB_MANIFEST), the base path and the
 * version of this build.
 *
 * - Precached at install: the content pages, the start of every guide, search with its whole Pagefind index,
 *   the offline page, styles, scripts and fonts. Served from the cache, so one build never mixes with another.
 * - Other pages (the later steps of a guide): from the network, and the copy from an earlier visit when offline.
 *   That copy belongs to this version only: a new version starts with an empty page cache.
 * - A new version waits until the reader chooses to reload (the page shows a notice) or closes every tab.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };
declare const WIM_BASE: string;
declare const WIM_VERSION: string;

const PAGE_CACHE_PREFIX = 'wim-pages-';
const PAGE_CACHE = `${PAGE_CACHE_PREFIX}${WIM_VERSION}`;

precacheAndRoute(self.__WB_MANIFEST, {
  directoryIndex: 'index.html',
  // The same page whatever the query: ?regio= (region preset), ?q= (search), ?ts= (Pagefind's cache tag).
  ignoreURLParametersMatching: [/^regio$/, /^q$/, /^ts$/, /^soort$/, /^doelgroep$/, /^utm_/],
});
cleanupOutdatedCaches();
clientsClaim();

const isPage = (url: URL, request: Request) =>
  request.method === 'GET' && url.origin === self.location.origin && url.pathname.startsWith(WIM_BASE) && (request.mode === 'navigate' || url.pathname.endsWith('/'));

registerRoute(
  ({ url, request }) => isPage(url, request),
  new NetworkFirst({ cacheName: PAGE_CACHE, networkTimeoutSeconds: 6, matchOptions: { ignoreSearch: true } }),
);

// A page that is neither precached nor visited before: the offline page explains what does work.
setCatchHandler(async ({ request }) => (request.mode === 'navigate' && (await matchPrecache(`${WIM_BASE}offline/index.html`))) || Response.error());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((key) => key.startsWith(PAGE_CACHE_PREFIX) && key !== PAGE_CACHE).map((key) => caches.delete(key)))),
  );
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
