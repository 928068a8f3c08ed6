/**
 * The overview of regelingen by need (issue 17, item 3) and "Op deze pagina" on long pages (item 4): groups in order
 * with every regeling in exactly one, a status tag and the current amount with its period on each card, a page that
 * fits a phone far better than the alphabetical wall did, and a contents list with working anchors that sits beside
 * the text (sticky) on a wide screen and above it on a phone. axe-core on all of it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { z } from 'zod';
import { contentSchemas } from '../../src/schemas/content.ts';
import { REGELING_NEEDS, isStoppedState, regelingStateTag } from '../../src/lib/vocabulary.ts';
import { axeViolations, axeViolationsWithoutJs, launchChromium } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/astro.ts';

const origin = inject('origin');
const chromiumPath = inject('chromiumPath');

const schemas = contentSchemas(() => z.string());
const dir = path.join(PROJECT_ROOT, 'content/regelingen');
const regelingen = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ id: f.slice(0, -4), data: schemas.regelingen.parse(parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(dir, f), 'utf8'))![1]!)) }));
const rates = Object.values(parse(readFileSync(path.join(PROJECT_ROOT, 'content/bedragen.yaml'), 'utf8')) as Record<string, { regeling?: string }>);
const hasRate = (id: string) => rates.some((r) => r.regeling === id);
const groupOf = (r: (typeof regelingen)[number]) => (isStoppedState(r.data.status.state) ? 'gestopt' : r.data.need);

/**
 * /regelingen/ at 390 px as one alphabetical list of equal cards: 7,847 px from the top of the h1 to the bottom of
 * the last card (9,062 px for the whole page), measured on the build of 2 December 2026 before the groups; 4,785 px
 * after. The bound leaves room for new regelingen and longer wording.
 */
const OVERVIEW_HEIGHT_BEFORE = 7847;

const LONG_PAGES = ['/handboek/geld-en-risico/', '/regelingen/loonkostensubsidie/', '/doelgroepen/statushouders-en-nieuwkomers/'];
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** The site scrolls smoothly (unless the reader asks for less motion): wait until the page stops moving. */
function scrollSettled(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let still = 0;
        const tick = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 10) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

describe.skipIf(!chromiumPath)('the overview of regelingen', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
    page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${origin}/regelingen/`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has the groups in the fixed order of needs, stopped schemes last, each regeling in exactly the group of its need', async () => {
    const groups = await page.$$eval('section.wim-regeling-group', (sections) =>
      sections.map((s) => ({ id: s.querySelector('h2')!.id.replace(/^regelingen-/, ''), links: [...s.querySelectorAll('h3 a')].map((a) => a.getAttribute('href')!) })),
    );
    const expectedOrder = [...REGELING_NEEDS, 'gestopt'].filter((g) => regelingen.some((r) => groupOf(r) === g));
    expect(groups.map((g) => g.id)).toEqual(expectedOrder);
    expect(expectedOrder.length).toBeGreaterThanOrEqual(6);
    const all = groups.flatMap((g) => g.links);
    expect(all).toHaveLength(regelingen.length);
    expect(new Set(all).size).toBe(regelingen.length);
    for (const r of regelingen) expect(groups.find((g) => g.links.includes(`/regelingen/${r.id}/`))?.id, r.id).toBe(groupOf(r));
  });

  it('opens with a list of the groups whose links all lead to a group', async () => {
    const nav = page.locator('nav.wim-contents');
    expect(await nav.count()).toBe(1);
    const targets = await nav.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));
    expect(targets).toEqual(await page.$$eval('section.wim-regeling-group h2', (hs) => hs.map((h) => h.id)));
    const navBottom = (await nav.boundingBox())!.y;
    expect(navBottom).toBeLessThan((await page.locator('section.wim-regeling-group').first().boundingBox())!.y);
  });

  it('gives each card a status tag in words and, where the rates file has one and the scheme is current, an amount with its year', async () => {
    const cards = await page.$$eval('.wim-card--regeling', (list) =>
      list.map((c) => ({
        href: c.querySelector('h3 a')!.getAttribute('href')!,
        // What the eye reads; the hidden "Status: " is for screen readers.
        tag: [...(c.querySelector('.wim-state-tag')?.childNodes ?? [])].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim() || null,
        hidden: c.querySelector('.wim-state-tag .wim-visually-hidden')?.textContent ?? null,
        amount: (c.querySelector('.wim-card__amount') as HTMLElement | null)?.innerText ?? null,
      })),
    );
    let withAmount = 0;
    for (const r of regelingen) {
      const card = cards.find((c) => c.href === `/regelingen/${r.id}/`)!;
      expect(card.tag, r.id).toBe(regelingStateTag(r.data.status.state, r.data.status.apply));
      expect(card.hidden, r.id).toBe('Status: ');
      const shows = hasRate(r.id) && (r.data.status.state === 'open' || r.data.status.state === 'changing');
      if (shows) {
        withAmount++;
        expect(card.amount, r.id).toMatch(/^Bedrag [^:]*\b20\d\d\b[^:]*: .*(€|%)/);
      } else expect(card.amount, r.id).toBeNull();
    }
    expect(withAmount).toBeGreaterThanOrEqual(4);
    expect(new Set(cards.map((c) => c.tag))).toEqual(new Set(regelingen.map((r) => regelingStateTag(r.data.status.state, r.data.status.apply))));
  });

  it('is far shorter on a phone than the alphabetical list was', async () => {
    // Measured from the title to the last card, so a change to the header or footer does not move the figure.
    const height = await page.evaluate(() => {
      const top = document.querySelector('main h1')!.getBoundingClientRect().top;
      return [...document.querySelectorAll('main .wim-card')].at(-1)!.getBoundingClientRect().bottom - top;
    });
    expect(height).toBeLessThan(OVERVIEW_HEIGHT_BEFORE * 0.7);
  });

  it('has no accessibility violations, with and without JavaScript', async () => {
    expect(await axeViolations(page)).toEqual([]);
    expect(await axeViolationsWithoutJs(browser, `${origin}/regelingen/`)).toEqual([]);
  });
});

describe.skipIf(!chromiumPath)('"Op deze pagina" on long pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(LONG_PAGES)('%s: a labelled list whose every link lands on its section, with unique ids on the page', async (url) => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(origin + url);
    const nav = page.locator('nav[aria-labelledby="op-deze-pagina"]');
    expect(await nav.count()).toBe(1);
    expect(await page.locator('#op-deze-pagina').innerText()).toBe('Op deze pagina');
    const ids = await page.$$eval('[id]', (els) => els.map((e) => e.id));
    expect(ids.length).toBe(new Set(ids).size);
    const targets = await nav.locator('a').evaluateAll((links) => links.map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1))));
    expect(targets.length).toBeGreaterThanOrEqual(4);
    // The body's level-2 headings are all in the list.
    const bodyHeadings = await page.$$eval('.wim-prose h2[id]', (hs) => hs.map((h) => h.id));
    expect(targets).toEqual(expect.arrayContaining(bodyHeadings));
    for (const [i, target] of targets.entries()) {
      expect(await page.locator(`[id="${target}"]`).count(), target).toBe(1);
      if (i % 3 !== 0 && i !== targets.length - 1) continue;
      // Follow a few links for real: the section starts near the top of the screen, not under anything.
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      await nav.locator('a').nth(i).click();
      await page.waitForFunction((t) => location.hash !== '' && decodeURIComponent(location.hash.slice(1)) === t, target);
      await scrollSettled(page);
      const top = await page.evaluate((t) => document.getElementById(t)!.getBoundingClientRect().top, target);
      const atEnd = await page.evaluate(() => Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight);
      // Near the end of the page the browser cannot scroll further; the section is then somewhere on the screen.
      if (atEnd) expect(top, target).toBeLessThan(PHONE.height);
      else {
        expect(top, target).toBeGreaterThanOrEqual(0);
        expect(top, target).toBeLessThan(60);
      }
    }
    await page.close();
  });

  it.each(LONG_PAGES)('%s: above the text on a phone, beside it and sticky on a wide screen, gone on paper', async (url) => {
    const phone = await browser.newPage({ viewport: PHONE });
    await phone.goto(origin + url);
    const navBox = (await phone.locator('nav.wim-contents').boundingBox())!;
    const firstHeading = (await phone.locator('.wim-prose h2').first().boundingBox())!;
    expect(navBox.y + navBox.height).toBeLessThanOrEqual(firstHeading.y);
    expect(await phone.locator('nav.wim-contents').evaluate((n) => getComputedStyle(n).position)).toBe('static');
    await phone.emulateMedia({ media: 'print' });
    expect(await phone.locator('nav.wim-contents').isVisible()).toBe(false);
    await phone.close();

    const wide = await browser.newPage({ viewport: DESKTOP });
    await wide.goto(origin + url);
    const nav = wide.locator('nav.wim-contents');
    const text = wide.locator('.wim-prose');
    const [n, t] = [(await nav.boundingBox())!, (await text.boundingBox())!];
    expect(n.x).toBeGreaterThanOrEqual(t.x + t.width);
    expect(n.y).toBeLessThan(t.y + 200);
    // Halfway down the article the list is still in view at the top of the screen.
    await wide.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight / 2, behavior: 'instant' }));
    expect(await wide.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    const scrolled = (await nav.boundingBox())!; // relative to the viewport
    expect(scrolled.y).toBeGreaterThanOrEqual(0);
    expect(scrolled.y).toBeLessThan(40);
    await wide.close();
  });

  it.each(LONG_PAGES)('%s: no accessibility violations on a phone and a wide screen', async (url) => {
    for (const viewport of [PHONE, DESKTOP]) {
      const page = await browser.newPage({ viewport });
      await page.goto(origin + url);
      expect(await axeViolations(page), `${viewport.width} px`).toEqual([]);
      await page.close();
    }
  });
});
