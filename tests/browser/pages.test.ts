/**
 * Every kind of page loads in real Chromium, has the frame the layout promises, talks to no other origin,
 * and passes axe-core for WCAG 2.x A and AA.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchChromium, trackedContext } from '../support/browser.ts';
import { builtHtml, firstDetailPage } from '../support/site.ts';

/** The site-wide script (offline use): the one script of the home page, a content page. */
const SITE_SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/.exec(builtHtml('/'))![0];
const PAGES_WITH_A_TOOL = [/^\/zoeken\/$/, /^\/gids\/[^/]+\//, /^\/regio\/$/, /^\/onderwijs\/([^/]+\/)?$/];

const origin = inject('origin');
const chromiumPath = inject('chromiumPath');

const sections = ['/model/', '/handboek/', '/onderwijs/', '/regelingen/', '/doelgroepen/', '/praktijk/', '/regio/', '/gids/'];
const pages = ['/', ...sections, ...sections.map((s) => firstDetailPage(s)), '/zoeken/', '/over/', '/over/redactie/', '/toegankelijkheid/', '/wijzigingen/'];

describe.skipIf(!chromiumPath)('every page type', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(pages)('%s loads with the full page frame and no accessibility violations', async (path) => {
    const { context, foreignRequests, consoleErrors } = await trackedContext(browser, origin);
    const page = await context.newPage();
    const response = await page.goto(origin + path);
    expect(response?.status()).toBe(200);

    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('header').count()).toBeGreaterThan(0);
    expect(await page.locator('main#inhoud').count()).toBe(1);
    expect(await page.locator('footer').count()).toBeGreaterThan(0);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`${path.replace(/\//g, '\\/')}$`));
    expect((await page.locator('meta[name="description"]').getAttribute('content'))?.length).toBeGreaterThan(20);
    expect(await page.locator('footer a[href*="/toegankelijkheid/"]').count()).toBe(1);
    expect(await page.locator('footer a[href*="creativecommons.org/licenses/by/4.0"]').count()).toBe(1);
    if (path !== '/') expect(await page.locator('nav[aria-label="Kruimelpad"]').count()).toBe(1);
    // Content pages ship no JavaScript of their own: only the site-wide script for offline use, the same on every
    // page. The tools have a script of their own: search, the guides, the region finder and the step plan's
    // checklist (ticks remembered in the browser).
    // JSON-LD (type="application/ld+json") is data for search engines, never run: it is not JavaScript.
    const scripts = await page.locator('script:not([type="application/ld+json"])').evaluateAll((tags) => tags.map((t) => t.outerHTML));
    expect(scripts).toContain(SITE_SCRIPT);
    if (!PAGES_WITH_A_TOOL.some((pattern) => pattern.test(path))) expect(scripts).toEqual([SITE_SCRIPT]);

    // The skip link is the first thing the keyboard reaches, and it moves focus to the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ga direct naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');

    expect(await axeViolations(page)).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('answers an unknown address with a helpful 404 page', async () => {
    const { context } = await trackedContext(browser, origin);
    const page = await context.newPage();
    const response = await page.goto(`${origin}/regelingen/bestaat-niet/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toContain('bestaat niet');
    expect(await page.locator('main form[action$="/zoeken/"]').count()).toBe(1);
    expect(await page.locator('main li > a[href="/gids/"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('publishes /.well-known/security.txt with a contact that exists and an expiry within a year', async () => {
    const { context } = await trackedContext(browser, origin);
    const response = await context.request.get(`${origin}/.well-known/security.txt`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/plain/);
    const text = await response.text();
    const contact = /^Contact: (\S+)$/m.exec(text)?.[1];
    expect(contact).toMatch(/^https:\/\/.+\/over\/#contact$/);
    const page = await context.newPage();
    await page.goto(`${origin}${new URL(contact!).pathname}`);
    expect(await page.locator('#contact').count()).toBe(1);
    const expires = Date.parse(/^Expires: (\S+)$/m.exec(text)?.[1] ?? '');
    expect(expires).toBeGreaterThan(Date.now());
    expect(expires).toBeLessThan(Date.now() + 366 * 24 * 60 * 60 * 1000);
    await context.close();
  });
});
