/**
 * Search: a Dutch query returns results with JavaScript on; with JavaScript off the header form still
 * lands on /zoeken/, which says search needs JavaScript and lists every page instead.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, axeViolationsWithoutJs, launchChromium, trackedContext } from '../support/browser.ts';
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
