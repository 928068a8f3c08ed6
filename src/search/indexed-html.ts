/**
 * The part of a built page that Pagefind indexes, as text, and a way to add words to it. Used at index time
 * only (build-index.ts); the served page never changes.
 */
import { decodeHTML } from 'entities';
import { ELEMENT_NODE, parse, TEXT_NODE, type Node } from 'ultrahtml';
import { SYNONYMS_ANCHOR } from './synonyms.ts';

/** Elements Pagefind leaves out of its index by itself. */
const SKIPPED = new Set(['script', 'style', 'nav', 'footer', 'form', 'noscript', 'template', 'svg']);

/**
 * Where the parser may start and stop: our pages mark <main> (there is one per page), and parsing just that element
 * reads the same text as parsing the whole page at about half the cost (issue #21). Any other marked element: the page.
 */
function bodySlice(html: string, marker: number): string {
  const start = html.lastIndexOf('<', marker);
  const end = html.lastIndexOf('</main>');
  return html.startsWith('<main', start) && end > start ? html.slice(start, end + '</main>'.length) : html;
}

/**
 * Text of the element with data-pagefind-body, without what Pagefind ignores; "" when the page is not indexed. It is
 * read for its words (synonyms.ts), so the parser is ultrahtml, five times faster on our pages than a browser-exact
 * one (parse5): the words are the same on every built page, only the spaces between them can differ.
 */
export function indexedText(html: string): string {
  const marker = html.indexOf('data-pagefind-body');
  if (marker < 0) return '';
  const out: string[] = [];
  const walk = (node: Node, inBody: boolean): void => {
    if (node.type === TEXT_NODE) {
      if (inBody) out.push(decodeHTML(node.value));
      return;
    }
    let body = inBody;
    if (node.type === ELEMENT_NODE) {
      if (SKIPPED.has(node.name.toLowerCase()) || 'data-pagefind-ignore' in node.attributes) return;
      if ('data-pagefind-body' in node.attributes) body = true;
    }
    for (const child of node.children ?? []) walk(child, body);
  };
  walk(parse(bodySlice(html, marker)), false);
  return out.join(' ');
}

/**
 * Adds search words as a section of their own at the end of the indexed <main>: a heading with an id, so Pagefind
 * keeps them apart from the page's last real section (and the search page can leave them out). The page's own
 * keywords weigh like its text; synonyms weigh less, so a page that uses a word itself ranks above a page that
 * only has it through a synonym.
 */
export function addSearchWords(html: string, { keywords = [], synonyms = [] }: { keywords?: readonly string[]; synonyms?: readonly string[] }): string {
  if (keywords.length === 0 && synonyms.length === 0) return html;
  const end = html.lastIndexOf('</main>');
  if (end < 0) return html;
  const text = (words: readonly string[]) => words.join(' ').replace(/[<>&"]/g, ' ');
  const own = keywords.length > 0 ? `<span data-pagefind-weight="${KEYWORD_WEIGHT}">${text(keywords)}</span> ` : '';
  return `${html.slice(0, end)}<h6 id="${SYNONYMS_ANCHOR}" data-pagefind-weight="${SYNONYM_WEIGHT}">${own}${text(synonyms)}</h6>${html.slice(end)}`;
}

/** Pagefind weights (1 is body text, 7 a page title); measured with tests/browser/search-quality.test.ts. */
const KEYWORD_WEIGHT = 1;
const SYNONYM_WEIGHT = 0.5;

/** Keeps the page's description as Pagefind metadata: the search page shows it when no excerpt fits. */
export function withDescriptionMeta(html: string): string {
  return html.replace(/<meta name="description"(?=[\s>])/, '<meta name="description" data-pagefind-meta="description[content]"');
}
