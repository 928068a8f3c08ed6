/**
 * A short id for the sources of a build: a hash of every file in the given folders and files. The same sources
 * give the same id, so a rebuild without changes looks the same to browsers (Pagefind's cache tag uses it).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { filesUnder } from './file-lists.ts';

export function sourceId(paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const root of paths) {
    if (!existsSync(root)) continue;
    const files = statSync(root).isDirectory() ? filesUnder(root) : [root];
    for (const file of files) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}
