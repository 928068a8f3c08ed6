/** Municipality names as people type them: no capitals, accents, hyphens, apostrophes or spaces. */
import { describe, expect, it } from 'vitest';
import { matchesName, normalizeName } from '../../src/lib/municipality-names.ts';

describe('normalizeName', () => {
  it.each([
    ["'s-Hertogenbosch", 'shertogenbosch'],
    ['s hertogenbosch', 'shertogenbosch'],
    ['Súdwest-Fryslân', 'sudwestfryslan'],
    ['Bergen (NH.)', 'bergennh'],
    ['  Den Bosch ', 'denbosch'],
    ['Capelle aan den IJssel', 'capelleaandenijssel'],
  ])('%s -> %s', (name, normalized) => {
    expect(normalizeName(name)).toBe(normalized);
  });
});

describe('matchesName', () => {
  const names = ['shertogenbosch', 'denbosch'].map(normalizeName);
  it('matches a part of a name, typed in any way', () => {
    expect(matchesName('Den Bosch', names)).toBe(true);
    expect(matchesName('hertogen-bosch', names)).toBe(true);
    expect(matchesName("'S-HERTOGENBOSCH", names)).toBe(true);
    expect(matchesName('bos', names)).toBe(true);
  });
  it('does not match an empty query or another name', () => {
    expect(matchesName('', names)).toBe(false);
    expect(matchesName(' - ', names)).toBe(false);
    expect(matchesName('Tilburg', names)).toBe(false);
  });
});
