/** Writing the open data files: the shared header, and validation against src/schemas/open-data.ts. */
import type { z } from 'zod';
import { href } from './url.ts';

export function aboutData(site: URL) {
  return {
    source: 'Werkwijzer Inclusief Mkb' as const,
    licence: 'CC BY 4.0' as const,
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/deed.nl' as const,
    site: new URL(href('/'), site).href,
    documentation: new URL(href('/data/'), site).href,
  };
}

export const absolute = (path: string, site: URL) => new URL(path, site).href;
export const day = (date: Date) => date.toISOString().slice(0, 10);

/** A JSON response, after checking the data against its published schema: a mismatch stops the build. */
export function jsonFile<S extends z.ZodType>(schema: S, data: z.input<S>, name: string): Response {
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new Error(`Het open-databestand ${name} past niet bij zijn schema: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return new Response(JSON.stringify(result.data, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
