/**
 * Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json), with two rules
 * relaxed: "long-title", because a guide page's title states the whole question for screen-reader users and
 * search results may shorten it; and "valid-id" to the HTML standard itself, which allows an id such as
 * "55-plussers" (a heading anchor that is already published).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/astro.ts';
import { builtPages, DIST } from '../support/site.ts';

describe('HTML', () => {
  it('every built page passes html-validate without errors', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(1000);
    const faults: string[] = [];
    for (const page of [...pages, '/404.html']) {
      const file = page.endsWith('.html') ? path.join(DIST, page) : path.join(DIST, page, 'index.html');
      const report = await validator.validateString(readFileSync(file, 'utf8'), path.join(PROJECT_ROOT, 'dist', page, 'index.html'));
      for (const result of report.results)
        for (const m of result.messages) if (m.severity === 2) faults.push(`${page} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(faults.slice(0, 40), `${faults.length} fout(en)`).toEqual([]);
  }, 300_000);
});
