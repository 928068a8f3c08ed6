/** /data/gidsen/<guide>.json: a decision guide with its questions, rules (with JsonLogic) and what each rule points to (CC BY 4.0). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { withJsonLogic } from '../../../guide/json-logic.ts';
import { END } from '../../../guide/schema.ts';
import { guideHref } from '../../../lib/guide-links.ts';
import { aboutData, absolute, day, jsonFile } from '../../../lib/open-data.ts';
import { SECTIONS } from '../../../lib/sections.ts';
import { entryHref } from '../../../lib/url.ts';
import { guideFile } from '../../../schemas/open-data.ts';

export const getStaticPaths = (async () => {
  const guides = await getCollection('gidsen');
  return guides.map((entry) => ({ params: { guide: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { entry } = props as { entry: CollectionEntry<'gidsen'> };
  const guide = entry.data;
  const targets: Record<string, { title: string; url?: string }> = {};
  for (const target of new Set(guide.rules.flatMap((r) => r.recommend))) {
    const [kind, id] = target.split('/') as [string, string];
    if (kind === 'partner') {
      const partner = await getEntry('partners', id);
      targets[target] = { title: partner!.data.name, ...(partner!.data.url ? { url: partner!.data.url } : {}) };
    } else if (kind === 'gids') {
      const other = await getEntry('gidsen', id);
      targets[target] = { title: other!.data.title, url: absolute(guideHref(id, []), site!) };
    } else {
      const section = Object.values(SECTIONS).find((s) => s.collection === kind)!;
      const page = (await getEntry(section.collection, id)) as { data: { title: string } };
      targets[target] = { title: page.data.title, url: absolute(entryHref(section, id), site!) };
    }
  }
  return jsonFile(
    guideFile,
    {
      ...aboutData(site!),
      id: entry.id,
      url: absolute(guideHref(entry.id, []), site!),
      embedUrl: absolute(guideHref(entry.id, [], 'embed'), site!),
      title: guide.title,
      summary: guide.summary,
      updated: day(guide.updated),
      start: guide.start,
      questions: Object.fromEntries(
        Object.entries(guide.questions).map(([qid, q]) => [qid, { ...q, options: q.options.map((o) => ({ ...o, next: o.next ?? END })) }]),
      ),
      sections: guide.sections,
      ...(guide.verdict ? { verdict: guide.verdict } : {}),
      // Conditions also as JsonLogic, so another site evaluates the same advice (tests/unit/guide-json-logic.test.ts).
      notices: guide.notices.map(withJsonLogic),
      rules: guide.rules.map(withJsonLogic),
      targets,
    },
    `gidsen/${entry.id}.json`,
  );
};
