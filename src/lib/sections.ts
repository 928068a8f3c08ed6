/**
 * The sections of the site, in one list: URL, names, and what each is for. Navigation, breadcrumbs,
 * the site index and the search filters all read it, so a section is named the same everywhere.
 */
export interface Section {
  /** The collection the section shows. */
  collection: 'model' | 'handboek' | 'onderwijs' | 'regelingen' | 'doelgroepen' | 'praktijk' | 'regios' | 'gidsen';
  /** Index page, part of the URL contract. */
  path: `/${string}/`;
  /** Name of the section, e.g. in the navigation and as search filter. */
  title: string;
  /** Shorter name for the navigation bar. */
  navTitle: string;
  /** One sentence on the index page and in the site index. */
  description: string;
}

export const SECTIONS = {
  gidsen: {
    collection: 'gidsen',
    path: '/gids/',
    title: 'Keuzehulpen',
    navTitle: 'Keuzehulp',
    description: 'Beantwoord een paar vragen en zie welke ondersteuning past bij de werkzoekende en uw bedrijf.',
  },
  handboek: {
    collection: 'handboek',
    path: '/handboek/',
    title: 'Praktijkhandboek',
    navTitle: 'Handboek',
    description: 'Praktische hoofdstukken voor werkgevers, en voor gemeenten, scholen en partners in de regio.',
  },
  regelingen: {
    collection: 'regelingen',
    path: '/regelingen/',
    title: 'Regelingen',
    navTitle: 'Regelingen',
    description: 'Subsidies, voordelen en andere steun voor werkgevers, met bronnen en de datum van controle.',
  },
  doelgroepen: {
    collection: 'doelgroepen',
    path: '/doelgroepen/',
    title: 'Doelgroepen',
    navTitle: 'Doelgroepen',
    description: 'Wie zijn de werkzoekenden, wat kunnen ze, wat helpt en welke steun is er?',
  },
  model: {
    collection: 'model',
    path: '/model/',
    title: 'Ondersteuningsmodel',
    navTitle: 'Model',
    description: 'Het integrale ondersteuningsmodel: sociale en technologische vernieuwing en samenwerking in de regio.',
  },
  onderwijs: {
    collection: 'onderwijs',
    path: '/onderwijs/',
    title: 'Stappenplan onderwijs',
    navTitle: 'Onderwijs',
    description: 'Zo zet een mbo- of hbo-team samen met technische bedrijven leerwerkplekken op.',
  },
  praktijk: {
    collection: 'praktijk',
    path: '/praktijk/',
    title: 'Praktijkvoorbeelden',
    navTitle: 'Praktijk',
    description: 'Voorbeelden uit de metaal, installatie, elektrotechniek, bouw en onderhoud.',
  },
  regios: {
    collection: 'regios',
    path: '/regio/',
    title: "Regio's",
    navTitle: "Regio's",
    description: 'De 35 arbeidsmarktregio’s en hun werkgeversservicepunt: vind uw regio.',
  },
} as const satisfies Record<Section['collection'], Section>;

export type SectionKey = keyof typeof SECTIONS;
