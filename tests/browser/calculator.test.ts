/**
 * /rekenhulp/ in real Chromium: a guide result opens it with what the guide found, a figure follows the hours, the
 * inputs live in the URL, errors follow the GOV.UK pattern, the calculation prints on one A4, nothing leaves the
 * device, and without JavaScript the page shows the amounts and two worked examples.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, axeViolationsWithoutJs, launchChromium, trackedContext } from '../support/browser.ts';

const origin = inject('origin');
const chromiumPath = inject('chromiumPath');
const result = '/gids/welke-ondersteuning/nieuw/27-tot-56/bijstand/ja/nee/ja/nee/nee/nee/';

describe.skipIf(!chromiumPath)('the calculator', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens from a guide result with the guide\'s answers preset, follows the hours, keeps the inputs in the URL and prints on one page', async () => {
    const { context, consoleErrors, foreignRequests, cspViolations } = await trackedContext(browser, origin);
    const page = await context.newPage();
    await page.goto(origin + result);
    await page.getByRole('link', { name: 'Reken uit wat deze baan kost en wat u terugkrijgt' }).click();
    await page.waitForURL(/\/rekenhulp\//);
    expect(await page.locator('#reken-lkv').inputValue()).toBe('lkv-banenafspraak');
    expect(await page.locator('input[name="lks-aan"]').isChecked()).toBe(true);
    expect(await page.locator('input[name="norisk"]').isChecked()).toBe(true);
    await expect.poll(() => page.locator('[data-calculator-output] .wim-calc__net td').count()).toBe(3);
    // The loonwaarde is the gemeente's to measure: the calculator asks for it instead of guessing.
    expect(await page.locator('[data-calculator-output]').textContent()).toContain('Vul de loonwaarde in');

    const lkvCell = page.locator('[data-calculator-output] tr', { hasText: 'LKV doelgroep banenafspraak' }).locator('td').nth(1);
    const before = await lkvCell.textContent();
    await page.locator('#reken-uren').fill('20');
    await expect.poll(() => lkvCell.textContent()).not.toBe(before);
    expect(new URL(page.url()).searchParams.get('uren')).toBe('20');

    // A shared link opens the same calculation.
    const shared = await context.newPage();
    await shared.goto(page.url());
    await expect.poll(() => shared.locator('[data-calculator-output] tr', { hasText: 'LKV doelgroep banenafspraak' }).locator('td').nth(1).textContent()).toBe(await lkvCell.textContent());

    await page.locator('#reken-lks').fill('60');
    await expect.poll(() => page.locator('[data-calculator-output] tr', { hasText: 'Loonkostensubsidie (gemeente)' }).count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.wim-calc__form').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('names each wrong field in an error summary that takes focus, with "Fout: " in the title', async () => {
    const { context } = await trackedContext(browser, origin);
    const page = await context.newPage();
    await page.goto(`${origin}/rekenhulp/`);
    await page.locator('#reken-uren').fill('0');
    await page.locator('input[name="ld-aan"]').check();
    await page.locator('#reken-ld').fill('90');
    await page.getByRole('button', { name: 'Reken uit' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
    expect(await page.title()).toMatch(/^Fout: /);
    const links = page.locator('[data-error-list] a');
    expect(await links.count()).toBe(2);
    expect(await links.first().getAttribute('href')).toBe('#reken-uren');
    expect(await page.locator('#reken-uren').getAttribute('aria-invalid')).not.toBeNull();
    expect(await page.locator('#reken-uren-fout').textContent()).toMatch(/^Fout: /);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#reken-uren').fill('30');
    await page.locator('#reken-ld').fill('70');
    await page.getByRole('button', { name: 'Reken uit' }).click();
    await expect.poll(() => page.locator('[data-error-summary]').isHidden()).toBe(true);
    expect(await page.title()).not.toMatch(/^Fout: /);
    await context.close();
  });

  it('without JavaScript shows every amount it uses and two worked examples, and no form', async () => {
    const { context } = await trackedContext(browser, origin, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/rekenhulp/`);
    expect(await page.locator('.wim-calc__form').isVisible()).toBe(false);
    expect(await page.locator('.wim-calc-examples table').count()).toBe(2);
    expect(await page.locator('.wim-calc-examples').textContent()).toContain('LKV doelgroep banenafspraak');
    expect(await page.locator('.wim-calc-examples').textContent()).toContain('Subsidie praktijkleren');
    expect(await page.locator('.wim-calc-rates li').count()).toBeGreaterThanOrEqual(8);
    expect(await axeViolationsWithoutJs(browser, `${origin}/rekenhulp/`)).toEqual([]);
    await context.close();
  });
});
