/** Made-up practice cases are named as such wherever a page links them. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { illustrativeTarget, readIllustrativeCases, rehypeIllustrativeCases } from '../../src/lib/illustrative-cases.ts';

const cases = new Set(['metaalbedrijf-leert-lassen']);
const render = async (html: string) =>
  String(await unified().use(rehypeParse, { fragment: true }).use(rehypeIllustrativeCases, { cases }).use(rehypeStringify).process(html));

describe('rehypeIllustrativeCases', () => {
  it('adds "(bedacht voorbeeld)" after a link to a made-up case, also with an anchor', async () => {
    expect(await render('<p>Zie het <a href="/praktijk/metaalbedrijf-leert-lassen/">metaalbedrijf</a>.</p>')).toBe(
      '<p>Zie het <a href="/praktijk/metaalbedrijf-leert-lassen/">metaalbedrijf</a> (bedacht voorbeeld).</p>',
    );
    expect(await render('<li><a href="/praktijk/metaalbedrijf-leert-lassen/#steun">steun</a></li>')).toBe(
      '<li><a href="/praktijk/metaalbedrijf-leert-lassen/#steun">steun</a> (bedacht voorbeeld)</li>',
    );
  });

  it('leaves real cases, other pages and links that already say so alone', async () => {
    for (const html of [
      '<p><a href="/praktijk/echt-bedrijf/">echt</a></p>',
      '<p><a href="/regelingen/jobcoach/">jobcoach</a></p>',
      '<p><a href="/praktijk/metaalbedrijf-leert-lassen/">een bedacht voorbeeld</a></p>',
      '<p><a href="/praktijk/metaalbedrijf-leert-lassen/">metaalbedrijf</a> (bedacht voorbeeld)</p>',
    ]) {
      expect(await render(html)).toBe(html);
    }
  });
});

describe('readIllustrativeCases', () => {
  it('lists the cases whose frontmatter says illustrative: true, and none for a missing folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wim-cases-'));
    mkdirSync(path.join(dir, 'praktijk'));
    writeFileSync(path.join(dir, 'praktijk', 'bedacht.mdx'), '---\ntitle: A\nillustrative: true\n---\nTekst.\n');
    writeFileSync(path.join(dir, 'praktijk', 'echt.mdx'), '---\ntitle: B\nillustrative: false\n---\nTekst.\n');
    writeFileSync(path.join(dir, 'praktijk', 'kapot.mdx'), '---\ntitle: [niet af\n---\n');
    const found = readIllustrativeCases(dir);
    expect([...found]).toEqual(['bedacht']);
    expect(illustrativeTarget('/praktijk/bedacht/', found)).toBe('bedacht');
    expect(illustrativeTarget('/praktijk/echt/', found)).toBeUndefined();
    expect(readIllustrativeCases(path.join(dir, 'bestaat-niet')).size).toBe(0);
  });
});
