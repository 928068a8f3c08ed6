/**
 * Lighthouse on six kinds of page: accessibility, best practices and SEO score 100. These do not depend on
 * timing; performance does, so npm run lighthouse reports it and no test asserts it.
 */
import { describe, expect, inject, it } from 'vitest';
import { LIGHTHOUSE_PAGES } from '../../scripts/lib/lighthouse-pages.ts';
import { runLighthouse } from '../../scripts/lib/lighthouse-run.ts';

const origin = inject('origin');
const chromiumPath = inject('chromiumPath');

describe.skipIf(!chromiumPath)('Lighthouse', () => {
  it('scores 100 for accessibility, best practices and SEO on every kind of page', async () => {
    const reports = await runLighthouse(
      origin,
      LIGHTHOUSE_PAGES.map((p) => p.path),
      ['accessibility', 'best-practices', 'seo'],
      chromiumPath!,
    );
    expect(reports.map((r) => r.path)).toEqual(LIGHTHOUSE_PAGES.map((p) => p.path));
    for (const report of reports) {
      expect(report.failed, report.path).toEqual([]);
      expect(report.scores, report.path).toEqual({ accessibility: 100, 'best-practices': 100, seo: 100 });
    }
  }, 300_000);
});
