/** The open data files the build wrote: every .json under dist/data/ except the schemas, as site paths. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { DIST } from './site.ts';

export function publishedDataFiles(dist = DIST): string[] {
  return (readdirSync(path.join(dist, 'data'), { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.json') && !f.startsWith('schema/'))
    .map((f) => `/data/${f}`)
    .sort();
}
