/**
 * The Content-Security-Policy: every page carries one, hash-based, without 'unsafe-inline' or 'unsafe-eval';
 * only the search page may run WebAssembly (Pagefind). In Chromium the policy really blocks what it should:
 * an injected inline script and a request to another site.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, trackedContext } from '../support/browser.ts';
import { builtHtml, builtPages, isRedirectPage } from '../support/site.ts';

const origin = inject('origin');
const chromiumPath = inject('chromiumPath');

/** The policy of a built page, as directive -> sources. */
function policyOf(html: string): Map<string, string[]> | null {
  const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)];
  if (metas.length !== 1) return null;
  return new Map(
    metas[0]![1]!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('Content-Security-Policy', () => {
  const pages = builtPages().filter((p) => !isRedirectPage(p));

  it.each([
    ['/', false],
    ['/zoeken/', true],
    ['/gids/welke-ondersteuning/', false],
    ['/embed/gids/welke-ondersteuning/', false],
  ])('%s has a strict policy (WebAssembly allowed: %s)', (path, wasm) => {
    const policy = policyOf(builtHtml(path))!;
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    const scripts = policy.get('script-src')!;
    expect(scripts[0]).toBe("'self'");
    expect(scripts.slice(1).every((s) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(s) || s === "'wasm-unsafe-eval'")).toBe(true);
    expect(scripts.includes("'wasm-unsafe-eval'")).toBe(wasm);
  });

  it('every page has exactly one policy, and none allows inline or eval', () => {
    const faults = pages.flatMap((p) => {
      const policy = policyOf(builtHtml(p));
      if (!policy) return [`${p}: geen of meer dan één CSP`];
      const all = [...policy.values()].flat();
      return all.some((s) => s === "'unsafe-inline'" || s === "'unsafe-eval'") ? [`${p}: unsafe-inline of unsafe-eval`] : [];
    });
    expect(faults).toEqual([]);
    const withWasm = pages.filter((p) => policyOf(builtHtml(p))!.get('script-src')!.includes("'wasm-unsafe-eval'"));
    expect(withWasm).toEqual(['/zoeken/']);
  });

  describe.skipIf(!chromiumPath)('in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium(chromiumPath!);
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('blocks and reports an injected inline script and a request to another site', async () => {
      const tracked = await trackedContext(browser, origin);
      const page = await tracked.context.newPage();
      await page.goto(`${origin}/regelingen/`);
      const ran = await page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.injected = true;';
        document.body.append(script);
        const fetched = await fetch('https://tracker.example/pixel').then(
          () => true,
          () => false,
        );
        return { script: (window as unknown as { injected?: boolean }).injected === true, fetched };
      });
      expect(ran).toEqual({ script: false, fetched: false });
      await expect.poll(() => tracked.cspViolations.length).toBe(2);
      expect(tracked.cspViolations.join('\n')).toMatch(/script-src-elem blocked inline/);
      expect(tracked.cspViolations.join('\n')).toMatch(/connect-src blocked https:\/\/tracker\.example/);
      await tracked.context.close();
    });

    // JSON-LD is a data block, not script: the policy does not apply to it, so it must not be reported either.
    it.each(['/regelingen/loonkostensubsidie/', '/data/', '/handboek/'])('%s: its JSON-LD is in the page and fires no CSP report', async (path) => {
      const tracked = await trackedContext(browser, origin);
      const page = await tracked.context.newPage();
      await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      const types = await page.evaluate(() =>
        [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => (JSON.parse(s.textContent!) as { '@type': string })['@type']),
      );
      await tracked.context.close();
      expect(types.length).toBeGreaterThan(0);
      expect(tracked.cspViolations).toEqual([]);
    });
  });
});
