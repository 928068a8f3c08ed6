/**
 * Search: a Dutch query returns results with JavaScript on; with JavaScript off the header form still
 * lands on /zoeken/, which says search needs JavaScript and lists every page instead.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, axeViolationsWithoutJs, launchChromium, searchScriptStarted, trackedContext } from '../support/browser.ts';
import { builtPages } from '../support/site.ts';

const origin = inject('origin');
const chromiumPath = inject('chromiumPath');

describe.skipIf(!chromiumPath)('search', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds pages for a Dutch query typed in the header form', async () => {
    const { context, foreignRequests, consoleErrors, cspViolations } = await trackedContext(browser, origin);
    const page = await context.newPage();
    await page.goto(`${origin}/regelingen/`);
    await page.fill('header input[name="q"]', 'ziek worden');
    await page.press('header input[name="q"]', 'Enter');
    await page.waitForURL(/\/zoeken\/\?q=ziek\+worden/);
    const results = page.locator('[data-search-results] li');
    await results.first().waitFor();
    expect(await page.locator('[data-search-results] a[href="/regelingen/no-riskpolis/"]').count()).toBe(1);
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/resultaten? voor ‘ziek worden’/);
    expect(await page.isVisible('[data-search-nojs]')).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    // Pagefind's WebAssembly runs under the search page's policy, which allows exactly that.
    expect(cspViolations).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('keeps what the reader typed before the page\'s script ran, and searches for it', async () => {
    const { context } = await trackedContext(browser, origin);
    const page = await context.newPage();
    // The search script arrives late, as on a slow connection or a long search page: the reader types first.
    let release!: () => void;
    const scriptHeld = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/.*\.js$/, async (route) => {
      await scriptHeld;
      await route.continue();
    });
    // Not until DOMContentLoaded: that waits for the held script.
    await page.goto(`${origin}/zoeken/`, { waitUntil: 'commit' });
    await page.fill('#zoekveld-pagina', 'loonkostensubsidie');
    release();
    await searchScriptStarted(page);
    expect(await page.inputValue('#zoekveld-pagina')).toBe('loonkostensubsidie');
    await page.press('#zoekveld-pagina', 'Enter');
    await page.waitForURL(/\?q=loonkostensubsidie$/);
    await page.locator('[data-search-results] li').first().waitFor();
    await context.close();
  });

  it('finds the tail of a compound and shows the words whole', async () => {
    const { context } = await trackedContext(browser, origin);
    const page = await context.newPage();
    await page.goto(`${origin}/zoeken/?q=polis`);
    await page.locator('[data-search-results] li').first().waitFor();
    expect(await page.locator('[data-search-results] a[href="/regelingen/no-riskpolis/"]').count()).toBe(1);
    const text = (await page.locator('[data-search-results]').textContent()) ?? '';
    expect(text.toLowerCase()).toContain('no-riskpolis');
    expect(text).not.toMatch(/\p{L}\|\p{L}/u);
    await context.close();
  });

  it('narrows results with the filter for the kind of page, and keeps it in the URL', async () => {
    const { context } = await trackedContext(browser, origin);
    const page = await context.newPage();
    await page.goto(`${origin}/zoeken/?q=no-riskpolis`);
    await page.locator('[data-search-results] li').first().waitFor();
    const before = await page.locator('[data-search-results] li').count();
    expect(before).toBeGreaterThan(1);
    await page.getByLabel('Regelingen', { exact: true }).check();
    await page.waitForURL(/soort=Regelingen/);
    await expect.poll(() => page.locator('[data-search-results] li').count()).toBeLessThan(before);
    const kinds = await page.locator('[data-search-results] .wim-card__meta').allTextContents();
    expect(new Set(kinds)).toEqual(new Set(['Regelingen']));
    await context.close();
  });

  it('drops a filter value that no longer exists from an old search link, and says so', async () => {
    const { context, consoleErrors } = await trackedContext(browser, origin);
    const page = await context.newPage();
    await page.goto(`${origin}/zoeken/?q=no-riskpolis&soort=Regelingen&soort=Nieuwsbrief&doelgroep=Bestaat+niet`);
    await page.locator('[data-search-results] li').first().waitFor();
    const status = (await page.locator('[data-search-status]').textContent()) ?? '';
    expect(status).toContain('Deze filters bestaan niet meer en zijn weggelaten');
    expect(status).toContain('Soort pagina ‘Nieuwsbrief’');
    expect(status).toContain('Doelgroep ‘Bestaat niet’');
    expect(status).toMatch(/resultaten? voor ‘no-riskpolis’/);
    const url = new URL(page.url());
    expect(url.searchParams.getAll('soort')).toEqual(['Regelingen']);
    expect(url.searchParams.getAll('doelgroep')).toEqual([]);
    expect(await page.getByLabel('Regelingen', { exact: true }).isChecked()).toBe(true);
    const kinds = await page.locator('[data-search-results] .wim-card__meta').allTextContents();
    expect(new Set(kinds)).toEqual(new Set(['Regelingen']));
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('on a phone, results come first and the filters open with the keyboard behind their button', async () => {
    const { context } = await trackedContext(browser, origin, { viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${origin}/zoeken/?q=subsidie`);
    const first = page.locator('[data-search-results] > li').first();
    await first.waitFor();
    const toggle = page.locator('[data-search-filter-toggle]');
    expect(await page.locator('[data-search-filters] input[type="checkbox"]').first().isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    // The first result starts on the first screen, not after the filters.
    expect((await first.boundingBox())!.y).toBeLessThan(844);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const box = page.getByLabel('Regelingen', { exact: true });
    expect(await box.isVisible()).toBe(true);
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/soort=Regelingen/);
    await expect.poll(() => toggle.textContent(), { timeout: 10_000 }).toBe('Filters (1 gekozen)');
    // The boxes are drawn again after a change; the keyboard stays on the box it used.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value), { timeout: 10_000 }).toBe('Regelingen');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Space');
    await page.waitForURL((url) => !url.searchParams.has('soort'));
    await expect.poll(() => toggle.textContent(), { timeout: 10_000 }).toBe('Filters');
    await context.close();
  });

  it('shows 20 results and more with "Toon meer resultaten", until every result is reachable', async () => {
    const { context, consoleErrors } = await trackedContext(browser, origin);
    const page = await context.newPage();
    await page.goto(`${origin}/zoeken/?q=subsidie`);
    const items = page.locator('[data-search-results] > li');
    await items.first().waitFor();
    const total = Number(((await page.locator('[data-search-status]').textContent()) ?? '').match(/^(\d+) resultaten/)?.[1]);
    expect(total).toBeGreaterThan(40);
    expect(await items.count()).toBe(20);
    expect(await page.locator('[data-search-status]').textContent()).toContain('U ziet er nu 20.');
    const more = page.getByRole('button', { name: 'Toon meer resultaten' });
    await more.click();
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(40);
    // Focus goes to the first new result, so a keyboard or screen reader user reads on from there.
    expect(await page.evaluate(() => document.activeElement?.closest('[data-search-results] > li') === document.querySelectorAll('[data-search-results] > li')[20])).toBe(true);
    for (let shown = 40; shown < total; shown += 20) {
      await more.click();
      await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(Math.min(total, shown + 20));
    }
    expect(await more.isVisible()).toBe(false);
    const urls = await page.locator('[data-search-results] > li h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(new Set(urls).size).toBe(total);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('links to the section of a page where the words are, and that section exists', async () => {
    const { context } = await trackedContext(browser, origin);
    const page = await context.newPage();
    await page.goto(`${origin}/zoeken/?q=loonkostensubsidie`);
    await page.locator('[data-search-results] > li').first().waitFor();
    const sectionLinks = await page.locator('[data-search-results] .wim-search-sections a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(sectionLinks.length).toBeGreaterThan(0);
    expect(sectionLinks.every((href) => new URL(href).hash.length > 1)).toBe(true);
    expect(sectionLinks.some((href) => href.includes('#wim-zoekwoorden'))).toBe(false);
    const target = new URL(sectionLinks[0]!);
    await page.goto(target.href);
    const id = decodeURIComponent(target.hash.slice(1));
    expect(await page.evaluate((i) => document.getElementById(i)?.tagName ?? null, id)).toMatch(/^H[1-6]$/);
    await context.close();
  });

  it('no excerpt makes the page wider than a 390 px phone screen, also with a web address in it', async () => {
    const { context } = await trackedContext(browser, origin, { viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    // The page for municipalities shows the embed code and the links, with their full https addresses.
    await page.goto(`${origin}/zoeken/?q=iframe`);
    await page.locator('[data-search-results] > li').first().waitFor();
    expect(await page.locator('[data-search-results]').textContent()).toMatch(/https:\/\/\S{30,}/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });

  it('loads no search code on other pages', async () => {
    const { context } = await trackedContext(browser, origin);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.url().includes('/pagefind/')) scripts.push(r.url());
    });
    await page.goto(`${origin}/handboek/`);
    await page.waitForLoadState('networkidle');
    // The page itself fetches no script (the site-wide one for offline use is inline; its service worker keeps
    // the index for later, in the background, outside the page).
    expect(scripts).toEqual([]);
    await context.close();
  });

  it('without JavaScript, the header form lands on /zoeken/ with every page listed, grouped by kind', async () => {
    const { context } = await trackedContext(browser, origin, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.fill('header input[name="q"]', 'subsidie');
    await page.press('header input[name="q"]', 'Enter');
    await page.waitForURL(/\/zoeken\/\?q=subsidie/);
    expect(await page.locator('[data-search-nojs]').textContent()).toContain('Zoeken werkt met JavaScript');
    const listed = new Set(
      (await page.locator('[data-search-index] a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))),
    );
    // Every section and entry page; the later steps of a guide are reached from its start, and a print version
    // from the page it prints, not from the index.
    const sectionsAndEntries = builtPages().filter(
      (p) =>
        /^\/(model|handboek|onderwijs|regelingen|doelgroepen|praktijk|regio|gids)\//.test(p) && !/^\/gids\/[^/]+\/[^/]+\//.test(p) && !p.endsWith('/print/'),
    );
    for (const p of sectionsAndEntries) expect(listed, p).toContain(p);
    expect(await page.locator('[data-search-index] h3').count()).toBeGreaterThanOrEqual(8);
    expect(await axeViolationsWithoutJs(browser, page.url())).toEqual([]);
    await context.close();
  });
});
