/**
 * Rehype plugin: puts the site's base path in front of every root-relative link and image in Markdown and MDX
 * ("/regelingen/jobcoach/" becomes "/werkwijzer/regelingen/jobcoach/" when the site lives under /werkwijzer/).
 * Astro does this for its own routes and assets, but not for links an editor writes in content.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const ATTRIBUTES = ['href', 'src'] as const;

export function withBase(url: string, base: string): string {
  const prefix = base.replace(/\/$/, '');
  if (!prefix || !url.startsWith('/') || url.startsWith('//') || url === prefix || url.startsWith(`${prefix}/`)) return url;
  return prefix + url;
}

export function rehypeBaseLinks({ base }: { base: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      for (const name of ATTRIBUTES) {
        const value = node.properties[name];
        if (typeof value === 'string') node.properties[name] = withBase(value, base);
      }
    });
  };
}
