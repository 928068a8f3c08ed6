/**
 * Municipality names the way people type them: without capitals, accents, hyphens, apostrophes or spaces.
 * "'s-Hertogenbosch" and "s hertogenbosch" both become "shertogenbosch". Plain TypeScript, used by the region
 * finder in the browser and by its tests.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** True when the typed text occurs in one of the names (already normalized). */
export function matchesName(query: string, normalizedNames: readonly string[]): boolean {
  const q = normalizeName(query);
  return q.length > 0 && normalizedNames.some((n) => n.includes(q));
}

/** The name without the province the CBS adds to tell two municipalities apart: "Bergen (NH.)" -> "Bergen". */
export function baseName(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '');
}

const PROVINCES: Record<string, string> = {
  'NH.': 'Noord-Holland',
  'ZH.': 'Zuid-Holland',
  'L.': 'Limburg',
  'O.': 'Overijssel',
  'Z.': 'Zeeland',
  'G.': 'Gelderland',
  'U.': 'Utrecht',
  'NB.': 'Noord-Brabant',
  'D.': 'Drenthe',
  'Fr.': 'Fryslân',
  'Gr.': 'Groningen',
  'Fl.': 'Flevoland',
};

/** The name as a reader knows it: "Bergen (NH.)" -> "Bergen (Noord-Holland)". */
export function displayName(name: string): string {
  return name.replace(/\(([^)]*)\)\s*$/, (whole, abbreviation: string) => (PROVINCES[abbreviation] ? `(${PROVINCES[abbreviation]})` : whole));
}

/** Edit distance with swapped neighbours counted as one edit ("Zwole" -> "Zwolle" is 1, "Zowlle" is 1). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * How well a typed text matches a municipality (its names already normalized): 0 the whole name, 1 the start of a
 * name, 2 a part of a name, 3 a near miss (a typing error: one wrong, missing, extra or swapped letter, two in a long
 * name); null no match. Lower is better, so an exact name comes before loose matches.
 */
export function rankName(query: string, normalizedNames: readonly string[]): number | null {
  const q = normalizeName(query);
  if (q.length === 0) return null;
  let best: number | null = null;
  for (const n of normalizedNames) {
    const rank = n === q ? 0 : n.startsWith(q) ? 1 : n.includes(q) ? 2 : q.length >= 4 && editDistance(q, n) <= (q.length >= 8 ? 2 : 1) ? 3 : null;
    if (rank !== null && (best === null || rank < best)) best = rank;
  }
  return best;
}
