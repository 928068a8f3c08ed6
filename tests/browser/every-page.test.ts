/**
 * Every built page, and a sample of guide states that shows every question and every kind of result: no
 * accessibility violations (axe-core, WCAG 2.0/2.1/2.2 A and AA), no Content-Security-Policy violations, no
 * request to another origin, no console errors and no cookies. Redirect pages (old addresses) only forward.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchChromium, trackedContext } from '../support/browser.ts';
import { guideStateSample } from '../support/guide-sample.ts';
import { builtPages, isRedirectPage } from '../support/site.ts';

const origin = inject('origin');
const chromiumPath = inject('chromiumPath');

const isGuideState = (p: string) => /^\/(embed\/)?gids\/[^/]+\//.test(p);
const sitePages = builtPages().filter((p) => !isGuideState(p) && !isRedirectPage(p));
const sample = await guideStateSample();
// Every sampled state as a page of the site; the embed copy shares its components, so its start and a few
// results are enough to cover the embed frame.
const guidePages = [
  ...sample.map((s) => `/gids/${s.path}`),
  ...sample.filter((s, i) => s.path.split('/').length === 2 || i % 10 === 0).map((s) => `/embed/gids/${s.path}`),
];

describe.skipIf(!chromiumPath)('every page', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let tracked: Awaited<ReturnType<typeof trackedContext>>;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
    tracked = await trackedContext(browser, origin);
    context = tracked.context;
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the sample covers both guides, their questions and their rules', () => {
    expect(sitePages.length).toBeGreaterThan(100);
    expect(sitePages).toContain('/regio/');
    expect(new Set(sample.map((s) => s.path.split('/')[0]))).toEqual(new Set(['welke-ondersteuning', 'klaar-voor-inclusief-werkgeven']));
    expect(sample.some((s) => s.covers.some((c) => c.includes('regel')))).toBe(true);
  });

  it.each([...sitePages, ...guidePages])('%s', async (path) => {
    const response = await page.goto(origin + path);
    expect(response?.status()).toBe(200);
    expect(await axeViolations(page)).toEqual([]);
    expect(tracked.cspViolations).toEqual([]);
    expect(tracked.foreignRequests).toEqual([]);
    expect(tracked.consoleErrors).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
});
