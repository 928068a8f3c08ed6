import { describe, expect, it } from 'vitest';
import { splitKnownFilters } from '../../src/search/known-filters.ts';

const available = { soort: { Regelingen: 22, Handboek: 12 }, doelgroep: { 'Mensen van 56 jaar en ouder': 9 } };

describe('splitKnownFilters', () => {
  it('keeps values the index has and drops the rest, naming each', () => {
    expect(splitKnownFilters({ soort: ['Regelingen', 'Nieuwsbrief'], doelgroep: ['Wajongers'] }, available)).toEqual({
      kept: { soort: ['Regelingen'] },
      dropped: [
        ['soort', 'Nieuwsbrief'],
        ['doelgroep', 'Wajongers'],
      ],
    });
  });

  it('drops every value of a filter the index does not have at all', () => {
    expect(splitKnownFilters({ thema: ['Geld'] }, available)).toEqual({ kept: {}, dropped: [['thema', 'Geld']] });
  });

  it('does not take inherited object keys for filter values', () => {
    expect(splitKnownFilters({ soort: ['constructor', 'toString'] }, available).dropped).toHaveLength(2);
  });

  it('changes nothing when every value exists', () => {
    const chosen = { soort: ['Handboek', 'Regelingen'] };
    expect(splitKnownFilters(chosen, available)).toEqual({ kept: chosen, dropped: [] });
  });
});
