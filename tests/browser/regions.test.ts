/** The region finder: every municipality grouped by region without JavaScript, narrowed as you type with it. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, axeViolationsWithoutJs, launchChromium, trackedContext } from '../support/browser.ts';

const origin = inject('origin');
const chromiumPath = inject('chromiumPath');

const visibleMunicipalities = (page: Page) =>
  page.locator('[data-region]:not([hidden]) li:not([hidden])').evaluateAll((items) => items.map((li) => (li.firstChild?.textContent ?? '').trim()));

describe.skipIf(!chromiumPath)('region finder', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('without JavaScript lists all 342 municipalities under their 35 regions', async () => {
    const { context } = await trackedContext(browser, origin, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/regio/`);
    expect(await page.locator('[data-region]').count()).toBe(35);
    expect(await page.locator('[data-region] li').count()).toBe(342);
    expect(await page.isVisible('[data-region-finder]')).toBe(false);
    expect(await page.locator('main').textContent()).toContain('Voorne aan Zee (ook: Brielle');
    expect(await axeViolationsWithoutJs(browser, `${origin}/regio/`)).toEqual([]);
    await context.close();
  });

  it.each([
    ['den bosch', "'s-Hertogenbosch", 'Noordoost-Brabant'],
    ['s-hertogenbosch', "'s-Hertogenbosch", 'Noordoost-Brabant'],
    ['Brielle', 'Voorne aan Zee', 'Rijnmond'],
    ['sudwest fryslan', 'Súdwest-Fryslân', 'Friesland'],
    ['den haag', "'s-Gravenhage", 'Haaglanden'],
    ['weesp', 'Amsterdam', 'Groot Amsterdam'],
  ])('typing "%s" finds %s in %s', async (typed, municipality, region) => {
    const { context } = await trackedContext(browser, origin);
    const page = await context.newPage();
    await page.goto(`${origin}/regio/`);
    await page.getByLabel('Zoek uw gemeente').fill(typed);
    await expect.poll(() => visibleMunicipalities(page)).toContain(municipality);
    const regionOfMatch = await page.locator('[data-region]:not([hidden])').evaluateAll((sections) => sections.map((s) => (s as HTMLElement).dataset['region']));
    expect(regionOfMatch).toContain(region);
    expect(await page.locator('[data-region-finder-status]').textContent()).toMatch(/gevonden/);
    await context.close();
  });

  it('says so when nothing matches, and shows everything again when the field is empty', async () => {
    const { context } = await trackedContext(browser, origin);
    const page = await context.newPage();
    await page.goto(`${origin}/regio/`);
    const field = page.getByLabel('Zoek uw gemeente');
    await field.fill('xyzxyz');
    await expect.poll(() => page.locator('[data-region-finder-status]').textContent()).toMatch(/Geen gemeente gevonden/);
    expect(await visibleMunicipalities(page)).toEqual([]);
    await field.fill('');
    await expect.poll(() => visibleMunicipalities(page).then((v) => v.length)).toBe(342);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('a region page links the guides with the region filled in', async () => {
    const { context } = await trackedContext(browser, origin);
    const page = await context.newPage();
    await page.goto(`${origin}/regio/midden-utrecht/`);
    expect(await page.locator('a[href="/gids/welke-ondersteuning/?regio=midden-utrecht"]').count()).toBe(1);
    expect(await page.locator('main').textContent()).toMatch(/CBS, gemeenten per 2026/);
    await context.close();
  });
});
