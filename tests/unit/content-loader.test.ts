/**
 * Which pages skip the MDX compiler (src/lib/content-loader.ts, issue #21): only a body that Markdown and MDX read the
 * same way and write as the same bytes. Anything else must stay MDX, or a component, an expression or an image would
 * be shown as text, and an ampersand would be written differently.
 */
import { describe, expect, it } from 'vitest';
import { isPlainMarkdown } from '../../src/lib/content-loader.ts';

describe('isPlainMarkdown', () => {
  it('takes headings, lists, links, emphasis and tables as plain Markdown', () => {
    expect(isPlainMarkdown('## Wat is het?\n\nEen **jobcoach** helpt. Zie [UWV](https://www.uwv.nl/).\n\n- een\n  - twee\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n')).toBe(true);
  });

  it.each([
    ['a component', 'Het bedrag is <Bedrag id="lkv" />.'],
    ['HTML', 'Een <abbr title="x">LKV</abbr>.'],
    ['an expression', 'Het jaar {2026}.'],
    ['an ampersand (MDX writes &amp;, Markdown &#x26;)', 'De cao Bouw & Infra.'],
    ['an image', '![Een lasser](./lasser.jpg)'],
    ['an import', "import Kader from '../kader.astro';\n\nTekst."],
    ['an export', 'export const x = 1;\n\nTekst.'],
    ['an indented code block (none in MDX)', 'Tekst.\n\n    code\n'],
    ['a tab-indented line', 'Tekst.\n\n\tcode\n'],
    ['a rule at the very start (taken for frontmatter)', '---\n\nTekst.'],
    ['an autolink', 'Zie <https://www.uwv.nl/>.'],
  ])('sends %s the MDX way', (_, body) => {
    expect(isPlainMarkdown(body)).toBe(false);
  });
});
