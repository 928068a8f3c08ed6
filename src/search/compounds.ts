/**
 * Dutch compound words for search. Pagefind matches the start of a word ("zwanger" finds
 * "zwangerschapsverlof") but not its tail ("verlof" does not). Before a page is indexed, we mark where a
 * known word part starts inside a longer word with COMPOUND_MARK; Pagefind then indexes the whole word
 * and each part at the same place. The served page is never changed, and the search page removes the
 * mark from the excerpts it shows.
 */
import { COMPOUND_MARK } from './compound-mark.ts';

/** Letters a word must keep before a marked part, so short prefixes ("op", "ver"…) are not split off. */
const MIN_SIDE = 3;

export type CompoundSplitter = (word: string) => string;

/** Builds a function that puts COMPOUND_MARK before every known part inside a word. */
export function createCompoundSplitter(parts: readonly string[]): CompoundSplitter {
  const unique = [...new Set(parts.map((p) => p.toLowerCase()))];
  if (unique.length === 0) return (word) => word;
  const pattern = new RegExp(unique.map(escapeRegExp).join('|'), 'g');
  return (word) => {
    if (word.length < MIN_SIDE + 4) return word;
    const lower = word.toLowerCase();
    const cuts = new Set<number>();
    for (let start = 1; start < lower.length; start++) {
      pattern.lastIndex = start;
      const match = pattern.exec(lower);
      if (!match) break;
      if (match.index >= MIN_SIDE) cuts.add(match.index);
      start = match.index;
    }
    if (cuts.size === 0) return word;
    let out = '';
    for (let i = 0; i < word.length; i++) out += (cuts.has(i) ? COMPOUND_MARK : '') + word[i];
    return out;
  };
}

/** Marks compounds in the text of an HTML document; tags, attributes, scripts and styles stay untouched. */
export function markCompoundsInHtml(html: string, split: CompoundSplitter): string {
  return html.replace(
    /(<(script|style)\b[\s\S]*?<\/\2>)|>([^<]+)(?=<)/gi,
    (whole, skipped: string | undefined, _tag, text: string | undefined) =>
      skipped || text === undefined ? whole : `>${text.replace(/\p{L}{7,}/gu, split)}`,
  );
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
