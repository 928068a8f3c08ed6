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
    host = createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      // A page that still links an embed step that no longer exists.
      if (req.url === '/oud') {
        res.end(`<!doctype html><html lang="nl"><head><title>Gemeente</title></head><body><h1>Gemeente Voorbeeld</h1>
          <iframe id="gids" title="Keuzehulp" src="${origin}/embed/gids/${guide}/vraag-die-niet-meer-bestaat/" width="800" height="900"></iframe></body></html>`);
        return;
      }
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
    // The catch-all rule sends X-Frame-Options everywhere; where a policy has frame-ancestors, browsers ignore it
    // (the test above shows the embed in a frame).
    expect(embedHeaders['x-frame-options']).toBe('DENY');
    // An unknown address outside /embed/ gets the headers too: its 404 page cannot be framed.
    const unknown = await context.request.get(`${origin}/bestaat-niet/`);
    expect(unknown.status()).toBe(404);
    expect(unknown.headers()['x-frame-options']).toBe('DENY');
    expect(unknown.headers()['strict-transport-security']).toMatch(/^max-age=\d+/);
    await context.close();
  });

  it('answers a stale embed address inside the frame, with a restart that stays in the frame', async () => {
    const { context } = await trackedContext(browser, origin);
    const page = await context.newPage();
    await page.goto(`${hostOrigin}/oud`);
    const frame = page.frameLocator('#gids');
    await expect.poll(() => frame.locator('h1').textContent()).toBe('Deze pagina bestaat niet (meer)');
    const restart = frame.locator('[data-guide-notice-link]');
    await restart.waitFor();
    expect(await restart.getAttribute('href')).toBe(`/embed/gids/${guide}/`);
    await restart.click();
    await expect.poll(() => frame.locator('h1').textContent()).toBe('Weet u welke taken een nieuwe collega bij u kan doen?');
    expect(page.url()).toBe(`${hostOrigin}/oud`);
    expect(page.frames().find((f) => f !== page.mainFrame())?.url()).toBe(`${origin}/embed/gids/${guide}/`);

    // Every other link of the 404 page opens in the whole window: the site's own pages refuse to be framed.
    await page.goto(`${hostOrigin}/oud`);
    await frame.locator('[data-guide-notice-link]').waitFor();
    await frame.getByRole('link', { name: 'De homepagina' }).click();
    await page.waitForURL(`${origin}/`);
    await context.close();
  });

  it('keeps the links of a stale embed address out of the frame without JavaScript too', async () => {
    const { context } = await trackedContext(browser, origin, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${hostOrigin}/oud`);
    const frame = page.frameLocator('#gids');
    await expect.poll(() => frame.locator('h1').textContent()).toBe('Deze pagina bestaat niet (meer)');
    await frame.locator(`a[data-guide-restart="${guide}"]`).click();
    await page.waitForURL(`${origin}/gids/${guide}/`);
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
