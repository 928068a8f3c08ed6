/**
 * Synthetic content for the benchmarks (npm run bench, npm run bench:guides): a copy of the real content folder
 * with generated pages added, or with its guides replaced by one large generated guide.
 *
 * Generated text is reproducible (a seeded pseudo-random generator) and varied enough to give Pagefind a
 * realistic index: Dutch words with a skewed frequency (a few very common, many rare) and compounds made of
 * two parts, so the vocabulary grows with the number of pages as it does in real text.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { KnownTarget } from '../../src/guide/validate.ts';
import { PROVIDERS, REGELING_NEEDS } from '../../src/lib/vocabulary.ts';

// ---------------------------------------------------------------------------------------------------------
// Guides

/** Questions of the given widths in a row; every answer of the last one ends the guide. Returns the file's data. */
export function syntheticGuide(widths: number[], targets: string[]): Record<string, unknown> {
  const questions: Record<string, unknown> = {};
  widths.forEach((width, i) => {
    questions[`vraag-${i + 1}`] = {
      text: `Synthetische vraag ${i + 1}?`,
      short: `Vraag ${i + 1}`,
      options: Array.from({ length: width }, (_, o) => ({ id: `antwoord-${o + 1}`, label: `Antwoord ${o + 1}`, next: i + 1 < widths.length ? `vraag-${i + 2}` : 'resultaat' })),
    };
  });
  const rules = widths.flatMap((width, i) =>
    Array.from({ length: width }, (_, o) => {
      const target = targets[(i * 7 + o) % targets.length]!;
      return {
        when: { [`vraag-${i + 1}`]: [`antwoord-${o + 1}`] },
        recommend: [target],
        because: `Omdat bij vraag ${i + 1} antwoord ${o + 1} is gekozen.`,
        // The guide check requires a rule that names a regeling to say which of its conditions it follows.
        ...(target.startsWith('regelingen/') ? { condition: `Synthetische voorwaarde bij vraag ${i + 1}, antwoord ${o + 1}.` } : {}),
      };
    }),
  );
  rules.push({ when: {}, recommend: ['partner/werkgeversservicepunt'], because: 'Altijd.' } as never);
  return { title: 'Synthetische keuzehulp', summary: 'Een gegenereerde keuzehulp om de schaal van de motor te meten.', start: 'vraag-1', budget: 100_000, updated: '2026-11-23', questions, rules };
}

/** Targets a guide may recommend: everything except regelingen that are closed or have ended. */
export function recommendableTargets(known: ReadonlyMap<string, KnownTarget>): string[] {
  return [...known.keys()].filter((t) => {
    const state = known.get(t)?.state;
    return !state || state === 'open' || state === 'changing';
  });
}

/** Swaps every guide in a content folder for the given one (written as gidsen/synthetisch.yaml). */
export function replaceGuides(contentDir: string, guide: Record<string, unknown>): void {
  const dir = path.join(contentDir, 'gidsen');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'synthetisch.yaml'), stringify(guide));
}

/** A full copy of a content folder, so generated files never land among the editors' files. */
export function copyContent(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
}

// ---------------------------------------------------------------------------------------------------------
// Random text

/** Pseudo-random numbers in [0, 1) from a seed (mulberry32): the same seed gives the same content. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = () => number;

// Earlier words in each list come up more often (see `skewed`), like the most common words of real text.
const NOUNS = [
  'begeleiding', 'werkgever', 'werknemer', 'collega', 'werkplek', 'subsidie', 'regeling', 'gemeente', 'opleiding', 'afspraak',
  'kandidaat', 'team', 'werkplaats', 'leermeester', 'jobcoach', 'contract', 'proefplaatsing', 'uitkering', 'loon', 'aanvraag',
  'installatie', 'monteur', 'lasser', 'machine', 'gereedschap', 'veiligheid', 'planning', 'rooster', 'gesprek', 'evaluatie',
  'voorziening', 'aanpassing', 'beperking', 'diploma', 'praktijk', 'vakman', 'school', 'stage', 'leerbedrijf', 'budget',
  'verzuim', 'privacy', 'taal', 'instructie', 'pictogram', 'bedrijventerrein', 'regio', 'wijk', 'netwerk', 'accountmanager',
  'klantmanager', 'doelgroep', 'quotum', 'premie', 'verklaring', 'formulier', 'termijn', 'bijdrage', 'vergoeding', 'bonus',
  'elektrotechniek', 'metaal', 'bouw', 'onderhoud', 'storing', 'project', 'opdracht', 'klant', 'ploeg', 'werkdag',
  'pauze', 'kantine', 'buddy', 'mentor', 'vaardigheid', 'ervaring', 'certificaat', 'examen', 'leerweg', 'kennis',
  'overdracht', 'innovatie', 'techniek', 'robot', 'tablet', 'werkinstructie', 'checklist', 'stappenplan', 'ondersteuning', 'loket',
  'werkgeversservicepunt', 'aanbod', 'vacature', 'sollicitatie', 'selectie', 'drempel', 'kans', 'doel', 'resultaat', 'toekomst',
];
const COMPOUND_HEADS = [
  'werk', 'loon', 'leer', 'taal', 'team', 'regio', 'school', 'vak', 'praktijk', 'proef', 'start', 'groei', 'zorg', 'veiligheids',
  'installatie', 'metaal', 'bouw', 'onderhouds', 'personeels', 'inwerk', 'begeleidings', 'opleidings', 'aanvraag', 'subsidie',
  'buurt', 'bedrijfs', 'kennis', 'functie', 'ploeg', 'winter', 'zomer', 'avond', 'nacht', 'dag', 'week', 'maand', 'jaar', 'klant',
];
const VERBS = [
  'helpt', 'regelt', 'vraagt', 'krijgt', 'betaalt', 'maakt', 'leert', 'begeleidt', 'bespreekt', 'plant', 'controleert', 'kiest',
  'zoekt', 'vindt', 'houdt', 'geeft', 'legt', 'uitlegt', 'ondersteunt', 'verbetert', 'verandert', 'begint', 'stopt', 'past',
  'werkt', 'meldt', 'tekent', 'stuurt', 'ontvangt', 'beoordeelt', 'verlengt', 'deelt', 'toont', 'bouwt', 'installeert', 'repareert',
];
const ADJECTIVES = [
  'nieuwe', 'vaste', 'goede', 'korte', 'lange', 'eerste', 'kleine', 'grote', 'duidelijke', 'eenvoudige', 'technische', 'regionale',
  'praktische', 'extra', 'veilige', 'rustige', 'drukke', 'eigen', 'gewone', 'aangepaste', 'tijdelijke', 'jonge', 'oudere', 'ervaren',
  'handige', 'stevige', 'heldere', 'lastige', 'mooie', 'snelle',
];
const DETERMINERS = ['de', 'het', 'een', 'uw', 'elke', 'deze', 'onze', 'die'];
const PREPOSITIONS = ['voor', 'met', 'bij', 'op', 'in', 'aan', 'naar', 'over', 'na', 'tijdens', 'zonder', 'door'];
const SUBJECTS = ['u', 'wij', 'zij', 'het bedrijf', 'de gemeente', 'de school', 'UWV', 'de begeleider', 'het team', 'de werkgever'];
const ADVERBS = ['ook', 'vaak', 'meestal', 'soms', 'altijd', 'samen', 'eerst', 'daarna', 'meteen', 'niet', 'wel', 'nog'];

// Sentence shapes: D determiner, A adjective, N noun, V verb, P preposition, S subject, B adverb.
const SENTENCE_SHAPES = ['D A N V P D N', 'S V D N', 'S V B D A N P D N', 'D N V B P D A N', 'P D N V S D N', 'S B V D N P N', 'D A N P D N V B', 'S V D A N'];

/** An index into a list of `length` items, low indices much more likely (roughly Zipf-like). */
function skewed(random: Random, length: number): number {
  return Math.floor(length * random() ** 2.5);
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/**
 * A noun, often a compound ("taal" + "begeleiding"), which is where Dutch text gets most of its vocabulary. The
 * rare three-part compounds keep adding new words as the pages grow, as rare words do in real text.
 */
function noun(random: Random): string {
  const base = NOUNS[skewed(random, NOUNS.length)]!;
  const roll = random();
  if (roll < 0.05) return pick(random, COMPOUND_HEADS) + pick(random, COMPOUND_HEADS) + base;
  return roll < 0.3 ? pick(random, COMPOUND_HEADS) + base : base;
}

function word(random: Random, kind: string): string {
  switch (kind) {
    case 'D': return pick(random, DETERMINERS);
    case 'A': return ADJECTIVES[skewed(random, ADJECTIVES.length)]!;
    case 'N': return noun(random);
    case 'V': return VERBS[skewed(random, VERBS.length)]!;
    case 'P': return pick(random, PREPOSITIONS);
    case 'S': return pick(random, SUBJECTS);
    default: return pick(random, ADVERBS);
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function sentence(random: Random): string {
  const words = pick(random, SENTENCE_SHAPES).split(' ').map((kind) => word(random, kind));
  return `${capitalise(words.join(' '))}${random() < 0.1 ? '?' : '.'}`;
}

function paragraph(random: Random): string {
  return Array.from({ length: 3 + Math.floor(random() * 4) }, () => sentence(random)).join(' ');
}

function bulletList(random: Random): string {
  return Array.from({ length: 3 + Math.floor(random() * 3) }, () => `- ${sentence(random)}`).join('\n');
}

/** A short phrase for a title or heading: "Vaste werkbegeleiding voor de leermeester". */
function phrase(random: Random): string {
  const words = random() < 0.5 ? [word(random, 'A'), noun(random)] : [noun(random), word(random, 'P'), word(random, 'D'), noun(random)];
  return capitalise(words.join(' '));
}

/** A summary of at least 20 and at most 320 characters (the schema's limits). */
function summary(random: Random): string {
  let text = sentence(random);
  while (text.length < 60) text += ` ${sentence(random)}`;
  return text.slice(0, 300);
}

/** An MDX body of a few hundred words: sections under headings, paragraphs and now and then a list. */
function body(random: Random): string {
  const sections = 3 + Math.floor(random() * 3);
  const blocks: string[] = [];
  for (let s = 0; s < sections; s++) {
    blocks.push(`## ${phrase(random)}`);
    const paragraphs = 1 + Math.floor(random() * 3);
    for (let p = 0; p < paragraphs; p++) blocks.push(paragraph(random));
    if (random() < 0.3) blocks.push(bulletList(random));
    if (random() < 0.2) blocks.push(`### ${phrase(random)}`, paragraph(random));
  }
  return blocks.join('\n\n');
}

/** The most frequent noun of the generated text: a search query that finds many synthetic pages. */
export const FREQUENT_WORD = NOUNS[0]!;

// ---------------------------------------------------------------------------------------------------------
// Pages

/** Date written into every generated page, fixed so that runs produce the same site. */
const SYNTHETIC_DATE = '2026-11-23';

/** Ids (file names without .mdx) of a collection in a content folder. */
function idsOf(contentDir: string, collection: string): string[] {
  return readdirSync(path.join(contentDir, collection))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -'.mdx'.length))
    .sort();
}

/** Up to `max` distinct items, at least `min`. */
function some<T>(random: Random, items: readonly T[], min: number, max: number): T[] {
  const count = Math.min(items.length, min + Math.floor(random() * (max - min + 1)));
  const chosen = new Set<T>();
  while (chosen.size < count) chosen.add(pick(random, items));
  return [...chosen];
}

function mdxFile(frontmatter: Record<string, unknown>, text: string): string {
  return `---\n${stringify(frontmatter)}---\n\n${text}\n`;
}

interface References {
  regelingen: string[];
  doelgroepen: string[];
  praktijk: string[];
}

function syntheticRegeling(random: Random, id: string, refs: References): string {
  const changing = random() < 0.15;
  return mdxFile(
    {
      title: phrase(random),
      summary: summary(random),
      keywords: some(random, NOUNS, 2, 4),
      provider: some(random, PROVIDERS, 1, 2),
      need: REGELING_NEEDS[Math.floor(random() * REGELING_NEEDS.length)],
      doelgroepen: some(random, refs.doelgroepen, 1, 3),
      checked: SYNTHETIC_DATE,
      status: changing ? { state: 'changing', since: SYNTHETIC_DATE, note: sentence(random) } : { state: 'open', since: SYNTHETIC_DATE },
      sources: [{ title: `Synthetische bron bij ${id}`, url: `https://example.org/bronnen/${id}` }],
      changes: [{ date: SYNTHETIC_DATE, text: 'Pagina gepubliceerd (synthetisch).' }],
    },
    body(random),
  );
}

function syntheticChapter(random: Random, order: number, refs: References): string {
  return mdxFile(
    {
      title: phrase(random),
      summary: summary(random),
      keywords: some(random, NOUNS, 2, 4),
      part: random() < 0.7 ? 'werkgevers' : 'regio',
      order,
      updated: SYNTHETIC_DATE,
      regelingen: some(random, refs.regelingen, 0, 3),
      doelgroepen: some(random, refs.doelgroepen, 0, 3),
      praktijk: some(random, refs.praktijk, 0, 2),
      changes: [{ date: SYNTHETIC_DATE, text: 'Hoofdstuk gepubliceerd (synthetisch).' }],
    },
    body(random),
  );
}

/**
 * Adds `count` generated MDX pages to a (copied) content folder: half regelingen, half handbook chapters, each
 * referring to existing pages so the related-page lists are filled as on the real site. Same seed, same pages.
 */
export function addSyntheticPages(contentDir: string, count: number, seed = 1): { regelingen: number; handboek: number } {
  const random = seededRandom(seed);
  const refs: References = {
    regelingen: idsOf(contentDir, 'regelingen'),
    doelgroepen: idsOf(contentDir, 'doelgroepen'),
    praktijk: idsOf(contentDir, 'praktijk'),
  };
  const regelingen = Math.ceil(count / 2);
  const width = String(count).length;
  for (let i = 1; i <= regelingen; i++) {
    const id = `synthetische-regeling-${String(i).padStart(width, '0')}`;
    writeFileSync(path.join(contentDir, 'regelingen', `${id}.mdx`), syntheticRegeling(random, id, refs));
    refs.regelingen.push(id);
  }
  const handboek = count - regelingen;
  for (let i = 1; i <= handboek; i++) {
    const id = `synthetisch-hoofdstuk-${String(i).padStart(width, '0')}`;
    // Orders after the real chapters, so the generated ones come last in each part.
    writeFileSync(path.join(contentDir, 'handboek', `${id}.mdx`), syntheticChapter(random, 100 + i, refs));
  }
  return { regelingen, handboek };
}
