/**
 * The "Op deze pagina" list of a long page: its level-2 headings (as Astro's render() returns them for the MDX
 * body) plus the sections the page itself adds, in page order. Plain TypeScript, so it can be unit-tested.
 */

export interface ContentsEntry {
  /** The id of the heading (or its section) on the page, without "#". */
  slug: string;
  text: string;
}

/** What Astro's render(entry) returns in `headings`. */
export interface HeadingLike {
  depth: number;
  slug: string;
  text: string;
}

/** Below this many sections a page is short enough to read without a contents list. */
export const MIN_CONTENTS_ENTRIES = 4;

/**
 * The entries of the contents list: `before` (sections above the text), the body's h2s, then `after`; an empty list
 * when there are fewer than `min`. Two entries with the same id would make an anchor land on the wrong section,
 * so that stops the build with the page and the id.
 */
export function pageContents(
  page: string,
  headings: readonly HeadingLike[],
  { before = [], after = [], min = MIN_CONTENTS_ENTRIES }: { before?: ContentsEntry[]; after?: ContentsEntry[]; min?: number } = {},
): ContentsEntry[] {
  const entries = [...before, ...headings.filter((h) => h.depth === 2).map(({ slug, text }) => ({ slug, text: text.trim() })), ...after];
  // The contents list's own heading has this id.
  const seen = new Set<string>(['op-deze-pagina']);
  for (const entry of entries) {
    if (seen.has(entry.slug)) {
      throw new Error(
        `${page}: twee koppen hebben dezelfde id "${entry.slug}", dus een link in "Op deze pagina" komt op de verkeerde plek. Geef een van de koppen een andere tekst.`,
      );
    }
    seen.add(entry.slug);
  }
  return entries.length >= min ? entries : [];
}
