/** The open data sets with the date each last changed, read from the collections once (the catalogue and /data/). */
import { getCollection } from 'astro:content';
import { openDataSets, type OpenDataSet } from './data-catalog.ts';

/** The latest date, or none for an empty collection (a fixture site). */
const latest = (dates: Date[]) => (dates.length > 0 ? new Date(Math.max(...dates.map((d) => d.getTime()))) : undefined);

export async function datedOpenDataSets(): Promise<{ set: OpenDataSet; modified?: Date }[]> {
  const [regelingen, regios, bedragen, gidsen] = await Promise.all([
    getCollection('regelingen'),
    getCollection('regios'),
    getCollection('bedragen'),
    getCollection('gidsen'),
  ]);
  // A data set changed when the facts in it were last checked or changed; the build date would say nothing.
  const modified: Record<string, Date | undefined> = {
    regelingen: latest(regelingen.flatMap((r) => [r.data.checked, r.data.status.since, ...r.data.changes.map((c) => c.date)])),
    regios: latest(regios.flatMap((r) => [r.data.checked, r.data.werkgeversservicepunt.checked])),
    bedragen: latest(bedragen.map((b) => b.data.checked)),
    ...Object.fromEntries(gidsen.map((g) => [`gids-${g.id}`, g.data.updated])),
  };
  return openDataSets(gidsen.map((g) => ({ id: g.id, title: g.data.title }))).map((set) => ({ set, modified: modified[set.id] }));
}
