/** /data/regios.json: the labour-market regions, their municipalities and employer desks (CC BY 4.0). */
import type { APIRoute } from 'astro';
import { getSorted } from '../../lib/collections.ts';
import { aboutData, absolute, day, jsonFile } from '../../lib/open-data.ts';
import { SECTIONS } from '../../lib/sections.ts';
import { entryHref } from '../../lib/url.ts';
import { regiosFile } from '../../schemas/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const regions = await getSorted('regios');
  return jsonFile(
    regiosFile,
    {
      ...aboutData(site!),
      referenceYear: Math.max(0, ...regions.map((r) => r.data.referenceYear)),
      items: regions.map((r) => ({
        slug: r.id,
        url: absolute(entryHref(SECTIONS.regios, r.id), site!),
        name: r.data.name,
        cbsCode: r.data.cbsCode,
        centrumgemeente: r.data.centrumgemeente,
        gemeenten: r.data.gemeenten,
        aliases: r.data.aliases,
        werkgeversservicepunt: (() => {
          const { checked, ...desk } = r.data.werkgeversservicepunt;
          return { ...desk, checked: day(checked) };
        })(),
        checked: day(r.data.checked),
      })),
    },
    'regios.json',
  );
};
