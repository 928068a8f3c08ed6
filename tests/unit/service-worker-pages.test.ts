/** The plain parts of the service worker's page handling (src/service-worker/pages.ts). */
import { describe, expect, it } from 'vitest';
import { PAGE_CACHE_LIMITS, newVersionHtml, pageCacheKey, readVersion } from '../../src/service-worker/pages.ts';

describe('pageCacheKey', () => {
  it('ignores the query and the fragment, tracking parameters included', () => {
    const page = 'https://example.nl/gids/welke-ondersteuning/nieuw/';
    for (const url of [`${page}?utm_source=nieuwsbrief&utm_medium=mail`, `${page}?fbclid=IwAR0abc`, `${page}?regio=groningen#vraag`, page])
      expect(pageCacheKey(url)).toBe(page);
  });

  it('keeps different pages apart', () => {
    expect(pageCacheKey('https://example.nl/gids/a/ja/?utm_source=x')).not.toBe(pageCacheKey('https://example.nl/gids/a/nee/?utm_source=x'));
  });
});

describe('PAGE_CACHE_LIMITS', () => {
  it('bounds the page cache by count and by age', () => {
    expect(PAGE_CACHE_LIMITS.maxEntries).toBeGreaterThan(0);
    expect(PAGE_CACHE_LIMITS.maxEntries).toBeLessThanOrEqual(500);
    expect(PAGE_CACHE_LIMITS.maxAgeSeconds).toBeGreaterThan(0);
    expect(PAGE_CACHE_LIMITS.maxAgeSeconds).toBeLessThanOrEqual(90 * 24 * 60 * 60);
  });
});

describe('readVersion', () => {
  it('reads the version the build wrote', () => {
    expect(readVersion('dd7a70023970\n')).toBe('dd7a70023970');
  });

  it('refuses anything else, such as an HTML page from a host that answers every address', () => {
    for (const text of ['', '<!doctype html><title>404</title>', 'dd7a7002397', 'DD7A70023970', 'dd7a70023970 extra']) expect(readVersion(text), text).toBeNull();
  });
});

describe('newVersionHtml', () => {
  // The marked parts of src/pages/offline/index.astro; the browser suite (offline.test.ts) checks the built page.
  const offline = [
    '<html><head><title>Deze pagina is er niet zonder internet | Werkwijzer Inclusief Mkb</title></head><body><main>',
    '<ol><li class="utrecht-breadcrumb-nav__item"><a href="/">Home</a></li><li class="utrecht-breadcrumb-nav__item" aria-current="page">Offline</li></ol>',
    '<h1 data-offline-title>Deze pagina is er niet zonder internet</h1>',
    '<p class="wim-lead" data-offline-lead>U heeft nu geen verbinding met internet.</p>',
    '<div class="wim-prose" data-offline-details><h2>Dit werkt wel zonder internet</h2><ul><li>Het handboek</li></ul></div>',
    '<p>Voet</p></main></body></html>',
  ].join('');

  it('turns the offline page into a page that asks to load the new version', () => {
    const html = newVersionHtml(offline);
    expect(html).toContain('<title>Nieuwe versie van de site | Werkwijzer Inclusief Mkb</title>');
    expect(html).toContain('aria-current="page">Nieuwe versie van de site</li>');
    expect(html).toContain('<h1 data-offline-title>Deze pagina hoort bij een nieuwe versie van de site</h1>');
    expect(html).toContain('Laad de nieuwe versie');
    expect(html).not.toContain('internet');
    expect(html).toContain('<p>Voet</p>');
  });
});
