/**
 * On a phone (390 px wide, the width of most phones in use) no page is wider than the screen: a wide table, a
 * long address or a code word never makes the reader scroll sideways. Every built page, guide states and embeds
 * included, not a sample: one long word in one guide result is enough to break a page.
 *
 * Loading 10,000 pages one by one takes longer than the whole rest of the suite, so the pages are laid out in
 * batches: the <main> of a few hundred pages at a time, each in its own 390 px wide block, under the site's own
 * style sheets. The frame around <main> (header, menu, footer) is the same on every page; it is checked on every
 * page that is not a guide state, loaded whole.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { builtHtml, builtPages, DIST, isRedirectPage } from '../support/site.ts';

const origin = inject('origin');
const chromiumPath = inject('chromiumPath');
const PHONE = { width: 390, height: 844 };
const BATCH = 250;

const isGuideState = (p: string) => /^\/(embed\/)?gids\/[^/]+\/./.test(p);

describe.skipIf(!chromiumPath)('phone width', () => {
  let browser: Browser;
  let page: Page;
  const pages = [...builtPages().filter((p) => !isRedirectPage(p)), '/404.html'];
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
    // Layout needs no scripts; without them no page waits for the search index or a region's contact block.
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false, serviceWorkers: 'block' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('no page is wider than the screen, header and footer included', { timeout: 10 * 60_000 }, async () => {
    const whole = pages.filter((p) => !isGuideState(p));
    expect(whole.length).toBeGreaterThan(100);
    const tooWide: string[] = [];
    for (const path of whole) {
      await page.goto(origin + path, { waitUntil: 'load' });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > PHONE.width) tooWide.push(`${path} is ${width} px breed`);
    }
    expect(tooWide).toEqual([]);
  });

  it('no page has content wider than the screen, every guide state and embed included', { timeout: 15 * 60_000 }, async () => {
    expect(pages.length).toBeGreaterThan(5000);
    // A page of the site for its style sheets and fonts; its <body> is then replaced by batches of other pages'
    // <main>. A script in them does not run (innerHTML), which is how the pages look without JavaScript.
    await page.context().close();
    const context = await browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
    page = await context.newPage();
    await page.goto(`${origin}/404.html`, { waitUntil: 'load' });
    const tooWide: string[] = [];
    let laidOut = 0;
    for (let start = 0; start < pages.length; start += BATCH) {
      const batch = pages.slice(start, start + BATCH).map((path) => {
        const html = path.endsWith('.html') ? readFileSync(join(DIST, path), 'utf8') : builtHtml(path);
        const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
        const main = /<main[\s\S]*<\/main>/.exec(body)?.[0] ?? body;
        return { path, main: main.replace(/<script\b[\s\S]*?<\/script>/gi, '') };
      });
      const result = await page.evaluate(
        ({ batch, width }) => {
          document.body.replaceChildren();
          const blocks = batch.map(({ path, main }) => {
            const block = document.createElement('div');
            block.dataset['page'] = path;
            block.innerHTML = main;
            document.body.append(block);
            return block;
          });
          return { laidOut: blocks.length, wide: blocks.filter((b) => b.scrollWidth > width).map((b) => `${b.dataset['page']} is ${b.scrollWidth} px breed`) };
        },
        { batch, width: PHONE.width },
      );
      laidOut += result.laidOut;
      tooWide.push(...result.wide);
    }
    expect(laidOut).toBe(pages.length);
    expect(tooWide).toEqual([]);
  });
});
