/** What /rekenhulp/ needs from content/bedragen.yaml: every amount, read once per build (Astro's content layer). */
import { getCollection } from 'astro:content';
import type { RateTable } from '../calculator/calculate.ts';
import type { Rate } from './rates.ts';

export async function rateTable(): Promise<RateTable> {
  const entries = await getCollection('bedragen');
  // The reference to a regeling is for pages; the calculator does not need it in the page's JSON.
  return Object.fromEntries(entries.map((e) => [e.id, { ...(e.data as Rate), regeling: undefined }]));
}
