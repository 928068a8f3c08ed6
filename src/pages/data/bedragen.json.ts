/** /data/bedragen.json: every amount the site uses, with its periods, sources and check date (CC BY 4.0). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { aboutData, absolute, day, jsonFile } from '../../lib/open-data.ts';
import { rateLine, type Rate } from '../../lib/rates.ts';
import { SECTIONS } from '../../lib/sections.ts';
import { entryHref } from '../../lib/url.ts';
import { bedragenFile } from '../../schemas/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const entries = await getCollection('bedragen');
  const today = new Date();
  return jsonFile(
    bedragenFile,
    {
      ...aboutData(site!),
      items: entries.map((entry) => {
        const rate = entry.data as Rate;
        const { kind, title, note, sources, checked, periods } = rate;
        const regeling = (rate.regeling as { id: string } | undefined)?.id;
        const line = rateLine(entry.id, rate, today);
        return {
          id: entry.id,
          title,
          kind,
          ...(regeling ? { regeling, regelingUrl: absolute(entryHref(SECTIONS.regelingen, regeling), site!) } : {}),
          ...('maxJaren' in rate && rate.maxJaren ? { maxJaren: rate.maxJaren } : {}),
          ...('max' in rate ? { max: rate.max } : {}),
          ...('of' in rate ? { of: rate.of } : {}),
          ...('per' in rate ? { per: rate.per } : {}),
          ...(note ? { note } : {}),
          current: { text: line.amount, period: line.period, ended: line.ended },
          periods: periods.map(({ from, to, ...rest }) => ({ from: day(from), ...(to ? { to: day(to) } : {}), ...rest })),
          sources,
          checked: day(checked),
        };
      }),
    },
    'bedragen.json',
  );
};
