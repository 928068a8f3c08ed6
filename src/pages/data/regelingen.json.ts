/** /data/regelingen.json: every regeling with its status, sources and check date (CC BY 4.0). */
import type { APIRoute } from 'astro';
import { getSorted } from '../../lib/collections.ts';
import { aboutData, absolute, day, jsonFile } from '../../lib/open-data.ts';
import { legalBasisUrl } from '../../lib/legal-basis.ts';
import { SECTIONS } from '../../lib/sections.ts';
import { entryHref } from '../../lib/url.ts';
import { regelingenFile } from '../../schemas/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const regelingen = await getSorted('regelingen');
  return jsonFile(
    regelingenFile,
    {
      ...aboutData(site!),
      items: regelingen.map((r) => ({
        id: r.id,
        url: absolute(entryHref(SECTIONS.regelingen, r.id), site!),
        title: r.data.title,
        summary: r.data.summary,
        provider: r.data.provider,
        need: r.data.need,
        doelgroepen: r.data.doelgroepen.map((d) => d.id),
        keywords: r.data.keywords,
        status: {
          state: r.data.status.state,
          apply: r.data.status.apply,
          since: day(r.data.status.since),
          ...(r.data.status.note ? { note: r.data.status.note } : {}),
          ...(r.data.status.replacedBy ? { replacedBy: r.data.status.replacedBy.id } : {}),
        },
        ...(r.data.upl ? { upl: r.data.upl } : {}),
        legalBasis: r.data.legalBasis.map((basis) => ({ ...basis, url: legalBasisUrl(basis) })),
        checked: day(r.data.checked),
        unverified: r.data.unverified,
        sources: r.data.sources,
      })),
    },
    'regelingen.json',
  );
};
