/** The overview of regelingen by need (src/lib/regeling-overview.ts) and the "Op deze pagina" list (src/lib/page-contents.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { amountLabel, firstSentence, groupByNeed, overviewAmount, STOPPED_GROUP } from '../../src/lib/regeling-overview.ts';
import { MIN_CONTENTS_ENTRIES, pageContents } from '../../src/lib/page-contents.ts';
import { REGELING_NEEDS, regelingStateTag, type RegelingNeed, type RegelingState } from '../../src/lib/vocabulary.ts';
import { PROJECT_ROOT } from '../support/astro.ts';

const item = (id: string, need: RegelingNeed, state: RegelingState) => ({ id, data: { need, status: { state } } });

describe('groupByNeed', () => {
  it('puts groups in the fixed order of needs, stopped schemes last whatever their need, and leaves out empty groups', () => {
    const groups = groupByNeed([item('a', 'opleiding', 'open'), item('b', 'loon', 'changing'), item('c', 'loon', 'ended'), item('d', 'vinden', 'unverified'), item('e', 'taal', 'closed')]);
    expect(groups.map((g) => g.id)).toEqual(['vinden', 'loon', 'opleiding', STOPPED_GROUP.id]);
    expect(groups.map((g) => g.items.map((i) => i.id))).toEqual([['d'], ['b'], ['a'], ['c', 'e']]);
  });

  it('places every regeling of the site in exactly one group', () => {
    const dir = path.join(PROJECT_ROOT, 'content/regelingen');
    const all = readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => ({ id: f, data: parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(dir, f), 'utf8'))![1]!) }));
    const placed = groupByNeed(all).flatMap((g) => g.items.map((i) => i.id));
    expect(placed.sort()).toEqual(all.map((r) => r.id).sort());
    for (const r of all) expect(REGELING_NEEDS, r.id).toContain(r.data.need);
  });
});

describe('status tags', () => {
  it('say open, verandert, gesloten, gestopt, and "geldt vanzelf" for an open scheme without an application', () => {
    expect(['open', 'changing', 'closed', 'ended', 'unverified'].map((s) => regelingStateTag(s as RegelingState))).toEqual(['Open', 'Verandert', 'Gesloten', 'Gestopt', 'Niet gecontroleerd']);
    expect(regelingStateTag('open', false)).toBe('Geldt vanzelf');
    expect(regelingStateTag('changing', false)).toBe('Verandert');
  });
});

describe('overview amounts', () => {
  const line = { amount: '€ 3,05 per verloond uur', period: '2026', ended: false, verified: true };
  it('shows the first amount of a scheme that is open or changing, none for an unchecked, closed or ended one', () => {
    const second = { ...line, period: '2025' };
    expect(overviewAmount('open', [line, second])).toBe(line);
    expect(overviewAmount('changing', [line])).toBe(line);
    for (const state of ['unverified', 'closed', 'ended'] as const) expect(overviewAmount(state, [line])).toBeUndefined();
    expect(overviewAmount('open', [])).toBeUndefined();
  });

  it('always names the period, and says when no newer amount is known', () => {
    expect(amountLabel(line)).toBe('Bedrag 2026');
    expect(amountLabel({ ...line, period: 'studiejaar 2025-2026', ended: true })).toBe('Bedrag studiejaar 2025-2026 (nieuwer bedrag nog niet bekend)');
  });
});

describe('firstSentence', () => {
  it('ends at the first . ? or ! before a new sentence, not inside brackets or names', () => {
    expect(firstSentence('Wordt uw werknemer ziek? Dan betaalt UWV.')).toBe('Wordt uw werknemer ziek?');
    expect(firstSentence('Gaat uw eigen werknemer (deels) weer aan het werk? Dan kunt u 1 jaar iets krijgen.')).toBe('Gaat uw eigen werknemer (deels) weer aan het werk?');
    expect(firstSentence('A+O Metalektro is een fonds. De regelingen stopten.')).toBe('A+O Metalektro is een fonds.');
    expect(firstSentence('Het kost € 2.700 per jaar. Meer niet.')).toBe('Het kost € 2.700 per jaar.');
    expect(firstSentence('Het stopte. 2026 is anders.')).toBe('Het stopte.');
    expect(firstSentence('Eén zin zonder meer')).toBe('Eén zin zonder meer');
  });
});

describe('pageContents', () => {
  const h = (depth: number, slug: string) => ({ depth, slug, text: ` ${slug} ` });
  const body = [h(2, 'een'), h(3, 'een-a'), h(2, 'twee'), h(2, 'drie')];

  it('lists the sections before the body, its level-2 headings and the sections after it, in page order', () => {
    const entries = pageContents('/p/', body, { before: [{ slug: 'eerst', text: 'Eerst' }], after: [{ slug: 'bronnen', text: 'Bronnen' }] });
    expect(entries).toEqual([
      { slug: 'eerst', text: 'Eerst' },
      { slug: 'een', text: 'een' },
      { slug: 'twee', text: 'twee' },
      { slug: 'drie', text: 'drie' },
      { slug: 'bronnen', text: 'Bronnen' },
    ]);
  });

  it(`is empty below ${MIN_CONTENTS_ENTRIES} sections, so a short page goes without`, () => {
    expect(pageContents('/p/', body)).toEqual([]);
    expect(pageContents('/p/', [...body, h(2, 'vier')])).toHaveLength(4);
  });

  it('stops the build when two sections share an id, or one takes the id of the list itself', () => {
    expect(() => pageContents('/p/', body, { after: [{ slug: 'twee', text: 'Twee' }] })).toThrow(/\/p\/: twee koppen hebben dezelfde id "twee"/);
    expect(() => pageContents('/p/', [...body, h(2, 'op-deze-pagina')])).toThrow(/op-deze-pagina/);
  });
});
