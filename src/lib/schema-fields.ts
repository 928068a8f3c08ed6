/**
 * Field types that several schemas share, with messages an editor can act on. Plain zod (no Astro),
 * so the guide engine and the check scripts use exactly the same rules as the content collections.
 */
import { z } from 'zod';

/** A calendar date written as JJJJ-MM-DD (YAML reads it as a date; a quoted "2026-11-23" is accepted too). */
export const isoDate = () =>
  z.preprocess(
    (value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(value) : value),
    z.date({
      error: (issue) =>
        issue.input === undefined
          ? 'Dit veld ontbreekt. Vul een datum in als JJJJ-MM-DD.'
          : 'Schrijf een datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-23.',
    }),
  );

/** A web address of an official source; only https is accepted. */
export const httpsUrl = () =>
  z.url({ protocol: /^https$/, error: 'Gebruik een volledig https-adres, zoals https://www.uwv.nl/…' });
