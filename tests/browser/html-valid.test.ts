/**
 * Built pages are valid HTML by html-validate's recommended rules (.htmlvalidate.json), with two rules relaxed:
 * "long-title", because a guide page's title states the whole question for screen-reader users and search results
 * may shorten it; and "valid-id" to the HTML standard itself, which allows an id such as "55-plussers" (a heading
 * anchor that is already published). Every page of the site is checked, and of the thousands of guide states the
 * sample that shows every question and every rule's advice (all made by the same few components), in the site and in
 * the embed; of the redirect pages (one template), the first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/astro.ts';
import { guideStateSample } from '../support/guide-sample.ts';
import { builtPages, DIST, isRedirectPage } from '../support/site.ts';

const isGuideState = (p: string) => /^\/(embed\/)?gids\/[^/]+\//.test(p);

describe('HTML', () => {
  it('every page, a sample of guide states and a redirect page pass html-validate without errors', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const all = builtPages();
    const sitePages = all.filter((p) => !isGuideState(p) && !isRedirectPage(p));
    const sample = (await guideStateSample()).flatMap((s) => [`/gids/${s.path}`, `/embed/gids/${s.path}`]);
    const redirect = all.find((p) => isRedirectPage(p));
    const pages = [...sitePages, ...sample, ...(redirect ? [redirect] : [])];
    expect(sitePages.length).toBeGreaterThan(100);
    expect(sample.length).toBeGreaterThan(60);
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
