/**
 * Made-up practice cases are labelled wherever they are linked. A case page with `illustrative: true` says at the
 * top that it is made up; this rehype plugin adds "(bedacht voorbeeld)" after every link to such a page in Markdown
 * and MDX, so no chapter can present it as a real case. The list of made-up cases is read from the content files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { parse } from 'yaml';
import { ILLUSTRATIVE_LABEL } from './vocabulary.ts';

const CASE_LINK = /^\/praktijk\/([a-z0-9]+(?:-[a-z0-9]+)*)\/(?:#.*)?$/;

/** The slugs of the practice cases whose frontmatter says `illustrative: true`. */
export function readIllustrativeCases(contentDir: string): Set<string> {
  const dir = path.join(contentDir, 'praktijk');
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
  } catch {
    return new Set();
  }
  const slugs = files.filter((file) => {
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(dir, file), 'utf8'))?.[1];
    try {
      return frontmatter !== undefined && (parse(frontmatter) as { illustrative?: unknown } | null)?.illustrative === true;
    } catch {
      return false; // a broken file is reported by the content check and the build
    }
  });
  return new Set(slugs.map((f) => f.slice(0, -4)));
}

/** The slug of a made-up case a link points to, or undefined. */
export function illustrativeTarget(href: string, cases: ReadonlySet<string>): string | undefined {
  const slug = CASE_LINK.exec(href)?.[1];
  return slug && cases.has(slug) ? slug : undefined;
}

/** Rehype plugin; runs before the base path is added to links. */
export function rehypeIllustrativeCases({ cases }: { cases: ReadonlySet<string> }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'a' || typeof node.properties['href'] !== 'string' || !parent || index === undefined) return;
      if (!illustrativeTarget(node.properties['href'], cases)) return;
      const next = parent.children[index + 1];
      const said = (n: { type: string; value?: unknown } | undefined) => n?.type === 'text' && String(n.value).includes(ILLUSTRATIVE_LABEL);
      if (said(next) || node.children.some(said)) return SKIP;
      parent.children.splice(index + 1, 0, { type: 'text', value: ` (${ILLUSTRATIVE_LABEL})` });
      return [SKIP, index + 2];
    });
  };
}
