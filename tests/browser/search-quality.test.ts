/**
 * Search quality: what employers type finds the right page in the top 3 on the search page. Each expected page was
 * chosen by reading the content (its title, summary and text), not by running the search. Several queries use
 * everyday words the page itself does not use ("subsidie" on the LKV oudere werknemer page): they only pass
 * through content/synoniemen.yaml.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';

const origin = inject('origin');
const chromiumPath = inject('chromiumPath');

/** [what an employer types, the page that must be among the first 3 results]. */
const QUERIES: [string, string][] = [
  ['subsidie oudere werknemer', '/regelingen/lkv-oudere-werknemer/'],
  ['no risk polis', '/regelingen/no-riskpolis/'],
  ['no risk', '/regelingen/no-riskpolis/'],
  ['werkplek aanpassen', '/regelingen/werkplekaanpassingen/'],
  ['vergoeding werkplek', '/regelingen/werkplekaanpassingen/'],
  ['jobcoach', '/regelingen/jobcoach/'],
  ['loonkostensubsidie', '/regelingen/loonkostensubsidie/'],
  ['statushouder taal', '/doelgroepen/statushouders-en-nieuwkomers/'],
  ['ziek worden werknemer', '/handboek/verzuim-terugval-en-privacy/'],
  ['proefplaatsing', '/regelingen/proefplaatsing/'],
  ['praktijkleren', '/regelingen/subsidieregeling-praktijkleren/'],
  ['banenafspraak', '/regelingen/banenafspraak-en-doelgroepregister/'],
  ['doelgroepregister', '/regelingen/banenafspraak-en-doelgroepregister/'],
  ['wajong', '/regelingen/loondispensatie/'],
  ['inburgering', '/regelingen/inburgering-en-werk/'],
  ['werkgeversservicepunt', '/regelingen/werkgeversservicepunt/'],
  ['lkv banenafspraak', '/regelingen/lkv-banenafspraak/'],
  ['vog', '/doelgroepen/ex-gedetineerden/'],
  ['erkend leerbedrijf', '/regelingen/erkend-leerbedrijf-en-bbl/'],
  ['praktijkverklaring', '/regelingen/praktijkverklaring/'],
  ['laaggeletterd', '/doelgroepen/moeite-met-lezen-en-schrijven/'],
  ['psychische klachten', '/handboek/psychische-kwetsbaarheid-op-het-werk/'],
  ['ips', '/regelingen/ips-individuele-plaatsing-en-steun/'],
  ['opleidingsfonds metaal', '/regelingen/opleidingsfonds-metaal/'],
  ['55 plus', '/doelgroepen/55-plussers/'],
  ['jongeren zonder diploma', '/doelgroepen/jongeren-zonder-startkwalificatie/'],
  ['slim subsidie', '/regelingen/slim-subsidie/'],
  ['loondispensatie', '/regelingen/loondispensatie/'],
  ['bijstand', '/doelgroepen/mensen-in-de-bijstand/'],
  ['buddy', '/handboek/de-eerste-weken/'],
];

/**
 * Known misses: the expected page is found, but not in the top 3. Each says why; the test holds them to the top 10
 * so they cannot get worse unnoticed. Move one up to QUERIES when it is fixed.
 */
const KNOWN_MISSES: [string, string, string][] = [
  // The target group page is titled "Mensen die uit detentie komen" and uses the word twice; the practice cases
  // and their list use it in their titles, so they rank first (4th place, measured 2 December 2026).
  ['ex gedetineerde', '/doelgroepen/ex-gedetineerden/', 'the page avoids the word in its title'],
];

/** The pages of the first `count` results on the search page, as paths. */
async function topResults(page: Page, query: string, count = 3): Promise<string[]> {
  await page.goto(`${origin}/zoeken/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /resulta/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  const hrefs = await page.locator('[data-search-results] > li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return hrefs.slice(0, count);
}

describe.skipIf(!chromiumPath)('search quality: employer queries', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has at least 20 queries', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(QUERIES)('"%s" has %s in the top 3', async (query, expected) => {
    expect(await topResults(page, query)).toContain(expected);
  });

  it.each(KNOWN_MISSES)('known miss: "%s" has %s at least in the top 10 (%s)', async (query, expected) => {
    expect(await topResults(page, query, 10)).toContain(expected);
  });

  it('finds a page through a synonym without showing the synonyms as its text', async () => {
    // The LKV page says "tegemoetkoming" and "regeling", never "subsidie" in its body.
    await topResults(page, 'subsidie oudere werknemer');
    const item = page.locator('[data-search-results] > li').filter({ has: page.locator('h2 a[href="/regelingen/lkv-oudere-werknemer/"]') });
    expect(await item.count()).toBe(1);
    const text = (await item.textContent()) ?? '';
    // Words the index added for this page (the page itself has none of them).
    for (const added of ['50-plusser', 'oudere werkzoekende', 'looncompensatie']) expect(text).not.toContain(added);
    expect(await page.locator('[data-search-results] a[href*="#wim-zoekwoorden"]').count()).toBe(0);
  });
});
