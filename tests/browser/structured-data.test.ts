/**
 * schema.org JSON-LD for search engines: a BreadcrumbList that matches the visible breadcrumb on every page that
 * has one, a GovernmentService on every regeling, a DataCatalog of Datasets on /data/, all valid against schema.org
 * (schema-dts through the TypeScript compiler). That the blocks fire no Content-Security-Policy report in Chromium is
 * checked in csp.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { schemaOrgErrors } from '../support/schema-org.ts';
import { builtHtml, builtPages, isRedirectPage } from '../support/site.ts';
import { publishedDataFiles } from '../support/open-data-files.ts';

type Block = Record<string, unknown> & { '@type': string };

function jsonLdBlocks(html: string): Block[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Block);
}

/** The visible breadcrumb: the linked crumbs' text, then the current page. */
function visibleCrumbs(html: string): string[] | null {
  const nav = html.match(/<nav class="utrecht-breadcrumb-nav"[\s\S]*?<\/nav>/)?.[0];
  if (!nav) return null;
  return [...nav.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"').trim());
}

describe('structured data (schema.org JSON-LD)', () => {
  const pages = builtPages().filter((p) => !isRedirectPage(p));

  it('every page with a breadcrumb has a BreadcrumbList with the same items, positions and absolute addresses', () => {
    const faults: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const html = builtHtml(page);
      const crumbs = visibleCrumbs(html);
      const lists = jsonLdBlocks(html).filter((b) => b['@type'] === 'BreadcrumbList');
      if (!crumbs) {
        if (lists.length > 0) faults.push(`${page}: BreadcrumbList zonder zichtbaar kruimelpad`);
        continue;
      }
      checked++;
      if (lists.length !== 1) {
        faults.push(`${page}: ${lists.length} BreadcrumbLists`);
        continue;
      }
      const items = lists[0]!.itemListElement as { position: number; name: string; item: string }[];
      if (JSON.stringify(items.map((i) => i.name)) !== JSON.stringify(crumbs)) faults.push(`${page}: ${items.map((i) => i.name).join(' > ')} ≠ ${crumbs.join(' > ')}`);
      if (items.some((item, i) => item.position !== i + 1 || !/^https:\/\//.test(item.item))) faults.push(`${page}: positie of adres klopt niet`);
      if (!items.at(-1)!.item.endsWith(page)) faults.push(`${page}: laatste item is ${items.at(-1)!.item}`);
    }
    expect(faults).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('every regeling is a GovernmentService with its title, summary and address', () => {
    const regelingen = pages.filter((p) => /^\/regelingen\/[^/]+\/$/.test(p));
    expect(regelingen.length).toBeGreaterThanOrEqual(15);
    for (const page of regelingen) {
      const html = builtHtml(page);
      const [service, ...more] = jsonLdBlocks(html).filter((b) => b['@type'] === 'GovernmentService');
      expect(more, page).toEqual([]);
      expect(service?.name, page).toBe(html.match(/<h1[^>]*>([^<]*)<\/h1>/)![1]!.replace(/&amp;/g, '&'));
      expect(String(service?.url), page).toMatch(new RegExp(`${page}$`));
      expect((service?.provider as unknown[]).length, page).toBeGreaterThan(0);
    }
  });

  it('/data/ describes every published data file as a Dataset with its download and licence', () => {
    const catalog = jsonLdBlocks(builtHtml('/data/')).find((b) => b['@type'] === 'DataCatalog')!;
    const datasets = catalog.dataset as { name: string; license: string; distribution: { contentUrl: string }[] }[];
    const published = publishedDataFiles();
    expect(published.length).toBeGreaterThanOrEqual(4);
    expect(datasets.map((d) => new URL(d.distribution[0]!.contentUrl).pathname).sort()).toEqual(published);
    for (const d of datasets) expect(d.license, d.name).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/$/);
  });

  it('every block is valid schema.org: the types and properties exist and the values have the right kind', () => {
    // One block per structure (same types and keys at every level): the compiler checks each structure once.
    const shape = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(shape) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === '@type' ? v : shape(v)])) : typeof value;
    const unique = new Map<string, { label: string; data: unknown }>();
    for (const page of pages)
      for (const block of jsonLdBlocks(builtHtml(page))) {
        const key = JSON.stringify(shape(block));
        if (!unique.has(key)) unique.set(key, { label: `${page} ${block['@type']}`, data: block });
      }
    expect(unique.size).toBeGreaterThanOrEqual(3);
    expect(schemaOrgErrors([...unique.values()])).toEqual([]);
  });

  it('the check does fail on a type or property that schema.org does not have', () => {
    const errors = schemaOrgErrors([
      { label: 'typfout', data: { '@context': 'https://schema.org', '@type': 'GovermentService', name: 'x' } },
      { label: 'eigenschap', data: { '@context': 'https://schema.org', '@type': 'GovernmentService', naam: 'x' } },
      { label: 'waarde', data: { '@context': 'https://schema.org', '@type': 'ListItem', position: { aantal: 1 } } },
    ]);
    for (const label of ['typfout', 'eigenschap', 'waarde']) expect(errors.some((e) => e.startsWith(`${label}:`)), errors.join('\n')).toBe(true);
  });
});
