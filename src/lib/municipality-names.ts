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
