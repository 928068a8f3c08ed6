/**
 * Each content page's own search words: the "keywords" in its frontmatter ("LKV", "ex-gedetineerde"), which
 * editors add for words people type that the text does not use. No page shows them, so the search index gets
 * them at index time (build-index.ts), keyed by the page's path in the built site.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { SECTIONS } from '../lib/sections.ts';
import { MDX_COLLECTIONS } from '../schemas/content.ts';

/** "regelingen/jobcoach/" -> ["jobcoach", "jobcoaching", …], for every MDX page with keywords. */
export async function readPageKeywords(contentDir: string): Promise<Map<string, string[]>> {
  const keywords = new Map<string, string[]>();
  for (const collection of MDX_COLLECTIONS) {
    const section = Object.values(SECTIONS).find((s) => s.collection === collection);
    if (!section) continue;
    // Synchronous reads: a thousand small files read faster without the thread pool's round trips.
    const folder = path.join(contentDir, collection);
    const files = existsSync(folder) ? readdirSync(folder) : [];
    for (const file of files.filter((f) => f.endsWith('.mdx'))) {
      const text = readFileSync(path.join(folder, file), 'utf8');
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
      const words: unknown = front ? (parse(front) as { keywords?: unknown } | null)?.keywords : undefined;
      if (Array.isArray(words) && words.length > 0) keywords.set(`${section.path.slice(1)}${file.slice(0, -'.mdx'.length)}/`, words.map(String));
    }
  }
  return keywords;
}
