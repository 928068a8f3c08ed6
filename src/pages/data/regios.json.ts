/** /data/regios.json: the labour-market regions and their werkgeversservicepunt, from the same schema as the pages. */
import type { APIRoute } from 'astro';
import { getSorted } from '../../lib/collections.ts';

export const GET: APIRoute = async () => {
  const regions = await getSorted('regios');
  const body = regions.map((r) => ({
    slug: r.id,
    name: r.data.name,
    cbsCode: r.data.cbsCode,
    gemeenten: r.data.gemeenten.map((g) => g.name),
    werkgeversservicepunt: r.data.werkgeversservicepunt,
    referenceYear: r.data.referenceYear,
    checked: r.data.checked.toISOString().slice(0, 10),
  }));
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
