/**
 * On paper a link is its address, but CSS can only print the href as written ("/regelingen/jobcoach/"), which
 * means nothing on a sheet of paper. So the full address (from the site's SITE_URL) goes into the HTML at build
 * time, as data-print-href, and the print style sheet writes that out after the link text. Links to other sites
 * print their own https address (CSS, from href); links within the page print nothing.
 *
 * In a document that holds several pages (the print versions), a link to one of those pages becomes a link to
 * its part of the document and prints nothing either.
 */
import type { Element, Nodes, Root } from 'hast';
import { visit } from 'unist-util-visit';

export const PRINT_HREF = 'dataPrintHref';

export interface PrintLinkOptions {
  /** The site's public address (SITE_URL), e.g. "https://werkwijzerinclusiefmkb.nl". */
  site: string | URL;
  /**
   * Pages that are part of this document: href as the site writes it ("/handboek/de-eerste-weken/", with the
   * base path) -> id of its part in the document. A key with a #fragment wins over the same page without one.
   */
  inDocument?: ReadonlyMap<string, string>;
}

/** "/regelingen/jobcoach/" -> "https://werkwijzerinclusiefmkb.nl/regelingen/jobcoach/"; other links: undefined. */
export function printAddress(href: string, site: string | URL): string | undefined {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined;
  return new URL(href, site).href;
}

function documentAnchor(href: string, inDocument: ReadonlyMap<string, string>): string | undefined {
  const page = href.split('#')[0]!;
  return inDocument.get(href) ?? inDocument.get(page);
}

/** Sets data-print-href on every link to a page of this site; in a document, points links to its own parts. */
export function addPrintLinks(tree: Nodes, { site, inDocument = new Map() }: PrintLinkOptions): void {
  visit(tree, 'element', (el: Element) => {
    const href = el.properties.href;
    if (el.tagName !== 'a' || typeof href !== 'string') return;
    const anchor = documentAnchor(href, inDocument);
    if (anchor) {
      el.properties.href = `#${anchor}`;
      delete el.properties[PRINT_HREF];
      return;
    }
    const address = printAddress(href, site);
    if (address) el.properties[PRINT_HREF] = address;
  });
}

/** The same as a rehype plugin, for links that editors write in Markdown and MDX (after rehypeBaseLinks). */
export function rehypePrintLinks({ site }: { site: string | URL }) {
  return (tree: Root) => addPrintLinks(tree, { site });
}
