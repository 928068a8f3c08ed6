/**
 * Puts several pages in one document (the print versions) without clashes: every id in a page's HTML gets the
 * page's prefix, every reference to one of those ids follows (#anchors, for, aria-*), and headings move down
 * a level so that the page's own h2s sit under the chapter's h2. Links to ids outside the fragment stay as
 * they are.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Nodes } from 'hast';

export interface ScopeOptions {
  /** Prefix for ids, e.g. the page's slug: "afspraken" turns id="doel" into id="afspraken-doel". */
  prefix: string;
  /** How many levels headings move down (h2 -> h3 with 1); h6 is the deepest. */
  headingShift?: number;
}

const ID_LIST_ATTRIBUTES = ['htmlFor', 'ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'ariaOwns'] as const;

function elements(node: Nodes, visit: (element: Element) => void): void {
  if (node.type === 'element') visit(node);
  if ('children' in node) for (const child of node.children) elements(child, visit);
}

export function scopeFragment(html: string, { prefix, headingShift = 0 }: ScopeOptions): string {
  const tree = fromHtml(html, { fragment: true });
  const ids = new Set<string>();
  elements(tree, (el) => {
    if (typeof el.properties.id === 'string') ids.add(el.properties.id);
  });
  const scoped = (id: string) => (ids.has(id) ? `${prefix}-${id}` : id);

  elements(tree, (el) => {
    const props = el.properties;
    if (typeof props.id === 'string') props.id = scoped(props.id);
    if (typeof props.href === 'string' && props.href.startsWith('#')) props.href = `#${scoped(decodeURIComponent(props.href.slice(1)))}`;
    for (const name of ID_LIST_ATTRIBUTES) {
      const value = props[name];
      // hast parses these attributes as lists of ids.
      if (Array.isArray(value)) props[name] = value.map((v) => scoped(String(v)));
    }
    const level = /^h([1-6])$/.exec(el.tagName)?.[1];
    if (level && headingShift) el.tagName = `h${Math.min(6, Number(level) + headingShift)}`;
  });
  return toHtml(tree);
}
