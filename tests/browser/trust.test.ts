/**
 * What a reader may trust: a check date only claims what was checked, a status never says "apply" for a scheme that
 * needs no application or whose current offer was not checked, made-up practice cases say so wherever they appear,
 * real cases name their source, and every page offers a way to report an error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { z } from 'zod';
import { contentSchemas } from '../../src/schemas/content.ts';
import { launchChromium, trackedContext } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/astro.ts';
import { builtHtml, builtPages, isRedirectPage } from '../support/site.ts';

const schemas = contentSchemas(() => z.string());
function frontmatterOf<S extends z.ZodType>(collection: string, schema: S) {
  const dir = path.join(PROJECT_ROOT, 'content', collection);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ id: f.slice(0, -4), data: schema.parse(parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(dir, f), 'utf8'))![1]!)) as z.infer<S> }));
}
const regelingen = frontmatterOf('regelingen', schemas.regelingen);
const cases = frontmatterOf('praktijk', schemas.praktijk);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('regeling pages', () => {
  it.each(regelingen.map((r) => [r.id, r] as const))('%s claims "Feiten gecontroleerd" only when nothing is left unverified', (id, r) => {
    const html = builtHtml(`/regelingen/${id}/`);
    if (r.data.unverified.length === 0) {
      expect(text(html)).toContain('Feiten gecontroleerd op');
      expect(html).not.toContain('id="niet-gecontroleerd"');
    } else {
      expect(text(html)).not.toContain('Feiten gecontroleerd op');
      expect(text(html)).toMatch(new RegExp(`Gecontroleerd op \\d+ \\w+ \\d{4} ?, behalve ${r.data.unverified.length === 1 ? '1 punt' : `${r.data.unverified.length} punten`}`));
      const box = /<div class="wim-unverified"[\s\S]*?<\/div>/.exec(html)![0];
      expect(box.match(/<li>/g)).toHaveLength(r.data.unverified.length);
    }
  });

  it('says "Geldt vanzelf" for a scheme without an application, and never "Open" for one whose offer was not checked', () => {
    for (const r of regelingen) {
      const label = /class="wim-status__label">([^<]*)</.exec(builtHtml(`/regelingen/${r.id}/`))![1];
      if (r.data.status.state === 'open' && !r.data.status.apply) expect(label, r.id).toBe('Geldt vanzelf: u hoeft niets aan te vragen');
      if (r.data.status.state === 'unverified') expect(label, r.id).toBe('Niet gecontroleerd: vraag na wat er nu is');
      if (!r.data.status.apply || r.data.status.state === 'unverified') expect(label, r.id).not.toMatch(/^Open/);
    }
    expect(regelingen.find((r) => r.id === 'no-riskpolis')?.data.status.apply).toBe(false);
  });
});

describe('practice cases', () => {
  it('are at least six real ones, each naming its publisher, date and source link', () => {
    const real = cases.filter((c) => !c.data.illustrative);
    expect(real.length).toBeGreaterThanOrEqual(6);
    for (const c of real) {
      const html = builtHtml(`/praktijk/${c.id}/`);
      expect(text(html), c.id).toContain('Dit voorbeeld is echt.');
      for (const s of c.data.sources) expect(html, c.id).toContain(`href="${s.url}"`);
    }
  });

  it('that are made up say so at the top of the page and after every link to them in the handbook and elsewhere', () => {
    const madeUp = cases.filter((c) => c.data.illustrative).map((c) => c.id);
    expect(madeUp.length).toBeGreaterThan(0);
    for (const id of madeUp) expect(text(builtHtml(`/praktijk/${id}/`)), id).toContain('Dit voorbeeld is bedacht.');
    let links = 0;
    for (const page of builtPages().filter((p) => /^\/(handboek|doelgroepen|regelingen|onderwijs|model)\/[^/]+\/$/.test(p))) {
      const html = builtHtml(page);
      for (const id of madeUp) {
        for (const m of html.matchAll(new RegExp(`<a href="/praktijk/${id}/[^"]*"[^>]*>([\\s\\S]*?)</a>(.{0,22})`, 'g'))) {
          links++;
          expect(`${m[1]}${m[2]}`, `${page} -> ${id}`).toContain('bedacht voorbeeld');
        }
      }
    }
    expect(links).toBeGreaterThan(5);
  });
});

describe('reporting an error', () => {
  it('every page (redirects aside) has a "Klopt er iets niet?" link', () => {
    const pages = builtPages().filter((p) => !isRedirectPage(p));
    for (const page of pages) {
      // An embedded guide has no page frame: its one footer line carries the link.
      const pattern = page.startsWith('/embed/')
        ? /<footer class="wim-embed-footer">[\s\S]*Klopt er\s+iets niet\? <a href="[^"]+">Laat het ons weten<\/a>/
        : /<p class="wim-report wim-no-print"[^>]*>\s*Klopt er iets niet op deze pagina, of mist u iets\? <a href="[^"]+">/;
      expect(builtHtml(page), page).toMatch(pattern);
    }
    expect(pages.filter((p) => p.startsWith('/embed/')).length).toBeGreaterThan(0);
  });
});

const origin = inject('origin');
const chromiumPath = inject('chromiumPath');

describe.skipIf(!chromiumPath)('in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the notice on a made-up case is as large as the text, before the story starts', async () => {
    const { context } = await trackedContext(browser, origin);
    const page = await context.newPage();
    const id = cases.find((c) => c.data.illustrative)!.id;
    await page.goto(`${origin}/praktijk/${id}/`);
    const notice = page.locator('.wim-case-kind--made-up');
    const size = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).fontSize);
    expect(await size('.wim-case-kind--made-up')).toBe(await size('.wim-prose p'));
    const noticeTop = (await notice.boundingBox())!.y;
    expect(noticeTop).toBeLessThan((await page.locator('.wim-prose').boundingBox())!.y);
    await context.close();
  });
});
