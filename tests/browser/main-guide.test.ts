/**
 * The main guide "Welke ondersteuning past?" as an SME owner meets it: the question comes first on a phone (site and
 * embed), a plan can be completed without JavaScript on both routes, the result says plainly what fits, what to check
 * with whom and what does not fit, with amounts and their year, and it has no accessibility violations.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, axeViolationsWithoutJs, launchChromium, trackedContext } from '../support/browser.ts';

const origin = inject('origin');
const chromiumPath = inject('chromiumPath');
const guide = '/gids/welke-ondersteuning/';
const phone = { viewport: { width: 390, height: 844 } };

async function answer(page: Page, label: string) {
  const before = await page.locator('h1').textContent();
  await page.getByRole('link', { name: label, exact: true }).click();
  await expect.poll(() => page.locator('h1').textContent()).not.toBe(before);
}

describe.skipIf(!chromiumPath)('the main decision guide', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([guide, `/embed${guide}`])('shows the first question and its first answer without scrolling on a 390 x 844 phone: %s', async (path) => {
    const { context } = await trackedContext(browser, origin, phone);
    const page = await context.newPage();
    await page.goto(origin + path);
    const question = await page.locator('h1').boundingBox();
    const firstAnswer = await page.locator('.wim-option').first().boundingBox();
    expect(question!.y).toBeGreaterThanOrEqual(0);
    expect(firstAnswer!.y + firstAnswer!.height).toBeLessThanOrEqual(844);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });

  it('can be completed without JavaScript for a hire, and gives a plan with verdict, steps, labels and amounts', async () => {
    const { context } = await trackedContext(browser, origin, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(origin + guide);
    for (const label of ['Ik wil iemand aannemen', '56 jaar of ouder', 'WW', 'Ja', 'Nee', 'Ja', 'Nee', 'Nee, of ik weet het niet', 'Nee']) {
      await answer(page, label);
    }
    expect(new URL(page.url()).pathname).toBe(`${guide}nieuw/56-plus/ww/ja/nee/ja/nee/nee/nee/`);
    expect(await page.locator('h1').textContent()).toBe('U kunt geld en hulp krijgen voor deze werknemer');
    // "Wat doet u nu?" comes first, as ordered steps with who and when.
    const headings = await page.locator('.wim-result h2').allTextContents();
    expect(headings[0]).toBe('Wat doet u nu?');
    expect(await page.locator('.wim-plan__when').allTextContents()).toEqual(expect.arrayContaining(['Nu', 'Vóór de eerste werkdag', 'In uw loonaangifte']));
    expect(await page.locator('.wim-steps__who').first().textContent()).toMatch(/^Wie: /);
    // Every kind of support has its part, in the guide's order.
    expect(headings).toEqual(
      expect.arrayContaining(['Geld voor de loonkosten', 'Als de werknemer ziek wordt', 'Begeleiding op het werk', 'Taal en instructies', 'Werkplek en techniek', 'Opleiding en diploma', 'Wie helpt u?']),
    );
    // Three different labels; "Past niet" gives the reason, not the scheme's own summary or amounts.
    const lkv = page.locator('.wim-advice--fits', { hasText: 'Loonkostenvoordeel doelgroep banenafspraak' });
    expect(await lkv.locator('.wim-outcome').textContent()).toBe('Past');
    expect(await lkv.locator('.wim-amounts').textContent()).toMatch(/€\s1,01 per verloond uur.*\(2026\)/);
    const proef = page.locator('.wim-advice--check', { hasText: 'Proefplaatsing' });
    expect((await proef.locator('.wim-advice__label').textContent())?.trim()).toBe('Eerst nagaan bij UWV');
    const older = page.locator('.wim-advice--notApplicable', { hasText: 'oudere werknemer' });
    expect(await older.locator('.wim-outcome').textContent()).toBe('Past niet');
    expect(await older.textContent()).toMatch(/Waarom niet:/);
    expect(await older.locator('.wim-amounts').count()).toBe(0);
    // The yearly LKV dates, each as a calendar file made at build time.
    expect(await page.locator('#in-uw-agenda').count()).toBe(1);
    const ics = await page.locator('.wim-deadlines a[download]').first().getAttribute('href');
    const calendar = await page.request.get(origin + ics!);
    expect(calendar.headers()['content-type']).toMatch(/^text\/calendar/);
    expect(await calendar.text()).toMatch(/BEGIN:VEVENT[\s\S]*RRULE:FREQ=YEARLY[\s\S]*END:VEVENT/);
    // What an employer may ask, with its source.
    expect(await page.locator('.wim-notice', { hasText: 'Wat mag u vragen?' }).locator('a').getAttribute('href')).toMatch(/^https:\/\/autoriteitpersoonsgegevens\.nl\//);
    // Without a region, the contact block leads to the region finder.
    expect(await page.locator('[data-region-contact] a[href="/regio/"]').count()).toBe(1);
    await context.close();
  });

  it('has a route for keeping an employee, completed without JavaScript, with a plain verdict when no money is available', async () => {
    const { context } = await trackedContext(browser, origin, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(origin + guide);
    for (const label of ['Ik wil iemand houden die al bij mij werkt', 'Nee, het werk verandert of wordt zwaarder', 'Ja, 56 of ouder', 'Nee']) {
      await answer(page, label);
    }
    expect(await page.locator('h1').textContent()).toBe('Geen geld voor de loonkosten, wel hulp');
    expect(await page.locator('.wim-advice--notApplicable').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.wim-advice', { hasText: 'Oudere werknemers en kennisoverdracht' }).count()).toBe(1);
    await page.getByRole('link', { name: 'Wijzig leeftijd' }).click();
    expect(new URL(page.url()).pathname).toBe(`${guide}behouden/nee/`);
    await context.close();
  });

  it('has no accessibility violations on a full result, with and without JavaScript', async () => {
    const { context } = await trackedContext(browser, origin);
    const page = await context.newPage();
    for (const path of [`${guide}nieuw/jonger-dan-27/bijstand/weet-niet/ja/nee/ja/ja/ja/`, `${guide}behouden/ziek/56-plus/ja/`]) {
      await page.goto(origin + path);
      expect(await axeViolations(page), path).toEqual([]);
      expect(await axeViolationsWithoutJs(browser, origin + path), `${path} zonder JavaScript`).toEqual([]);
    }
    await context.close();
  });

  it('forwards an address of the old guide to the start of the new hiring route, with a page in Dutch', async () => {
    const { context } = await trackedContext(browser, origin, { javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.request.get(`${origin}${guide}55-plus/ww/risico/`);
    const html = await response.text();
    expect(html).toMatch(/<html lang="nl">/);
    expect(html).toContain('Deze pagina is verhuisd');
    await page.goto(`${origin}${guide}55-plus/ww/risico/`);
    await page.waitForURL(`${origin}${guide}nieuw/`);
    expect(await page.locator('h1').textContent()).toBe('Hoe oud is de werkzoekende?');
    await context.close();
  });
});
