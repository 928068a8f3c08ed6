/** /agenda/<termijn>.ics: one date from content/termijnen.yaml as a calendar file, made at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { deadlineIcs, type Deadline } from '../../lib/deadlines.ts';
import { entryHref } from '../../lib/url.ts';
import { SECTIONS } from '../../lib/sections.ts';

export const getStaticPaths = (async () => {
  const entries = await getCollection('termijnen');
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { entry } = props as { entry: CollectionEntry<'termijnen'> };
  const regeling = entry.data.regelingen[0]!.id;
  const pageUrl = new URL(entryHref(SECTIONS.regelingen, regeling), site).href;
  return new Response(deadlineIcs(entry.id, entry.data as Deadline, pageUrl, new Date()), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
