/** A rate table travels as JSON in the calculator page; dates become JJJJ-MM-DD strings and are revived here. */
import type { RateTable } from './calculate.ts';

const DATE_FIELDS = new Set(['from', 'to', 'checked', 'endedOn']);

export function parseRateTable(json: string): RateTable {
  return JSON.parse(json, (key, value: unknown) => (DATE_FIELDS.has(key) && typeof value === 'string' ? new Date(value) : value)) as RateTable;
}
