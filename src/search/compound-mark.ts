/** The compound mark and how to remove it: kept apart from the indexer so the search page's script stays small. */

/** A character Pagefind splits words on (like "_" or "-"), and that Dutch prose never puts between letters. */
export const COMPOUND_MARK = '|';

/** Removes the marks again, for excerpts and titles shown to people (also next to Pagefind's <mark> tags). */
export function unmarkCompounds(text: string): string {
  return text.replace(/(?<=\p{L}(?:<\/?mark>)?)\|(?=(?:<\/?mark>)?\p{L})/gu, '');
}
