/** The open data files the build wrote: every .json under dist/data/ except the schemas, as site paths. */
import path from 'node:path';
import { filesUnder } from '../../src/lib/file-lists.ts';
import { DIST } from './site.ts';

export function publishedDataFiles(dist = DIST): string[] {
  const data = path.join(dist, 'data');
  return filesUnder(data)
    .map((file) => path.relative(data, file).split(path.sep).join('/'))
    .filter((f) => f.endsWith('.json') && !f.startsWith('schema/'))
    .map((f) => `/data/${f}`);
}
