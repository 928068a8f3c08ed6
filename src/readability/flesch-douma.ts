/**
 * Readability of Dutch text with the Flesch-Douma formula:
 *   206,835 − 0,93 × (words per sentence) − 77 × (syllables per word).
 * 60 or more is easy enough for language level B1; under 50 is hard. Syllables come from Dutch hyphenation
 * patterns (the `hyphen` package), which split a word where a Dutch dictionary would; hyphenation leaves a
 * single letter at the start or end of a word joined, so a few words count one syllable short.
 * Text comes from the MDX syntax tree: headings, paragraphs, list items and table cells, never code or markup.
 */
import hyphenNl from 'hyphen/nl/index.js';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const { hyphenateSync } = hyphenNl;

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch-Douma score; NaN when there is no text. */
  score: number;
}

/** The blocks of running text in an MDX document (frontmatter excluded), each a unit that ends a sentence. */
export function textBlocks(mdx: string): string[] {
  const body = mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  // The same Markdown dialect as the site (GFM: tables, lists), so tables count as text, not as lines of pipes.
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
  const tree = processor.runSync(processor.parse(body)) as Root;
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell') {
      const text = toString(node, { includeHtml: false }).trim();
      if (text) blocks.push(text);
      return 'skip';
    }
    if (node.type === 'code' || node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression') return 'skip';
    return undefined;
  });
  return blocks;
}

/** Sentences of one block: split after . ! ? or : when the next word starts a new sentence. */
export function sentencesOf(block: string): string[] {
  return block
    .split(/(?<=[.!?:])\s+(?=[\p{Lu}\d€"'‘“(])/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\d]/u.test(s));
}

export function wordsOf(sentence: string): string[] {
  return sentence
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}€]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

export function syllablesOf(word: string): number {
  // A number or amount is read as a word of about two syllables ("twaalf", "€ 650" -> "zeshonderdvijftig" is more, but rare).
  if (!/\p{L}/u.test(word)) return 2;
  return word
    .split(/[-/]/)
    .filter(Boolean)
    .reduce((n, part) => n + hyphenateSync(part.toLowerCase(), { hyphenChar: '|' }).split('|').length, 0);
}

export function readability(blocks: readonly string[]): Readability {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const block of blocks) {
    for (const sentence of sentencesOf(block)) {
      const ws = wordsOf(sentence);
      if (ws.length === 0) continue;
      sentences++;
      words += ws.length;
      syllables += ws.reduce((n, w) => n + syllablesOf(w), 0);
    }
  }
  const score = words === 0 ? Number.NaN : 206.835 - 0.93 * (words / sentences) - 77 * (syllables / words);
  return { words, sentences, syllables, score };
}

export function readabilityOfMdx(mdx: string): Readability {
  return readability(textBlocks(mdx));
}
