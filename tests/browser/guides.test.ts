/**
 * The decision guides in real Chromium: completed with JavaScript off (plain links) and on (no reload, focus on
 * the new question, URL and back button right, region carried along), accessible, and a tampered URL helps.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { longestResultPath } from '../support/guide-sample.ts';
import { axeViolations, axeViolationsWithoutJs, launchChromium, trackedContext } from '../support/browser.ts';

const origin = inject('origin');
const chromiumPath = inject('chromiumPath');
const scan = '/gids/klaar-voor-inclusief-werkgeven/';

async function answer(page: Page, label: string) {
  await page.getByRole('link', { name: label, exact: true }).click();
}

describe.skipIf(!chromiumPath)('decision guides', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('can be completed without JavaScript, and every answer can be changed', async () => {
    const { context } = await trackedContext(browser, origin, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(origin + scan);
    expect(await page.locator('h1').textContent()).toBe('Weet u welke taken een nieuwe collega bij u kan doen?');
    // Choosing a region needs the script; without it the form is not shown at all.
    expect(await page.isVisible('[data-region-choice]')).toBe(false);
    const labels = ['Nee, of niet precies', 'Ja, we hebben het besproken', 'Nee, of ik weet het niet', 'Ja', 'Nee, of niet goed', 'Ja', 'Nee, of ik weet het niet zeker'];
    for (const label of labels) {
      await answer(page, label);
      await page.waitForLoadState('domcontentloaded');
    }
    expect(new URL(page.url()).pathname).toBe(`${scan}nee/ja/nee/ja/nee/ja/nee/`);
    expect(await page.locator('h1').textContent()).toBe('Uw actieplan');
    expect(await page.locator('.wim-answers__row').count()).toBe(7);
    expect(await page.locator('.wim-plan .wim-steps li').count()).toBeGreaterThanOrEqual(5);
    // Without a region, the contact block points to the region finder.
    expect(await page.locator('[data-region-contact] a[href="/regio/"]').count()).toBe(1);
    // The copy and print buttons need JavaScript, so they stay hidden.
    expect(await page.isVisible('[data-result-tools]')).toBe(false);
    await page.getByRole('link', { name: 'Wijzig team' }).click();
    expect(new URL(page.url()).pathname).toBe(`${scan}nee/`);
    expect(await page.locator('h1').textContent()).toContain('Weet uw team');
    await context.close();
  });

  it('with JavaScript, moves between questions without a reload, with focus, title, URL and back button right', async () => {
    const { context, consoleErrors, foreignRequests, cspViolations } = await trackedContext(browser, origin);
    const page = await context.newPage();
    await page.goto(`${origin}${scan}?regio=midden-utrecht`);
    // The region is asked on the result, not before the first question.
    expect(await page.locator('[data-region-choice]').count()).toBe(0);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await answer(page, 'Ja, dat weten we');
    await expect.poll(() => page.locator('h1').textContent()).toContain('Weet uw team');
    expect(new URL(page.url()).pathname).toBe(`${scan}ja/`);
    expect(new URL(page.url()).searchParams.get('regio')).toBe('midden-utrecht');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('vraag');
    expect(await page.title()).toMatch(/^Weet uw team/);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);

    // A jump to an anchor (the skip link) also fires popstate; it must not reload the question.
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (['fetch', 'xhr', 'document'].includes(r.resourceType())) fetched.push(r.url());
    });
    await page.evaluate(() => (location.hash = 'inhoud'));
    await page.waitForTimeout(300);
    expect(fetched, 'requests after the jump').toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('vraag');

    await page.goBack();
    await page.goBack();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Weet u welke taken');
    await page.goForward();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Weet uw team');

    for (const label of ['Ja, we hebben het besproken', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja']) {
      const before = await page.locator('h1').textContent();
      await answer(page, label);
      await expect.poll(() => page.locator('h1').textContent()).not.toBe(before);
    }
    expect(await page.locator('h1').textContent()).toBe('Uw actieplan');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    // The region travelled along: the result names that region's werkgeversservicepunt, and the choice shows it.
    await expect.poll(() => page.locator('[data-region-contact]').textContent()).toContain('WSP Midden-Utrecht');
    expect(await page.locator('#regio-keuze').inputValue()).toBe('midden-utrecht');
    expect(await page.locator('[data-region-contact] a[href="https://www.wspmiddenutrecht.nl/"]').count()).toBe(1);
    // The region page's own contact block, with its sources, and what to have at hand when calling.
    expect(await page.locator('[data-region-contact] [data-region-desk] h3').textContent()).toBe('Het loket voor werkgevers in Midden-Utrecht');
    expect(await page.locator('[data-region-contact]').textContent()).toMatch(/Bronnen van deze gegevens:.*Dit heeft u bij de hand als u belt of mailt/s);

    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.getByRole('button', { name: 'Kopieer de link naar dit advies' }).click();
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('De link is gekopieerd.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('has no accessibility violations on a question and a result, with and without JavaScript', async () => {
    const { context } = await trackedContext(browser, origin);
    const page = await context.newPage();
    for (const path of [scan, `${scan}ja/`, `${scan}nee/nee/nee/nee/nee/nee/nee/`]) {
      await page.goto(origin + path);
      expect(await axeViolations(page), path).toEqual([]);
      expect(await axeViolationsWithoutJs(browser, origin + path), `${path} zonder JavaScript`).toEqual([]);
    }
    await context.close();
  });

  // The main guide's result is a whole plan (money, sickness, guidance, language, workplace, training, whom to call):
  // its longest result may take four sheets; the scan's action plan stays within two.
  it.each([
    ['welke-ondersteuning', 4, ''],
    ['welke-ondersteuning', 4, 'groningen'],
    ['klaar-voor-inclusief-werkgeven', 2, ''],
  ])('prints the longest result of %s on at most %i A4 pages, with the address and the date (regio: %s)', async (guideId, maxPages, region) => {
    const { context } = await trackedContext(browser, origin);
    const page = await context.newPage();
    {
      await page.goto(`${origin}/gids/${await longestResultPath(guideId)}${region ? `?regio=${region}` : ''}`);
      // With a region, the desk's contact block (one of the longest) is part of the print.
      if (region) await page.locator('[data-region-contact] [data-region-desk]').waitFor();
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.wim-print-only').textContent()).toMatch(/Afgedrukt op \d+ \w+ \d{4}/);
      expect(await page.isVisible('header')).toBe(false);
      // The page margins come from the print style sheet (@page), as in a browser's print dialog.
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length;
      expect(pages, guideId).toBeLessThanOrEqual(maxPages);
    }
    await context.close();
  });

  it('loads at most 10 KB (gzip) of its own script', async () => {
    const { context } = await trackedContext(browser, origin);
    const page = await context.newPage();
    const external: Buffer[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') external.push(await response.body());
    });
    await page.goto(`${origin}${scan}nee/nee/nee/nee/nee/nee/nee/`, { waitUntil: 'networkidle' });
    const inline = await page.locator('script:not([src])').evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''));
    const bytes = gzipSync(Buffer.concat([...inline.map((s) => Buffer.from(s)), ...external])).length;
    expect(bytes).toBeGreaterThan(500);
    expect(bytes).toBeLessThanOrEqual(10 * 1024);
    await context.close();
  });

  it('answers a tampered guide URL with a 404 that names the guide and links to its start', async () => {
    const { context } = await trackedContext(browser, origin);
    const page = await context.newPage();
    const response = await page.goto(`${origin}${scan}ja/misschien/`);
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.isVisible('[data-guide-notice]')).toBe(true);
    expect(await page.locator('[data-guide-notice]').textContent()).toContain('Is ons bedrijf klaar voor inclusief werkgeven?');
    expect(new URL((await page.locator('[data-guide-notice] a').getAttribute('href'))!, origin).pathname).toBe(scan);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();

    const noJs = await trackedContext(browser, origin, { javaScriptEnabled: false });
    const plain = await noJs.context.newPage();
    await plain.goto(`${origin}${scan}ja/misschien/`);
    expect(await plain.locator(`main a[href="${scan}"]`).count()).toBe(1);
    await noJs.context.close();
  });

  it('keeps the later steps out of the search index and the sitemap, but not the start', async () => {
    const { context } = await trackedContext(browser, origin);
    const page = await context.newPage();
    await page.goto(origin + scan);
    expect(await page.locator('main[data-pagefind-body]').count()).toBe(1);
    await page.goto(`${origin}${scan}ja/`);
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    const sitemap = await (await context.request.get(`${origin}/sitemap-0.xml`)).text();
    expect(sitemap).toContain(`${scan}</loc>`);
    expect(sitemap).not.toContain(`${scan}ja/</loc>`);
    await context.close();
  });
});
