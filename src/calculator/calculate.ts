/**
 * What a job costs and what support brings, per calendar year over up to three years, from the amounts in
 * content/bedragen.yaml. Plain TypeScript without Astro or zod, so the build (worked examples on /rekenhulp/) and the
 * page's own script compute with exactly the same code. Every line says how it was computed, with the rate, its
 * period and its source. It is an estimate of the cost of the job, never a statement about the person.
 */
import { formatEuro, formatPercentage, periodAt, periodLabel, type Rate, type RatePeriod } from '../lib/rates.ts';

/** The LKV a reader can choose: only one per employee. */
export const LKV_CHOICES = ['geen', 'lkv-banenafspraak', 'lkv-arbeidsgehandicapte-werknemer', 'lkv-herplaatsen-arbeidsgehandicapte-werknemer', 'lkv-oudere-werknemer'] as const;
export type LkvChoice = (typeof LKV_CHOICES)[number];

export interface CalculatorInput {
  /** Paid hours per week. */
  hours: number;
  /** Gross wage per hour, or the statutory minimum for the age. */
  wage: 'minimum' | number;
  /** 15 to 20, or 21 for 21 and older. */
  age: number;
  /** First day of work. */
  start: Date;
  lkv: LkvChoice;
  /** Loonkostensubsidie with this loonwaarde (%), or undefined. */
  lks?: number;
  /** Loondispensatie with this loonwaarde (%), or undefined. */
  ld?: number;
  /** A bbl student at an erkend leerbedrijf: subsidieregeling praktijkleren. */
  bbl: boolean;
  /** The no-riskpolis applies. */
  noRisk: boolean;
  /** Employer costs on top of wage and holiday pay, in %. */
  employerCosts: number;
}

export interface Source {
  title: string;
  url: string;
}

/** One line of a year: an amount and how it was computed. */
export interface Line {
  id: string;
  label: string;
  amount: number;
  /** "1.664 verloonde uren × € 1,01 (2026) = € 1.680,64; hoogstens € 2.000" */
  how: string;
  sources: Source[];
  /** The rate's period has ended and no newer amount is known, or the amount was not seen at the official source. */
  caveat?: string;
}

export interface YearResult {
  year: number;
  /** Paid hours in this year (from the start date). */
  hours: number;
  costs: Line[];
  support: Line[];
  totalCost: number;
  totalSupport: number;
  net: number;
}

export interface Calculation {
  years: YearResult[];
  /** What the no-riskpolis does, as a risk line, not as income. */
  risk?: Line;
  /** Things the reader should know about this estimate. */
  notes: string[];
}

export type RateTable = Readonly<Record<string, Rate>>;

/** The amounts the calculator cannot do without (the LKV's and subsidies are only needed when chosen). */
export const REQUIRED_RATES = ['minimumloon', 'minimumjeugdloon', 'vakantiebijslag', 'loonkostensubsidie-werkgeverslasten'] as const;

const DAY = 86_400_000;
const WEEK = 7 * DAY;
const YEARS = 3;

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));
const round2 = (n: number) => Math.round(n * 100) / 100;
const hoursText = (n: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(n);

function rate(rates: RateTable, id: string): Rate {
  const found = rates[id];
  if (!found) throw new Error(`Het bedrag "${id}" ontbreekt in content/bedragen.yaml; de rekenhulp heeft het nodig.`);
  return found;
}

function sourceOf(r: Rate): Source {
  return r.sources[0]!;
}

/** "(2026)", or with a warning when the period has ended or the figure was not seen at the source. */
function describePeriod(r: Rate, date: Date, wanted = String(date.getUTCFullYear())): { period: RatePeriod; label: string; caveat?: string } {
  const { period, ended } = periodAt(r, date);
  const label = periodLabel(period);
  const caveats = [
    ended ? `bedrag ${label.startsWith('van ') ? 'uit de periode' : 'van'} ${label}; het bedrag voor ${wanted} is nog niet bekend` : '',
    period.verified ? '' : 'dit bedrag zagen wij niet zelf op de officiële bron',
  ].filter(Boolean);
  return { period, label, caveat: caveats.length > 0 ? caveats.join('; ') : undefined };
}

/** The parts of a year between the start date and the end of the third calendar year, split where the minimum wage changes. */
function segments(year: number, start: Date, rates: RateTable): { from: Date; to: Date }[] {
  const yearStart = utc(year, 0, 1);
  const yearEnd = utc(year + 1, 0, 1);
  const from = start > yearStart ? start : yearStart;
  if (from >= yearEnd) return [];
  const cuts = new Set<number>([from.getTime(), yearEnd.getTime()]);
  for (const p of rate(rates, 'minimumloon').periods) {
    for (const d of [p.from, p.to ? new Date(p.to.getTime() + DAY) : undefined]) if (d && d > from && d < yearEnd) cuts.add(d.getTime());
  }
  // A year beyond the known periods still changes on 1 July (the law indexes twice a year); the amount stays the last known.
  cuts.add(utc(year, 6, 1).getTime());
  const sorted = [...cuts].filter((t) => t >= from.getTime() && t <= yearEnd.getTime()).sort((a, b) => a - b);
  return sorted.slice(0, -1).map((t, i) => ({ from: new Date(t), to: new Date(sorted[i + 1]!) }));
}

/** The minimum hourly wage for this age on this date, with how it follows from the rates. */
function minimumWage(rates: RateTable, age: number, date: Date): { perHour: number; how: string; caveat?: string; sources: Source[] } {
  const adult = rate(rates, 'minimumloon');
  const { period, label, caveat } = describePeriod(adult, date);
  const perHour = (period as { perUur: number }).perUur;
  if (age >= 21) return { perHour, how: `minimumloon ${formatEuro(perHour)} per uur (${label})`, caveat, sources: [sourceOf(adult)] };
  const youth = rate(rates, 'minimumjeugdloon');
  const y = describePeriod(youth, date);
  const pct = (y.period as { percentages: Record<string, number> }).percentages[String(age)]!;
  const youthPerHour = round2((perHour * pct) / 100);
  return {
    perHour: youthPerHour,
    how: `minimumjeugdloon ${age} jaar: ${formatPercentage(pct)} van ${formatEuro(perHour)} (${label}) = ${formatEuro(youthPerHour)} per uur`,
    caveat: [caveat, y.caveat].filter(Boolean).join('; ') || undefined,
    sources: [sourceOf(adult), sourceOf(youth)],
  };
}

export function calculate(input: CalculatorInput, rates: RateTable): Calculation {
  const firstYear = input.start.getUTCFullYear();
  const holiday = rate(rates, 'vakantiebijslag');
  const holidayPct = (describePeriod(holiday, input.start).period as { percentage: number }).percentage;
  const notes: string[] = [];
  const years: YearResult[] = [];

  for (let year = firstYear; year < firstYear + YEARS; year++) {
    const parts = segments(year, input.start, rates);
    let hours = 0;
    let wage = 0;
    let minimumBase = 0;
    const wageHow: string[] = [];
    const minimumHow = new Set<string>();
    const caveats = new Set<string>();
    const wageSources = new Map<string, Source>();
    for (const part of parts) {
      const partHours = ((part.to.getTime() - part.from.getTime()) / WEEK) * input.hours;
      const minimum = minimumWage(rates, input.age, part.from);
      const perHour = input.wage === 'minimum' ? minimum.perHour : input.wage;
      hours += partHours;
      wage += partHours * perHour;
      minimumBase += partHours * minimum.perHour;
      wageHow.push(`${hoursText(partHours)} uur × ${formatEuro(perHour)}`);
      minimumHow.add(minimum.how);
      if (minimum.caveat) for (const c of minimum.caveat.split('; ')) caveats.add(c);
      if (input.wage === 'minimum') for (const s of minimum.sources) wageSources.set(s.url, s);
    }
    if (hours === 0) continue;

    const holidayPay = (wage * holidayPct) / 100;
    const employer = ((wage + holidayPay) * input.employerCosts) / 100;
    const costs: Line[] = [
      {
        id: 'loon',
        label: 'Brutoloon',
        amount: round2(wage),
        how: `${wageHow.join(' + ')}${input.wage === 'minimum' ? ` (${[...minimumHow].join('; ')})` : ''}`,
        sources: [...wageSources.values()],
        caveat: input.wage === 'minimum' && caveats.size > 0 ? [...caveats].join('; ') : undefined,
      },
      { id: 'vakantiebijslag', label: 'Vakantiegeld', amount: round2(holidayPay), how: `${formatPercentage(holidayPct)} van het brutoloon`, sources: [sourceOf(holiday)] },
      {
        id: 'werkgeverslasten',
        label: 'Werkgeverslasten (premies en dergelijke)',
        amount: round2(employer),
        how: `${formatPercentage(input.employerCosts)} van loon en vakantiegeld; uw eigen percentage staat in uw loonadministratie`,
        sources: [],
      },
    ];

    const support: Line[] = [];
    const lkv = lkvLine(input, rates, year, parts);
    if (lkv) support.push(lkv);

    const minimumWithHoliday = minimumBase * (1 + holidayPct / 100);
    if (input.lks !== undefined) {
      const max = rate(rates, 'loonkostensubsidie-maximum');
      const extra = rate(rates, 'loonkostensubsidie-werkgeverslasten');
      const maxP = describePeriod(max, utc(year, 0, 1));
      const extraP = describePeriod(extra, utc(year, 0, 1));
      const maxPct = (maxP.period as { percentage: number }).percentage;
      const share = Math.min(1 - input.lks / 100, maxPct / 100);
      const subsidy = minimumWithHoliday * share;
      const extraPct = (extraP.period as { percentage: number }).percentage;
      support.push({
        id: 'loonkostensubsidie',
        label: 'Loonkostensubsidie (gemeente)',
        amount: round2(subsidy),
        how: `minimumloon met vakantiegeld ${formatEuro(round2(minimumWithHoliday))} × ${formatPercentage(round2(share * 100))} (100% min de loonwaarde van ${formatPercentage(input.lks)}, hoogstens ${formatPercentage(maxPct)}, ${maxP.label})`,
        sources: [sourceOf(max)],
      });
      support.push({
        id: 'loonkostensubsidie-werkgeverslasten',
        label: 'Vergoeding werkgeverslasten bij loonkostensubsidie',
        amount: round2((subsidy * extraPct) / 100),
        how: `${formatPercentage(extraPct)} van de loonkostensubsidie (${extraP.label})`,
        sources: [sourceOf(extra)],
      });
    }
    if (input.ld !== undefined) {
      const lower = minimumWithHoliday * (1 - input.ld / 100) * (1 + input.employerCosts / 100);
      support.push({
        id: 'loondispensatie',
        label: 'Loondispensatie (UWV): minder loon',
        amount: round2(lower),
        how: `u betaalt ${formatPercentage(input.ld)} van het minimumloon; het verschil (${formatPercentage(100 - input.ld)}) van minimumloon, vakantiegeld en werkgeverslasten betaalt u niet. UWV vult het inkomen van de werknemer aan`,
        sources: [{ title: 'UWV: 5 vragen over loondispensatie', url: 'https://www.uwv.nl/overuwv/magazines/nlwerkt-online/edities/2019-04/5-vragen-over-loondispensatie/index.aspx' }],
      });
    }
    if (input.bbl) {
      const line = practiceLine(input, rates, year);
      if (line) support.push(line);
    }

    const totalCost = round2(costs.reduce((n, l) => n + l.amount, 0));
    const totalSupport = round2(support.reduce((n, l) => n + l.amount, 0));
    years.push({ year, hours: Math.round(hours * 10) / 10, costs, support, totalCost, totalSupport, net: round2(totalCost - totalSupport) });
  }

  notes.push('Uren per jaar: de dagen vanaf de eerste werkdag gedeeld door 7, maal de uren per week. Betaalde vakantie telt mee.');
  if (input.lks !== undefined) notes.push('De gemeente meet de loonwaarde op de werkplek en rekent de loonkostensubsidie zelf uit; het bedrag kan anders uitvallen. Is de werknemer ziek, dan stopt de subsidie meestal voor die tijd.');
  if (input.lkv !== 'geen') notes.push('Het loonkostenvoordeel over een jaar krijgt u het jaar erna: de Belastingdienst stuurt uiterlijk 31 juli de definitieve berekening en betaalt binnen 6 weken.');

  const risk: Line | undefined = input.noRisk
    ? {
        id: 'no-riskpolis',
        label: 'No-riskpolis: als de werknemer ziek wordt',
        amount: 0,
        how: 'Geen inkomsten, wel minder risico: wordt de werknemer ziek, dan betaalt UWV u een Ziektewet-uitkering die u verrekent met het loon dat u doorbetaalt. Zonder no-riskpolis betaalt u bij ziekte meestal 2 jaar minstens 70% van het loon zelf.',
        sources: [{ title: 'UWV: Hoelang geldt de no-riskpolis?', url: 'https://www.uwv.nl/werkgevers/werknemer-met-uitkering/toelichting-voordelen-en-regelingen/detail/looncompensatie-bij-ziekte/hoelang-geldt-de-no-riskpolis' }],
      }
    : undefined;
  return { years, risk, notes };
}

/** The chosen LKV for one calendar year: paid hours in its term × the hourly rate, capped per year. */
function lkvLine(input: CalculatorInput, rates: RateTable, year: number, parts: { from: Date; to: Date }[]): Line | undefined {
  if (input.lkv === 'geen') return undefined;
  if (input.lkv === 'lkv-oudere-werknemer' && input.start >= utc(2024, 0, 1)) {
    return {
      id: input.lkv,
      label: 'LKV oudere werknemer',
      amount: 0,
      how: 'Niets: voor wie op of na 1 januari 2024 in dienst kwam, is er geen LKV oudere werknemer meer.',
      sources: [sourceOf(rate(rates, 'lkv-oudere-werknemer'))],
    };
  }
  const r = rate(rates, input.lkv);
  const maxYears = 'maxJaren' in r ? r.maxJaren : undefined;
  const termEnd = maxYears ? utc(input.start.getUTCFullYear() + maxYears, input.start.getUTCMonth(), input.start.getUTCDate()) : undefined;
  // The LKV oudere werknemer runs out on 1 January 2027 at the latest (the law's transitional rule).
  const hardEnd = input.lkv === 'lkv-oudere-werknemer' ? utc(2027, 0, 1) : undefined;
  const end = [termEnd, hardEnd].filter((d): d is Date => !!d).sort((a, b) => a.getTime() - b.getTime())[0];
  let hours = 0;
  for (const part of parts) {
    const to = end && end < part.to ? end : part.to;
    if (to > part.from) hours += ((to.getTime() - part.from.getTime()) / WEEK) * input.hours;
  }
  const { period, label, caveat } = describePeriod(r, utc(year, 0, 1));
  const { perUur, maxPerJaar } = period as { perUur: number; maxPerJaar: number };
  if (hours === 0) {
    return { id: input.lkv, label: r.title, amount: 0, how: `Niets meer in ${year}: het LKV liep ${maxYears ? `hoogstens ${maxYears} jaar vanaf de eerste werkdag` : 'af'}.`, sources: [sourceOf(r)] };
  }
  const raw = hours * perUur;
  const amount = Math.min(raw, maxPerJaar);
  return {
    id: input.lkv,
    label: r.title,
    amount: round2(amount),
    how: `${hoursText(hours)} verloonde uren × ${formatEuro(perUur)} (${label}) = ${formatEuro(round2(raw))}${raw > maxPerJaar ? `; hoogstens ${formatEuro(maxPerJaar)} per kalenderjaar` : ''}`,
    sources: [sourceOf(r)],
    caveat,
  };
}

/** Subsidieregeling praktijkleren for the study year that ends in this calendar year, pro rata the weeks of that year worked. */
function practiceLine(input: CalculatorInput, rates: RateTable, year: number): Line | undefined {
  const r = rate(rates, 'praktijkleren');
  const studyStart = utc(year - 1, 7, 1);
  const studyEnd = utc(year, 7, 1);
  const from = input.start > studyStart ? input.start : studyStart;
  if (from >= studyEnd) return undefined;
  const share = Math.min(1, (studyEnd.getTime() - from.getTime()) / (52 * WEEK));
  const { period, label, caveat } = describePeriod(r, studyStart, `studiejaar ${year - 1}-${year}`);
  const max = (period as { bedrag: number }).bedrag;
  return {
    id: 'praktijkleren',
    label: `Subsidie praktijkleren, studiejaar ${year - 1}-${year}`,
    amount: round2(max * share),
    how: `hoogstens ${formatEuro(max)} per leerplaats per studiejaar (${label})${share < 1 ? `, naar rato van de weken in dat studiejaar (${formatPercentage(Math.round(share * 100))})` : ''}; u vraagt het aan na afloop van het studiejaar, en het wordt minder als er te weinig geld is voor alle aanvragen`,
    sources: [sourceOf(r)],
    caveat,
  };
}
