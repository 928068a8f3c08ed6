/**
 * Dates from content/termijnen.yaml as a reader needs them: the next time a date comes round, how to say it, and an
 * iCalendar file (.ics, made at build time) to put it in a calendar. The `ics` package writes the file (escaping,
 * line folding, the yearly repeat). Plain TypeScript, no Astro.
 */
import { createEvents, type EventAttributes } from 'ics';
import type { z } from 'zod';
import type { contentSchemas } from '../schemas/content.ts';
import { formatDate } from './dates.ts';

export type Deadline = z.infer<ReturnType<typeof contentSchemas>['termijnen']>;

const DAY = 24 * 60 * 60 * 1000;

/** The first time on or after `today` that a date falls, counting a yearly date forward year by year. */
export function nextOccurrence(deadline: Pick<Deadline, 'date' | 'yearly'>, today: Date): Date {
  let next = new Date(deadline.date);
  while (deadline.yearly && next.getTime() < today.getTime() - DAY) next = new Date(Date.UTC(next.getUTCFullYear() + 1, next.getUTCMonth(), next.getUTCDate()));
  return next;
}

// One formatter for the build: creating an Intl formatter costs more than formatting, and this runs per guide page.
const dayMonthFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** "elk jaar op 1 mei (de volgende keer: 1 mei 2027)", or "1 mei 2027". */
export function describeDeadline(deadline: Pick<Deadline, 'date' | 'yearly'>, today: Date): string {
  const next = nextOccurrence(deadline, today);
  if (!deadline.yearly) return formatDate(next);
  const dayMonth = dayMonthFormat.format(next);
  return `elk jaar op ${dayMonth} (de volgende keer: ${formatDate(next)})`;
}

const parts = (date: Date): [number, number, number] => [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];

/** An all-day event (yearly when the date repeats), with what to do and the source in its description. */
export function deadlineIcs(id: string, deadline: Deadline, pageUrl: string, today: Date): string {
  const start = nextOccurrence(deadline, today);
  const source = deadline.sources[0]!;
  // `timestamp` (DTSTAMP) is in the package's schema but not in its type definitions.
  const event: EventAttributes & { timestamp: number } = {
    uid: `${id}@werkwijzerinclusiefmkb.nl`,
    productId: 'werkwijzerinclusiefmkb.nl',
    calName: 'Werkwijzer Inclusief Mkb',
    title: deadline.title,
    description: `${deadline.text}\n\nBron: ${source.title} (${source.url}). Nagekeken op ${formatDate(deadline.checked)}.`,
    url: pageUrl,
    start: parts(start),
    end: parts(new Date(start.getTime() + DAY)),
    ...(deadline.yearly ? { recurrenceRule: 'FREQ=YEARLY' } : {}),
    // The check date, not the build time: the same content gives the same file.
    timestamp: deadline.checked.getTime(),
  };
  const { error, value } = createEvents([event]);
  if (error || !value) throw new Error(`Het agenda-bestand voor termijn "${id}" kon niet gemaakt worden: ${error?.message ?? 'onbekende fout'}`);
  return value;
}
