/**
 * Builds the Pagefind index of a built site, with Dutch compounds marked (see compounds.ts), each page's
 * frontmatter keywords, and the kept synonyms added to the pages that use a word of a group (see synonyms.ts).
 * Plain Node and Pagefind's Node API, so tests can index fixture pages exactly as the build does.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import type { z } from 'zod';
import { builtHtmlFiles } from '../lib/file-lists.ts';
import { createCompoundSplitter, markCompoundsInHtml } from './compounds.ts';
import { addSearchWords, indexedText, withDescriptionMeta } from './indexed-html.ts';
import { compoundPartsSchema, synonymGroupsSchema } from './schema.ts';
import { synonymsFor } from './synonyms.ts';

/** Reads a kept word list; a broken file stops the build with the file, the field and what it should hold. */
async function loadWordList<T>(file: string, schema: z.ZodType<T>, shape: string): Promise<T> {
  const result = schema.safeParse(parse(await readFile(file, 'utf8')));
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  - ${i.path.join('.') || '(bestand)'}: ${i.message}`).join('\n');
    throw new Error(`${file} klopt niet:\n${problems}\n${shape}`);
  }
  return result.data;
}

/** Reads the kept list of word parts (content/zoekwoorden.yaml). */
export async function loadCompoundParts(file: string): Promise<string[]> {
  return (await loadWordList(file, compoundPartsSchema, 'Het bestand moet een lijst "delen:" met woorddelen hebben.')).delen;
}

/** Reads the kept groups of synonyms (content/synoniemen.yaml). */
export async function loadSynonymGroups(file: string): Promise<string[][]> {
  return (await loadWordList(file, synonymGroupsSchema, 'Het bestand moet een lijst "groepen:" hebben, elke groep een lijst van woorden.')).groepen;
}

export interface SearchIndexOptions {
  /** Folder with the built HTML; the index is written to its pagefind/ folder. */
  siteDir: string;
  /** The site's base path ("/" or "/werkwijzer/"), so result URLs work under a sub-path too. */
  basePath: string;
  /** Word parts for compound splitting. */
  parts: readonly string[];
  /** Groups of words that mean the same to someone searching; none by default. */
  synonyms?: readonly (readonly string[])[];
  /** Each page's own search words (frontmatter "keywords"), by page path ("regelingen/jobcoach/"); none by default. */
  keywords?: ReadonlyMap<string, readonly string[]>;
  /** How many files may be with Pagefind at once; the index is the same for any number. */
  concurrency?: number;
}

/** Builds one index at a time: Pagefind's Node API runs a single service per process, closed at the end. */
export async function buildSearchIndex({ siteDir, basePath, parts, synonyms = [], keywords = new Map(), concurrency = 8 }: SearchIndexOptions): Promise<{ files: number }> {
  const split = createCompoundSplitter(parts);
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  /** The page's keywords, and the synonyms of words in its text or its keywords. */
  const withSearchWords = (html: string, url: string): string => {
    const own = keywords.get(url) ?? [];
    // Pages outside the search (guide states, most of the site's files) need no words: skip reading their text.
    if ((synonyms.length === 0 && own.length === 0) || !html.includes('data-pagefind-body')) return html;
    const text = `${indexedText(html)} ${own.join(' ')}`;
    return addSearchWords(html, { keywords: own, synonyms: synonymsFor(text, synonyms, split) });
  };
  // Text only on paper (the page's own address) is not what a reader sees on screen: it would put a raw URL in
  // the excerpts and match every page for the site's name.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl', excludeSelectors: ['.wim-print-only'] });
  if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
  try {
    const files = builtHtmlFiles(siteDir).map((file) => path.relative(siteDir, file));
    const add = async (file: string, html: string) => {
      const content = markCompoundsInHtml(withDescriptionMeta(withSearchWords(html, pageUrl(file))), split);
      const response = await index.addHTMLFile({ url: base + pageUrl(file), content });
      if (response.errors.length > 0) throw new Error(`Pagefind kon ${file} niet indexeren: ${response.errors.join('; ')}`);
    };
    // Once any page marks its body (data-pagefind-body), Pagefind leaves every page without one out of the index.
    // Such pages (the guide states, most of the site's files) are therefore not sent to Pagefind at all: marking and
    // piping their HTML cost more than the rest of the indexing. Without any marked page, all are indexed, as Pagefind does.
    // Up to `concurrency` files are with Pagefind at once: it indexes in its own process while this one reads and
    // marks the next files, so the two cores both work.
    const inFlight = new Set<Promise<void>>();
    const send = async (file: string, html: string) => {
      const job = add(file, html).finally(() => inFlight.delete(job));
      // Marked as handled here; the race below and the final Promise.all still see a failure and stop the build.
      job.catch(() => undefined);
      inFlight.add(job);
      if (inFlight.size >= concurrency) await Promise.race(inFlight);
    };
    const unmarked: string[] = [];
    // Read synchronously: over 10,000 small files, the thread pool's round trips for each cost more than the reading.
    for (const file of files) {
      const html = readFileSync(path.join(siteDir, file), 'utf8');
      if (html.includes('data-pagefind-body')) await send(file, html);
      else unmarked.push(file);
    }
    if (unmarked.length === files.length) for (const file of unmarked) await send(file, readFileSync(path.join(siteDir, file), 'utf8'));
    await Promise.all(inFlight);
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

