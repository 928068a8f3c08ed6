/**
 * What one search result shows: an excerpt from the top of the page (when the words are there) and links to the
 * sections of the page where they are (Pagefind's sub-results, from headings with an id), at most a few, the
 * best first chosen and then shown in page order. The section with the added synonyms (synonyms.ts) is never
 * shown: it is not on the page.
 */
import { SYNONYMS_ANCHOR } from './synonyms.ts';

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string; location: number };
  weighted_locations?: { balanced_score: number }[];
}

export interface ResultParts {
  /** Excerpt from before the first section, or null when the words are only in sections. */
  excerpt: string | null;
  /** Sections with the words, in page order. */
  sections: { title: string; url: string; excerpt: string }[];
}

const score = (s: SubResult) => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

export function resultParts(subResults: readonly SubResult[] = [], max = 3): ResultParts {
  const real = subResults.filter((s) => s.anchor?.id !== SYNONYMS_ANCHOR);
  const top = real.find((s) => !s.anchor);
  const anchored = real.filter((s) => s.anchor);
  const best = anchored.length > max ? new Set([...anchored].sort((a, b) => score(b) - score(a)).slice(0, max)) : new Set(anchored);
  return {
    excerpt: top ? top.excerpt : null,
    sections: anchored.filter((s) => best.has(s)).map(({ title, url, excerpt }) => ({ title, url, excerpt })),
  };
}
