/**
 * Reading the amounts of content/bedragen.yaml: which period applies on a date, and how the amount reads in a
 * Dutch sentence ("€ 3,05 per verloond uur, hoogstens € 6.000 per kalenderjaar"). Plain TypeScript, no Astro:
 * pages, the guide result, the open data, the calculator and the content check all use it.
 */
import type { z } from 'zod';
import type { contentSchemas } from '../schemas/content.ts';
import { formatDate } from './dates.ts';

export type Rate = z.infer<ReturnType<typeof contentSchemas>['bedragen']>;
export type RatePeriod = Rate['periods'][number];

const euroFormat = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const wholeEuroFormat = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const numberFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** "€ 3,05", and "€ 6.000" for whole amounts. Intl puts a non-breaking space after the sign, which keeps it with the number. */
export function formatEuro(amount: number): string {
  return Number.isInteger(amount) ? wholeEuroFormat.format(amount) : euroFormat.format(amount);
}

export function formatPercentage(percentage: number): string {
  return `${numberFormat.format(percentage)}%`;
}

const DAY = 24 * 60 * 60 * 1000;
const covers = (period: RatePeriod, date: Date) => period.from.getTime() <= date.getTime() && (!period.to || date.getTime() < period.to.getTime() + DAY);

/**
 * The period that applies on `date`; before the first period, the first; after the last has ended, the last
 * (with `ended` true, so the page can say the amount is for an earlier period).
 */
export function periodAt(rate: Rate, date: Date): { period: RatePeriod; ended: boolean } {
  const current = rate.periods.find((p) => covers(p, date));
  if (current) return { period: current, ended: false };
  const first = rate.periods[0]!;
  if (date.getTime() < first.from.getTime()) return { period: first, ended: false };
  const last = rate.periods.at(-1)!;
  return { period: last, ended: true };
}

/** The period in the reader's words: its label, "2026" for a calendar year, "sinds 2018" without an end, else "van 1 juli 2026 tot en met 31 december 2026". */
export function periodLabel(period: RatePeriod): string {
  if (period.label) return period.label;
  const fromYear = period.from.getUTCFullYear();
  const startsYear = period.from.getUTCMonth() === 0 && period.from.getUTCDate() === 1;
  const endsYear = period.to && period.to.getUTCMonth() === 11 && period.to.getUTCDate() === 31 && period.to.getUTCFullYear() === fromYear;
  if (!period.to) return startsYear ? `sinds ${fromYear}` : `sinds ${formatDate(period.from)}`;
  if (startsYear && endsYear) return String(fromYear);
  return `van ${formatDate(period.from)} tot en met ${formatDate(period.to)}`;
}

/** The amount of one period as a phrase, without the period: "€ 1,01 per verloond uur, hoogstens € 2.000 per kalenderjaar". */
export function describeAmount(rate: Rate, period: RatePeriod): string {
  switch (rate.kind) {
    case 'uurloon':
      return `${formatEuro((period as { perUur: number }).perUur)} bruto per uur`;
    case 'loonkostenvoordeel': {
      const p = period as { perUur: number; maxPerJaar: number };
      const duration = rate.maxJaren ? `hoogstens ${rate.maxJaren} jaar` : 'zolang de werknemer bij u in dienst is';
      return `${formatEuro(p.perUur)} per verloond uur, hoogstens ${formatEuro(p.maxPerJaar)} per kalenderjaar, ${duration}`;
    }
    case 'percentage':
      return `${rate.max ? 'hoogstens ' : ''}${formatPercentage((period as { percentage: number }).percentage)} ${rate.of}`;
    case 'bedrag':
      return `${rate.max ? 'hoogstens ' : ''}${formatEuro((period as { bedrag: number }).bedrag)} ${rate.per}`;
    case 'jeugdloon': {
      const percentages = (period as { percentages: Record<string, number> }).percentages;
      return Object.entries(percentages)
        .sort(([a], [b]) => Number(b) - Number(a))
        .map(([age, pct]) => `${age} jaar: ${formatPercentage(pct)}`)
        .join(', ');
    }
  }
}

export interface RateLine {
  id: string;
  title: string;
  /** "€ 1,01 per verloond uur, hoogstens € 2.000 per kalenderjaar, zolang de werknemer bij u in dienst is" */
  amount: string;
  /** "2026", "studiejaar 2025-2026" */
  period: string;
  /** The period has ended and no newer amount is known yet. */
  ended: boolean;
  /** false when only other sources than the official one give the amount. */
  verified: boolean;
  note?: string;
  source: { title: string; url: string };
  checked: Date;
}

export function rateLine(id: string, rate: Rate, date: Date): RateLine {
  const { period, ended } = periodAt(rate, date);
  return {
    id,
    title: rate.title,
    amount: describeAmount(rate, period),
    period: periodLabel(period),
    ended,
    verified: period.verified,
    note: rate.note,
    source: rate.sources[0]!,
    checked: rate.checked,
  };
}
