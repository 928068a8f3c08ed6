/**
 * Where content files must be: directly in their collection's folder, with the extension in lower case. Astro reads
 * only those (src/content.config.ts), so a page in a subfolder or a "jobcoach.MDX" would silently not appear, and a
 * subfolder used to stop the build with an English error naming no file. The content check and the build both run
 * this, and name the file and the fix.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../lib/problem.ts';
import { MDX_COLLECTIONS } from '../schemas/content.ts';

const COLLECTIONS: [string, string][] = [...MDX_COLLECTIONS.map((c): [string, string] => [c, '.mdx']), ['regios', '.yaml'], ['gidsen', '.yaml']];

export function checkContentLayout(contentDir: string, shown: (file: string) => string = (f) => f): Problem[] {
  const problems: Problem[] = [];
  for (const [collection, extension] of COLLECTIONS) {
    const dir = path.join(contentDir, collection);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const file = shown(path.join(dir, entry.name));
      if (entry.isDirectory()) {
        problems.push({
          severity: 'error',
          file,
          where: 'map',
          message: `Een map in content/${collection}/ wordt niet gelezen: de pagina's erin komen niet op de site.`,
          fix: `Zet de bestanden direct in content/${collection}/. Het webadres komt uit de bestandsnaam, niet uit een map.`,
        });
        continue;
      }
      const ext = path.extname(entry.name);
      const wrongCase = ext.toLowerCase() === extension && ext !== extension;
      const markdown = extension === '.mdx' && /^\.(md|markdown)$/i.test(ext);
      const yml = extension === '.yaml' && /^\.yml$/i.test(ext);
      if (wrongCase || markdown || yml) {
        problems.push({
          severity: 'error',
          file,
          where: 'bestandsnaam',
          message: `"${entry.name}" wordt niet gelezen: een bestand in content/${collection}/ eindigt op ${extension}, in kleine letters.`,
          fix: `Noem het bestand "${path.basename(entry.name, ext)}${extension}".`,
        });
      }
    }
  }
  return problems;
}
