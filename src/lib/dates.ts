/** Dates as a Dutch reader writes them: "23 november 2026". */
const long = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return long.format(date);
}

/** The machine-readable form for <time datetime="…">. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const monthYear = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date that may be only a year or a month, as sources give them: "2024", "maart 2021", "22 juli 2020". */
export function formatPartialDate(date: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return formatDate(new Date(`${date}T00:00:00Z`));
  if (/^\d{4}-\d{2}$/.test(date)) return monthYear.format(new Date(`${date}-01T00:00:00Z`));
  return date;
}
