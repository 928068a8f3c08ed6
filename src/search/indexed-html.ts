/**
 * The part of a built page that Pagefind indexes, as text, and a way to add words to it. Used at index time
 * only (build-index.ts); the served page never changes.
 */
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { SYNONYMS_ANCHOR } from './synonyms.ts';

/** Elements Pagefind leaves out of its index by itself. */
const SKIPPED = new Set(['script', 'style', 'nav', 'footer', 'form', 'noscript', 'template', 'svg']);

/**
 * Where the parser may start and stop: our pages mark <main> (there is one per page), and parsing just that element
 * reads the same text as parsing the whole page at about half the cost (issue #21). Any other marked element: the page.
 */
function bodySlice(html: string, marker: number): { html: string; fragment: boolean } {
  const start = html.lastIndexOf('<', marker);
  const end = html.lastIndexOf('</main>');
  if (start < 0 || !html.startsWith('<main', start) || end < start) return { html, fragment: false };
  return { html: html.slice(start, end + '</main>'.length), fragment: true };
}

/** Text of the element with data-pagefind-body, without what Pagefind ignores; "" when the page is not indexed. */
export function indexedText(html: string): string {
  const marker = html.indexOf('data-pagefind-body');
  if (marker < 0) return '';
  const part = bodySlice(html, marker);
  const tree = fromHtml(part.html, { fragment: part.fragment });
  const out: string[] = [];
  const walk = (node: Nodes, inBody: boolean): void => {
    if (node.type === 'text') {
      if (inBody) out.push(node.value);
      return;
    }
    if (node.type !== 'root' && node.type !== 'element') return;
    let body = inBody;
    if (node.type === 'element') {
      const el = node as Element;
      if (SKIPPED.has(el.tagName) || el.properties['dataPagefindIgnore'] !== undefined) return;
      if (el.properties['dataPagefindBody'] !== undefined) body = true;
    }
    for (const child of node.children) walk(child, body);
  };
  walk(tree, false);
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
