/**
 * Lighthouse on pages of a served site, in Debian's Chromium (never a downloaded browser), with Lighthouse's
 * default mobile settings (emulated phone, simulated slow 4G and CPU). Used by `npm run lighthouse` (all four
 * categories, printed and written to docs/benchmarks.md) and by the test suite (the three categories that do
 * not depend on timing).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, requireChromium } from '../../tests/support/chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface PageReport {
  path: string;
  /** 0–100 per category that was run. */
  scores: Partial<Record<Category, number>>;
  /** Lab figures (performance only): milliseconds, CLS without unit. */
  vitals?: { fcp: number; lcp: number; tbt: number; cls: number; speedIndex: number };
  /** Audits that did not pass in the categories that were run: id and title. */
  failed: { id: string; title: string }[];
}

export async function runLighthouse(
  origin: string,
  paths: readonly string[],
  categories: readonly Category[] = CATEGORIES,
  browserPath = requireChromium(),
): Promise<PageReport[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: browserPath,
    // The flags of the browser tests, headless.
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const reports: PageReport[] = [];
    // One page at a time: Lighthouse drives one tab, and parallel runs would skew the performance figures.
    for (const path of paths) {
      const result = await lighthouse(origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      if (!result) throw new Error(`Lighthouse gaf geen resultaat voor ${path}.`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse kon ${path} niet meten: ${lhr.runtimeError.message}`);
      const scores: PageReport['scores'] = {};
      const failed: PageReport['failed'] = [];
      for (const category of categories) {
        const cat = lhr.categories[category]!;
        scores[category] = Math.round((cat.score ?? 0) * 100);
        if (category === 'performance') continue;
        for (const ref of cat.auditRefs) {
          const audit = lhr.audits[ref.id]!;
          if (ref.weight > 0 && audit.score !== null && audit.score < 1) failed.push({ id: ref.id, title: audit.title });
        }
      }
      const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      reports.push({
        path,
        scores,
        failed,
        ...(categories.includes('performance')
          ? {
              vitals: {
                fcp: numeric('first-contentful-paint'),
                lcp: numeric('largest-contentful-paint'),
                tbt: numeric('total-blocking-time'),
                cls: numeric('cumulative-layout-shift'),
                speedIndex: numeric('speed-index'),
              },
            }
          : {}),
      });
    }
    return reports;
  } finally {
    chrome.kill();
  }
}
