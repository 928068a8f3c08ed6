/**
 * On paper: every kind of page prints without navigation, with the full address of each link that leaves the
 * page and the page's own address at the end; the handbook and the step plan print as one document with a table
 * of contents, each chapter on a new page, read back from the PDF that Chromium prints. (Guide results on a few
 * pages: guides.test.ts.)
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { findPdftotext, readPdf } from '../support/pdf.ts';
import { DIST, firstDetailPage } from '../support/site.ts';

const origin = inject('origin');
const chromiumPath = inject('chromiumPath');
const SITE = 'https://werkwijzerinclusiefmkb.nl';
/** The page margin of @page in src/styles/global.css (10 mm), in points, and what a word's box may stick out. */
const PAGE_MARGIN = (10 / 25.4) * 72;
const TOLERANCE = 3;

const pdftotext = findPdftotext();
if (!pdftotext && process.env.CI) throw new Error('pdftotext ontbreekt: installeer poppler-utils (apt-get install poppler-utils).');

/** The entry pages of a section in the built site, the print version aside. */
const entries = (section: string) =>
  readdirSync(path.join(DIST, section), { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'print')
    .map((e) => e.name);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

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
        const [href, after] = await link.evaluate((a) => [a.getAttribute('href')!, getComputedStyle(a, '::after').content]);
        expect(after).toBe(`" (${new URL(href, SITE).href})"`);
      }
      // No link prints a bare path; a link within the page prints nothing.
      const printed = await page.locator('main a').evaluateAll((links) => links.map((a) => [a.getAttribute('href'), getComputedStyle(a, '::after').content]));
      expect(printed.filter(([, after]) => after?.includes('(/'))).toEqual([]);
      const inPage = await page.locator('.wim-prose a[href^="#"]').evaluateAll((links) => links.map((a) => getComputedStyle(a, '::after').content));
      expect(inPage.filter((after) => after !== 'none')).toEqual([]);
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
      expect(await page.locator(`section#${id} .wim-document__title`).isVisible(), id).toBe(true);
    }
    const breaks = await page.locator('.wim-document__chapter').evaluateAll((chapters) => chapters.map((c) => getComputedStyle(c).breakBefore));
    expect(breaks.filter((b) => b === 'page').length).toBeGreaterThanOrEqual(ids.length - 2);
    expect(await page.locator('header, footer').first().isVisible()).toBe(false);
  });

  describe.skipIf(!pdftotext)('read back from the PDF', () => {
    it.each([
      ['/handboek/print/', 'h4', 'h5'],
      ['/onderwijs/print/', 'h3', 'h4'],
    ])('%s: chapters start a page, headings have their sizes, checklists have boxes, no line is cut, no path is printed', async (document, sectionLevel, subLevel) => {
      await page.goto(origin + document);
      const titles = await page.locator('.wim-document__title').evaluateAll((hs) => hs.map((h) => h.textContent!.replace(/\s+/g, ' ').trim()));
      const partTitles = await page.locator('.wim-document__part > h2').allTextContents();

      // Headings: the chapter title, a section, a subsection each larger than the text (they moved down a level
      // or two in the document, and the screen style gives h4 and lower the body size).
      const size = (selector: string) =>
        page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      const body = await size('.wim-document__body p');
      const title = await size('.wim-document__title');
      const sectionHeading = await size(`.wim-document__body ${sectionLevel}`);
      expect(title).toBeGreaterThan(sectionHeading);
      expect(sectionHeading).toBeGreaterThan(body * 1.15);
      if ((await page.locator(`.wim-document__body ${subLevel}`).count()) > 0) expect(await size(`.wim-document__body ${subLevel}`)).toBeGreaterThan(body);

      // Lines stay whole: headings stay with what follows, paragraphs keep at least two lines together.
      const keep = await page.locator('.wim-document__body').first().evaluate((el) => {
        const p = getComputedStyle(el.querySelector('p')!);
        return { orphans: Number(p.orphans), widows: Number(p.widows), heading: getComputedStyle(el.querySelector('h3, h4')!).breakAfter };
      });
      expect(keep.orphans).toBeGreaterThanOrEqual(2);
      expect(keep.widows).toBeGreaterThanOrEqual(2);
      expect(keep.heading).toBe('avoid');

      // Checklists: boxes to tick, not bullets.
      const checklistItems = page.locator('.wim-checklist__list > li, :is(h4, h5):is([id$="-checklist"]) + ul > li');
      expect(await checklistItems.count()).toBeGreaterThan(5);
      const box = await checklistItems.first().evaluate((li) => {
        const before = getComputedStyle(li, '::before');
        return { list: getComputedStyle(li.parentElement!).listStyleType, border: parseFloat(before.borderTopWidth), width: parseFloat(before.width), text: li.textContent!.trim() };
      });
      expect(box.list).toBe('none');
      expect(box.border).toBeGreaterThan(0);
      expect(box.width).toBeGreaterThan(4);

      const pdf = readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      const pages = pdf.pages.map(squash);
      expect(pages.length).toBeGreaterThan(titles.length);

      // Each chapter starts a page (after its part's title, for a part's first chapter).
      for (const chapter of titles) {
        const start = pages.find((text) => text.startsWith(chapter) || partTitles.some((part) => text.startsWith(`${squash(part)} ${chapter}`)));
        expect(start, `"${chapter}" begint geen pagina`).toBeDefined();
      }

      // No relative path after a link; pages of this site with their full address, chapters in this document none.
      const text = pages.join(' ');
      expect(text).not.toContain('(/');
      expect(text).toContain(`(${SITE}/`);
      const chapterLinks = await page.locator('.wim-document__body a[href^="#"]').count();
      if (document === '/handboek/print/') expect(chapterLinks).toBeGreaterThan(10);
      for (const id of entries(document.split('print/')[0]!)) expect(text, id).not.toContain(`${document.split('print/')[0]}${id}/`);

      // The checklist item prints behind a box, not behind a bullet.
      const itemLine = pdf.pages.flatMap((p) => p.split('\n')).find((line) => line.includes(box.text.slice(0, 30)));
      expect(itemLine, box.text).toBeDefined();
      expect(itemLine!.trim().startsWith(box.text.slice(0, 30)), itemLine).toBe(true);

      // No line is cut in two by a page break. A cut line prints twice, in halves: at the foot of one page,
      // running into the bottom margin, and at the head of the next, running into the top margin.
      const runsInto = (sheet: number, edge: 'top' | 'bottom') =>
        pdf.words.some((w) => w.page === sheet && (edge === 'top' ? w.yMin < PAGE_MARGIN - TOLERANCE : w.yMax > pdf.pageHeight - PAGE_MARGIN + TOLERANCE));
      const cut = pdf.pages.map((_, p) => p).filter((p) => p > 0 && runsInto(p - 1, 'bottom') && runsInto(p, 'top'));
      expect(cut, 'pagina’s die met een doorgesneden regel beginnen').toEqual([]);
    });
  });
});
