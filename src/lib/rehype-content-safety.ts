/**
 * Rehype plugin, the last step on every Markdown and MDX page: removes from the rendered content whatever its editor
 * could not have meant to publish. MDX import/export and {expressions} go (they run code at build time); components
 * stay only if the site offers them, with literal attributes; HTML written as JSX becomes plain HTML; then
 * hast-util-sanitize keeps only allowlisted elements, attributes and link schemes. The content check reports the
 * same things with file, line and fix; this step makes sure nothing it misses reaches a reader.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { CONTENT_COMPONENTS, CONTENT_HTML, isSafeLink } from './content-safety.ts';

const PLACEHOLDER = 'wim-content-component';

/** Markdown's own output (headings, lists, tables, code, footnotes, task lists) plus the HTML editors may write. */
const MARKDOWN_TAGS = ['a', 'blockquote', 'br', 'code', 'del', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'img', 'input', 'li', 'ol', 'p', 'pre', 'section', 'strong', 'sup', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul'];

export const CONTENT_SCHEMA: Schema = {
  tagNames: [...new Set([...MARKDOWN_TAGS, ...Object.keys(CONTENT_HTML), PLACEHOLDER])],
  attributes: {
    a: ['href', 'title', 'id', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel', ['className', 'data-footnote-backref']],
    img: ['src', 'alt', 'title', 'width', 'height'],
    code: [['className', /^language-./]],
    td: ['align'],
    th: ['align'],
    li: ['id', ['className', 'task-list-item']],
    ul: [['className', 'contains-task-list']],
    ol: [['className', 'contains-task-list']],
    input: [
      ['type', 'checkbox'],
      ['disabled', true],
      'checked',
    ],
    section: ['dataFootnotes', ['className', 'footnotes']],
    h2: ['id', ['className', 'sr-only']],
    sup: [],
    [PLACEHOLDER]: ['dataIndex'],
    ...Object.fromEntries(Object.entries(CONTENT_HTML).map(([tag, attributes]) => [tag, [...attributes]])),
  },
  required: { input: { type: 'checkbox', disabled: true } },
  protocols: { href: ['https', 'mailto', 'tel'], src: ['https'], cite: ['https'] },
  // Ids come only from Markdown itself (footnotes, already prefixed); editors' HTML may not set one.
  clobber: [],
  strip: ['script', 'style', 'template', 'iframe', 'noscript', 'textarea', 'title', 'object', 'embed', 'form', 'svg', 'math'],
};

type MdxJsxAttribute = { type: string; name?: string; value?: unknown };
type MdxJsxElement = { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; name: string | null; attributes: MdxJsxAttribute[]; children: RootContent[] };
const isJsx = (node: { type: string }): node is MdxJsxElement & RootContent =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** Only attributes written as plain text, and only those the element allows. */
function literalAttributes(element: MdxJsxElement, allowed: readonly string[]): MdxJsxAttribute[] {
  return element.attributes.filter((a) => a.type === 'mdxJsxAttribute' && typeof a.value === 'string' && allowed.includes(a.name!));
}

export function rehypeContentSafety() {
  return (tree: Root) => {
    const components: MdxJsxElement[] = [];
    const prepare = (nodes: RootContent[]): RootContent[] =>
      nodes.flatMap((node): RootContent[] => {
        if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return [];
        if (isJsx(node)) {
          const name = node.name ?? '';
          const component = CONTENT_COMPONENTS[name];
          if (component) {
            components.push({ ...node, attributes: literalAttributes(node, component.attributes) });
            const placeholder: Element = { type: 'element', tagName: PLACEHOLDER, properties: { dataIndex: components.length - 1 }, children: prepare(node.children) as ElementContent[] };
            return [placeholder];
          }
          if (/^[a-z][a-z0-9]*$/.test(name)) {
            // HTML written in MDX is JSX: make it an element, so the allowlist below decides what stays.
            const properties: Properties = Object.fromEntries(literalAttributes(node, CONTENT_HTML[name] ?? []).map((a) => [a.name!, a.value as string]));
            return [{ type: 'element', tagName: name, properties, children: prepare(node.children) as ElementContent[] }];
          }
          return prepare(node.children); // an unknown component: keep its text, not the component
        }
        if ('children' in node) return [{ ...node, children: prepare(node.children as RootContent[]) } as RootContent];
        return [node];
      });

    const clean = sanitize({ ...tree, children: prepare(tree.children) }, CONTENT_SCHEMA) as Root;
    const restore = (nodes: RootContent[]): RootContent[] =>
      nodes.map((node) => {
        if (node.type === 'element' && node.tagName === PLACEHOLDER) {
          return { ...components[Number(node.properties['dataIndex'])]!, children: restore(node.children) } as unknown as RootContent;
        }
        // The scheme list lets relative links through; "//host" and "/\\host" lead to another site all the same.
        if (node.type === 'element' && node.tagName === 'a' && typeof node.properties['href'] === 'string' && !isSafeLink(node.properties['href'])) {
          delete node.properties['href'];
        }
        return 'children' in node ? ({ ...node, children: restore(node.children as RootContent[]) } as RootContent) : node;
      });
    tree.children = restore(clean.children);
  };
}
