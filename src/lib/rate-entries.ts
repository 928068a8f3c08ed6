/**
 * The amounts of content/bedragen.yaml as the build reads them (Astro's content layer), as ready-made lines for
 * one date: one amount by id, or all amounts of a regeling. Read once per build.
 */
import { getCollection } from 'astro:content';
import { rateLine, type Rate, type RateLine } from './rates.ts';

let entries: Promise<Map<string, Rate>> | undefined;
const all = () => (entries ??= getCollection('bedragen').then((list) => new Map(list.map((e) => [e.id, e.data as Rate]))));

/** One amount; a missing id stops the build with the id and the file to fix. */
export async function rateById(id: string, date = new Date()): Promise<RateLine> {
  const rate = (await all()).get(id);
  if (!rate) throw new Error(`Het bedrag "${id}" staat niet in content/bedragen.yaml. Controleer de schrijfwijze in <Bedrag id="${id}" />, of voeg het bedrag toe.`);
  return rateLine(id, rate, date);
}

/** Every amount that belongs to a regeling, in file order. */
export async function ratesOfRegeling(regeling: string, date = new Date()): Promise<RateLine[]> {
  return [...(await all())].filter(([, rate]) => (rate.regeling as { id?: string } | undefined)?.id === regeling).map(([id, rate]) => rateLine(id, rate, date));
}
