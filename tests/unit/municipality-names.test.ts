/** Municipality names as people type them: no capitals, accents, hyphens, apostrophes or spaces. */
import { describe, expect, it } from 'vitest';
import { baseName, displayName, matchesName, normalizeName, rankName } from '../../src/lib/municipality-names.ts';

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

describe('displayName and baseName', () => {
  it('spell out the province the CBS adds to tell namesakes apart, and drop it for matching', () => {
    expect(displayName('Bergen (NH.)')).toBe('Bergen (Noord-Holland)');
    expect(displayName('Bergen (L.)')).toBe('Bergen (Limburg)');
    expect(displayName('Hengelo (O.)')).toBe('Hengelo (Overijssel)');
    expect(displayName('Zwolle')).toBe('Zwolle');
    expect(baseName('Bergen (NH.)')).toBe('Bergen');
    expect(baseName('Bergen op Zoom')).toBe('Bergen op Zoom');
  });
});

describe('rankName', () => {
  const names = (...n: string[]) => n.map(normalizeName);
  it('ranks the whole name before the start of a name, a part of a name and a near miss', () => {
    expect(rankName('Bergen', names('Bergen (NH.)', 'Bergen'))).toBe(0);
    expect(rankName('Bergen', names('Bergen op Zoom'))).toBe(1);
    expect(rankName('Bergen', names('Haaksbergen'))).toBe(2);
    expect(rankName('Zwole', names('Zwolle'))).toBe(3);
  });
  it('forgives one typing error in a short name and two in a long one, but not more', () => {
    expect(rankName('Zowlle', names('Zwolle'))).toBe(3);
    expect(rankName('Zwollle', names('Zwolle'))).toBe(3);
    expect(rankName('Zwlle', names('Zwolle'))).toBe(3);
    expect(rankName('Appeldorn', names('Apeldoorn'))).toBe(3);
    expect(rankName('Hertogenbsoch', names("'s-Hertogenbosch"))).toBe(3);
    expect(rankName('Zwaal', names('Zwolle'))).toBeNull();
    expect(rankName('Ede', names('Epe'))).toBeNull(); // three letters: too short to guess
  });
  it('uses the best of a municipality\'s names and matches nothing for an empty query', () => {
    expect(rankName('Den Bosch', names("'s-Hertogenbosch", 'Den Bosch'))).toBe(0);
    expect(rankName(' ', names('Zwolle'))).toBeNull();
  });
});
