/**
 * Dutch compounds: a search for the tail of a compound ("verlof") finds the page with the whole word
 * ("zwangerschapsverlof"). Fixture pages are indexed exactly as the build does, once with the kept word list
 * and once without, so the test also shows that Pagefind alone would not find them.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildSearchIndex, loadCompoundParts } from '../../src/search/build-index.ts';
import { unmarkCompounds } from '../../src/search/compound-mark.ts';
import { PROJECT_ROOT } from '../support/astro.ts';
import { launchChromium } from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

const chromiumPath = inject('chromiumPath');
const fixture = path.join(PROJECT_ROOT, 'tests/fixtures/search-site');

/** Query, the fixture page that holds it only inside a compound, and that compound. */
const compoundQueries: [string, string, string][] = [
  ['verlof', '/verlof/', 'zwangerschapsverlof'],
  ['subsidie', '/verlof/', 'loonkostensubsidie'],
  ['polis', '/verlof/', 'no-riskpolis'],
  ['voordeel', '/werkgeverslasten/', 'loonkostenvoordeel'],
  ['register', '/werkgeverslasten/', 'doelgroepregister'],
  ['coach', '/werkgeverslasten/', 'jobcoach'],
  ['markt', '/werkgeverslasten/', 'arbeidsmarkt'],
  ['aanpassing', '/werkplek/', 'Werkplekaanpassingen'],
  ['servicepunt', '/werkplek/', 'werkgeversservicepunt'],
  ['begeleider', '/werkplek/', 'werkplekbegeleider'],
  ['uitkering', '/leren/', 'bijstandsuitkering'],
  ['verklaring', '/leren/', 'praktijkverklaring'],
  ['bedrijf', '/leren/', 'leerbedrijf'],
];

/** True when a result highlights the compound itself, i.e. the compound is what matched. */
const highlights = (results: { excerpt: string }[], compound: string) =>
  results.some((r) => unmarkCompounds(r.excerpt).toLowerCase().includes(`<mark>${compound.toLowerCase()}`));

async function indexedCopy(parts: readonly string[]): Promise<StaticServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'wim-search-'));
  cpSync(fixture, dir, { recursive: true });
  await buildSearchIndex({ siteDir: dir, basePath: '/', parts });
  return startStaticServer(dir);
}

/** Asks Pagefind in the page. The code is a string: Vitest would otherwise rewrite its import() for Node. */
async function search(page: Page, query: string): Promise<{ url: string; excerpt: string }[]> {
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const response = await pagefind.search(${JSON.stringify(query)});
    return Promise.all(response.results.map(async (r) => {
      const data = await r.data();
      return { url: data.url, excerpt: data.excerpt };
    }));
  })()`);
}

describe.skipIf(!chromiumPath)('Dutch compound words in search', () => {
  let browser: Browser;
  let withParts: StaticServer;
  let withoutParts: StaticServer;

  beforeAll(async () => {
    const parts = await loadCompoundParts(path.join(PROJECT_ROOT, 'content/zoekwoorden.yaml'));
    // One after the other: Pagefind's Node API runs a single indexing service per process.
    withParts = await indexedCopy(parts);
    withoutParts = await indexedCopy([]);
    browser = await launchChromium(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
    await withParts?.close();
    await withoutParts?.close();
  });

  it.each(compoundQueries)('"%s" finds %s through "%s"', async (query, expected, compound) => {
    const page = await browser.newPage();
    await page.goto(`${withParts.origin}/`);
    const results = await search(page, query);
    expect(results.map((r) => r.url)).toContain(expected);
    expect(highlights(results, compound)).toBe(true);
    await page.close();
  });

  it('Pagefind alone does not match these compounds, so the word list is what makes them work', async () => {
    const page = await browser.newPage();
    await page.goto(`${withoutParts.origin}/`);
    for (const [query, , compound] of compoundQueries) expect(highlights(await search(page, query), compound), query).toBe(false);
    await page.close();
  });

  it('still finds whole compounds and the start of a compound', async () => {
    const page = await browser.newPage();
    await page.goto(`${withParts.origin}/`);
    expect((await search(page, 'zwangerschapsverlof')).map((r) => r.url)).toEqual(['/verlof/']);
    expect((await search(page, 'werkplekaanpassingen')).map((r) => r.url)).toEqual(['/werkplek/']);
    expect((await search(page, 'hypotheek')).map((r) => r.url)).toEqual([]);
    await page.close();
  });

  it('indexes only the main content, never the navigation', async () => {
    const page = await browser.newPage();
    await page.goto(`${withParts.origin}/`);
    expect((await search(page, 'paraplubegrip')).map((r) => r.url)).toEqual([]);
    await page.close();
  });
});
