/** Dates as a Dutch reader writes them: "23 november 2026". */
const long = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return long.format(date);
}

/** The machine-readable form for <time datetime="…">. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
