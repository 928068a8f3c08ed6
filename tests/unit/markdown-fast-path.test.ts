/**
 * Plain Markdown read by Sätteri must give the same bytes as Astro's unified pipeline (src/lib/markdown-fast-path.ts,
 * issue #21): on every page in content/ that takes the fast way, and on corner cases of Markdown and SmartyPants where
 * the two parsers are known to differ, or could. A case where they differ must not take the fast way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { isPlainMarkdown } from '../../src/lib/content-loader.ts';
import { createFastMarkdownRenderer, isFastPathBody } from '../../src/lib/markdown-fast-path.ts';

const processor = config.markdown!.processor!;
const fast = createFastMarkdownRenderer(processor)!;
const reference = await processor.createRenderer({ syntaxHighlight: false });
const fileURL = pathToFileURL(path.resolve('content/handboek/voorbeeld.mdx'));

/** What Astro's own pipeline makes of a body, and what the fast path makes of it. */
async function both(body: string) {
  const expected = await reference.render(body, { fileURL });
  const actual = await fast(body, fileURL);
  return { expected: { html: expected.code, headings: expected.metadata.headings }, actual: { html: actual.html, headings: actual.metadata.headings } };
}

const bodyOf = (file: string) => readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
const contentPages = readdirSync('content', { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => path.join('content', file));

describe('the fast Markdown path', () => {
  it('is set up from the processor in astro.config.mjs', () => {
    expect(fast).toBeTypeOf('function');
  });

  it('makes the same HTML and headings as the unified pipeline for every page in content/ that takes it', async () => {
    const fastPages = contentPages.filter((file) => isPlainMarkdown(bodyOf(file)) && isFastPathBody(bodyOf(file)));
    // Most pages take it: if the rule became so strict that none did, the saving would be gone unnoticed.
    expect(fastPages.length).toBeGreaterThan(contentPages.length / 3);
    for (const file of fastPages) {
      const { expected, actual } = await both(bodyOf(file));
      expect(actual, file).toEqual(expected);
    }
  });

  it.each([
    ["an apostrophe inside a word", "De auto's en de cv's van de jongens' ploeg, in de 90's."],
    ['headings, also twice the same', '# Kop\n\n## Kop\n\n### Kop met *nadruk*\n\nKop\n===\n\nTweede'],
    ['lists, nested and loose', '1. een\n2. twee\n   - sub\n   - sub2\n3. drie\n\n- a\n\n- b\n\n* ster\n+ plus\n\n1) haakje'],
    ['links, reference links and bare addresses', 'Zie [UWV](https://www.uwv.nl/) en [het handboek][h], www.example.com of info@example.nl.\n\n[h]: /handboek/'],
    ['emphasis and escapes', '**vet**, *schuin*, ***beide***, __ook vet__, a_b_c, \\*geen nadruk\\*, ~~weg~~'],
    ['breaks, quotes and rules', 'regel  \nbreuk en regel\\\nbreuk\n\n> citaat\n> met **nadruk**\n\n***\n\nEind.'],
    ['task lists and footnotes', '- [ ] taak\n- [x] klaar\n\nTekst[^1].\n\n[^1]: Een voetnoot.'],
    ['euro amounts and numbers', '€ 1.000,- per maand, 5% tot 10%, 1e jaar, art. 2.3 en 1:1.'],
  ])('takes %s, and makes the same HTML as the unified pipeline', async (_, body) => {
    expect(isFastPathBody(body)).toBe(true);
    const { expected, actual } = await both(body);
    expect(actual).toEqual(expected);
  });

  it.each([
    ["a quote that opens a word", "'s Morgens en ('s avonds), het is '90 geweest. Hij zei 'ja'."],
    ['double quotes', 'Zij zei "hallo". En x"y"z.'],
    ['a double hyphen', 'Dit -- dat, dit --- dat, 5 -- 10 euro.'],
    ['a spaced ellipsis', 'Wacht... of wacht. . . nu.'],
    ['a table with aligned columns', '| a | b |\n|---|:-:|\n| 1 | 2 |'],
    ['backticks (doubled, SmartyPants makes them quotes)', 'Een `code` en ``dubbel`` citaat.\n\n```js\nlet b = 2;\n```'],
  ])('leaves %s to the unified pipeline', async (_, body) => {
    expect(isFastPathBody(body)).toBe(false);
  });

  it('would get the cases it leaves alone wrong: they really differ', async () => {
    // Why the rule is there: Sätteri writes these differently. If a new Sätteri agrees, the rule can be relaxed.
    for (const body of ["Het is 's morgens.", 'Dit -- dat.', 'Wacht. . .', '| a |\n|:-:|\n| 1 |']) {
      const { expected, actual } = await both(body);
      expect(actual.html, body).not.toBe(expected.html);
    }
  });

  it.each([
    ['another processor', satteri()],
    ['another remark plugin', unified({ gfm: false, remarkPlugins: [remarkGfm, function remarkToc() {}] })],
    ['smartypants switched off', unified({ gfm: false, remarkPlugins: [remarkGfm], smartypants: false })],
    ['remark-rehype options', unified({ gfm: false, remarkPlugins: [remarkGfm], remarkRehype: { footnoteLabel: 'Voetnoten' } })],
  ])('is not used with %s, which it does not reproduce', (_, other) => {
    expect(createFastMarkdownRenderer(other)).toBeUndefined();
  });

  it('is used with the default processor and with remark-gfm as a plugin', () => {
    expect(createFastMarkdownRenderer(unified())).toBeTypeOf('function');
    expect(createFastMarkdownRenderer(unified({ gfm: false, remarkPlugins: [remarkGfm] }))).toBeTypeOf('function');
  });
});
