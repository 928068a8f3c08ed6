/**
 * schema.org structured data (JSON-LD) for search engines: a BreadcrumbList on every page with a breadcrumb, a
 * GovernmentService on each regeling, the open data as a DataCatalog of Datasets on /data/. Typed with schema-dts
 * (Google's TypeScript types generated from the schema.org vocabulary), so a property or type schema.org does not
 * have fails the type check. Plain TypeScript: the layouts only render what these functions return.
 */
import type { BreadcrumbList, DataCatalog, GovernmentService, Organization, Thing, WithContext } from 'schema-dts';
import type { OpenDataSet } from './data-catalog.ts';

export type StructuredData = WithContext<Thing>;

const SITE_NAME = 'Werkwijzer Inclusief Mkb';

/** Who publishes the site: the research project of two universities of applied sciences. */
const publisher = (homepage: string): Organization => ({
  '@type': 'Organization',
  name: `${SITE_NAME} (Hogeschool Windesheim en Saxion Hogeschool)`,
  url: homepage,
});

/** The breadcrumb as search engines read it: every crumb with its address, then the page itself. */
export function breadcrumbList(crumbs: { label: string; url: string }[], current: { title: string; url: string }): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [...crumbs.map((c) => ({ name: c.label, url: c.url })), { name: current.title, url: current.url }].map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

export interface RegelingService {
  title: string;
  summary: string;
  url: string;
  /** Who carries the scheme out, as the page names them (UWV, gemeente, …). */
  providers: readonly string[];
  /** The regeling's address in the Uniforme Productnamenlijst, when it has one. */
  upl?: string;
}

const GOVERNMENT = new Set(['UWV', 'gemeente', 'Belastingdienst', 'RVO', 'SBB', 'DUO', 'Rijksoverheid', 'werkgeversservicepunt']);

/** A regeling as a government service for employers in the Netherlands. */
export function regelingService(r: RegelingService): WithContext<GovernmentService> {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: r.title,
    description: r.summary,
    url: r.url,
    serviceType: 'Regeling voor werkgevers',
    areaServed: { '@type': 'Country', name: 'Nederland' },
    audience: { '@type': 'BusinessAudience', audienceType: 'Werkgevers' },
    provider: r.providers.map((p) => {
      const name = p.charAt(0).toUpperCase() + p.slice(1);
      return GOVERNMENT.has(p) ? { '@type': 'GovernmentOrganization', name } : { '@type': 'Organization', name };
    }),
    ...(r.upl ? { identifier: { '@type': 'PropertyValue', propertyID: 'Uniforme Productnamenlijst (UPL)', value: r.upl } } : {}),
  };
}

/** The open data files as a DataCatalog of Datasets, each with its JSON download and licence. */
export function openDataCatalog(
  sets: { set: OpenDataSet; modified?: Date | undefined }[],
  absolute: (path: `/${string}`) => string,
  licence: string,
): WithContext<DataCatalog> {
  const by = publisher(absolute('/'));
  return {
    '@context': 'https://schema.org',
    '@type': 'DataCatalog',
    name: `Open data van ${SITE_NAME}`,
    url: absolute('/data/'),
    inLanguage: 'nl',
    license: licence,
    publisher: by,
    dataset: sets.map(({ set, modified }) => ({
      '@type': 'Dataset',
      name: set.title,
      description: set.description,
      url: absolute(set.landingPage),
      keywords: set.keywords,
      inLanguage: 'nl',
      license: licence,
      isAccessibleForFree: true,
      creator: by,
      ...(modified ? { dateModified: modified.toISOString().slice(0, 10) } : {}),
      schemaVersion: absolute(set.schemaPath),
      distribution: [{ '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: absolute(set.path) }],
    })),
  };
}

/**
 * The text of a <script type="application/ld+json">. Titles and summaries come from editors' files, so "<" and the
 * line separators are written as escapes: no value can close the script element or start markup in the page.
 */
export function jsonLdText(data: StructuredData): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
