/**
 * On paper: every kind of page prints without navigation, with the address of each link written out and the
 * page's own address at the end; the handbook and the step plan print as one document with a table of
 * contents, each chapter on a new page. (Guide results on a few pages: guides.test.ts.)
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { DIST, firstDetailPage } from '../support/site.ts';

const origin = inject('origin');
const chromiumPath = inject('chromiumPath');

const pdfPages = async (page: Page) =>
  (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
/** The entry pages of a section in the built site, the print version aside. */
const entries = (section: string) =>
  readdirSync(path.join(DIST, section), { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'print')
    .map((e) => e.name);

describe.skipIf(!chromiumPath)('print', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
    page = await browser.newPage();
    await page.emulateMedia({ media: 'print' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(['/', '/regelingen/jobcoach/', '/handboek/de-eerste-weken/', firstDetailPage('/doelgroepen/'), '/regio/twente/', firstDetailPage('/onderwijs/'), '/zoeken/'])(
    '%s prints without navigation, with its address and the addresses of its links',
    async (urlPath) => {
      await page.goto(origin + urlPath);
      for (const frame of ['header', 'footer', 'nav[aria-label="Kruimelpad"]', '.utrecht-skip-link', '.wim-nav']) {
        expect(await page.locator(frame).first().isVisible(), `${frame} on paper`).toBe(false);
      }
      const source = page.locator('.wim-print-source');
      expect(await source.isVisible()).toBe(true);
      expect(await source.textContent()).toContain(`https://werkwijzerinclusiefmkb.nl${urlPath}`);
      const link = page.locator('.wim-prose a[href^="/"], .wim-related a[href^="/"]').first();
      if ((await link.count()) > 0) {
        const [href, after] = await link.evaluate((a) => [a.getAttribute('href'), getComputedStyle(a, '::after').content]);
        expect(after).toBe(`" (${href})"`);
      }
    },
  );

  it.each([
    ['/handboek/print/', '/handboek/'],
    ['/onderwijs/print/', '/onderwijs/'],
  ])('%s is the whole of %s as one document: contents, every chapter, each on a new page', async (document, section) => {
    const ids = entries(section);
    expect(ids.length).toBeGreaterThan(5);
    await page.goto(origin + document);
    const tocTargets = await page.locator('.wim-toc a[href^="#"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));
    for (const id of ids) {
      expect(tocTargets, id).toContain(id);
      expect(await page.locator(`section#${id} h2, section#${id} h3`).first().isVisible(), id).toBe(true);
    }
    const breaks = await page.locator('.wim-document__chapter').evaluateAll((chapters) => chapters.map((c) => getComputedStyle(c).breakBefore));
    expect(breaks.filter((b) => b === 'page').length).toBeGreaterThanOrEqual(ids.length - 2);
    // Contents on the first pages, then at least a page per chapter.
    expect(await pdfPages(page)).toBeGreaterThan(ids.length);
    expect(await page.locator('header, footer').first().isVisible()).toBe(false);
  });
});
