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

  it('ranks the whole name first: "Bergen" shows both municipalities called Bergen, each with its province', async () => {
    const { context } = await trackedContext(browser, origin);
    const page = await context.newPage();
    await page.goto(`${origin}/regio/`);
    await page.getByLabel('Zoek uw gemeente').fill('Bergen');
    const results = page.locator('[data-region-finder-results] li');
    await expect.poll(() => results.count()).toBeGreaterThan(2);
    const texts = await results.allTextContents();
    expect(texts.slice(0, 2).sort()).toEqual(['Bergen (Limburg) hoort bij Noord-Limburg', 'Bergen (Noord-Holland) hoort bij Noord-Holland Noord']);
    expect(texts.slice(2).join('|')).toMatch(/Bergen op Zoom/);
    await context.close();
  });

  it('forgives a typing error: "Zwole" finds Zwolle, with a link to its region', async () => {
    const { context } = await trackedContext(browser, origin);
    const page = await context.newPage();
    await page.goto(`${origin}/regio/`);
    await page.getByLabel('Zoek uw gemeente').fill('Zwole');
    await expect.poll(() => page.locator('[data-region-finder-results] li').first().textContent()).toBe('Zwolle hoort bij Regio Zwolle');
    expect(await page.locator('[data-region-finder-results] li a').first().getAttribute('href')).toBe('/regio/regio-zwolle/');
    await expect.poll(() => page.locator('[data-region-finder-status]').textContent()).toMatch(/Zwolle\. Die hoort bij Regio Zwolle/);
    await context.close();
  });

  it('on a phone, shows the field and the first results without scrolling', async () => {
    const { context } = await trackedContext(browser, origin, { viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${origin}/regio/`);
    await page.getByLabel('Zoek uw gemeente').fill('Bergen');
    const second = page.locator('[data-region-finder-results] li').nth(1);
    await expect.poll(() => second.count()).toBe(1);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const field = (await page.getByLabel('Zoek uw gemeente').boundingBox())!;
    const box = (await second.boundingBox())!;
    expect(field.y + field.height).toBeLessThan(844);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    await context.close();
  });

  it('gives every region page a route to a person, with sources, the check date and a way to correct it', async () => {
    const { context } = await trackedContext(browser, origin, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/regio/`);
    const slugs = await page.locator('[data-region] h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(slugs).toHaveLength(35);
    for (const slug of slugs) {
      await page.goto(`${origin}${slug}`);
      const desk = page.locator('[data-region-desk]');
      expect(await desk.count(), slug).toBe(1);
      const routes = await desk.locator('.wim-desk__routes a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      expect(routes.some((h) => /^(https:|tel:|mailto:)/.test(h)), slug).toBe(true);
      const text = (await desk.textContent())!;
      expect(text, slug).toMatch(/Gegevens nagekeken op \d+ \w+ 20\d\d/);
      expect(await desk.locator('a', { hasText: 'Werkt u bij dit loket?' }).count(), slug).toBe(1);
    }
    await context.close();
  });

  it('without a known desk, names the centre municipality and the national Werkcentrum site', async () => {
    const { context } = await trackedContext(browser, origin, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/regio/drenthe/`);
    const desk = page.locator('[data-region-desk]');
    expect(await desk.textContent()).toMatch(/gemeente Emmen/);
    expect(await desk.locator('a[href="https://www.werkcentrum.nl/"]').count()).toBe(1);
    expect(await axeViolationsWithoutJs(browser, `${origin}/regio/drenthe/`)).toEqual([]);
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
