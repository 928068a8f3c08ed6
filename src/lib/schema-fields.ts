/**
 * Field types that several schemas share, with messages an editor can act on. Plain zod (no Astro),
 * so the guide engine and the check scripts use exactly the same rules as the content collections.
 */
import { z } from 'zod';

const IMPOSSIBLE_DATE = Symbol('impossible date');

/** A calendar date written as JJJJ-MM-DD (YAML reads it as a date; a quoted "2026-11-23" is accepted too). */
export const isoDate = () =>
  z.preprocess(
    (value) => {
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
      const date = new Date(value);
      // JavaScript rolls 2026-02-30 over to 2 March; a day that does not exist is an error, not another date.
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? date : IMPOSSIBLE_DATE;
    },
    z.date({
      error: (issue) =>
        issue.input === undefined
          ? 'Dit veld ontbreekt. Vul een datum in als JJJJ-MM-DD.'
          : issue.input === IMPOSSIBLE_DATE
            ? 'Deze datum bestaat niet (kijk de dag en de maand na). Schrijf een datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-23.'
            : 'Schrijf een datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-23.',
    }),
  );
const HTTPS_ERROR = 'Gebruik een volledig https-adres, zoals https://www.uwv.nl/…';

/**
 * A web address on another site; only https is accepted, written out in full ("https://host/…"): no javascript:,
 * no //host, no "https:host" and no backslashes, which browsers read as slashes.
 */
export const httpsUrl = () =>
  z.url({ protocol: /^https$/, error: HTTPS_ERROR }).refine((value) => /^https:\/\/[^\s\\/]+(\/[^\s\\]*)?$/i.test(value), {
    error: HTTPS_ERROR,
    // One message per field: only when the address already passed as an https URL.
    when: (payload) => payload.issues.length === 0,
  });

/** A full https address, or a page of this site ("/handboek/…/"), never "//host". */
export const httpsOrSiteUrl = () =>
  z
    .string()
    .refine((value) => (/^\/(?!\/)[^\s\\]*$/.test(value) ? true : httpsUrl().safeParse(value).success), {
      error: 'Gebruik een https-adres (https://…) of een adres op deze site dat met één / begint (/handboek/…/).',
    });

/**
 * Identifiers that link a regeling to the government's own lists: the Uniforme Productnamenlijst (UPL, a
 * http:// URI by design of the list) and the law it rests on (a BWB identifier on wetten.overheid.nl, or a CVDR
 * number for a municipal rule on lokaleregelgeving.overheid.nl).
 */
export const uplUri = () =>
  z.string().regex(/^http:\/\/standaarden\.overheid\.nl\/owms\/terms\/[A-Za-z0-9_.%()-]+$/, {
    error: 'Schrijf het UPL-adres zoals in de lijst: http://standaarden.overheid.nl/owms/terms/<naam>.',
  });
export const bwbId = () => z.string().regex(/^BWBR\d{7}$/, { error: 'Een BWB-nummer is BWBR met zeven cijfers, zoals BWBR0015703 (zie het adres op wetten.overheid.nl).' });
export const cvdrId = () => z.string().regex(/^CVDR\d{3,7}$/, { error: 'Een CVDR-nummer is CVDR met cijfers, zoals CVDR123456 (zie het adres op lokaleregelgeving.overheid.nl).' });
