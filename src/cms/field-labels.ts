/**
 * The Dutch name an editor sees above each field in the CMS. The schemas name fields in code (`checked`); this is
 * the only place that gives them a reader's name. Help texts are not here: they are the schemas' descriptions.
 * tests/unit/cms-config.test.ts fails when a schema gains a field without a name here.
 */
export const FIELD_LABELS: Record<string, string> = {
  aliases: 'Andere namen',
  alsoKnownAs: 'Ook bekend als',
  apply: 'Moet de werkgever aanvragen?',
  article: 'Artikel',
  bedrag: 'Bedrag (euro)',
  bedrijf: 'Wat doet het bedrijf?',
  bwb: 'BWB-nummer',
  cbsCode: 'CBS-code',
  centrumgemeente: 'Centrumgemeente',
  changes: 'Wijzigingen',
  checked: 'Gecontroleerd op',
  checklist: 'Afvinklijst',
  code: 'CBS-gemeentecode',
  cvdr: 'CVDR-nummer',
  date: 'Datum',
  description: 'Beschrijving',
  doelgroepen: 'Doelgroepen',
  email: 'E-mailadres',
  employerPage: 'Pagina voor werkgevers',
  endedOn: 'Gestopt op',
  from: 'Van',
  gemeente: 'Gemeente',
  gemeenten: 'Gemeenten',
  goal: 'Doel van de stap',
  herindelingen: 'Herindelingen',
  illustrative: 'Bedacht voorbeeld?',
  into: 'Nieuwe gemeente',
  keywords: 'Zoekwoorden',
  kind: 'Soort bedrag',
  label: 'Naam van de periode',
  legalBasis: 'Wettelijke grondslag',
  max: 'Is het een maximum?',
  maxJaren: 'Hoogstens aantal jaren',
  maxPerJaar: 'Hoogstens per jaar (euro)',
  name: 'Naam',
  need: 'Waarvoor (groep op /regelingen/)',
  note: 'Toelichting',
  notes: 'Opmerkingen',
  of: 'Percentage van',
  official: 'Officiële bron?',
  order: 'Volgorde',
  part: 'Deel van het handboek',
  per: 'Per',
  percentage: 'Percentage',
  percentages: 'Percentages per leeftijd',
  perUur: 'Per uur (euro)',
  periods: 'Periodes',
  phone: 'Telefoonnummer',
  praktijk: 'Praktijkvoorbeelden',
  provider: 'Uitvoerder',
  publisher: 'Uitgever',
  reason: 'Waarom',
  referenceYear: 'Jaar van de indeling',
  regeling: 'Regeling',
  regelingen: 'Regelingen',
  replacedBy: 'Vervangen door',
  roles: 'Wie doet wat',
  school: 'Wat doet de school?',
  sector: 'Sector',
  since: 'Sinds',
  sources: 'Bronnen',
  state: 'Status',
  status: 'Status',
  step: 'Stap',
  summary: 'Samenvatting',
  supports: 'Welke gegevens de bron laat zien',
  text: 'Tekst',
  title: 'Titel',
  to: 'Tot en met',
  tools: 'Hulpmiddelen',
  unverified: 'Niet gecontroleerd',
  updated: 'Bijgewerkt op',
  upl: 'Uniforme Productnamenlijst (UPL)',
  uri: 'UPL-adres',
  url: 'Webadres (https)',
  verified: 'Gezien bij de officiële bron?',
  website: 'Website',
  werkcentrum: 'Werkcentrum',
  werkgeversservicepunt: 'Werkgeversservicepunt',
};

/** Keys whose meaning depends on where they are: the same word means something else in another group. */
const LABELS_BY_PATH: Record<string, string> = {
  'roles.werkgeversservicepunt': 'Wat doet het werkgeversservicepunt?',
  'roles.gemeente': 'Wat doet de gemeente?',
  'status.state': 'Status',
};

/** The label of a field by its path in the schema ("status.state", "sources[].url"). */
export function fieldLabel(path: string): string {
  const plain = path.replace(/\[\]/g, '');
  const byPath = Object.entries(LABELS_BY_PATH).find(([p]) => plain === p || plain.endsWith(`.${p}`));
  if (plain.endsWith('.*')) return '';
  if (byPath) return byPath[1];
  const key = plain.split('.').pop() ?? plain;
  const label = FIELD_LABELS[key];
  if (!label) throw new Error(`src/cms/field-labels.ts: het veld "${path}" heeft geen naam voor het CMS. Voeg "${key}" toe aan FIELD_LABELS.`);
  return label;
}
