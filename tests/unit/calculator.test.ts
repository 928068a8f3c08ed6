/**
 * The calculator (src/calculator/): each instrument with a worked example, the caps, part-time work, a start in the
 * middle of a year, a year boundary where the minimum wage changes, and the cases that give nothing. The rates are a
 * fixed table with the 2026 amounts of content/bedragen.yaml, so the examples stay true when new years are added there.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { calculate, type CalculatorInput, type RateTable } from '../../src/calculator/calculate.ts';
import { inputQuery, readInputs } from '../../src/calculator/inputs.ts';
import { parseRateTable } from '../../src/calculator/rate-json.ts';
import { renderCalculation } from '../../src/calculator/render.ts';
import type { Rate } from '../../src/lib/rates.ts';
import { contentSchemas } from '../../src/schemas/content.ts';

const schema = contentSchemas(() => z.string()).bedragen;
const source = [{ title: 'Officiële bron', url: 'https://www.rijksoverheid.nl/' }];
const rate = (data: Record<string, unknown>) => schema.parse({ sources: source, checked: '2026-12-02', ...data }) as Rate;
const rates: RateTable = {
  minimumloon: rate({ title: 'Minimumloon', kind: 'uurloon', periods: [{ from: '2026-01-01', to: '2026-06-30', perUur: 14.71, verified: true }, { from: '2026-07-01', to: '2026-12-31', perUur: 14.99, verified: true }] }),
  minimumjeugdloon: rate({ title: 'Jeugdloon', kind: 'jeugdloon', periods: [{ from: '2026-01-01', to: '2026-12-31', percentages: { '20': 80, '19': 60, '18': 50, '17': 39.5, '16': 34.5, '15': 30 }, verified: true }] }),
  vakantiebijslag: rate({ title: 'Vakantiebijslag', kind: 'percentage', of: 'van het loon', periods: [{ from: '2026-01-01', percentage: 8, verified: true }] }),
  'lkv-banenafspraak': rate({ title: 'LKV banenafspraak', kind: 'loonkostenvoordeel', periods: [{ from: '2026-01-01', to: '2026-12-31', perUur: 1.01, maxPerJaar: 2000, verified: true }] }),
  'lkv-arbeidsgehandicapte-werknemer': rate({ title: 'LKV arbeidsgehandicapte werknemer', kind: 'loonkostenvoordeel', maxJaren: 3, periods: [{ from: '2026-01-01', to: '2026-12-31', perUur: 3.05, maxPerJaar: 6000, verified: true }] }),
  'lkv-herplaatsen-arbeidsgehandicapte-werknemer': rate({ title: 'LKV herplaatsen', kind: 'loonkostenvoordeel', maxJaren: 1, periods: [{ from: '2026-01-01', to: '2026-12-31', perUur: 3.05, maxPerJaar: 6000, verified: true }] }),
  'lkv-oudere-werknemer': rate({ title: 'LKV oudere werknemer', kind: 'loonkostenvoordeel', maxJaren: 3, periods: [{ from: '2026-01-01', to: '2026-12-31', perUur: 3.05, maxPerJaar: 6000, verified: true }] }),
  'loonkostensubsidie-maximum': rate({ title: 'Loonkostensubsidie', kind: 'percentage', max: true, of: 'van het minimumloon', periods: [{ from: '2015-01-01', percentage: 70, verified: true }] }),
  'loonkostensubsidie-werkgeverslasten': rate({ title: 'Werkgeverslasten', kind: 'percentage', of: 'van de subsidie', periods: [{ from: '2018-01-01', percentage: 23.5, verified: true }] }),
  praktijkleren: rate({ title: 'Praktijkleren', kind: 'bedrag', max: true, per: 'per plaats', periods: [{ from: '2025-08-01', to: '2026-07-31', label: 'studiejaar 2025-2026', bedrag: 2700, verified: false }] }),
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const base: CalculatorInput = { hours: 38, wage: 'minimum', age: 21, start: day('2026-01-01'), lkv: 'geen', bbl: false, noRisk: false, employerCosts: 0 };
const run = (input: Partial<CalculatorInput>) => calculate({ ...base, ...input }, rates);
const line = (calc: ReturnType<typeof calculate>, year: number, id: string) => [...calc.years.find((y) => y.year === year)!.costs, ...calc.years.find((y) => y.year === year)!.support].find((l) => l.id === id);
const weeks = (days: number) => days / 7;
const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');

describe('the wage cost', () => {
  it('counts the minimum wage per half year across the change on 1 July (UWV and Rijksoverheid: hourly minimum, indexed twice a year)', () => {
    const wage = line(run({}), 2026, 'loon')!;
    const expected = weeks(181) * 38 * 14.71 + weeks(184) * 38 * 14.99;
    expect(wage.amount).toBeCloseTo(expected, 1);
    expect(nbsp(wage.how)).toMatch(/14,71.*14,99/);
  });

  it('adds holiday pay (8%) and the employer costs the reader gives', () => {
    const calc = run({ employerCosts: 23.5 });
    const wage = line(calc, 2026, 'loon')!.amount;
    expect(line(calc, 2026, 'vakantiebijslag')!.amount).toBeCloseTo(wage * 0.08, 0);
    expect(line(calc, 2026, 'werkgeverslasten')!.amount).toBeCloseTo(wage * 1.08 * 0.235, 0);
    expect(calc.years[0]!.totalCost).toBeCloseTo(wage * 1.08 * 1.235, 0);
  });

  it('pays the youth minimum wage by age: 18 years is 50% of the adult minimum (Rijksoverheid, 2026)', () => {
    const wage = line(run({ age: 18, start: day('2026-01-01') }), 2026, 'loon')!;
    expect(wage.amount).toBeCloseTo(weeks(181) * 38 * 7.36 + weeks(184) * 38 * 7.5, 0);
  });

  it('counts a start in the middle of the year from that day, and shows three calendar years', () => {
    const calc = run({ start: day('2026-07-01'), hours: 20 });
    expect(calc.years.map((y) => y.year)).toEqual([2026, 2027, 2028]);
    expect(calc.years[0]!.hours).toBeCloseTo(weeks(184) * 20, 0);
  });

  it('says when a later year uses the last known amount', () => {
    expect(line(run({}), 2027, 'loon')!.caveat).toMatch(/bedrag uit de periode van 1 juli 2026 tot en met 31 december 2026; het bedrag voor 2027 is nog niet bekend/);
  });
});

describe('loonkostenvoordelen (UWV: "Hoe hoog is LKV per werknemer?")', () => {
  it('LKV banenafspraak, 32 hours on the minimum wage: € 1,01 per paid hour, below the € 2.000 cap', () => {
    const lkv = line(run({ hours: 32, lkv: 'lkv-banenafspraak' }), 2026, 'lkv-banenafspraak')!;
    expect(lkv.amount).toBeCloseTo(weeks(365) * 32 * 1.01, 1);
    expect(nbsp(lkv.how)).toMatch(/verloonde uren × € 1,01 \(2026\)/);
  });

  it('LKV arbeidsgehandicapte werknemer full time reaches the cap of € 6.000 a year', () => {
    const lkv = line(run({ lkv: 'lkv-arbeidsgehandicapte-werknemer' }), 2026, 'lkv-arbeidsgehandicapte-werknemer')!;
    expect(weeks(365) * 38 * 3.05).toBeGreaterThan(6000);
    expect(lkv.amount).toBe(6000);
    expect(nbsp(lkv.how)).toMatch(/hoogstens € 6\.000 per kalenderjaar/);
  });

  it('part-time stays below the cap', () => {
    expect(line(run({ hours: 20, lkv: 'lkv-arbeidsgehandicapte-werknemer' }), 2026, 'lkv-arbeidsgehandicapte-werknemer')!.amount).toBeCloseTo(weeks(365) * 20 * 3.05, 1);
  });

  it('LKV herplaatsen lasts one year from the start: half of 2026, half of 2027, nothing in 2028', () => {
    const calc = run({ start: day('2026-07-01'), lkv: 'lkv-herplaatsen-arbeidsgehandicapte-werknemer' });
    expect(line(calc, 2026, 'lkv-herplaatsen-arbeidsgehandicapte-werknemer')!.amount).toBeCloseTo(weeks(184) * 38 * 3.05, 1);
    expect(line(calc, 2027, 'lkv-herplaatsen-arbeidsgehandicapte-werknemer')!.amount).toBeCloseTo(weeks(181) * 38 * 3.05, 1);
    expect(line(calc, 2028, 'lkv-herplaatsen-arbeidsgehandicapte-werknemer')).toMatchObject({ amount: 0, how: expect.stringMatching(/^Niets meer in 2028/) });
  });

  it('gives nothing for a 56-plus hired on or after 1 January 2024 (Wtl art. 2.4)', () => {
    const lkv = line(run({ start: day('2026-03-01'), lkv: 'lkv-oudere-werknemer' }), 2026, 'lkv-oudere-werknemer')!;
    expect(lkv.amount).toBe(0);
    expect(lkv.how).toMatch(/op of na 1 januari 2024/);
  });

  it('runs out on 1 January 2027 for an older worker hired before 2024 (transitional rule)', () => {
    const calc = run({ start: day('2023-03-01'), lkv: 'lkv-oudere-werknemer' });
    expect(line(calc, 2023, 'lkv-oudere-werknemer')!.amount).toBeGreaterThan(0);
    expect(calculate({ ...base, start: day('2025-06-01') }, rates).years.map((y) => y.year)).toEqual([2025, 2026, 2027]);
    const late = calculate({ ...base, start: day('2023-12-01'), lkv: 'lkv-oudere-werknemer' }, rates);
    expect(late.years.map((y) => y.year)).toEqual([2023, 2024, 2025]);
  });
});

describe('loonkostensubsidie (Rijksoverheid: the difference between loonwaarde and minimum wage, at most 70%)', () => {
  it('with a loonwaarde of 60% pays 40% of the minimum wage with holiday pay, plus 23,5% for employer costs', () => {
    const calc = run({ lks: 60 });
    const minimum = line(calc, 2026, 'loon')!.amount * 1.08;
    expect(line(calc, 2026, 'loonkostensubsidie')!.amount).toBeCloseTo(minimum * 0.4, 0);
    expect(line(calc, 2026, 'loonkostensubsidie-werkgeverslasten')!.amount).toBeCloseTo(minimum * 0.4 * 0.235, 0);
  });

  it('stops at 70% when the loonwaarde is lower than 30%', () => {
    const calc = run({ lks: 20 });
    expect(line(calc, 2026, 'loonkostensubsidie')!.amount).toBeCloseTo(line(calc, 2026, 'loon')!.amount * 1.08 * 0.7, 0);
  });

  it('is based on the minimum wage even when the employer pays more', () => {
    const above = run({ lks: 60, wage: 20 });
    const atMinimum = run({ lks: 60 });
    expect(line(above, 2026, 'loonkostensubsidie')!.amount).toBeCloseTo(line(atMinimum, 2026, 'loonkostensubsidie')!.amount, 2);
  });
});

describe('loondispensatie and praktijkleren', () => {
  it('loondispensatie at a loonwaarde of 70% saves 30% of minimum wage, holiday pay and employer costs', () => {
    const calc = run({ ld: 70, employerCosts: 20 });
    expect(line(calc, 2026, 'loondispensatie')!.amount).toBeCloseTo(line(calc, 2026, 'loon')!.amount * 1.08 * 0.3 * 1.2, 0);
  });

  it('praktijkleren: at most € 2.700 per study year, pro rata for a start in September, flagged when the amount is older', () => {
    const calc = run({ start: day('2026-09-01'), bbl: true });
    expect(line(calc, 2026, 'praktijkleren')).toBeUndefined();
    const year = line(calc, 2027, 'praktijkleren')!;
    expect(year.amount).toBeCloseTo(2700 * (334 / 364), 0);
    expect(year.caveat).toMatch(/studiejaar 2026-2027 is nog niet bekend; dit bedrag zagen wij niet zelf op de officiële bron/);
  });

  it('shows the no-riskpolis as a risk, not as money', () => {
    const calc = run({ noRisk: true });
    expect(calc.risk?.amount).toBe(0);
    expect(calc.years[0]!.support.map((l) => l.id)).not.toContain('no-riskpolis');
  });
});

describe('inputs in the URL', () => {
  const today = day('2026-12-02');
  const read = (query: string) => readInputs(new URLSearchParams(query), rates, today);

  it('reads a complete query and writes the same query back', () => {
    const { input, errors } = read('uren=32&loon=minimum&start=2027-01-04&lkv=lkv-banenafspraak&bbl=ja&norisk=ja&lasten=20');
    expect(errors).toEqual([]);
    expect(input).toMatchObject({ hours: 32, wage: 'minimum', age: 21, lkv: 'lkv-banenafspraak', bbl: true, noRisk: true, employerCosts: 20 });
    expect(new URLSearchParams(inputQuery(input!)).get('start')).toBe('2027-01-04');
  });

  it('names each field that is wrong, in the order of the form', () => {
    const { errors, input } = read('uren=0&loon=abc&start=2027-02-30&lkv=iets&ld=90&lks=50');
    expect(input).toBeUndefined();
    expect(errors.map((e) => e.field)).toEqual(['uren', 'loon', 'start', 'lkv', 'ld', 'ld']);
    expect(errors.find((e) => e.field === 'start')?.message).toMatch(/als een datum/);
  });

  it('refuses a wage below the minimum for the age, unless with loondispensatie', () => {
    expect(nbsp(read('uren=30&loon=10&start=2026-03-01').errors[0]?.message ?? '')).toMatch(/lager dan het minimumloon.*14,71/);
    expect(read('uren=30&loon=8&leeftijd=18&start=2026-03-01').errors).toEqual([]);
    expect(read('uren=30&loon=10&ld=60&start=2026-03-01').errors).toEqual([]);
  });

  it('waits for a loonwaarde instead of failing when a support is ticked without one, and uses 23,5% employer costs by default', () => {
    const { errors, waiting, input } = read('uren=32&lks=');
    expect(errors).toEqual([]);
    expect(waiting).toEqual(['lks']);
    expect(input?.lks).toBeUndefined();
    expect(input?.employerCosts).toBe(23.5);
  });
});

describe('the page', () => {
  it('revives the dates of a rate table sent as JSON', () => {
    const table = parseRateTable(JSON.stringify(rates));
    expect(table['minimumloon']!.periods[1]!.from).toEqual(day('2026-07-01'));
    expect(calculate(base, table).years[0]!.totalCost).toBe(calculate(base, rates).years[0]!.totalCost);
  });

  it('renders a table per year with how each line was computed, and escapes what comes from the files', () => {
    const tricky = { ...rates, 'lkv-banenafspraak': rate({ title: 'LKV <script>alert(1)</script>', kind: 'loonkostenvoordeel', periods: [{ from: '2026-01-01', perUur: 1.01, maxPerJaar: 2000, verified: true }] }) };
    const html = renderCalculation(calculate({ ...base, lkv: 'lkv-banenafspraak' }, tricky), 'Test');
    expect(html).not.toContain('<script>');
    expect(html).toContain('LKV &lt;script&gt;');
    expect(html).toMatch(/<th scope="col">2026<\/th><th scope="col">2027<\/th><th scope="col">2028<\/th>/);
    expect(html).toContain('Hoe berekend');
    expect(html).toContain('href="https://www.rijksoverheid.nl/"');
  });
});
