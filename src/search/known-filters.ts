/**
 * Filters from a search URL (?soort=…&doelgroep=…) checked against the filters the search index has now. A link
 * made before a page type or target group was renamed or removed would otherwise filter on a value that matches
 * nothing, and the reader would see "Geen resultaten" for words the site knows.
 */
export interface KnownFilters {
  /** The chosen values the index still has. */
  kept: Record<string, string[]>;
  /** The chosen values it no longer has, as [filter name, value]. */
  dropped: [string, string][];
}

export function splitKnownFilters(chosen: Readonly<Record<string, readonly string[]>>, available: Readonly<Record<string, Readonly<Record<string, number>>>>): KnownFilters {
  const kept: Record<string, string[]> = {};
  const dropped: [string, string][] = [];
  for (const [name, values] of Object.entries(chosen)) {
    for (const value of values) {
      if (Object.hasOwn(available[name] ?? {}, value)) (kept[name] ??= []).push(value);
      else dropped.push([name, value]);
    }
  }
  return { kept, dropped };
}
