/**
 * Fixed word lists shared by the schemas and the pages: the id an editor writes in a content file,
 * and the Dutch label a reader sees. Plain TypeScript, so scripts and tests can use it too.
 */

export const PROVIDERS = [
  'UWV',
  'gemeente',
  'Belastingdienst',
  'RVO',
  'SBB',
  'DUO',
  'Rijksoverheid',
  'werkgeversservicepunt',
  'opleidingsfonds',
  'onderwijsinstelling',
  'zorgaanbieder',
] as const;
export type Provider = (typeof PROVIDERS)[number];

export const REGELING_STATES = ['open', 'changing', 'closed', 'ended', 'unverified'] as const;
export type RegelingState = (typeof REGELING_STATES)[number];

export const REGELING_STATE_LABELS: Record<RegelingState, string> = {
  open: 'Open: u kunt dit aanvragen',
  changing: 'Verandert: de regels wijzigen',
  closed: 'Gesloten voor nieuwe aanvragen',
  ended: 'Beëindigd',
  unverified: 'Niet gecontroleerd: vraag na wat er nu is',
};

/** What the status of a regeling says; an open scheme that needs no application (the no-riskpolis) "applies by itself". */
export function regelingStateLabel(state: RegelingState, apply = true): string {
  return state === 'open' && !apply ? 'Geldt vanzelf: u hoeft niets aan te vragen' : REGELING_STATE_LABELS[state];
}

/** What an employer is looking for; /regelingen/ groups the schemes by it, in this order (an employer's steps). */
export const REGELING_NEEDS = ['vinden', 'loon', 'ziekte', 'begeleiding', 'opleiding', 'taal'] as const;
export type RegelingNeed = (typeof REGELING_NEEDS)[number];

export const REGELING_NEED_LABELS: Record<RegelingNeed, string> = {
  vinden: 'Iemand vinden en laten proberen',
  loon: 'Geld voor het loon',
  ziekte: 'Risico als uw werknemer ziek wordt',
  begeleiding: 'Begeleiding en een aangepaste werkplek',
  opleiding: 'Opleiding en diploma',
  taal: 'Taal en inburgering',
};

/** The status of a regeling in one word, for a tag on a list of schemes (the page itself says more). */
export const REGELING_STATE_TAGS: Record<RegelingState, string> = {
  open: 'Open',
  changing: 'Verandert',
  closed: 'Gesloten',
  ended: 'Gestopt',
  unverified: 'Niet gecontroleerd',
};

/** The one-word tag; like regelingStateLabel, an open scheme without an application "applies by itself". */
export function regelingStateTag(state: RegelingState, apply = true): string {
  return state === 'open' && !apply ? 'Geldt vanzelf' : REGELING_STATE_TAGS[state];
}

/** Closed and ended schemes keep their page but are listed apart, so nobody reads them as an option. */
export function isStoppedState(state: RegelingState): boolean {
  return state === 'closed' || state === 'ended';
}

export const SECTORS = ['metaal', 'installatie', 'elektrotechniek', 'bouw', 'onderhoud'] as const;
export type Sector = (typeof SECTORS)[number];

export const SECTOR_LABELS: Record<Sector, string> = {
  metaal: 'Metaal',
  installatie: 'Installatietechniek',
  elektrotechniek: 'Elektrotechniek',
  bouw: 'Bouw en infra',
  onderhoud: 'Onderhoud',
};

export const HANDBOOK_PARTS = {
  werkgevers: 'Deel 1: voor werkgevers',
  regio: 'Deel 2: voor betere regionale samenwerking',
} as const;

/**
 * What the regional employer desk is called in running text. Regions are moving from "werkgeversservicepunt" to
 * "Werkcentrum"; each region's own current name is in its data file (content/regios/). Change the words here.
 */
export const EMPLOYER_DESK = {
  term: 'werkgeversservicepunt',
  plural: 'werkgeversservicepunten',
  /** One sentence for readers who know the newer name. */
  note: 'In veel regio’s gaat het werkgeversservicepunt op in een Werkcentrum; de naam kan daarom verschillen.',
} as const;

/** Said after every link to, and on top of, a practice case that is made up to show an approach. */
export const ILLUSTRATIVE_LABEL = 'bedacht voorbeeld';
