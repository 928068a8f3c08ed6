/** The dates of content/termijnen.yaml as the build reads them (Astro's content layer), read once per build. */
import { getCollection } from 'astro:content';
import { describeDeadline, type Deadline } from './deadlines.ts';
import { href } from './url.ts';

export interface DeadlineLine {
  id: string;
  title: string;
  text: string;
  /** "elk jaar op 1 mei (de volgende keer: 1 mei 2027)" */
  when: string;
  /** The calendar file. */
  icsHref: string;
}

let entries: Promise<[string, Deadline][]> | undefined;

/** The dates that belong to any of these regelingen, in file order. */
export async function deadlinesFor(regelingen: readonly string[], today = new Date()): Promise<DeadlineLine[]> {
  entries ??= getCollection('termijnen').then((list) => list.map((e) => [e.id, e.data as Deadline]));
  return (await entries)
    .filter(([, d]) => d.regelingen.some((r) => regelingen.includes((r as { id: string }).id)))
    .map(([id, d]) => ({ id, title: d.title, text: d.text, when: describeDeadline(d, today), icsHref: href(`/agenda/${id}.ics`) }));
}
