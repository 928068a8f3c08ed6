/**
 * The facts of the accessibility statement (/toegankelijkheid/), in the parts of the Dutch model statement
 * (digitoegankelijk.nl, Logius): organisation, website, status, standard, dates and sources. The page's prose
 * explains them; change a fact here and the key-facts list on the page follows.
 */

/** The five statuses of the Dutch model, as digitoegankelijk.nl names them, with their meaning in B1 Dutch. */
export const STATUSES = {
  A: { label: 'Voldoet volledig', meaning: 'Een deskundige heeft de hele site onderzocht, minder dan 3 jaar geleden. De site voldoet aan alle 50 eisen.' },
  B: {
    label: 'Voldoet gedeeltelijk',
    meaning: 'Een deskundige heeft de hele site onderzocht, minder dan 3 jaar geleden. De site voldoet nog niet aan alle eisen. De organisatie schrijft op wat ze eraan doet, en de site wordt elk jaar beter.',
  },
  C: {
    label: 'Eerste maatregelen genomen',
    meaning: 'Er is nog geen volledig onderzoek. Wel staat er een onderzoek gepland binnen 6 maanden. Deze status geldt hooguit 6 maanden.',
  },
  D: { label: 'Voldoet niet', meaning: 'Er is geen volledig onderzoek, en er staat ook geen onderzoek gepland binnen 6 maanden.' },
  E: { label: 'Geen verklaring', meaning: 'De organisatie heeft voor de site geen toegankelijkheidsverklaring gemaakt.' },
} as const;

export type StatusCode = keyof typeof STATUSES;

export const statement = {
  organisation: 'Hogeschool Windesheim (lectoraat Sociale Innovatie) en Saxion Hogeschool (lectoraat Employability Transition)',
  website: 'Werkwijzer Inclusief Mkb',
  /** The site's own address (astro.config.mjs). Copies that others host under their own address are not covered. */
  address: 'https://werkwijzerinclusiefmkb.nl',
  /**
   * D: no full audit by an expert (WCAG-EM, all 50 requirements, the whole site), and none planned within six
   * months. C needs an audit planned within six months; A and B need the audit report.
   */
  status: 'D' as StatusCode,
  standard: 'WCAG 2.1, niveau AA (via de Europese norm EN 301 549)',
  /** Date the statement was made. */
  date: new Date('2026-11-23'),
  /** Date it was last checked against the site and the tests. */
  reviewed: new Date('2026-11-23'),
} as const;

/** The official pages this statement follows (digitoegankelijk.nl and the register of Logius). */
export const STATEMENT_SOURCES: { title: string; url: string }[] = [
  { title: 'DigiToegankelijk: De toegankelijkheidsverklaring', url: 'https://www.digitoegankelijk.nl/wetgeving/toegankelijkheidsverklaring' },
  { title: 'DigiToegankelijk: De status (A, B, C, D en E)', url: 'https://www.digitoegankelijk.nl/toegankelijkheidsverklaring/status' },
  { title: 'DigiToegankelijk: Wat is verplicht?', url: 'https://www.digitoegankelijk.nl/wetgeving/wat-is-verplicht' },
  { title: 'DigiToegankelijk: Verklaring maken met de invulassistent', url: 'https://www.digitoegankelijk.nl/aan-de-slag/invulassistent' },
  { title: 'Register van toegankelijkheidsverklaringen', url: 'https://www.toegankelijkheidsverklaring.nl/register' },
];
