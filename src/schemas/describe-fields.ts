/**
 * The editors' field reference, generated from the schemas (src/schemas/content.ts), so it can never disagree
 * with what the check accepts: docs/velden.md in the repository and the table on /over/redactie/.
 */
import { z } from 'zod';
import { contentSchemas } from './content.ts';

export interface FieldDoc {
  /** "title", "status.state", "sources[].url" */
  name: string;
  required: boolean;
  kind: string;
  description: string;
}

/** A zod schema seen through its definition, as the field reference and the CMS configuration walk it. */
export type AnyZod = z.ZodType & { def: Record<string, unknown> & { type: string }; description?: string };

/** The field's own type, without optional, nullable or default around it. */
export function unwrap(schema: AnyZod): AnyZod {
  const { type } = schema.def;
  if (type === 'default' || type === 'optional' || type === 'nullable') return unwrap(schema.def['innerType'] as AnyZod);
  return schema;
}

function kindOf(schema: AnyZod): string {
  const inner = unwrap(schema);
  switch (inner.def.type) {
    case 'pipe':
      return (inner.def['out'] as AnyZod).def.type === 'date' ? 'datum (JJJJ-MM-DD)' : kindOf(inner.def['out'] as AnyZod);
    case 'string':
      return 'tekst';
    case 'number':
      return 'getal';
    case 'boolean':
      return 'true of false';
    case 'enum':
      return `keuze: ${Object.values(inner.def['entries'] as Record<string, string>).join(', ')}`;
    case 'array':
      return `lijst van ${kindOf(inner.def['element'] as AnyZod)}`;
    case 'object':
      return 'groep velden';
    default:
      return inner.def.type;
  }
}

export function describeFields(schema: z.ZodType, prefix = ''): FieldDoc[] {
  const object = unwrap(schema as AnyZod);
  const shape = (object as unknown as { shape: Record<string, AnyZod> }).shape;
  return Object.entries(shape).flatMap(([key, field]) => {
    const name = `${prefix}${key}`;
    const doc: FieldDoc = { name, required: !field.safeParse(undefined).success, kind: kindOf(field), description: field.description ?? '' };
    const inner = unwrap(field);
    if (inner.def.type === 'object') return [doc, ...describeFields(inner, `${name}.`)];
    if (inner.def.type === 'array' && unwrap(inner.def['element'] as AnyZod).def.type === 'object') {
      return [doc, ...describeFields(inner.def['element'] as AnyZod, `${name}[].`)];
    }
    return [doc];
  });
}

/** The collections an editor writes, with the name the reference uses for each. */
export const DOCUMENTED_COLLECTIONS = {
  regelingen: 'Regelingen (content/regelingen/*.mdx)',
  handboek: 'Handboek (content/handboek/*.mdx)',
  doelgroepen: 'Doelgroepen (content/doelgroepen/*.mdx)',
  praktijk: 'Praktijkvoorbeelden (content/praktijk/*.mdx)',
  model: 'Ondersteuningsmodel (content/model/*.mdx)',
  onderwijs: 'Stappenplan onderwijs (content/onderwijs/*.mdx)',
  regios: "Regio's (content/regios/*.yaml)",
} as const;

export function fieldReference(): { collection: keyof typeof DOCUMENTED_COLLECTIONS; title: string; fields: FieldDoc[] }[] {
  const schemas = contentSchemas(() => z.string().describe('naam van een pagina'));
  return (Object.keys(DOCUMENTED_COLLECTIONS) as (keyof typeof DOCUMENTED_COLLECTIONS)[]).map((collection) => ({
    collection,
    title: DOCUMENTED_COLLECTIONS[collection],
    fields: describeFields(schemas[collection]),
  }));
}

export function fieldReferenceMarkdown(): string {
  const lines = [
    '# Velden per soort pagina',
    '',
    'Gemaakt uit de schema\'s in `src/schemas/content.ts` met `npm run guides:update`. Niet met de hand aanpassen.',
    'Dezelfde tabel staat op de site onder /over/redactie/.',
  ];
  for (const { title, fields } of fieldReference()) {
    lines.push('', `## ${title}`, '', '| veld | verplicht | soort | uitleg |', '| --- | --- | --- | --- |');
    for (const f of fields) lines.push(`| \`${f.name}\` | ${f.required ? 'ja' : 'nee'} | ${f.kind} | ${f.description.replace(/\|/g, '/')} |`);
  }
  return `${lines.join('\n')}\n`;
}
