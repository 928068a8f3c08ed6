/** /data/catalog.jsonld: the DCAT-AP-NL 3.0 catalogue of the open data files (see src/lib/data-catalog.ts). */
import type { APIRoute } from 'astro';
import { dataCatalog } from '../../lib/data-catalog.ts';
import { datedOpenDataSets } from '../../lib/open-data-entries.ts';
import { href } from '../../lib/url.ts';

export const GET: APIRoute = async ({ site }) => {
  const catalog = dataCatalog({ absolute: (path) => new URL(href(path), site).href, datasets: await datedOpenDataSets() });
  return new Response(JSON.stringify(catalog, null, 2), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
