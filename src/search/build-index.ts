/**
 * Builds the Pagefind index of a built site, with Dutch compounds marked (see compounds.ts).
 * Plain Node and Pagefind's Node API, so tests can index fixture pages exactly as the build does.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import { builtHtmlFiles } from '../lib/file-lists.ts';
import { createCompoundSplitter, markCompoundsInHtml } from './compounds.ts';
import { compoundPartsSchema } from './schema.ts';

/** Reads the kept list of word parts; a broken file stops the build with the file and the field. */
export async function loadCompoundParts(file: string): Promise<string[]> {
  const raw = parse(await readFile(file, 'utf8'));
  const result = compoundPartsSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  - ${i.path.join('.') || '(bestand)'}: ${i.message}`).join('\n');
    throw new Error(`${file} klopt niet:\n${problems}\nHet bestand moet een lijst "delen:" met woorddelen hebben.`);
  }
  return result.data.delen;
}

export interface SearchIndexOptions {
  /** Folder with the built HTML; the index is written to its pagefind/ folder. */
  siteDir: string;
  /** The site's base path ("/" or "/werkwijzer/"), so result URLs work under a sub-path too. */
  basePath: string;
  /** Word parts for compound splitting. */
  parts: readonly string[];
}

/** Builds one index at a time: Pagefind's Node API runs a single service per process, closed at the end. */
export async function buildSearchIndex({ siteDir, basePath, parts }: SearchIndexOptions): Promise<{ files: number }> {
  const split = createCompoundSplitter(parts);
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
  try {
    const files = builtHtmlFiles(siteDir).map((file) => path.relative(siteDir, file));
    for (const file of files) {
      const html = await readFile(path.join(siteDir, file), 'utf8');
      const response = await index.addHTMLFile({ url: base + pageUrl(file), content: markCompoundsInHtml(html, split) });
      if (response.errors.length > 0) throw new Error(`Pagefind kon ${file} niet indexeren: ${response.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind kon de index niet schrijven: ${written.errors.join('; ')}`);
    return { files: files.length };
  } finally {
    await pagefind.close();
  }
}

/** "regelingen/no-riskpolis/index.html" -> "regelingen/no-riskpolis/"; "index.html" -> "". */
function pageUrl(file: string): string {
  const posix = file.split(path.sep).join('/');
  return posix === 'index.html' ? '' : posix.replace(/(^|\/)index\.html$/, '$1');
}

