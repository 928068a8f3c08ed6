/**
 * The calculator's inputs as they travel in the URL (?uren=32&loon=minimum&…), read back with an error per field in
 * the reader's words, as the GOV.UK error pattern shows them. Hand-written rather than zod: this runs in the page's
 * own script, which has a budget of 10 KB, and it reads a handful of form fields, not a content file.
 */
import { LKV_CHOICES, type CalculatorInput, type LkvChoice, type RateTable } from './calculate.ts';
import { formatEuro, periodAt } from '../lib/rates.ts';

/** The form fields, in the order of the form (the error summary follows it). */
export const FIELDS = ['uren', 'loon', 'leeftijd', 'start', 'lkv', 'lks', 'ld', 'lasten'] as const;
export type Field = (typeof FIELDS)[number];

export interface FieldError {
  field: Field;
  message: string;
}

export interface ReadInputs {
  input?: CalculatorInput;
  errors: FieldError[];
  /** Support the reader ticked but has not given a loonwaarde for yet: not an error, a hint. */
  waiting: ('lks' | 'ld')[];
}

const number = (value: string | null) => (value === null || value.trim() === '' ? undefined : Number(value.trim().replace(',', '.')));
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readInputs(params: URLSearchParams, rates: RateTable, today: Date): ReadInputs {
  const errors: FieldError[] = [];
  const waiting: ('lks' | 'ld')[] = [];
  const fail = (field: Field, message: string) => errors.push({ field, message });

  const hours = number(params.get('uren'));
  if (hours === undefined) fail('uren', 'Vul in hoeveel uur per week de werknemer werkt.');
  else if (!Number.isFinite(hours) || hours < 1 || hours > 60) fail('uren', 'Vul het aantal uur per week in als een getal van 1 tot en met 60.');

  const ageText = params.get('leeftijd') ?? '21';
  const age = Number(ageText);
  if (!Number.isInteger(age) || age < 15 || age > 21) fail('leeftijd', 'Kies de leeftijd: 15 tot en met 20 jaar, of 21 jaar of ouder.');

  const startText = params.get('start') ?? today.toISOString().slice(0, 10);
  const start = new Date(`${startText}T00:00:00Z`);
  if (!ISO_DAY.test(startText) || Number.isNaN(start.getTime()) || start.toISOString().slice(0, 10) !== startText) {
    fail('start', 'Vul de eerste werkdag in als een datum, zoals 2027-01-04.');
  } else if (start.getUTCFullYear() < 2020 || start.getUTCFullYear() > 2035) {
    fail('start', 'Vul een eerste werkdag in tussen 2020 en 2035.');
  }

  const lkv = (params.get('lkv') ?? 'geen') as LkvChoice;
  if (!LKV_CHOICES.includes(lkv)) fail('lkv', 'Kies een loonkostenvoordeel uit de lijst, of "geen".');

  const support = (field: 'lks' | 'ld', max: number, tooHigh: string): number | undefined => {
    if (!params.has(field)) return undefined;
    const value = number(params.get(field));
    if (value === undefined) {
      waiting.push(field);
      return undefined;
    }
    if (!Number.isFinite(value) || value < 0 || value > 100) fail(field, 'Vul de loonwaarde in als een percentage van 0 tot en met 100.');
    else if (value > max) fail(field, tooHigh);
    return value;
  };
  const lks = support('lks', 99, 'Bij een loonwaarde van 100% is er geen loonkostensubsidie: vul een lagere loonwaarde in.');
  const ld = support('ld', 75, 'Loondispensatie is er alleen als de werknemer minstens 25% minder snel werkt: vul een loonwaarde van 75% of lager in.');
  if (params.has('lks') && params.has('ld')) fail('ld', 'Kies loonkostensubsidie (gemeente) of loondispensatie (UWV, bij Wajong), niet allebei.');

  const wageText = params.get('loon') ?? 'minimum';
  let wage: 'minimum' | number = 'minimum';
  if (wageText !== 'minimum') {
    const value = number(wageText);
    if (value === undefined || !Number.isFinite(value) || value <= 0) fail('loon', 'Vul het brutoloon per uur in als een bedrag, zoals 16,50, of kies het minimumloon.');
    else wage = value;
  }

  const costsText = params.get('lasten');
  const defaultCosts = (periodAt(rates['loonkostensubsidie-werkgeverslasten']!, today).period as { percentage: number }).percentage;
  const employerCosts = costsText === null || costsText.trim() === '' ? defaultCosts : number(costsText)!;
  if (!Number.isFinite(employerCosts) || employerCosts < 0 || employerCosts > 100) fail('lasten', 'Vul de werkgeverslasten in als een percentage van 0 tot en met 100.');

  // Below the minimum wage only with loondispensatie: the law allows no lower pay.
  if (errors.length === 0 && typeof wage === 'number' && ld === undefined) {
    const minimum = (periodAt(rates['minimumloon']!, start).period as { perUur: number }).perUur;
    const youth = age < 21 ? (periodAt(rates['minimumjeugdloon']!, start).period as { percentages: Record<string, number> }).percentages[String(age)]! / 100 : 1;
    const floor = Math.round(minimum * youth * 100) / 100;
    if (wage < floor) fail('loon', `Dit uurloon is lager dan het minimumloon voor deze leeftijd (${formatEuro(floor)} per uur op de eerste werkdag). Vul een hoger loon in, of kies het minimumloon.`);
  }

  errors.sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field));
  if (errors.length > 0) return { errors, waiting };
  return {
    errors,
    waiting,
    input: { hours: hours!, wage, age, start, lkv, lks, ld, bbl: params.get('bbl') === 'ja', noRisk: params.get('norisk') === 'ja', employerCosts },
  };
}

/** The URL query of an input: only what differs from the defaults, so a shared link stays short. */
export function inputQuery(input: CalculatorInput): string {
  const q = new URLSearchParams();
  q.set('uren', String(input.hours));
  q.set('loon', input.wage === 'minimum' ? 'minimum' : String(input.wage));
  if (input.age !== 21) q.set('leeftijd', String(input.age));
  q.set('start', input.start.toISOString().slice(0, 10));
  if (input.lkv !== 'geen') q.set('lkv', input.lkv);
  if (input.lks !== undefined) q.set('lks', String(input.lks));
  if (input.ld !== undefined) q.set('ld', String(input.ld));
  if (input.bbl) q.set('bbl', 'ja');
  if (input.noRisk) q.set('norisk', 'ja');
  q.set('lasten', String(input.employerCosts));
  return q.toString();
}
