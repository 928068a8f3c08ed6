/** The education step plan: expandable steps without JavaScript, a checklist that is remembered in this browser, and a print version. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, axeViolationsWithoutJs, launchChromium, trackedContext } from '../support/browser.ts';

const origin = inject('origin');
const chromiumPath = inject('chromiumPath');

describe.skipIf(!chromiumPath)('education step plan', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows every step on one page; each opens without JavaScript and links to its own page', async () => {
    const { context } = await trackedContext(browser, origin, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/onderwijs/`);
    const steps = page.locator('.wim-steps-overview details');
    expect(await steps.count()).toBeGreaterThanOrEqual(7);
    const first = steps.first();
    expect(await first.locator('.wim-roles').isVisible()).toBe(false);
    await first.locator('summary').click();
    expect(await first.locator('.wim-roles').isVisible()).toBe(true);
    expect(await first.locator('.wim-roles dt').allTextContents()).toEqual(['School', 'Bedrijf', 'Werkgeversservicepunt', 'Gemeente']);
    // Without JavaScript the checklist is a plain list.
    expect(await first.locator('ul[data-checklist] input').count()).toBe(0);
    expect(await first.locator('ul[data-checklist] li').count()).toBeGreaterThan(2);
    const stepLink = first.locator('a[href^="/onderwijs/"]').last();
    await stepLink.click();
    expect(await page.locator('h1').textContent()).toMatch(/^Stap 1: /);
    expect(await page.locator('nav[aria-label="Stappen van het stappenplan"] [aria-current="step"]').count()).toBe(1);
    expect(await axeViolationsWithoutJs(browser, page.url())).toEqual([]);
    await context.close();
  });

  it('remembers ticked checklist items in this browser, and only there', async () => {
    const { context, foreignRequests } = await trackedContext(browser, origin);
    const page = await context.newPage();
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET') sent.push(r.url());
    });
    await page.goto(`${origin}/onderwijs/`);
    const stepPage = await page.locator('.wim-steps-overview details a[href^="/onderwijs/"]').first().getAttribute('href');
    await page.goto(origin + stepPage!);
    const boxes = page.locator('ul[data-checklist] input[type="checkbox"]');
    expect(await boxes.count()).toBeGreaterThan(2);
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    await expect.poll(() => page.locator('[data-checklist-status]').textContent()).toMatch(/^2 van \d+ afgevinkt\.$/);
    await page.reload();
    expect(await boxes.nth(0).isChecked()).toBe(true);
    expect(await boxes.nth(1).isChecked()).toBe(false);
    expect(await boxes.nth(2).isChecked()).toBe(true);
    // The overview shows the same state for that step.
    await page.goto(`${origin}/onderwijs/`);
    await page.locator('.wim-steps-overview summary').first().click();
    expect(await page.locator('.wim-steps-overview details').first().locator('input:checked').count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    expect(sent).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('prints as one document with a table of contents and every step', async () => {
    const { context } = await trackedContext(browser, origin);
    const page = await context.newPage();
    await page.goto(`${origin}/onderwijs/`);
    const steps = await page.locator('.wim-steps-overview details').count();
    await page.goto(`${origin}/onderwijs/print/`);
    expect(await page.locator('.wim-toc li').count()).toBe(steps);
    expect(await page.locator('.wim-document__chapter').count()).toBe(steps);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('header')).toBe(false);
    await context.close();
  });
});
