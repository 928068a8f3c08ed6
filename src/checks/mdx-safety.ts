/**
 * The content check for what an MDX page may hold besides text (src/lib/content-safety.ts): no import/export, no
 * {expressions}, only the site's components (with literal attributes, in the collections that render them), only
 * allowlisted HTML without event handlers, and only links to https pages or pages of this site. Each problem names
 * the line and what to do instead. The build removes the same things (src/lib/rehype-content-safety.ts).
 */
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { CONTENT_COMPONENTS, CONTENT_HTML, FORBIDDEN_HTML, isSafeLink } from '../lib/content-safety.ts';
import type { Problem } from '../lib/problem.ts';
import type { MdxCollection } from '../schemas/content.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

type JsxAttribute = { type: string; name?: string; value?: unknown };
type JsxNode = { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; name: string | null; attributes: JsxAttribute[] };

/** Problems in the body of an MDX page; `bodyStart` is the file line of the body's first line. */
export function checkMdxSafety(body: string, bodyStart: number, collection: MdxCollection, file: string): Problem[] {
  const problems: Problem[] = [];
  const add = (node: { position?: { start: { line: number } } } | undefined, where: string, message: string, fix: string) =>
    problems.push({ severity: 'error', file, line: node?.position ? bodyStart + node.position.start.line - 1 : undefined, where, message, fix });

  let tree: Root;
  try {
    tree = parser.parse(body);
  } catch (error) {
    const e = error as { line?: number; reason?: string; message: string };
    problems.push({
      severity: 'error',
      file,
      line: e.line ? bodyStart + e.line - 1 : undefined,
      where: 'tekst',
      message: `Deze tekst kan niet worden gelezen: ${e.reason ?? e.message}`,
      fix: 'Kijk naar < > en { } op deze regel. Wilt u zo\'n teken als tekst tonen, zet er dan een \\ voor: \\< of \\{.',
    });
    return problems;
  }

  visit(tree, (node: Nodes) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(node, 'code', 'Een regel met import of export is code, geen tekst. Code hoort niet in een pagina.', 'Haal de regel weg. Een onderdeel van de site (zoals <Bedrag id="…" />) gebruikt u zonder import.');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(node, 'code', `Tekst tussen { } is code: {${node.value.slice(0, 40)}}.`, 'Haal de { } weg. Wilt u een accolade als tekst tonen, schrijf dan \\{ en \\}.');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node as unknown as JsxNode, collection, (where, message, fix) => add(node, where, message, fix));
        break;
      case 'link':
      case 'definition':
        if (!isSafeLink(node.url)) {
          add(node, `link "${node.url}"`, 'Deze link gaat niet naar een https-pagina of een pagina van deze site.', 'Gebruik een volledig https-adres (https://www.uwv.nl/…) of een pagina van de site die met / begint (/regelingen/jobcoach/).');
        }
        break;
    }
  });
  return problems;
}

function checkElement(node: JsxNode, collection: MdxCollection, add: (where: string, message: string, fix: string) => void): void {
  const name = node.name ?? '';
  const component = CONTENT_COMPONENTS[name];
  const known = Object.keys(CONTENT_COMPONENTS).map((c) => `<${c}>`).join(', ');
  const html = Object.keys(CONTENT_HTML).map((t) => `<${t}>`).join(', ');
  if (!name) {
    add('element', 'Een lege tag <> </> hoort niet in een pagina.', 'Haal <> en </> weg.');
  } else if (component) {
    if (!component.collections.includes(collection)) {
      add(`onderdeel <${name}>`, `<${name}> werkt niet op een pagina in content/${collection}/.`, `Gebruik <${name}> alleen in ${component.collections.map((c) => `content/${c}/`).join(' of ')}.`);
    }
    checkAttributes(node, component.attributes, `onderdeel <${name}>`, add);
  } else if (FORBIDDEN_HTML[name]) {
    add(`element <${name}>`, `<${name}> is ${FORBIDDEN_HTML[name]}. Dat hoort niet in een pagina: het verandert wat de pagina doet, niet wat zij zegt.`, 'Haal het element weg. Wilt u iets tonen dat op een andere site staat? Zet er dan een gewone link naartoe.');
  } else if (CONTENT_HTML[name]) {
    checkAttributes(node, CONTENT_HTML[name], `element <${name}>`, add);
  } else {
    add(`element <${name}>`, `<${name}> is geen onderdeel van deze site en geen toegestaan HTML-element.`, `Schrijf gewone tekst en Markdown. Toegestaan zijn ${known} en ${html}.`);
  }
}

function checkAttributes(node: JsxNode, allowed: readonly string[], where: string, add: (where: string, message: string, fix: string) => void): void {
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      add(where, 'Hier staat code tussen { } in de tag.', 'Haal de { } weg en schrijf alleen naam="waarde".');
    } else if (/^on/i.test(attribute.name ?? '')) {
      add(where, `${attribute.name} voert code uit als de lezer iets doet.`, `Haal ${attribute.name}="…" weg.`);
    } else if (!allowed.includes(attribute.name!)) {
      add(where, `Het kenmerk ${attribute.name} is hier niet toegestaan.`, allowed.length > 0 ? `Toegestaan: ${allowed.join(', ')}.` : 'Haal het kenmerk weg.');
    } else if (typeof attribute.value !== 'string') {
      add(where, `${attribute.name} heeft code als waarde, geen tekst.`, `Schrijf ${attribute.name}="…" met gewone tekst tussen aanhalingstekens.`);
    }
  }
}
