/**
 * The open data files this site publishes, described once: the /data/ page lists them for people, and
 * /data/catalog.jsonld describes them for data catalogues in DCAT-AP-NL 3.0 (the Dutch profile of DCAT-AP that
 * Geonovum keeps and data.overheid.nl reads). Plain TypeScript, no Astro: the endpoint gathers the dates.
 *
 * The value lists are the ones DCAT-AP-NL prescribes (EU Vocabularies for theme, frequency, language, file type and
 * access rights; IANA for media types). As in the standard's own examples, the few outside terms we use are typed
 * in the file itself, so a validator needs nothing from the network.
 */

const EU = 'http://publications.europa.eu/resource/authority';
export const DATA_THEMES = { SOCI: 'Bevolking en samenleving', ECON: 'Economie en financiën', GOVE: 'Overheid en publieke sector', REGI: 'Regio’s en steden', EDUC: 'Onderwijs, cultuur en sport' } as const;
export type DataTheme = keyof typeof DATA_THEMES;

/** The licence of the data: CC BY 4.0, as the Dutch licence list writes it. */
export const DATA_LICENCE = 'http://creativecommons.org/licenses/by/4.0/deed.nl';

export interface OpenDataSet {
  /** Stable id: part of the data set's URI in the catalogue. */
  id: string;
  path: `/data/${string}.json`;
  schemaPath: `/data/schema/${string}.json`;
  title: string;
  /** One or two sentences for people (the /data/ page) and for catalogues. */
  description: string;
  keywords: string[];
  themes: DataTheme[];
  /** The page on this site where a reader sees the same content. */
  landingPage: `/${string}`;
}

export interface GuideSummary {
  id: string;
  title: string;
}

/** Every open data set, in the order the /data/ page lists them. */
export function openDataSets(guides: GuideSummary[]): OpenDataSet[] {
  return [
    {
      id: 'regelingen',
      path: '/data/regelingen.json',
      schemaPath: '/data/schema/regelingen.json',
      title: 'Regelingen voor werkgevers die inclusief werven',
      description:
        'Alle regelingen: titel, samenvatting, uitvoerder, waarvoor een werkgever de regeling zoekt (need), doelgroepen, status (met datum), wettelijke grondslag, bronnen en de datum waarop de feiten zijn gecontroleerd.',
      keywords: ['regelingen', 'subsidie', 'loonkostenvoordeel', 'werkgevers', 'arbeidsbeperking', 'inclusief werven'],
      themes: ['SOCI', 'ECON'],
      landingPage: '/regelingen/',
    },
    {
      id: 'regios',
      path: '/data/regios.json',
      schemaPath: '/data/schema/regios.json',
      title: 'Arbeidsmarktregio’s en hun loket voor werkgevers',
      description:
        'De arbeidsmarktregio’s: gemeenten met CBS-code, oude en andere namen, en het loket voor werkgevers (werkgeversservicepunt) met website en telefoon, elk gegeven met zijn bron.',
      keywords: ['arbeidsmarktregio', 'werkgeversservicepunt', 'gemeenten', 'CBS'],
      themes: ['REGI', 'GOVE'],
      landingPage: '/regios/',
    },
    {
      id: 'bedragen',
      path: '/data/bedragen.json',
      schemaPath: '/data/schema/bedragen.json',
      title: 'Bedragen van regelingen en het minimumloon',
      description:
        'Elk bedrag dat de site noemt (minimumloon, loonkostenvoordelen, loonkostensubsidie, subsidie praktijkleren): per periode, met de bron, de controledatum en of het bedrag op de officiële bron is gezien.',
      keywords: ['bedragen', 'minimumloon', 'loonkostenvoordeel', 'subsidie praktijkleren'],
      themes: ['ECON'],
      landingPage: '/regelingen/',
    },
    ...guides.map(
      (g): OpenDataSet => ({
        id: `gids-${g.id}`,
        path: `/data/gidsen/${g.id}.json`,
        schemaPath: '/data/schema/gids.json',
        title: `Keuzehulp: ${g.title}`,
        description: `De keuzehulp ‘${g.title}’: vragen, antwoorden, regels (ook als JsonLogic, om zelf uit te rekenen) en waar elke regel naar verwijst.`,
        keywords: ['keuzehulp', 'beslisboom', 'JsonLogic', 'regelingen'],
        themes: ['SOCI'],
        landingPage: `/gids/${g.id}/`,
      }),
    ),
  ];
}

export interface CatalogInput {
  /** Absolute address of a path on this site (with the base path). */
  absolute: (path: `/${string}`) => string;
  /** Each set with the date it last changed (none when its collection is empty). */
  datasets: { set: OpenDataSet; modified?: Date | undefined }[];
}

const day = (date: Date) => date.toISOString().slice(0, 10);
const nl = (value: string) => ({ '@value': value, '@language': 'nl' });

/** The DCAT-AP-NL catalogue of the open data, as JSON-LD. */
export function dataCatalog({ absolute, datasets }: CatalogInput) {
  const catalogUri = absolute('/data/catalog.jsonld');
  const publisher = {
    '@id': `${absolute('/over/')}#uitgever`,
    '@type': 'foaf:Agent',
    'foaf:name': nl('Werkwijzer Inclusief Mkb (Hogeschool Windesheim en Saxion Hogeschool)'),
    'dct:type': { '@id': 'http://purl.org/adms/publishertype/Academia-ScientificOrganisation' },
  };
  const contactPoint = {
    '@id': `${absolute('/over/')}#contact`,
    '@type': ['vcard:Kind', 'vcard:Organization'],
    'vcard:fn': nl('Werkwijzer Inclusief Mkb'),
    'vcard:organization-name': nl('Werkwijzer Inclusief Mkb'),
    'vcard:hasURL': { '@id': `${absolute('/over/')}#contact` },
  };
  const ref = (id: string) => ({ '@id': id });
  const modified = (date: Date | undefined) => (date ? { 'dct:modified': { '@value': day(date), '@type': 'xsd:date' } } : {});
  const dates = datasets.flatMap((d) => (d.modified ? [d.modified.getTime()] : []));
  const lastModified = dates.length > 0 ? new Date(Math.max(...dates)) : undefined;

  const dataset = ({ set, modified: date }: CatalogInput['datasets'][number]) => {
    const uri = `${catalogUri}#${set.id}`;
    return {
      '@id': uri,
      '@type': 'dcat:Dataset',
      'dct:identifier': uri,
      'dct:title': nl(set.title),
      'dct:description': nl(set.description),
      'dcat:keyword': set.keywords.map(nl),
      'dcat:theme': set.themes.map((t) => ref(`${EU}/data-theme/${t}`)),
      'dct:accessRights': ref(`${EU}/access-right/PUBLIC`),
      'dct:accrualPeriodicity': ref(`${EU}/frequency/IRREG`),
      'dct:language': ref(`${EU}/language/NLD`),
      'dct:publisher': ref(publisher['@id']),
      'dct:creator': ref(publisher['@id']),
      'dcat:contactPoint': ref(contactPoint['@id']),
      ...modified(date),
      'dcat:landingPage': ref(absolute(set.landingPage)),
      'foaf:page': ref(absolute('/data/')),
      'dct:conformsTo': ref(absolute(set.schemaPath)),
      'dcat:distribution': {
        '@id': `${uri}-json`,
        '@type': 'dcat:Distribution',
        'dct:title': nl(`${set.title} (JSON)`),
        'dcat:accessURL': ref(absolute(set.path)),
        'dcat:downloadURL': ref(absolute(set.path)),
        'dcat:mediaType': ref('https://www.iana.org/assignments/media-types/application/json'),
        'dct:format': ref(`${EU}/file-type/JSON`),
        'dct:license': ref(DATA_LICENCE),
        'dct:conformsTo': ref(absolute(set.schemaPath)),
        'dct:language': ref(`${EU}/language/NLD`),
        ...modified(date),
      },
    };
  };

  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      skos: 'http://www.w3.org/2004/02/skos/core#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@graph': [
      {
        '@id': catalogUri,
        '@type': 'dcat:Catalog',
        'dct:title': nl('Open data van Werkwijzer Inclusief Mkb'),
        'dct:description': nl(
          'Regelingen, bedragen, arbeidsmarktregio’s en keuzehulpen voor werkgevers in het technisch mkb die mensen met een afstand tot de arbeidsmarkt aannemen, als JSON om te hergebruiken.',
        ),
        'dct:publisher': ref(publisher['@id']),
        'dct:creator': ref(publisher['@id']),
        'dcat:contactPoint': ref(contactPoint['@id']),
        'foaf:homepage': ref(absolute('/data/')),
        'dct:language': ref(`${EU}/language/NLD`),
        'dct:license': ref(DATA_LICENCE),
        ...modified(lastModified),
        'dcat:themeTaxonomy': ref(`${EU}/data-theme`),
        'dcat:dataset': datasets.map((d) => ref(`${catalogUri}#${d.set.id}`)),
      },
      ...datasets.map(dataset),
      publisher,
      contactPoint,
      // Outside terms, typed here as the DCAT-AP-NL examples do, because their own published RDF lacks these types.
      { '@id': DATA_LICENCE, '@type': 'dct:LicenseDocument' },
      { '@id': `${EU}/access-right/PUBLIC`, '@type': 'dct:RightsStatement' },
      { '@id': `${EU}/language/NLD`, '@type': 'dct:LinguisticSystem' },
      { '@id': `${EU}/frequency/IRREG`, '@type': 'dct:Frequency' },
      { '@id': `${EU}/file-type/JSON`, '@type': 'dct:MediaTypeOrExtent' },
      { '@id': 'https://www.iana.org/assignments/media-types/application/json', '@type': 'dct:MediaType' },
      {
        '@id': 'http://purl.org/adms/publishertype/Academia-ScientificOrganisation',
        '@type': 'skos:Concept',
        'skos:prefLabel': { '@value': 'Academia/Scientific organisation', '@language': 'en' },
      },
      { '@id': `${EU}/data-theme`, '@type': 'skos:ConceptScheme', 'dct:title': nl('Dataset Theme Vocabulary') },
      ...[...new Set(datasets.flatMap((d) => d.set.themes))].map((t) => ({
        '@id': `${EU}/data-theme/${t}`,
        '@type': 'skos:Concept',
        'skos:prefLabel': nl(DATA_THEMES[t]),
        'skos:inScheme': ref(`${EU}/data-theme`),
      })),
      ...[...new Set([absolute('/data/'), ...datasets.map((d) => absolute(d.set.landingPage))])].map((page) => ({ '@id': page, '@type': 'foaf:Document' })),
      ...[...new Set(datasets.map((d) => d.set.schemaPath))].map((p) => ({ '@id': absolute(p), '@type': 'dct:Standard' })),
    ],
  };
}
