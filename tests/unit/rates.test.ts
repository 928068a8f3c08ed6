/** Amounts (src/lib/rates.ts) and dates (src/lib/deadlines.ts): which period applies, how it reads, the calendar file. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contentSchemas } from '../../src/schemas/content.ts';
import { describeAmount, formatEuro, periodAt, periodLabel, rateLine, type Rate } from '../../src/lib/rates.ts';
import { deadlineIcs, describeDeadline, nextOccurrence, type Deadline } from '../../src/lib/deadlines.ts';

const schemas = contentSchemas(() => z.string().transform((id) => ({ id, collection: 'regelingen' })));
const rate = (data: unknown) => schemas.bedragen.parse(data) as Rate;
const source = [{ title: 'Een bron', url: 'https://www.uwv.nl/' }];
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');

const minimumWage = rate({
  title: 'Minimumloon',
  kind: 'uurloon',
  periods: [
    { from: '2026-01-01', to: '2026-06-30', perUur: 14.71, verified: false },
    { from: '2026-07-01', to: '2026-12-31', perUur: 14.99, verified: true },
  ],
  sources: source,
  checked: '2026-12-02',
});

describe('periodAt', () => {
  it('takes the period that covers the date, the first day and the last day included', () => {
    const perUur = (date: string) => (periodAt(minimumWage, day(date)).period as { perUur: number }).perUur;
    expect(perUur('2026-06-30')).toBe(14.71);
    expect(perUur('2026-07-01')).toBe(14.99);
    expect(periodAt(minimumWage, day('2026-12-31')).ended).toBe(false);
  });
  it('before the first period takes the first; after the last, the last, marked as ended', () => {
    expect(periodAt(minimumWage, day('2025-03-01'))).toMatchObject({ ended: false, period: { perUur: 14.71 } });
    expect(periodAt(minimumWage, day('2027-01-02'))).toMatchObject({ ended: true, period: { perUur: 14.99 } });
  });
});

describe('how an amount reads', () => {
  it('writes euros the Dutch way, without cents for whole amounts', () => {
    expect(nbsp(formatEuro(3.05))).toBe('€ 3,05');
    expect(nbsp(formatEuro(6000))).toBe('€ 6.000');
  });

  it('names the period: a calendar year, an open end, a label or the dates', () => {
    expect(periodLabel({ from: day('2026-01-01'), to: day('2026-12-31'), verified: true } as never)).toBe('2026');
    expect(periodLabel({ from: day('2018-01-01'), verified: true } as never)).toBe('sinds 2018');
    expect(periodLabel({ from: day('2025-08-01'), to: day('2026-07-31'), label: 'studiejaar 2025-2026', verified: true } as never)).toBe('studiejaar 2025-2026');
    expect(periodLabel({ from: day('2026-07-01'), to: day('2026-12-31'), verified: true } as never)).toBe('van 1 juli 2026 tot en met 31 december 2026');
  });

  it.each([
    [
      { title: 'LKV', kind: 'loonkostenvoordeel', maxJaren: 3, periods: [{ from: '2026-01-01', to: '2026-12-31', perUur: 3.05, maxPerJaar: 6000, verified: true }] },
      '€ 3,05 per verloond uur, hoogstens € 6.000 per kalenderjaar, hoogstens 3 jaar',
    ],
    [
      { title: 'LKV', kind: 'loonkostenvoordeel', periods: [{ from: '2026-01-01', perUur: 1.01, maxPerJaar: 2000, verified: true }] },
      '€ 1,01 per verloond uur, hoogstens € 2.000 per kalenderjaar, zolang de werknemer bij u in dienst is',
    ],
    [{ title: 'LKS', kind: 'percentage', max: true, of: 'van het minimumloon', periods: [{ from: '2015-01-01', percentage: 70, verified: true }] }, 'hoogstens 70% van het minimumloon'],
    [{ title: 'Opslag', kind: 'percentage', of: 'van de loonkosten', periods: [{ from: '2018-01-01', percentage: 23.5, verified: true }] }, '23,5% van de loonkosten'],
    [{ title: 'Praktijkleren', kind: 'bedrag', max: true, per: 'per leerplaats', periods: [{ from: '2025-08-01', bedrag: 2700, verified: true }] }, 'hoogstens € 2.700 per leerplaats'],
    [
      { title: 'Jeugdloon', kind: 'jeugdloon', periods: [{ from: '2026-01-01', percentages: { '15': 30, '16': 34.5, '17': 39.5, '18': 50, '19': 60, '20': 80 }, verified: true }] },
      '20 jaar: 80%, 19 jaar: 60%, 18 jaar: 50%, 17 jaar: 39,5%, 16 jaar: 34,5%, 15 jaar: 30%',
    ],
  ])('reads %#', (data, expected) => {
    const r = rate({ ...data, sources: source, checked: '2026-12-02' });
    expect(nbsp(describeAmount(r, r.periods[0]!))).toBe(expected);
  });

  it('says whether the amount was seen at the official source, for the period that applies', () => {
    expect(rateLine('minimumloon', minimumWage, day('2026-03-01'))).toMatchObject({ verified: false, period: 'van 1 januari 2026 tot en met 30 juni 2026' });
    expect(rateLine('minimumloon', minimumWage, day('2026-09-01'))).toMatchObject({ verified: true, source: source[0] });
  });
});

describe('the schema of an amount', () => {
  it('refuses three decimals, an unknown kind, a missing source and a youth wage table without every age', () => {
    const base = { title: 'Een bedrag', kind: 'uurloon', periods: [{ from: '2026-01-01', perUur: 1.5, verified: true }], sources: source, checked: '2026-12-02' };
    expect(schemas.bedragen.safeParse(base).success).toBe(true);
    expect(schemas.bedragen.safeParse({ ...base, periods: [{ from: '2026-01-01', perUur: 1.505, verified: true }] }).success).toBe(false);
    expect(schemas.bedragen.safeParse({ ...base, kind: 'per-maand' }).success).toBe(false);
    expect(schemas.bedragen.safeParse({ ...base, sources: [] }).success).toBe(false);
    expect(schemas.bedragen.safeParse({ ...base, kind: 'jeugdloon', periods: [{ from: '2026-01-01', percentages: { '20': 80 }, verified: true }] }).success).toBe(false);
  });
});

describe('dates for the calendar', () => {
  const deadline = schemas.termijnen.parse({
    title: 'Laatste dag voor correcties',
    text: 'Corrigeer uw loonaangifte, met een komma; en een puntkomma.',
    date: '2027-05-01',
    yearly: true,
    regelingen: ['lkv-banenafspraak'],
    sources: source,
    checked: '2026-12-02',
  }) as Deadline;

  it('counts a yearly date forward to the next time it comes round', () => {
    expect(nextOccurrence(deadline, day('2026-12-02')).toISOString().slice(0, 10)).toBe('2027-05-01');
    expect(nextOccurrence(deadline, day('2027-05-01')).toISOString().slice(0, 10)).toBe('2027-05-01');
    expect(nextOccurrence(deadline, day('2028-06-01')).toISOString().slice(0, 10)).toBe('2029-05-01');
    expect(nextOccurrence({ ...deadline, yearly: false }, day('2028-06-01')).toISOString().slice(0, 10)).toBe('2027-05-01');
    expect(describeDeadline(deadline, day('2027-06-01'))).toBe('elk jaar op 1 mei (de volgende keer: 1 mei 2028)');
  });

  it('writes an all-day, yearly calendar event with what to do and the source, the same on every build', () => {
    const ics = deadlineIcs('lkv-correcties', deadline, 'https://werkwijzerinclusiefmkb.nl/regelingen/lkv-banenafspraak/', day('2026-12-02'));
    const unfolded = ics.replace(/\r?\n[ \t]/g, '');
    expect(unfolded).toMatch(/^BEGIN:VCALENDAR/);
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20270501');
    expect(unfolded).toContain('RRULE:FREQ=YEARLY');
    expect(unfolded).toContain('SUMMARY:Laatste dag voor correcties');
    expect(unfolded).toContain('met een komma\\; en een puntkomma.');
    expect(unfolded).toContain('Bron: Een bron (https://www.uwv.nl/)');
    expect(unfolded).toContain('UID:lkv-correcties@werkwijzerinclusiefmkb.nl');
    expect(deadlineIcs('lkv-correcties', deadline, 'https://x.example/', day('2026-12-02'))).toMatch(/DTSTAMP:20261202T000000Z/);
  });
});
