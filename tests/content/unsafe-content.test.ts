/**
 * Content files are input, not code: whatever a chapter tries beyond text (MDX code, scripts, frames, forms, meta
 * refreshes, event handlers, foreign link schemes) does not reach the built page, its print version or the search
 * index. The content check refuses the same file with file, line and fix (tests/unit/checks/check-script.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type BuiltSite } from '../support/astro.ts';

const fixture = path.join(PROJECT_ROOT, 'tests/fixtures/unsafe-content');
const SECRET = 'geheim-8d1f3c';
let site: BuiltSite;
let dist = '';
let output = '';

beforeAll(async () => {
  site = await buildSite(fixture, { WIM_TEST_SECRET: SECRET });
  dist = site.outDir;
  output = site.output;
}, 180_000);
afterAll(() => site?.remove());

const page = () => readFileSync(path.join(dist, 'handboek/onveilig/index.html'), 'utf8');
const article = () => /<article>[\s\S]*<\/article>/.exec(page())![0];

describe('a chapter that tries more than text', () => {
  it('keeps the text, the allowed element and the good links', () => {
    expect(article()).toContain('<abbr title="loonkostenvoordeel">LKV</abbr>');
    expect(article()).toContain('<a href="https://www.uwv.nl/">goede link</a>');
    // (data-print-href: the full address for paper, src/lib/print-links.ts)
    expect(article()).toMatch(/<a href="\/regelingen\/"( data-print-href="[^"]*")?>pagina van de site<\/a>/);
    expect(article()).toContain('Tekst in een onbekend onderdeel.');
    expect(article()).toContain('Een alinea met een handler.');
  });

  it('publishes no value from code: not in the page, the print version or the search index', () => {
    const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(files.length).toBeGreaterThan(10);
    for (const e of files) {
      const file = path.join(e.parentPath, e.name);
      const raw = readFileSync(file);
      const text = e.name.endsWith('.pf_fragment') || e.name.endsWith('.pf_index') ? gunzipSync(raw).toString('latin1') : raw.toString('latin1');
      expect(text.includes(SECRET), file).toBe(false);
      expect(text.includes('uit-een-export'), file).toBe(false);
    }
    expect(output).not.toContain(SECRET);
  });

  it('drops scripts, frames, forms, meta refreshes, handlers, styles and foreign link schemes', () => {
    const html = article();
    for (const bad of ['<script', '<iframe', '<form', 'https://evil.example', '"//evil.example', 'http-equiv', 'httpEquiv', 'onclick', 'onClick', 'style=', 'javascript:', 'insecure.example', '<button']) {
      expect(html, bad).not.toContain(bad);
    }
    // The link texts stay, without a target.
    expect(html).toMatch(/<a>script<\/a>/);
    expect(html).toMatch(/<a>andere site<\/a>/);
    // A backslash is escaped by Markdown into a path on this site, not a way to another host.
    expect(html).toMatch(/<a href="\/%5Cevil\.example"( data-print-href="[^"]*")?>schuine streep<\/a>/);
  });

  it('redirects nobody: the page has exactly the site\'s own meta tags', () => {
    expect(page().match(/http-equiv="refresh"/gi)).toBeNull();
  });
});

