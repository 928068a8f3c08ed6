/**
 * The configuration of the editors' CMS (Decap CMS, at /admin/), generated from the content schemas
 * (src/schemas/content.ts): every field, whether it is required, its choices and its help text come from the same
 * zod schema the content check uses, so the CMS cannot ask for something the check rejects, or leave a field out.
 * Plain TypeScript, no Astro: tests/unit/cms-config.test.ts walks the schemas and this output side by side.
 */
import { z } from 'zod';
import { contentSchemas, type MdxCollection, type ReferencedCollection } from '../schemas/content.ts';
import { DOCUMENTED_COLLECTIONS, unwrap, type AnyZod } from '../schemas/describe-fields.ts';
import { fieldLabel } from './field-labels.ts';


/** A field as Decap CMS reads it (https://decapcms.org/docs/widgets/); only what we use. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  options?: string[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  pattern?: [string, string];
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  // datetime
  format?: string;
  date_format?: string;
  time_format?: boolean;
  // relation
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  // markdown
  modes?: string[];
  sanitize_preview?: boolean;
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  folder?: string;
  files?: { name: string; label: string; file: string; description?: string; fields: CmsField[] }[];
  extension?: string;
  format?: string;
  create?: boolean;
  delete?: boolean;
  /** false: the form can be read, never saved. */
  publish?: boolean;
  editor?: { preview: boolean };
  slug?: string;
  identifier_field?: string;
  summary?: string;
  preview_path?: string;
  media_folder?: string;
  public_folder?: string;
  fields?: CmsField[];
}

/** Where content lives in the repository; the CMS writes there, in a branch and a pull request per change. */
export const CONTENT_FOLDER = 'content';

/** What a reference field stores: the other page's file name without extension, as the check expects. */
const referenceMarker = new WeakMap<z.ZodType, ReferencedCollection>();
function referenceTo(collection: ReferencedCollection): z.ZodType {
  const schema = z.string().describe(`naam van een pagina in ${collection}`);
  referenceMarker.set(schema, collection);
  return schema;
}

/** The description of a field, wherever in its wrappers it was set. */
function descriptionOf(schema: AnyZod): string | undefined {
  let current: AnyZod | undefined = schema;
  while (current) {
    if (current.description) return current.description;
    const next = current.def['innerType'] as AnyZod | undefined;
    current = next;
  }
  return undefined;
}

/** Whether a schema is the date field of src/lib/schema-fields.ts (a preprocess into z.date()). */
function isDate(schema: AnyZod): boolean {
  return schema.def.type === 'pipe' && (schema.def['out'] as AnyZod).def.type === 'date';
}

function minOf(schema: AnyZod): number | undefined {
  const checks = (schema.def['checks'] ?? []) as { _zod: { def: { check: string; minimum?: number } } }[];
  return checks.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum;
}

function isInt(schema: AnyZod): boolean {
  const checks = (schema.def['checks'] ?? []) as { _zod: { def: { check: string; format?: string } } }[];
  return checks.some((c) => c._zod.def.check === 'number_format' && /int/.test(c._zod.def.format ?? ''));
}

/** Long text gets a text area; the rest a line. */
const LONG_TEXT = new Set(['summary', 'note', 'goal', 'text', 'description', 'school', 'bedrijf', 'werkgeversservicepunt', 'gemeente']);
const HTTPS_PATTERN: [string, string] = ['^https://', 'Gebruik een volledig https-adres, zoals https://www.uwv.nl/…'];

/**
 * Decap field for one schema field; `path` ("status.state") names its label and errors. Inside an optional group
 * (`upl`) no field is required in the form: Decap would otherwise demand them while the group is left empty. The
 * check still requires them as soon as the group is filled in.
 */
export function cmsField(name: string, schema: AnyZod, path: string, inOptionalGroup = false): CmsField {
  const inner = unwrap(schema);
  // What the schema makes of a missing value: an error (required), undefined (optional) or its default.
  const missing = schema.safeParse(undefined);
  const required = !missing.success && !inOptionalGroup;
  const base: CmsField = { name, label: fieldLabel(path), widget: 'string', ...(required ? {} : { required: false }) };
  const hint = descriptionOf(schema);
  if (hint) base.hint = hint;
  const reference = referenceMarker.get(inner);
  if (reference) return { ...base, ...relation(reference) };
  if (isDate(inner)) return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
  switch (inner.def.type) {
    case 'string':
      // An address on another site (httpsUrl in src/lib/schema-fields.ts): the form already asks for https.
      return { ...base, widget: LONG_TEXT.has(name) ? 'text' : 'string', ...(inner.def['format'] === 'url' ? { pattern: HTTPS_PATTERN } : {}) };
    case 'number':
      return { ...base, widget: 'number', value_type: isInt(inner) ? 'int' : 'float' };
    case 'boolean':
      return { ...base, widget: 'boolean', ...(missing.success && missing.data !== undefined ? { default: missing.data } : {}) };
    case 'literal':
      return { ...base, widget: 'hidden', default: (inner.def['values'] as unknown[])[0] };
    case 'enum':
      return { ...base, widget: 'select', options: Object.values(inner.def['entries'] as Record<string, string>) };
    case 'record': {
      const keys = Object.values(((inner.def['keyType'] as AnyZod).def['entries'] ?? {}) as Record<string, string>);
      return { ...base, widget: 'object', fields: keys.map((key) => ({ ...cmsField(key, inner.def['valueType'] as AnyZod, `${path}.*`), label: `${key} jaar` })) };
    }
    case 'object':
      return { ...base, widget: 'object', collapsed: false, fields: objectFields(inner, path, !required) };
    case 'array': {
      const element = unwrap(inner.def['element'] as AnyZod);
      const min = minOf(inner);
      const list = { ...(min ? { min } : {}) };
      const elementReference = referenceMarker.get(element);
      if (elementReference) return { ...base, ...relation(elementReference), multiple: true, ...list };
      if (element.def.type === 'enum') return { ...base, widget: 'select', multiple: true, options: Object.values(element.def['entries'] as Record<string, string>), ...list };
      if (element.def.type === 'object') return { ...base, widget: 'list', ...list, collapsed: true, fields: objectFields(element, `${path}[]`) };
      return { ...base, widget: 'list', ...list, collapsed: false, field: cmsField('item', element, `${path}[]`) };
    }
    default:
      throw new Error(`src/cms/decap-config.ts kent het soort veld "${inner.def.type}" van ${path} niet. Voeg het toe, zodat het CMS het veld kan tonen.`);
  }
}

function relation(collection: ReferencedCollection): Partial<CmsField> {
  return { widget: 'relation', collection, value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'] };
}

function objectFields(schema: AnyZod, path: string, optionalGroup = false): CmsField[] {
  const shape = (schema as unknown as { shape: Record<string, AnyZod> }).shape;
  return Object.entries(shape).map(([key, field]) => cmsField(key, field, path ? `${path}.${key}` : key, optionalGroup));
}

/** The page text below the frontmatter: written as is (raw), since MDX components must survive a save unchanged. */
const BODY_FIELD: CmsField = {
  name: 'body',
  label: 'Tekst',
  widget: 'markdown',
  modes: ['raw'],
  sanitize_preview: true,
  hint: 'De tekst van de pagina in Markdown: ## voor een kopje, - voor een opsomming, [tekst](/regelingen/jobcoach/) voor een link. Laat regels met <…/> (zoals <Bedrag id="…" />) staan zoals ze zijn.',
};

/** Page collections, in the order of the site's menu; the address of each entry is /<collection>/<file name>/. */
const PAGE_COLLECTIONS: readonly MdxCollection[] = ['regelingen', 'handboek', 'doelgroepen', 'praktijk', 'onderwijs', 'model'];

/** Which field the list of entries shows under each title. */
const SUMMARIES: Partial<Record<MdxCollection, string>> = {
  regelingen: '{{title}} — gecontroleerd {{checked}}',
  handboek: '{{title}} — deel {{part}}, {{order}}',
  onderwijs: 'Stap {{step}}: {{title}}',
};

export interface CmsConfigOptions {
  /** owner/name of the GitHub repository; null when content/site.yaml names none yet. */
  repo: string | null;
  branch: string;
  /** The OAuth server that signs editors in to GitHub (docs/hosting.md); null: Decap's default (Netlify). */
  authServer: string | null;
  /** The site's public address, for "Bekijk op de site" links. */
  siteUrl: string;
  /** Local editing (npm run cms): Decap talks to decap-server on this machine, which writes files directly. */
  local?: { proxyUrl: string };
  /** Keys and kinds of the amounts in content/bedragen.yaml: the CMS shows one group of fields per amount. */
  rates?: { id: string; kind: string; title: string }[];
}

const collectionTitle = (collection: keyof typeof DOCUMENTED_COLLECTIONS) => DOCUMENTED_COLLECTIONS[collection].replace(/ \(.*\)$/, '');

export function decapConfig(options: CmsConfigOptions) {
  const schemas = contentSchemas(referenceTo) as unknown as Record<string, AnyZod>;
  const pages: CmsCollection[] = PAGE_COLLECTIONS.map((collection) => ({
    name: collection,
    label: collectionTitle(collection),
    folder: `${CONTENT_FOLDER}/${collection}`,
    extension: 'mdx',
    format: 'frontmatter',
    create: true,
    delete: false,
    slug: '{{slug}}',
    identifier_field: 'title',
    ...(SUMMARIES[collection] ? { summary: SUMMARIES[collection] } : {}),
    preview_path: `${collection}/{{slug}}/`,
    // Images go next to the page, as the content check asks: Astro then resizes and compresses them.
    media_folder: '',
    public_folder: '',
    fields: [...objectFields(schemas[collection]!, ''), BODY_FIELD],
  }));
  const regios: CmsCollection = {
    name: 'regios',
    label: collectionTitle('regios'),
    folder: `${CONTENT_FOLDER}/regios`,
    extension: 'yaml',
    format: 'yaml',
    create: false,
    delete: false,
    slug: '{{slug}}',
    identifier_field: 'name',
    preview_path: 'regio/{{slug}}/',
    fields: objectFields(schemas['regios']!, ''),
  };
  // A guide's questions and rules refer to each other; a form cannot keep them consistent, the guide check can.
  // So the CMS lists the guides but does not save them, and says where the file route is explained.
  const guides: CmsCollection = {
    name: 'gidsen',
    label: 'Keuzehulpen',
    description: `Een keuzehulp past u niet in dit formulier aan: de vragen en regels verwijzen naar elkaar, en één fout maakt de uitslag onjuist. Pas het bestand content/gidsen/<naam>.yaml aan zoals de handleiding uitlegt: ${options.siteUrl.replace(/\/$/, '')}/over/redactie/#een-keuzehulp-veilig-aanpassen`,
    folder: `${CONTENT_FOLDER}/gidsen`,
    extension: 'yaml',
    format: 'yaml',
    create: false,
    delete: false,
    publish: false,
    editor: { preview: false },
    identifier_field: 'title',
    fields: [{ name: 'title', label: fieldLabel('title'), widget: 'string', hint: 'Alleen om te lezen: een keuzehulp past u aan in het bestand (zie de uitleg boven de lijst).' }],
  };
  const collections = [...pages, regios, guides];
  if (options.rates?.length) collections.push(ratesCollection(schemas['bedragen']!, options.rates));
  return {
    ...(options.local
      ? { backend: { name: 'proxy', proxy_url: options.local.proxyUrl, branch: options.branch } }
      : {
          backend: {
            name: 'github',
            repo: options.repo ?? 'organisatie/werkwijzer-inclusief-mkb',
            branch: options.branch,
            ...(options.authServer ? { base_url: options.authServer } : {}),
            // The pull request is the review: its title says what changed, CI runs the content check on it.
            commit_messages: {
              create: 'Nieuw in {{collection}}: {{slug}}',
              update: 'Bijgewerkt in {{collection}}: {{slug}}',
              delete: 'Verwijderd uit {{collection}}: {{slug}}',
              uploadMedia: 'Bestand toegevoegd: {{path}}',
              deleteMedia: 'Bestand verwijderd: {{path}}',
            },
          },
          // Every save becomes a branch and a pull request (draft, in review, ready), checked by CI before it lands.
          publish_mode: 'editorial_workflow',
        }),
    locale: 'nl',
    site_url: options.siteUrl,
    display_url: options.siteUrl,
    // Required by Decap; the page collections keep their images beside the page instead (see above).
    media_folder: 'public/afbeeldingen',
    public_folder: '/afbeeldingen',
    show_preview_links: true,
    collections,
  };
}

/** content/bedragen.yaml: one file, one group of fields per amount (its kind decides the fields). */
function ratesCollection(schema: AnyZod, rates: { id: string; kind: string; title: string }[]): CmsCollection {
  const options = schema.def['options'] as AnyZod[];
  const byKind = new Map(options.map((o) => [((o as unknown as { shape: Record<string, AnyZod> }).shape['kind']!.def['values'] as string[])[0]!, o]));
  return {
    name: 'bedragen',
    label: 'Bedragen',
    description: 'Elk bedrag dat de site noemt staat hier één keer. Een nieuw bedrag voegt u toe in content/bedragen.yaml (zie CONTRIBUTING.md).',
    files: [
      {
        name: 'bedragen',
        label: 'Bedragen (content/bedragen.yaml)',
        file: `${CONTENT_FOLDER}/bedragen.yaml`,
        fields: rates.map(({ id, kind, title }) => {
          const variant = byKind.get(kind);
          if (!variant) throw new Error(`content/bedragen.yaml: "${id}" heeft kind "${kind}", dat het schema niet kent.`);
          return { name: id, label: title, widget: 'object', collapsed: true, fields: objectFields(variant, 'bedragen') };
        }),
      },
    ],
  };
}
