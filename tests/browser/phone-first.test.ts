/**
 * The first screen on a phone (390 x 844): the home page says what the site is, starts the guide and routes each
 * audience; the menu folds away and still works without JavaScript and with the keyboard; a step of the step plan
 * shows its heading before the step menu; the breadcrumb sits on one line; no label says a word twice.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { axeViolations, axeViolationsWithoutJs, launchChromium, trackedContext } from '../support/browser.ts';
import { builtHtml, builtPages, firstDetailPage } from '../support/site.ts';

const origin = inject('origin');
const chromiumPath = inject('chromiumPath');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

const bottom = async (locator: Locator) => {
  const box = await locator.boundingBox();
  expect(box, 'element is rendered').not.toBeNull();
  return box!.y + box!.height;
};

describe.skipIf(!chromiumPath)('phone first', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(url: string, options: BrowserContextOptions): Promise<Page> {
    const { context } = await trackedContext(browser, origin, { serviceWorkers: 'block', ...options });
    const page = await context.newPage();
    await page.goto(origin + url);
    return page;
  }

  it.each([true, false])('home on a phone shows the site, the guide and a route per audience on the first screen (JavaScript %s)', async (javaScriptEnabled) => {
    const page = await open('/', { viewport: PHONE, javaScriptEnabled });
    expect(await bottom(page.locator('header'))).toBeLessThanOrEqual(150);
    expect(await bottom(page.locator('h1'))).toBeLessThanOrEqual(PHONE.height);
    expect(await bottom(page.getByRole('link', { name: /^Start de keuzehulp/ }))).toBeLessThanOrEqual(PHONE.height);
    const routes = page.getByRole('navigation', { name: 'Direct naar wat u zoekt' }).getByRole('link');
    expect(await routes.allTextContents()).toEqual(['Werkgevers', 'Onderwijs', 'Gemeenten en regio']);
    for (const route of await routes.all()) {
      expect(await bottom(route)).toBeLessThanOrEqual(PHONE.height);
      // Each route leads to that audience's own list of links further down.
      const target = (await route.getAttribute('href'))!;
      expect(await page.locator(`${target} ~ ul a, ${target} + p + ul a`).count(), target).toBeGreaterThan(1);
    }
    await page.context().close();
  });

  it.each([true, false])('the menu folds on a phone and opens with a tap or the keyboard (JavaScript %s)', async (javaScriptEnabled) => {
    const page = await open('/regelingen/', { viewport: PHONE, javaScriptEnabled });
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const gemeenten = menu.getByRole('link', { name: 'Gemeenten' });
    expect(await gemeenten.isVisible()).toBe(false);
    const toggle = page.locator('summary', { hasText: 'Menu' });
    await toggle.click();
    expect(await gemeenten.isVisible()).toBe(true);
    await toggle.click();
    expect(await gemeenten.isVisible()).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await gemeenten.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect((await page.locator(':focus').textContent())?.trim()).toBe('Keuzehulp');
    expect(await (javaScriptEnabled ? axeViolations(page) : axeViolationsWithoutJs(browser, page.url()))).toEqual([]);
    await gemeenten.click();
    await page.waitForURL(`${origin}/gemeenten/`);
    expect(await page.locator('h1').textContent()).toMatch(/keuzehulp/i);
    await page.context().close();
  });

  it('the menu is always open on a wide screen, with the current section marked', async () => {
    const page = await open('/gemeenten/', { viewport: DESKTOP });
    expect(await page.locator('summary', { hasText: 'Menu' }).isVisible()).toBe(false);
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const links = menu.getByRole('link');
    expect(await links.count()).toBe(9);
    for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
    expect(await menu.locator('[aria-current]').textContent()).toContain('Gemeenten');
    // One row under the header: all links on the same line.
    const tops = new Set(await Promise.all((await links.all()).map(async (l) => Math.round((await l.boundingBox())!.y))));
    expect(tops.size).toBe(1);
    await page.context().close();
  });

  it('a step of the step plan shows its heading before the step menu on a phone, and the menu beside the text on a wide screen', async () => {
    const step = firstDetailPage('/onderwijs/');
    const phone = await open(step, { viewport: PHONE });
    const stepMenu = phone.getByRole('navigation', { name: 'Stappen van het stappenplan' });
    expect(await bottom(phone.locator('h1'))).toBeLessThan((await stepMenu.boundingBox())!.y);
    // Folded: one line that says where the reader is, the steps behind it.
    expect(await stepMenu.locator('summary').textContent()).toMatch(/^Stap \d+ van \d+/);
    expect(await stepMenu.locator('[aria-current="step"]').isVisible()).toBe(false);
    await stepMenu.locator('summary').click();
    expect(await stepMenu.locator('[aria-current="step"]').isVisible()).toBe(true);
    await phone.context().close();

    const wide = await open(step, { viewport: DESKTOP });
    const wideMenu = wide.getByRole('navigation', { name: 'Stappen van het stappenplan' });
    expect(await wideMenu.locator('[aria-current="step"]').isVisible()).toBe(true);
    const menuBox = (await wideMenu.boundingBox())!;
    const textBox = (await wide.locator('.wim-prose').first().boundingBox())!;
    expect(menuBox.x + menuBox.width).toBeLessThanOrEqual(textBox.x);
    await wide.context().close();
  });

  it.each([PHONE, DESKTOP])('the breadcrumb sits on one line: the current page in line with the links (%o)', async (viewport) => {
    const page = await open('/handboek/de-eerste-weken/', { viewport });
    const baselines = await page.locator('.utrecht-breadcrumb-nav__item').evaluateAll((items) =>
      items.map((item) => {
        const range = document.createRange();
        range.selectNodeContents(item.querySelector('a') ?? item);
        return Math.round(range.getClientRects()[0]!.bottom);
      }),
    );
    expect(baselines.length).toBeGreaterThan(2);
    // The first line: every item that starts on it ends its first line of text at the same height.
    const first = baselines[0]!;
    for (const b of baselines.filter((b) => Math.abs(b - first) < 20)) expect(Math.abs(b - first)).toBeLessThanOrEqual(1);
    await page.context().close();
  });

  it('no heading, breadcrumb or page fact says the same word twice in a row ("Deel Deel 1", "regio Regio Zwolle")', () => {
    // A word followed by itself, or by its own end: "Deel Deel 1", "Arbeidsmarktregio Regio Zwolle".
    const doubled = /(\p{L}{4,})\s+\1(?![\p{L}])/iu;
    const faults: string[] = [];
    for (const page of builtPages().filter((p) => !/^\/(embed\/)?gids\/[^/]+\/./.test(p))) {
      const html = builtHtml(page);
      const labels = [
        ...html.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g),
        ...html.matchAll(/<title>([\s\S]*?)<\/title>/g),
        // A page fact is read as its label and value together.
        ...[...html.matchAll(/<dt>([\s\S]*?)<\/dt>\s*<dd>([\s\S]*?)<\/dd>/g)].map((m) => [m[0], `${m[1]} ${m[2]}`] as const),
        ...html.matchAll(/<li class="utrecht-breadcrumb-nav__item"[^>]*>([\s\S]*?)<\/li>/g),
      ].map((m) => m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
      for (const label of labels) if (doubled.test(label)) faults.push(`${page}: ${label.trim()}`);
    }
    expect(faults).toEqual([]);
  });
});
