/** The change feeds a municipality subscribes to: well-formed RSS, newest first, and the regelingen feed only has regelingen. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';

const origin = inject('origin');
const chromiumPath = inject('chromiumPath');

interface FeedItem {
  title: string;
  link: string;
  pubDate: string;
  guid: string;
}

async function readFeed(page: Page, path: string): Promise<{ title: string; items: FeedItem[]; error: boolean }> {
  const xml = await (await page.request.get(origin + path)).text();
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const get = (el: Element, name: string) => el.getElementsByTagName(name)[0]?.textContent ?? '';
    return {
      error: doc.getElementsByTagName('parsererror').length > 0,
      title: get(doc.documentElement, 'title'),
      items: [...doc.getElementsByTagName('item')].map((item) => ({ title: get(item, 'title'), link: get(item, 'link'), pubDate: get(item, 'pubDate'), guid: get(item, 'guid') })),
    };
  }, xml);
}

describe.skipIf(!chromiumPath)('change feeds', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
    page = await browser.newPage();
    await page.goto(`${origin}/wijzigingen/`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('/wijzigingen/ links both feeds, in the page and in the head', async () => {
    expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').count()).toBe(2);
    expect(await page.locator('main a[href="/wijzigingen/regelingen.xml"]').count()).toBe(1);
  });

  it.each(['/wijzigingen/rss.xml', '/wijzigingen/regelingen.xml'])('%s is well-formed, newest first, with unique ids and absolute links', async (path) => {
    const feed = await readFeed(page, path);
    expect(feed.error).toBe(false);
    expect(feed.items.length).toBeGreaterThan(10);
    const dates = feed.items.map((i) => Date.parse(i.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(new Set(feed.items.map((i) => i.guid)).size).toBe(feed.items.length);
    for (const item of feed.items) expect(item.link).toMatch(/^https:\/\/[^/]+\/[a-z]+\/[a-z0-9-]+\/$/);
  });

  it('the regelingen feed has only regelingen, and all of them', async () => {
    const all = await readFeed(page, '/wijzigingen/rss.xml');
    const regelingen = await readFeed(page, '/wijzigingen/regelingen.xml');
    expect(regelingen.items.every((i) => i.link.includes('/regelingen/'))).toBe(true);
    expect(regelingen.items.length).toBe(all.items.filter((i) => i.link.includes('/regelingen/')).length);
  });
});
