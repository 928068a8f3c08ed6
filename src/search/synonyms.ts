/**
 * Synonyms for search: the words employers type ("subsidie", "no risk", "werkplek aanpassen") next to the
 * official terms a page uses ("tegemoetkoming", "no-riskpolis", "werkvoorziening"). Pagefind finds only words
 * that are on a page, and with more than one word only pages that have them all. So, at index time, a page
 * that uses a word of a group gets the group's other words in a hidden section (see build-index.ts). The
 * served page never changes, and the search page leaves that section out of what it shows.
 */
import { COMPOUND_MARK } from './compound-mark.ts';
import type { CompoundSplitter } from './compounds.ts';

/** The id of the added section; the search page drops sub-results that point at it. */
export const SYNONYMS_ANCHOR = 'wim-zoekwoorden';

/** Lower case, one space between words, "-" and "/" as spaces: "No-risk" -> "no risk". */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The words of each synonym, worked out once per build: the same few hundred terms are checked on every page. */
const termWordCache = new Map<string, string[]>();
function termWords(term: string): string[] {
  let cached = termWordCache.get(term);
  if (!cached) termWordCache.set(term, (cached = words(term)));
  return cached;
}

/**
 * The words of a text as Pagefind finds them: each word whole, then its parts (split on "-" and on the
 * compound parts of zoekwoorden.yaml). A term matches when its words start consecutive parts ("no risk" in
 * "no-riskpolis"), or when the term written as one word starts a word ("werkplekaanpassing" in
 * "werkplekaanpassingen").
 */
export function createTermMatcher(text: string, split: CompoundSplitter): (term: string) => boolean {
  // Distinct and sorted: the words that start with a term then sit together, found by one binary search.
  const wholeWords = [
    ...new Set(
      text
        .toLowerCase()
        .split(/[^\p{L}\p{N}-]+/u)
        .map((w) => w.replace(/-/g, ''))
        .filter(Boolean),
    ),
  ].sort();
  const splitWords = new Map<string, string[]>();
  const parts = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .flatMap((w) => {
      let wordParts = splitWords.get(w);
      if (!wordParts) splitWords.set(w, (wordParts = split(w).split(COMPOUND_MARK)));
      return wordParts;
    });
  /** Where each distinct part occurs, so a term is only tried where its first word can start. */
  const positions = new Map<string, number[]>();
  parts.forEach((part, i) => {
    const list = positions.get(part);
    if (list) list.push(i);
    else positions.set(part, [i]);
  });
  const distinctParts = [...positions.keys()].sort();
  return (term) => {
    const t = termWords(term);
    if (t.length === 0) return false;
    const joined = t.join('');
    if (wholeWords[firstAtLeast(wholeWords, joined)]?.startsWith(joined)) return true;
    for (let p = firstAtLeast(distinctParts, t[0]!); p < distinctParts.length && distinctParts[p]!.startsWith(t[0]!); p++) {
      for (const i of positions.get(distinctParts[p]!)!) {
        if (i + t.length <= parts.length && t.every((word, k) => parts[i + k]!.startsWith(word))) return true;
      }
    }
    return false;
  };
}

/** Index of the first string in a sorted list that is not below value (the list's length if there is none). */
function firstAtLeast(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The words to add for a page: every word of each group the page uses, except those it has already. */
export function synonymsFor(text: string, groups: readonly (readonly string[])[], split: CompoundSplitter): string[] {
  const has = createTermMatcher(text, split);
  const added = new Set<string>();
  for (const group of groups) {
    const present = group.map(has);
    if (!present.some(Boolean)) continue;
    group.forEach((term, i) => {
      if (!present[i]) added.add(term);
    });
  }
  return [...added];
}
