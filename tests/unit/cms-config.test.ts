/**
 * The CMS configuration (src/cms/decap-config.ts) against the schemas it is made from (issue #19): every field an
 * editor can fill in the files has a form field in the CMS, with the same name, requiredness, choices and help text,
 * and the CMS has no field the check would reject. A schema change that the generator cannot follow fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { adminCsp, adminFiles, readRateKinds } from '../../src/cms/admin-files.ts';
import { cmsEntryUrl } from '../../src/cms/entry-url.ts';
import { cmsField, decapConfig, type CmsCollection, type CmsField } from '../../src/cms/decap-config.ts';
import { fieldLabel } from '../../src/cms/field-labels.ts';
import { describeFields, DOCUMENTED_COLLECTIONS, type FieldDoc } from '../../src/schemas/describe-fields.ts';
import { contentSchemas } from '../../src/schemas/content.ts';

const root = path.resolve(import.meta.dirname, '../..');
const rates = readRateKinds(path.join(root, 'content'));
const config = decapConfig({ repo: 'organisatie/werkwijzer', branch: 'main', authServer: 'https://inloggen.example.org', siteUrl: 'https://example.org', rates });
const schemas = contentSchemas(() => z.string().describe('naam van een pagina')) as unknown as Record<string, z.ZodType>;

interface FlatField {
  path: string;
  field: CmsField;
}

/** The CMS fields as paths like the field reference writes them ("status.state", "sources[].url"). */
function flatten(fields: CmsField[], prefix = ''): FlatField[] {
  return fields.flatMap((field) => {
    const own = `${prefix}${field.name}`;
    const children = field.fields && field.widget !== 'object' ? flatten(field.fields, `${own}[].`) : field.fields && !isRecordField(field) ? flatten(field.fields, `${own}.`) : [];
    return [{ path: own, field }, ...children];
  });
}
/** A record (age -> percentage) is one field in the reference and a group of fixed keys in the CMS. */
const isRecordField = (field: CmsField) => field.fields?.every((f) => /^\d+$/.test(f.name)) ?? false;

/**
 * Whether the form must demand a field: the schema requires it, and it is not inside an optional group (a field of
 * `upl` is required only once `upl` is filled in; the form cannot say that, the check does). An item of a list is
 * its own group: its required fields are required whenever the item is there.
 */
function requiredInForm(doc: FieldDoc, docs: Map<string, FieldDoc>): boolean {
  if (!doc.required) return false;
  const parent = doc.name.slice(0, Math.max(0, doc.name.lastIndexOf('.')));
  if (!parent || parent.endsWith('[]')) return true;
  const group = docs.get(parent);
  return group ? requiredInForm(group, docs) : true;
}

/** Where the CMS and the schema's field reference disagree; empty when they agree. */
function mismatches(collection: CmsCollection, docs: FieldDoc[]): string[] {
  const cms = new Map(flatten((collection.fields ?? []).filter((f) => f.name !== 'body')).map((f) => [f.path, f.field]));
  const byDocName = new Map(docs.map((d) => [d.name, d]));
  const problems: string[] = [];
  for (const doc of docs) {
    const field = cms.get(doc.name);
    if (!field) {
      problems.push(`${collection.name}: ${doc.name} ontbreekt in het CMS`);
      continue;
    }
    const required = requiredInForm(doc, byDocName);
    if ((field.required !== false) !== required) problems.push(`${collection.name}: ${doc.name} verplicht ${required}, CMS ${field.required !== false}`);
    if (doc.description && field.hint !== doc.description) problems.push(`${collection.name}: ${doc.name} heeft een andere uitleg`);
    const choices = /^(?:lijst van )?keuze: (.*)$/.exec(doc.kind)?.[1]?.split(', ');
    if (choices && JSON.stringify(field.options) !== JSON.stringify(choices)) problems.push(`${collection.name}: ${doc.name} heeft andere keuzes`);
  }
  const known = new Set(docs.map((d) => d.name));
  for (const name of cms.keys()) if (!known.has(name) && !name.endsWith('[]')) problems.push(`${collection.name}: ${name} staat in het CMS maar niet in het schema`);
  return problems;
}

const byName = new Map(config.collections.map((c) => [c.name, c]));

describe('CMS configuration from the schemas', () => {
  it.each(Object.keys(DOCUMENTED_COLLECTIONS))('%s: the same fields, requiredness, choices and help texts as the schema', (name) => {
    const collection = byName.get(name);
    expect(collection, `${name} heeft geen collectie in het CMS`).toBeDefined();
    expect(mismatches(collection!, describeFields(schemas[name]!))).toEqual([]);
  });

  it('shows every amount of content/bedragen.yaml with the fields of its kind', () => {
    const file = byName.get('bedragen')?.files?.[0];
    expect(file?.file).toBe('content/bedragen.yaml');
    expect(file?.fields.map((f) => f.name)).toEqual(rates.map((r) => r.id));
    const union = (schemas['bedragen'] as unknown as { def: { options: z.ZodObject[] } }).def.options;
    for (const { id, kind } of rates) {
      const variant = union.find((o) => (o.shape['kind'] as unknown as { def: { values: string[] } }).def.values[0] === kind)!;
      const group = file!.fields.find((f) => f.name === id)!;
      expect(mismatches({ name: `bedragen.${id}`, label: id, fields: group.fields }, describeFields(variant))).toEqual([]);
    }
  });

  it('notices a field the CMS lacks, a wrong requiredness and a field the schema does not have', () => {
    const regelingen = byName.get('regelingen')!;
    const docs = describeFields(schemas['regelingen']!);
    const withoutChecked = { ...regelingen, fields: regelingen.fields!.filter((f) => f.name !== 'checked') };
    expect(mismatches(withoutChecked, docs)).toContain('regelingen: checked ontbreekt in het CMS');
    const optionalTitle = { ...regelingen, fields: regelingen.fields!.map((f) => (f.name === 'title' ? { ...f, required: false } : f)) };
    expect(mismatches(optionalTitle, docs)).toContain('regelingen: title verplicht true, CMS false');
    const extra = { ...regelingen, fields: [...regelingen.fields!, { name: 'prijs', label: 'Prijs', widget: 'string' }] };
    expect(mismatches(extra, docs)).toContain('regelingen: prijs staat in het CMS maar niet in het schema');
  });

  it('writes regelingen the way the check reads them: sources as title + https URL, checked as a date, status as a choice', () => {
    const fields = new Map(flatten(byName.get('regelingen')!.fields!).map((f) => [f.path, f.field]));
    expect(fields.get('sources')).toMatchObject({ widget: 'list', min: 1 });
    expect(fields.get('sources[].title')).toMatchObject({ widget: 'string' });
    expect(fields.get('sources[].url')).toMatchObject({ widget: 'string', pattern: ['^https://', expect.any(String)] });
    expect(fields.get('checked')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(fields.get('status.state')).toMatchObject({ widget: 'select', options: ['open', 'changing', 'closed', 'ended', 'unverified'] });
    expect(fields.get('doelgroepen')).toMatchObject({ widget: 'relation', collection: 'doelgroepen', multiple: true, value_field: '{{slug}}' });
    expect(fields.get('body')).toMatchObject({ widget: 'markdown', modes: ['raw'] });
    // Inside the optional UPL group nothing is demanded while the group stays empty; the check requires both once filled.
    expect(fields.get('upl')?.required).toBe(false);
    expect(fields.get('upl.uri')?.required).toBe(false);
  });

  it('turns every save into a pull request on GitHub, and works on files directly only on this machine', () => {
    expect(config).toMatchObject({ publish_mode: 'editorial_workflow', backend: { name: 'github', repo: 'organisatie/werkwijzer', base_url: 'https://inloggen.example.org' } });
    const local = decapConfig({ repo: null, branch: 'main', authServer: null, siteUrl: 'https://example.org', local: { proxyUrl: 'http://127.0.0.1:8081/api/v1' } });
    expect(local).toMatchObject({ backend: { name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1' } });
    expect(local).not.toHaveProperty('publish_mode');
  });

  it('leaves the guides to the files, and says where to read how', () => {
    const guides = byName.get('gidsen');
    expect(guides).toMatchObject({ create: false, delete: false, publish: false });
    expect(guides?.description).toContain('/over/redactie/#een-keuzehulp-veilig-aanpassen');
  });

  it('names every field in Dutch, and refuses a field without a name', () => {
    for (const field of flatten(config.collections.flatMap((c) => [...(c.fields ?? []), ...(c.files?.flatMap((f) => f.fields) ?? [])]))) {
      if (!/^\d+$/.test(field.field.name)) expect(field.field.label, field.path).toMatch(/^[A-Z]/);
    }
    expect(() => fieldLabel('regelingen.prijs')).toThrow(/"regelingen.prijs" heeft geen naam voor het CMS/);
    expect(() => cmsField('x', z.bigint() as never, 'title')).toThrow(/kent het soort veld "bigint"/);
  });
});

describe('the /admin/ files', () => {
  const files = adminFiles({ repo: 'organisatie/werkwijzer', branch: 'main', authServer: 'https://inloggen.example.org', siteUrl: 'https://example.org', base: '/', rates });

  it('allow only what the CMS needs: its own scripts, GitHub and the sign-in server; no inline script', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(files['index.html']!)?.[1]?.replace(/&#39;|&apos;/g, "'");
    expect(csp).toBe(adminCsp({ authServer: 'https://inloggen.example.org' }));
    // 'unsafe-eval' because Decap checks its configuration with Ajv, which compiles the check into a function.
    expect(csp).toMatch(/script-src 'self' 'unsafe-eval'(;|$)/);
    expect(csp).toMatch(/connect-src 'self' https:\/\/api\.github\.com https:\/\/inloggen\.example\.org(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(files['index.html']).not.toMatch(/<script>(?!<\/script>)|<script [^>]*>[^<]/);
    expect(files['index.html']).toContain('<meta name="robots" content="noindex, nofollow">');
  });

  it('carry the generated configuration and point editors to their entry', () => {
    expect(parse(files['config.yml']!)).toEqual(JSON.parse(JSON.stringify(config)));
    expect(cmsEntryUrl('/werkwijzer/', 'regelingen', 'jobcoach')).toBe('/werkwijzer/admin/#/collections/regelingen/entries/jobcoach');
    expect(readFileSync(path.join(root, 'src/cms/decap-config.ts'), 'utf8')).not.toMatch(/from 'astro/);
  });
});
