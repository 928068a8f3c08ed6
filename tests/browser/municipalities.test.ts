/** /gemeenten/: the link and iframe builder, and choosing a region on a guide result. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, axeViolationsWithoutJs, launchChromium, trackedContext } from '../support/browser.ts';

const origin = inject('origin');
const chromiumPath = inject('chromiumPath');

describe.skipIf(!chromiumPath)('linking and embedding', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('builds a link and an iframe snippet for a chosen guide and region', async () => {
    const { context } = await trackedContext(browser, origin);
    const page = await context.newPage();
    await page.goto(`${origin}/gemeenten/`);
    await page.getByLabel('Keuzehulp', { exact: true }).selectOption('klaar-voor-inclusief-werkgeven');
    await page.getByLabel('Regio (niet verplicht)').selectOption('midden-utrecht');
    const output = page.locator('[data-link-builder-output]');
    await expect.poll(() => output.inputValue()).toMatch(/\/gids\/klaar-voor-inclusief-werkgeven\/\?regio=midden-utrecht$/);
    await page.getByLabel('De keuzehulp op mijn eigen site (iframe)').check();
    await expect.poll(() => output.inputValue()).toMatch(/^<iframe src="[^"]+\/embed\/gids\/klaar-voor-inclusief-werkgeven\/\?regio=midden-utrecht" title="Keuzehulp: /);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('without JavaScript explains how to write the address, with every region code', async () => {
    const { context } = await trackedContext(browser, origin, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/gemeenten/`);
    expect(await page.isVisible('[data-link-builder]')).toBe(false);
    expect(await page.locator('details table tbody tr').count()).toBe(35);
    expect(await page.locator('main').textContent()).toContain('/embed/gids/');
    expect(await axeViolationsWithoutJs(browser, `${origin}/gemeenten/`)).toEqual([]);
    await context.close();
  });

  it('lets a reader choose a region on a guide result, which then names that desk and travels on the links', async () => {
    const { context } = await trackedContext(browser, origin);
    const page = await context.newPage();
    await page.goto(`${origin}/gids/klaar-voor-inclusief-werkgeven/`);
    for (let i = 0; i < 7; i++) {
      const before = await page.locator('h1').textContent();
      await page.getByRole('link', { name: /^Ja/ }).first().click();
      await expect.poll(() => page.locator('h1').textContent()).not.toBe(before);
    }
    await page.getByLabel('Uw arbeidsmarktregio').selectOption('midden-utrecht');
    await page.getByRole('button', { name: 'Toon contact' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('regio')).toBe('midden-utrecht');
    await expect.poll(() => page.locator('[data-region-contact]').textContent()).toContain('WSP Midden-Utrecht');
    const change = await page.getByRole('link', { name: 'Wijzig taken' }).getAttribute('href');
    expect(new URL(change!, origin).searchParams.get('regio')).toBe('midden-utrecht');
    // No region again: back to the region finder.
    await page.getByLabel('Uw arbeidsmarktregio').selectOption('');
    await page.getByRole('button', { name: 'Toon contact' }).click();
    await expect.poll(() => page.locator('[data-region-contact] a[href="/regio/"]').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('regio')).toBeNull();
    await context.close();
  });
});
