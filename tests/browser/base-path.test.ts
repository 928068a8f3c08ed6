/**
 * The site built for a sub-folder (BASE_PATH=/werkwijzer/) and served there, as a municipality's server or
 * GitHub Pages would: every link, asset, script, search result, guide step, redirect and feed stays inside
 * /werkwijzer/, and nothing breaks.
 */
import { appendFileSync, cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { checkBuiltSite } from '../../src/checks/built-site.ts';
import { buildSite, makeScratchDir, PROJECT_ROOT, type BuiltSite } from '../support/astro.ts';
import { launchChromium, trackedContext } from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

const chromiumPath = inject('chromiumPath');
const BASE = '/werkwijzer/';

describe.skipIf(!chromiumPath)('the site under a sub-path', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let contentDir: string;
  let root: string;

  beforeAll(async () => {
    // The real content, plus one moved page, so that a redirect is built too.
    contentDir = path.join(makeScratchDir('base-content'), 'content');
    cpSync(path.join(PROJECT_ROOT, 'content'), contentDir, { recursive: true });
    appendFileSync(path.join(contentDir, 'redirects.yaml'), '\n/oude-jobcoach-pagina/: /regelingen/jobcoach/\n');
    site = await buildSite(contentDir, { BASE_PATH: BASE, PUBLISHED_URLS: path.join(PROJECT_ROOT, 'docs/published-urls.txt') });
    server = await startStaticServer(site.outDir, { basePath: BASE });
    root = `${server.origin}${BASE}`;
    browser = await launchChromium(chromiumPath!);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site?.remove();
    if (contentDir) rmSync(path.dirname(contentDir), { recursive: true, force: true });
  });

  it('links every page only to pages and anchors that exist under the sub-path', () => {
    expect(checkBuiltSite({ distDir: site.outDir, basePath: BASE, sourceDirs: [contentDir, path.join(PROJECT_ROOT, 'src')] })).toEqual([]);
    const html = readFileSync(path.join(site.outDir, 'index.html'), 'utf8');
    const addresses = [...html.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)].map((m) => m[1]!);
    expect(addresses.length).toBeGreaterThan(10);
    expect(addresses.filter((a) => !a.startsWith(BASE))).toEqual([]);
  });

  it('loads pages with their styles and fonts, and requests nothing outside the sub-path', async () => {
    const { context, foreignRequests, consoleErrors, cspViolations } = await trackedContext(browser, server.origin);
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!new URL(r.url()).pathname.startsWith(BASE)) outside.push(r.url());
    });
    for (const p of ['', 'regelingen/jobcoach/', 'handboek/', 'onderwijs/print/', 'regio/']) {
      const response = await page.goto(root + p);
      expect(response?.status(), p).toBe(200);
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily), p).toContain('Source Sans 3');
    }
    // The service worker for offline use covers the sub-path, and nothing outside it.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(root);
    expect(outside).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('runs a guide with the region preset, and finds pages with search', async () => {
    const { context, consoleErrors } = await trackedContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(`${root}gids/klaar-voor-inclusief-werkgeven/?regio=twente`);
    for (let i = 0; i < 7; i++) {
      const before = await page.locator('h1').textContent();
      await page.getByRole('link', { name: /^Nee/ }).first().click();
      await expect.poll(() => page.locator('h1').textContent()).not.toBe(before);
    }
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${BASE}gids/klaar-voor-inclusief-werkgeven/(nee/){7}$`));
    await expect.poll(() => page.locator('[data-region-contact]').textContent()).toContain('Werkplein Twente');
    // The contact block comes from the region page under the base path, and its own links stay under it.
    expect(new URL(await page.locator('[data-region-contact] a', { hasText: 'Alles over deze regio' }).getAttribute('href') as string).pathname).toBe(`${BASE}regio/twente/`);

    await page.goto(`${root}zoeken/?q=loonkostensubsidie`);
    await page.locator('[data-search-results] li').first().waitFor();
    const hrefs = await page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h?.startsWith(BASE))).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('forwards a moved page, answers an unknown address with the 404 page, and publishes feeds with the sub-path', async () => {
    const { context } = await trackedContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(`${root}oude-jobcoach-pagina/`);
    await page.waitForURL(`${root}regelingen/jobcoach/`);
    const missing = await page.goto(`${root}bestaat-niet/`);
    expect(missing?.status()).toBe(404);
    const links = await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((h) => h?.startsWith(BASE))).toBe(true);
    const feed = readFileSync(path.join(site.outDir, 'wijzigingen/rss.xml'), 'utf8');
    expect(feed).toContain(`<link>https://werkwijzerinclusiefmkb.nl${BASE}</link>`);
    expect([...feed.matchAll(/<link>([^<]+)<\/link>/g)].every((m) => m[1]!.startsWith(`https://werkwijzerinclusiefmkb.nl${BASE}`))).toBe(true);
    await context.close();
  });
});
