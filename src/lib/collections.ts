/**
 * Reading collections in the order readers expect: handbook and model by `order`, the step plan by
 * `step`, everything else alphabetically. Pages call these instead of sorting on their own.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { SECTIONS, type SectionKey } from './sections.ts';
import { ILLUSTRATIVE_LABEL } from './vocabulary.ts';
import { entryHref, href } from './url.ts';

const dutch = new Intl.Collator('nl', { sensitivity: 'base' });

type Entry = CollectionEntry<SectionKey>;

export function entryTitle(entry: Entry): string {
  return 'title' in entry.data ? entry.data.title : entry.data.name;
}

function sortKey(entry: Entry): number {
  const data = entry.data as { order?: number; step?: number };
  return data.step ?? data.order ?? 0;
}

/**
 * In a build the collections do not change, so each is read and sorted once, not once per page (a regeling page
 * looks up which chapters and cases name it). In development every call reads again, so an edit shows at once.
 */
const once = <T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> => {
  if (!import.meta.env.PROD) return make();
  let value = cache.get(key);
  if (!value) cache.set(key, (value = make()));
  return value;
};
const sortedCache = new Map<string, Promise<Entry[]>>();
const referencingCache = new Map<string, Promise<Map<string, Entry[]>>>();

export async function getSorted<K extends SectionKey>(collection: K): Promise<CollectionEntry<K>[]> {
  // A copy: callers may sort or filter their list in place.
  return [...((await once(sortedCache, collection, () => readSorted(collection))) as CollectionEntry<K>[])];
}

async function readSorted<K extends SectionKey>(collection: K): Promise<Entry[]> {
  const entries = (await getCollection(collection)) as CollectionEntry<K>[];
  return entries.sort((a, b) => {
    if (collection === 'handboek') {
      const pa = (a as CollectionEntry<'handboek'>).data.part;
      const pb = (b as CollectionEntry<'handboek'>).data.part;
      if (pa !== pb) return pa === 'werkgevers' ? -1 : 1;
    }
    return sortKey(a) - sortKey(b) || dutch.compare(entryTitle(a), entryTitle(b));
  });
}

export interface IndexedPage {
  title: string;
  href: string;
}

export interface SiteIndexGroup {
  title: string;
  href: string;
  pages: IndexedPage[];
}

/** Every page of the site grouped by section: the search page without JavaScript shows this. */
export async function getSiteIndex(): Promise<SiteIndexGroup[]> {
  const groups = await Promise.all(
    (Object.keys(SECTIONS) as SectionKey[]).map(async (key) => {
      const section = SECTIONS[key];
      const entries = await getSorted(key);
      return {
        title: section.title,
        href: href(section.path),
        pages: entries.map((entry) => ({ title: entryTitle(entry), href: entryHref(section, entry.id) })),
      };
    }),
  );
  return groups;
}

type Reference<K extends SectionKey> = { collection: K; id: string };

/**
 * The entries a page refers to, in the order written. A reference to an entry that does not exist
 * stops the build with the page and the missing entry named, instead of rendering a broken link.
 */
export async function resolveReferences<K extends SectionKey>(
  refs: Reference<K>[],
  from: string,
): Promise<CollectionEntry<K>[]> {
  const entries = await Promise.all(refs.map((ref) => getEntry(ref.collection, ref.id)));
  return entries.map((entry, i) => {
    if (!entry) {
      const ref = refs[i]!;
      throw new Error(
        `${from} verwijst naar "${ref.id}" in ${ref.collection}, maar die pagina bestaat niet. ` +
          `Controleer de schrijfwijze of maak content/${ref.collection}/${ref.id}.mdx aan.`,
      );
    }
    return entry as CollectionEntry<K>;
  });
}

/** Entries of `collection` whose list field `field` refers to `id`, e.g. handbook chapters that name a regeling. */
export async function getReferencing<K extends 'handboek' | 'praktijk' | 'regelingen'>(
  collection: K,
  field: 'regelingen' | 'doelgroepen' | 'praktijk',
  id: string,
): Promise<CollectionEntry<K>[]> {
  const byTarget = await once(referencingCache, `${collection}.${field}`, async () => {
    const index = new Map<string, Entry[]>();
    for (const entry of await getSorted(collection)) {
      const refs = (entry.data as Record<string, unknown>)[field];
      if (!Array.isArray(refs)) continue;
      // Each entry once per target, in the collection's order, even if it names the target twice.
      for (const target of new Set(refs.map((ref: { id: string }) => ref.id))) {
        const list = index.get(target);
        if (list) list.push(entry);
        else index.set(target, [entry]);
      }
    }
    return index;
  });
  return [...((byTarget.get(id) ?? []) as CollectionEntry<K>[])];
}

/** Title and link of an entry, for lists of related pages. */
export function linkTo(entry: Entry): IndexedPage {
  const section = Object.values(SECTIONS).find((s) => s.collection === entry.collection)!;
  // A made-up practice case says so wherever it is listed, as links in the text do (src/lib/illustrative-cases.ts).
  const madeUp = entry.collection === 'praktijk' && entry.data.illustrative;
  return { title: madeUp ? `${entryTitle(entry)} (${ILLUSTRATIVE_LABEL})` : entryTitle(entry), href: entryHref(section, entry.id) };
}
