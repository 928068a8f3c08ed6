/**
 * Content changes for /wijzigingen/ and its feeds: every `changes` entry of every page, newest first.
 * Editors write them in the frontmatter, so a municipality can follow what changed, for instance in a regeling.
 */
import { getCollection } from 'astro:content';
import { MDX_COLLECTIONS, type MdxCollection } from '../schemas/content.ts';
import { SECTIONS } from './sections.ts';
import { entryHref } from './url.ts';

export interface ChangeItem {
  date: Date;
  text: string;
  /** Title of the page that changed. */
  title: string;
  href: string;
  /** Name of the section, e.g. "Regelingen". */
  section: string;
  collection: MdxCollection;
  id: string;
}

export async function getChanges(collections: readonly MdxCollection[] = MDX_COLLECTIONS): Promise<ChangeItem[]> {
  const items: ChangeItem[] = [];
  for (const collection of collections) {
    const section = SECTIONS[collection];
    for (const entry of await getCollection(collection)) {
      for (const change of entry.data.changes) {
        items.push({ ...change, title: entry.data.title, href: entryHref(section, entry.id), section: section.title, collection, id: entry.id });
      }
    }
  }
  return items.sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title, 'nl'));
}
