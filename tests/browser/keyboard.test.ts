/**
 * A guide completed with the keyboard only: Tab to move, Enter to follow an answer, Space to press a button.
 * Every element the keyboard reaches on the way shows where the focus is (WCAG 2.4.7).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, trackedContext } from '../support/browser.ts';

const origin = inject('origin');
const chromiumPath = inject('chromiumPath');

/** What has the focus: its tag, its text and whether a focus indicator is drawn around it. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', text: '', visible: false };
    const hasOutline = (node: Element) => {
      const style = getComputedStyle(node);
      return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    };
    // A card draws the focus ring around the whole card (:focus-within), so look at the ancestors too;
    // the site uses outlines only to show focus.
    let visible = false;
    for (let node: Element | null = el; node && node !== document.body; node = node.parentElement) visible ||= hasOutline(node);
    return { tag: el.tagName.toLowerCase(), text: (el.textContent ?? '').trim().replace(/\s+/g, ' '), visible };
  });
}

/** Presses Tab until the focused element's text starts with `text`; fails after `limit` presses. */
async function tabTo(page: Page, text: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now.tag !== 'body') expect(now.visible, `focus is visible on <${now.tag}> "${now.text.slice(0, 40)}"`).toBe(true);
    if (now.text.startsWith(text)) return;
  }
  throw new Error(`Na ${limit} keer Tab nog geen element met de tekst "${text}".`);
}

describe.skipIf(!chromiumPath)('keyboard only', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('completes a guide with Tab, Enter and Space', async () => {
    const { context, consoleErrors } = await trackedContext(browser, origin);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    await page.goto(`${origin}/gids/`);

    // From the list of guides to the scan, then every question answered "Nee".
    await tabTo(page, 'Is ons bedrijf klaar voor inclusief werkgeven?');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/gids\/klaar-voor-inclusief-werkgeven\/$/);
    for (let step = 0; step < 7; step++) {
      const question = await page.locator('h1').textContent();
      await tabTo(page, 'Nee');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('h1').textContent()).not.toBe(question);
    }
    expect(await page.locator('h1').textContent()).toBe('Uw actieplan');

    // A button works with Space.
    await tabTo(page, 'Kopieer de link naar dit advies');
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('De link is gekopieerd.');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
