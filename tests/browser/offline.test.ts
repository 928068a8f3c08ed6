/**
 * Without a network: after one visit, the handbook, the regelingen, the start of every guide, guide steps
 * reached before and search all work with the server gone; a page never reached shows the offline page. A new
 * build is announced and only used when the reader chooses it. The site can be installed (manifest, icons).
 */
import { cpSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildServiceWorker } from '../../src/lib/service-worker-build.ts';
import { makeScratchDir } from '../support/astro.ts';
import { CHROMIUM_ARGS, launchChromium } from '../support/browser.ts';
import { DIST } from '../support/site.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

const chromiumPath = inject('chromiumPath');
const GUIDE = 'klaar-voor-inclusief-werkgeven';

/** Waits until the service worker has installed everything and controls the page. */
async function waitForOffline(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

describe.skipIf(!chromiumPath)('offline', () => {
  let browser: Browser;
  let copy: string;
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
    // A copy of the site of our own, so that the server can go away and the site can change.
    copy = path.join(makeScratchDir('offline'), 'dist');
    cpSync(DIST, copy, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the handbook, the regelingen, the guides and search working without a network', async () => {
    let server: StaticServer | undefined = await startStaticServer(copy);
    // The same port again later proves the pages come from the cache: nothing is listening there.
    const origin = server.origin;
    const context: BrowserContext = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await waitForOffline(page);
    // One guide step visited while online.
    await page.goto(`${origin}/gids/klaar-voor-inclusief-werkgeven/`);
    await page.getByRole('link', { name: /^Nee/ }).first().click();
    await expect.poll(() => page.url()).toBe(`${origin}/gids/klaar-voor-inclusief-werkgeven/nee/`);

    await server.close();
    server = undefined;

    for (const [url, heading] of [
      ['/handboek/de-eerste-weken/', 'De eerste weken'],
      ['/regelingen/jobcoach/', 'Jobcoach'],
      ['/gids/welke-ondersteuning/', null],
      ['/gids/klaar-voor-inclusief-werkgeven/nee/', 'Weet uw team'],
      // Tracking parameters of a newsletter link: the same page from the cache.
      ['/gids/klaar-voor-inclusief-werkgeven/nee/?utm_source=nieuwsbrief&utm_medium=email&fbclid=IwAR0x', 'Weet uw team'],
    ] as const) {
      await page.goto(origin + url);
      const h1 = await page.locator('h1').textContent();
      if (heading) expect(h1, url).toContain(heading);
      expect(h1, url).not.toContain('niet zonder internet');
    }
    // A guide step never opened: the offline page says what does and does not work.
    await page.goto(`${origin}/gids/klaar-voor-inclusief-werkgeven/ja/`);
    expect(await page.locator('h1').textContent()).toBe('Deze pagina is er niet zonder internet');
    // Search with the whole index from the cache.
    await page.goto(`${origin}/zoeken/?q=loonkostensubsidie`);
    await page.locator('[data-search-results] li').first().waitFor();
    expect(await page.locator('[data-search-results] a[href="/regelingen/loonkostensubsidie/"]').count()).toBe(1);
    await context.close();
  });

  it('announces a new version, keeps the old one until the reader chooses, and then shows the new one', async () => {
    const server = await startStaticServer(copy, { live: true });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/regelingen/`);
    await waitForOffline(page);
    const oldTitle = await page.locator('h1').textContent();

    // A new build: a changed page, and the service worker made again for it.
    const file = path.join(copy, 'regelingen/index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace(`<h1>${oldTitle}</h1>`, '<h1>Regelingen (nieuwe versie)</h1>'));
    await buildServiceWorker(copy, '/');

    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const notice = page.locator('.wim-update');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('status');
    // Until the reader chooses, the site stays the version they have.
    await page.reload();
    expect(await page.locator('h1').textContent()).toBe(oldTitle);
    await page.locator('.wim-update button').click();
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('Regelingen (nieuwe versie)');
    await context.close();
    await server.close();
  });

  it('keeps every tab on one version across an update: no step of the new version in an old page, other tabs follow', async () => {
    // A fresh copy: the test before this one changed its own.
    const site = path.join(makeScratchDir('two-tabs'), 'dist');
    cpSync(DIST, site, { recursive: true });
    const server = await startStaticServer(site, { live: true });
    const start = `${server.origin}/gids/${GUIDE}/`;
    const context = await browser.newContext();
    const a = await context.newPage();
    await a.goto(start);
    await waitForOffline(a);
    // A step visited before the update is kept for this version.
    await a.goto(`${start}nee/`);
    const oldStep = await a.locator('h1').textContent();
    const b = await context.newPage();
    await b.goto(start);
    await waitForOffline(b);
    const oldStart = await b.locator('h1').textContent();

    // A new version on the server: the start (precached) and two steps changed, and its own service worker.
    for (const file of [`gids/${GUIDE}/index.html`, `gids/${GUIDE}/ja/index.html`, `gids/${GUIDE}/nee/index.html`]) {
      const html = readFileSync(path.join(site, file), 'utf8');
      writeFileSync(path.join(site, file), html.replace(/(<h1\b[^>]*>)([^<]*)<\/h1>/, '$1$2 (nieuwe versie)</h1>'));
    }
    await buildServiceWorker(site, '/');

    // Tab b asks for a step it never had. The server already has the new version, so the old worker does not
    // show the new step in the old page: it asks the reader to load the new version, and fetches that.
    await b.getByRole('link', { name: /^Ja/ }).first().click();
    await expect.poll(() => b.locator('h1').textContent(), { timeout: 15_000 }).toBe('Deze pagina hoort bij een nieuwe versie van de site');
    expect(await b.locator('main').textContent()).not.toContain('(nieuwe versie)');
    await b.locator('.wim-update button').waitFor();
    // Tab a: the step it had comes from its cache, with or without tracking parameters, not from the new version.
    await a.goto(`${start}nee/?utm_source=nieuwsbrief&fbclid=IwAR0x`);
    expect(await a.locator('h1').textContent()).toBe(oldStep);
    await b.goto(start);
    expect(await b.locator('h1').textContent()).toBe(oldStart);

    // The reader takes the new version in tab a.
    await a.locator('.wim-update button').click();
    await expect.poll(() => a.locator('h1').textContent(), { timeout: 15_000 }).toBe(`${oldStep} (nieuwe versie)`);
    // Tab b reloads by itself when it is in the background, or says that it must.
    if ((await b.evaluate(() => document.visibilityState)) === 'hidden') {
      await expect.poll(() => b.locator('h1').textContent(), { timeout: 15_000 }).toBe(`${oldStart} (nieuwe versie)`);
    } else {
      await expect.poll(() => b.locator('.wim-update').textContent(), { timeout: 15_000 }).toContain('bijgewerkt in een ander tabblad');
      expect(await b.locator('html').getAttribute('data-wim-outdated')).toBe('');
      // Its guide no longer swaps in parts: an answer loads the whole page, of the new version.
      await b.getByRole('link', { name: /^Ja/ }).first().click();
      await expect.poll(() => b.locator('h1').textContent(), { timeout: 15_000 }).toMatch(/\(nieuwe versie\)$/);
      expect(await b.locator('html').getAttribute('data-wim-outdated')).toBeNull();
    }
    await context.close();

    // Search in a page that outlives its index (a new version without a service worker): it says that search is
    // unavailable, not that nothing was found.
    const plain = await browser.newContext({ serviceWorkers: 'block' });
    const page = await plain.newPage();
    await page.goto(`${server.origin}/zoeken/?q=arbeidsbeperking`);
    await page.locator('[data-search-results] li').first().waitFor();
    const entryFile = path.join(site, 'pagefind/pagefind-entry.json');
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { hash: string }> };
    for (const language of Object.values(entry.languages)) language.hash = `${language.hash}x`;
    writeFileSync(entryFile, JSON.stringify(entry));
    renameSync(path.join(site, 'pagefind/index'), path.join(site, 'pagefind/index-oud'));
    await page.fill('main input[name="q"]', 'werkplekaanpassing');
    await page.press('main input[name="q"]', 'Enter');
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toContain('Zoeken is nu niet beschikbaar');
    expect(await page.locator('[data-search-index]').isVisible()).toBe(true);
    await plain.close();
    await server.close();
  });

  it('can be installed: a manifest with name, start page and icons', async () => {
    const server = await startStaticServer(copy);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    const manifestUrl = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await context.request.get(server.origin + manifestUrl)).json()) as {
      name: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; purpose: string }[];
    };
    expect(manifest.name).toBe('Werkwijzer Inclusief Mkb');
    expect(manifest.start_url).toBe('/');
    expect(manifest.display).toBe('standalone');
    for (const icon of manifest.icons) {
      const response = await context.request.get(server.origin + icon.src);
      expect(response.headers()['content-type']).toBe('image/png');
      const png = await response.body();
      // Width and height from the PNG header.
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
    }
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    await context.close();

    // Chromium's own verdict; it never offers installing in a private window, so this needs a profile.
    const profile = await chromium.launchPersistentContext(makeScratchDir('profile'), { executablePath: chromiumPath!, args: CHROMIUM_ARGS });
    const installPage = await profile.newPage();
    await installPage.goto(`${server.origin}/`);
    await waitForOffline(installPage);
    const { installabilityErrors } = await (await profile.newCDPSession(installPage)).send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    await profile.close();
    await server.close();
  });
});
