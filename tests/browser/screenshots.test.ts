/**
 * Screenshots for review: the main kinds of page on a phone and on a desktop screen, saved to
 * test-results/screenshots/ (the GitHub workflow keeps that folder as an artifact), so that a reviewer sees a pull
 * request's pages without running them. Each shot must be a real image of the page at that width, and the page
 * must fit the screen.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PROJECT_ROOT } from '../support/astro.ts';
import { launchChromium } from '../support/browser.ts';
import { longestResultPath } from '../support/guide-sample.ts';

const origin = inject('origin');
const chromiumPath = inject('chromiumPath');
const SCREENSHOT_DIR = path.join(PROJECT_ROOT, 'test-results', 'screenshots');

const SCREENS = [
  { name: 'telefoon', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

describe.skipIf(!chromiumPath)('screenshots for review', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
    rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('saves the home page, a chapter, a regeling, a guide question and result, and search results on a phone and a desktop', { timeout: 5 * 60_000 }, async () => {
    const pages = [
      ['home', '/'],
      ['hoofdstuk', '/handboek/de-eerste-weken/'],
      ['regeling', '/regelingen/loonkostensubsidie/'],
      ['keuzehulp-vraag', '/gids/welke-ondersteuning/'],
      ['keuzehulp-uitkomst', `/gids/${await longestResultPath('welke-ondersteuning')}?regio=groningen`],
      ['zoeken', '/zoeken/?q=subsidie'],
    ] as const;
    for (const screen of SCREENS) {
      const context = await browser.newContext({ viewport: { width: screen.width, height: screen.height }, serviceWorkers: 'block' });
      const page = await context.newPage();
      for (const [name, url] of pages) {
        await page.goto(origin + url, { waitUntil: 'load' });
        if (name === 'zoeken') await page.locator('[data-search-results] li').first().waitFor();
        if (name === 'keuzehulp-uitkomst') await page.locator('[data-region-contact] [data-region-desk]').waitFor();
        const file = path.join(SCREENSHOT_DIR, `${name}-${screen.name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        const png = readFileSync(file);
        // Width and height from the PNG header: the whole page at the screen's width.
        expect(png.readUInt32BE(16), file).toBe(screen.width);
        expect(png.readUInt32BE(20), file).toBeGreaterThanOrEqual(screen.height);
      }
      await context.close();
    }
  });
});
