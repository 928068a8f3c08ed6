/** The six kinds of page Lighthouse measures: the same list for npm run lighthouse and the test suite. */
export const LIGHTHOUSE_PAGES = [
  { label: 'Home', path: '/' },
  { label: 'Handboek: hoofdstuk', path: '/handboek/de-eerste-weken/' },
  { label: 'Regeling', path: '/regelingen/no-riskpolis/' },
  { label: 'Keuzehulp: vraag', path: '/gids/welke-ondersteuning/' },
  { label: 'Keuzehulp: uitslag', path: '/gids/klaar-voor-inclusief-werkgeven/nee/nee/nee/nee/nee/nee/nee/' },
  { label: 'Zoeken', path: '/zoeken/?q=loonkostensubsidie' },
] as const;
