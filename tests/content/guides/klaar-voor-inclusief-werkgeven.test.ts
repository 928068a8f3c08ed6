/** The scan "Is ons bedrijf klaar voor inclusief werkgeven?": per question, the next question, and what each "nee" adds. */
import { afterAll, describe, expect, it } from 'vitest';
import { guideTester } from '../../support/guide-tester.ts';

const t = await guideTester('klaar-voor-inclusief-werkgeven');
const allYes = ['ja', 'ja', 'ja', 'ja', 'ja', 'ja', 'ja'];
/** All "ja" except "nee" at the given position. */
const noAt = (i: number) => allYes.map((a, j) => (j === i ? 'nee' : a));

afterAll(() => t.assertEverythingExercised());

describe('the order of the questions', () => {
  const order = ['taken', 'team', 'begeleider', 'kandidaten', 'geld', 'instructies', 'verzuim'];
  it.each(order.map((q, i) => [q, i] as const))('asks "%s" as question %i, whatever the answers before', (question, i) => {
    expect(t.next(allYes.slice(0, i))).toBe(question);
    expect(t.next(allYes.slice(0, i).map(() => 'nee'))).toBe(question);
  });
  it('ends after seven answers', () => {
    expect(t.next(allYes)).toBe('resultaat');
  });
});

describe('the action plan', () => {
  it('with every answer "ja", still points to the region and the werkgeversservicepunt', () => {
    const result = t.result(allYes);
    expect(result.targets()).toEqual(['handboek/samenwerken-met-regio-en-scholen', 'partner/werkgeversservicepunt']);
    expect(result.actions).toHaveLength(1);
  });

  it.each([
    [0, 'handboek/werk-en-team-voorbereiden', /taken/],
    [1, 'handboek/werk-en-team-voorbereiden', /werkoverleg/],
    [2, 'handboek/de-eerste-weken', /begeleider/],
    [3, 'handboek/kandidaten-vinden', /kandidaten/],
    [4, 'handboek/geld-en-risico', /keuzehulp/],
    [5, 'handboek/taal-en-communicatie', /foto's of pictogrammen/],
    [6, 'handboek/verzuim-terugval-en-privacy', /ziekmelding/],
  ])('"nee" at question %i adds %s and a step', (i, chapter, step) => {
    const result = t.result(noAt(i));
    expect(result.targets()).toContain(chapter);
    expect(result.actions[0]?.text).toMatch(step);
    expect(result.actions.at(-1)?.text).toMatch(/werkgeversservicepunt/);
  });

  it('sends an employer without a supervisor to the jobcoach as something to check with UWV or the gemeente, not a promise', () => {
    const result = t.result(noAt(2));
    expect(result.targets('check')).toContain('regelingen/jobcoach');
    expect(result.recommendations.find((r) => r.target === 'regelingen/jobcoach')?.checkWith).toEqual(['UWV of de gemeente']);
  });

  it('sends an employer who does not know the regelingen to the main guide, and promises no money itself', () => {
    const result = t.result(noAt(4));
    expect(result.targets('fits')).toEqual(expect.arrayContaining(['handboek/geld-en-risico', 'gids/welke-ondersteuning']));
    for (const rec of result.recommendations) expect(rec.kind === 'regelingen' && rec.outcome === 'fits', rec.target).toBe(false);
  });

  it('with every answer "nee", lists the steps in the order of the questions', () => {
    const result = t.result(allYes.map(() => 'nee'));
    expect(result.actions).toHaveLength(8);
    expect(result.actions.every((a) => a.who.length > 0 && a.phase === 'nu')).toBe(true);
    expect(result.targets()).toContain('handboek/werkplek-en-techniek');
  });
});
