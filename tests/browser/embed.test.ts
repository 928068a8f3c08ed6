/**
 * Embedding: a page on another origin frames /embed/gids/…; the guide works inside the iframe with the region
 * preset, links to our pages open in the parent window, and the rest of the site refuses to be framed.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchChromium, trackedContext } from '../support/browser.ts';

const origin = inject('origin');
const chromiumPath = inject('chromiumPath');
const guide = 'klaar-voor-inclusief-werkgeven';

describe.skipIf(!chromiumPath)('embedded guides', () => {
  let browser: Browser;
  let host: Server;
  let hostOrigin: string;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
    // A municipality's page, on another port: another origin.
    host = createServer((_, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="nl"><head><title>Gemeente</title></head><body><h1>Gemeente Voorbeeld</h1>
        <iframe id="gids" title="Keuzehulp" src="${origin}/embed/gids/${guide}/?regio=midden-utrecht" width="800" height="900"></iframe>
        <iframe id="gewone-pagina" title="Geweigerd" src="${origin}/regelingen/" width="800" height="300"></iframe></body></html>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const address = host.address();
    hostOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => host?.close(resolve));
  });

  it('runs inside an iframe on another site, keeps the region, and opens our pages in the parent window', async () => {
    const { context } = await trackedContext(browser, origin);
    const page = await context.newPage();
    await page.goto(`${hostOrigin}/`);
    const frame = page.frameLocator('#gids');
    await expect.poll(() => frame.locator('h1').textContent()).toBe('Weet u welke taken een nieuwe collega bij u kan doen?');
    // No site header or footer in the embed.
    expect(await frame.locator('header, nav[aria-label="Hoofdmenu"]').count()).toBe(0);
    for (let i = 0; i < 7; i++) {
      const before = await frame.locator('h1').textContent();
      await frame.getByRole('link', { name: /^Nee/ }).first().click();
      await expect.poll(() => frame.locator('h1').textContent()).not.toBe(before);
    }
    expect(await frame.locator('h1').textContent()).toBe('Uw actieplan');
    expect(page.url()).toBe(`${hostOrigin}/`);
    await expect.poll(() => frame.locator('[data-region-contact]').textContent()).toContain('WSP Midden-Utrecht');
    const inner = page.frames().find((f) => f.url().includes('/embed/gids/'))!;
    expect(new URL(inner.url()).searchParams.get('regio')).toBe('midden-utrecht');
    expect(await axeViolations(inner)).toEqual([]);
    // The guide's own links (change an answer, start again) stay in the iframe; everything else goes to the top.
    expect(await frame.locator('a[data-guide-link]').count()).toBeGreaterThan(7);
    expect(await frame.locator('a[data-guide-link]:not([target="_self"])').count()).toBe(0);

    // A link to one of our pages opens in the whole window, not in the iframe.
    const target = await frame.locator('.wim-advice h3 a').first().getAttribute('href');
    await frame.locator('.wim-advice h3 a').first().click();
    await page.waitForURL(`${origin}${target}`);
    await context.close();
  });

  it('refuses to show other pages of the site in a frame', async () => {
    const { context } = await trackedContext(browser, origin);
    const page = await context.newPage();
    await page.goto(`${hostOrigin}/`);
    await page.frameLocator('#gids').locator('h1').waitFor();
    const blocked = page.frames().find((f) => f !== page.mainFrame() && !f.url().includes('/embed/'));
    expect(blocked?.url()).not.toContain('/regelingen/');
    const headers = (await context.request.get(`${origin}/regelingen/`)).headers();
    expect(headers['content-security-policy']).toBe("frame-ancestors 'none'");
    expect(headers['x-frame-options']).toBe('DENY');
    const embedHeaders = (await context.request.get(`${origin}/embed/gids/${guide}/`)).headers();
    expect(embedHeaders['content-security-policy']).toBe('frame-ancestors *');
    expect(embedHeaders['x-frame-options']).toBeUndefined();
    await context.close();
  });

  it('works in the iframe without JavaScript too: answers stay in the frame', async () => {
    const { context } = await trackedContext(browser, origin, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${hostOrigin}/`);
    const frame = page.frameLocator('#gids');
    await frame.getByRole('link', { name: /^Ja/ }).first().click();
    await expect.poll(() => frame.locator('h1').textContent()).toContain('Weet uw team');
    expect(page.url()).toBe(`${hostOrigin}/`);
    await context.close();
  });
});
