/**
 * Checks the content files themselves, before anything is built: frontmatter against the schemas (with line
 * numbers), references between collections, images (alt text; a file next to the page, so the build can size and
 * compress it, never one on another site), the age of a regeling's `checked` date,
 * text left over from a scaffold, and the small YAML data files. Every problem is collected; nothing stops early.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { idSchema, partnerListSchema } from '../guide/schema.ts';
import type { Rate } from '../lib/rates.ts';
import type { Problem } from '../lib/problem.ts';
import { useDutchErrors } from '../lib/zod-dutch.ts';
import { redirectsFileSchema } from '../lib/redirects.ts';
import { siteSettingsSchema } from '../lib/reports.ts';
import { illustrativeTarget, readIllustrativeCases } from '../lib/illustrative-cases.ts';
import { contentSchemas, MDX_COLLECTIONS, type MdxCollection, type ReferencedCollection } from '../schemas/content.ts';
import { compoundPartsSchema, synonymGroupsSchema } from '../search/schema.ts';
import { checkMdxSafety } from './mdx-safety.ts';
import { checkContentLayout } from './content-layout.ts';

/** A regeling whose facts were checked longer ago than this gets a warning, and an error after the second. */
export const CHECKED_WARNING_MONTHS = 12;
/** How a text says it could not check a fact ("konden wij niet controleren", "vonden wij niet op een officiële pagina"). */
const UNCHECKED_PHRASE = /\b(konden|kunnen) wij niet\b|\bvonden wij niet\b|\bniet (kunnen )?(controleren|nagaan|nagegaan|gecontroleerd)\b|\bniet op een officiële\b|\bzagen wij (alleen|niet)\b/i;
export const CHECKED_ERROR_MONTHS = 18;

/** Text the scaffold (npm run new) puts where the editor still has to write. */
export const SCAFFOLD_MARK = 'Vul aan:';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface ParsedFile {
  data: unknown;
  lineOf(p: readonly PropertyKey[]): number | undefined;
  /** Line of the first line of the body (after the frontmatter), for body checks. */
  bodyStart: number;
  body: string;
  yamlErrors: { line: number; message: string }[];
}

function parseYaml(text: string, firstLine: number): Omit<ParsedFile, 'bodyStart' | 'body'> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => firstLine + lineCounter.linePos(offset).line - 1;
  return {
    data: doc.errors.length > 0 ? undefined : doc.toJS(),
    yamlErrors: doc.errors.map((e) => ({ line: lineAt(e.pos[0]), message: e.message.split('\n')[0]! })),
    lineOf(p) {
      for (let n = p.length; n >= 0; n--) {
        const node = doc.getIn(p.slice(0, n) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
        if (node && typeof node === 'object' && node.range) return lineAt(node.range[0]);
      }
      return undefined;
    },
  };
}

function parseMdx(text: string): ParsedFile | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return undefined;
  const fmLines = match[0].split('\n').length - 1;
  return { ...parseYaml(match[1]!, 2), body: text.slice(match[0].length), bodyStart: fmLines + 1 };
}

/** The field, in the editor's words. */
function fieldName(p: readonly PropertyKey[]): string {
  return p.length === 0 ? '(bestand)' : `veld "${p.map(String).join('.')}"`;
}

function fixFor(issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'invalid_type':
      return `Vul "${field}" in zoals de melding zegt. Uitleg per veld: docs/velden.md of /over/redactie/.`;
    case 'invalid_value':
      return 'Kies een van de waarden die de melding noemt (let op hoofdletters).';
    case 'unrecognized_keys':
      return 'Haal dit veld weg, of verbeter de schrijfwijze. Staat er een komma in een tekst tussen [ ] of { }? Zet de tekst dan tussen aanhalingstekens.';
    case 'too_small':
      return 'Maak de tekst of de lijst langer, zoals de melding zegt.';
    case 'too_big':
      return 'Maak de tekst korter, zoals de melding zegt.';
    case 'custom':
      return issue.message.startsWith('verwijst naar')
        ? 'Controleer de naam: het is de bestandsnaam zonder .mdx. Maak een nieuwe pagina met npm run new.'
        : 'Pas het veld aan zoals de melding zegt. Uitleg per veld: docs/velden.md of /over/redactie/.';
    default:
      return 'Pas het veld aan zoals de melding zegt. Uitleg per veld: docs/velden.md of /over/redactie/.';
  }
}

function monthsBetween(from: Date, to: Date): number {
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth()) - (to.getUTCDate() < from.getUTCDate() ? 1 : 0);
}

async function listFiles(dir: string, extension: string): Promise<string[]> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  return entries.filter((f) => f.endsWith(extension)).sort();
}

export interface ContentCheckOptions {
  contentDir: string;
  /** "Today", for the age of `checked` dates; tests pass a fixed date. */
  today: Date;
}

export async function checkContentFiles({ contentDir, today }: ContentCheckOptions): Promise<Problem[]> {
  useDutchErrors();
  const problems: Problem[] = [];
  const relative = (file: string) => path.relative(process.cwd(), file) || file;

  // Every page that exists, so references can be checked against the files.
  const ids = Object.fromEntries(
    await Promise.all(MDX_COLLECTIONS.map(async (c) => [c, new Set((await listFiles(path.join(contentDir, c), '.mdx')).map((f) => f.slice(0, -4)))])),
  ) as Record<MdxCollection, Set<string>>;
  const schemas = contentSchemas((collection: ReferencedCollection) =>
    z.string().refine((id) => ids[collection].has(id), {
      error: (issue) => `verwijst naar "${String(issue.input)}", maar content/${collection}/${String(issue.input)}.mdx bestaat niet.`,
    }),
  );

  const validate = (schema: z.ZodType, file: string, parsed: Omit<ParsedFile, 'body' | 'bodyStart'>) => {
    for (const e of parsed.yamlErrors) {
      problems.push({ severity: 'error', file: relative(file), line: e.line, where: '(YAML)', message: e.message, fix: 'Controleer inspringing, dubbele punten en aanhalingstekens; een veldnaam mag maar één keer voorkomen.' });
    }
    if (parsed.yamlErrors.length > 0) return undefined;
    const result = schema.safeParse(parsed.data);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      // An unknown field is reported at the field itself, so the editor sees which one to remove or rename.
      const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
      for (const p of paths) {
        const message = issue.code === 'unrecognized_keys' ? `Onbekend veld "${String(p.at(-1))}".` : issue.message;
        problems.push({ severity: 'error', file: relative(file), line: parsed.lineOf(p), where: fieldName(p), message, fix: fixFor(issue) });
      }
    }
    return undefined;
  };

  // The ids in content/bedragen.yaml, so an <Bedrag id="…" /> in a page can be checked before the build.
  const rateIds = await readFile(path.join(contentDir, 'bedragen.yaml'), 'utf8')
    .then((text) => Object.keys((parseDocument(text).toJS() as Record<string, unknown> | null) ?? {}))
    .catch(() => [] as string[]);

  problems.push(...checkContentLayout(contentDir, relative));

  // Made-up practice cases: a sentence that links one may not present it as a real case.
  const madeUpCases = readIllustrativeCases(contentDir);

  for (const collection of MDX_COLLECTIONS) {
    const dir = path.join(contentDir, collection);
    for (const name of await listFiles(dir, '.mdx')) {
      const file = path.join(dir, name);
      const text = await readFile(file, 'utf8');
      const slug = name.slice(0, -4);
      if (!SLUG.test(slug)) {
        problems.push({ severity: 'error', file: relative(file), where: 'bestandsnaam', message: `"${name}" is geen goed webadres.`, fix: 'Gebruik kleine letters, cijfers en koppeltekens, zoals "loonkostensubsidie.mdx".' });
      }
      const parsed = parseMdx(text);
      if (!parsed) {
        problems.push({ severity: 'error', file: relative(file), line: 1, where: 'frontmatter', message: 'Het bestand begint niet met gegevens tussen twee regels "---".', fix: 'Begin het bestand met ---, de velden, en weer ---. Maak een nieuwe pagina met npm run new.' });
        continue;
      }
      const data = validate(schemas[collection], file, parsed) as { checked?: Date; updated?: Date; changes?: { date: Date }[] } | undefined;
      if (data) {
        const dated: [PropertyKey[], Date | undefined][] = [
          [['checked'], data.checked],
          [['updated'], data.updated],
          ...(data.changes ?? []).map((c, i): [PropertyKey[], Date] => [['changes', i, 'date'], c.date]),
        ];
        for (const [at, date] of dated) problems.push(...futureDate(date, today, relative(file), parsed.lineOf(at), fieldName(at)));
      }
      // "Feiten gecontroleerd op" claims every fact; a text that says it could not check something must list it.
      if (collection === 'regelingen' && data && ((data as { unverified?: string[] }).unverified ?? []).length === 0) {
        const admitted = parsed.body.split('\n').findIndex((l) => UNCHECKED_PHRASE.test(l));
        if (admitted >= 0) {
          problems.push({
            severity: 'error',
            file: relative(file),
            line: parsed.bodyStart + admitted,
            where: 'veld "unverified"',
            message: 'De tekst zegt dat iets niet gecontroleerd kon worden, maar "unverified" is leeg. Dan belooft de pagina "Feiten gecontroleerd op" voor alles.',
            fix: 'Zet onder "unverified" in één zin per punt wat u niet bij de officiële bron kon controleren.',
          });
        }
      }
      if (collection === 'regelingen' && data?.checked instanceof Date) {
        const months = monthsBetween(data.checked, today);
        const line = parsed.lineOf(['checked']);
        if (months >= CHECKED_ERROR_MONTHS) {
          problems.push({ severity: 'error', file: relative(file), line, where: 'veld "checked"', message: `De feiten zijn ${months} maanden geleden gecontroleerd; na ${CHECKED_ERROR_MONTHS} maanden mag een regeling zo niet meer online staan.`, fix: 'Controleer elk bedrag, elke datum en elke voorwaarde bij de bronnen, pas de tekst aan en zet "checked" op de datum van vandaag.' });
        } else if (months >= CHECKED_WARNING_MONTHS) {
          problems.push({ severity: 'warning', file: relative(file), line, where: 'veld "checked"', message: `De feiten zijn ${months} maanden geleden gecontroleerd.`, fix: `Controleer de regeling bij de bronnen en zet "checked" op de datum van vandaag. Na ${CHECKED_ERROR_MONTHS} maanden wordt dit een fout.` });
        }
      }
      problems.push(...checkMdxSafety(parsed.body, parsed.bodyStart, collection, relative(file)));
      const bodyLines = parsed.body.split('\n');
      /** A list item with the sentence that introduces its list ("Drie voorbeelden uit de praktijk:"). */
      const isItem = (text: string | undefined) => text !== undefined && /^\s*([-*]|\d+\.)\s/.test(text);
      const withLeadIn = (i: number) => {
        if (!isItem(bodyLines[i])) return bodyLines[i]!;
        let j = i;
        while (j > 0 && isItem(bodyLines[j - 1])) j--;
        let k = j - 1;
        while (k >= 0 && bodyLines[k]!.trim() === '') k--;
        return k >= 0 && bodyLines[k]!.trim().endsWith(':') ? `${bodyLines[k]} ${bodyLines[i]}` : bodyLines[i]!;
      };
      let inFence = false;
      bodyLines.forEach((rawLine, i) => {
        const line = parsed.bodyStart + i;
        // Code is shown, not run: a fenced block or an `inline code` span holds no image, link or amount.
        if (/^\s*(```|~~~)/.test(rawLine)) inFence = !inFence;
        const lineText = inFence || /^\s*(```|~~~)/.test(rawLine) ? '' : rawLine.replace(/(`+)[\s\S]*?\1/g, '');
        if (/!\[\s*\]\(/.test(lineText) || /<img\b[^>]*\balt=(""|'')/i.test(lineText)) {
          problems.push({ severity: 'warning', file: relative(file), line, where: 'afbeelding', message: 'Deze afbeelding heeft een lege alt-tekst. Zo geeft u aan dat ze alleen versiering is: wie haar niet ziet, mist niets.', fix: 'Staat er iets op dat de lezer moet weten? Schrijf dat dan tussen de [ ]: ![Een monteur toont een werkinstructie](pad.jpg). Is het versiering, dan kan het zo blijven.' });
        } else if (/<img\b(?![^>]*\balt=)[^>]*>/i.test(lineText)) {
          problems.push({ severity: 'error', file: relative(file), line, where: 'afbeelding', message: 'Deze afbeelding heeft geen alt-tekst. Wie de afbeelding niet ziet, mist wat erop staat.', fix: 'Schrijf in alt="…" wat er op de afbeelding te zien is, of alt="" als ze alleen versiering is.' });
        }
        for (const src of imageSources(lineText)) problems.push(...checkImageSource(src, file, line, relative(file)));
        if (collection === 'regelingen' && /€\s?\d/.test(lineText.replace(/<Bedrag[^>]*\/>/g, ''))) {
          problems.push({
            severity: 'warning',
            file: relative(file),
            line,
            where: 'bedrag in de tekst',
            message: 'Hier staat een bedrag in de tekst. Een bedrag staat op één plek, zodat een nieuw jaar het overal verandert.',
            fix: 'Zet het bedrag in content/bedragen.yaml, met periode, bron en controledatum, en schrijf hier <Bedrag id="…" />.',
          });
        }
        const madeUpLinks = [...lineText.matchAll(/\]\((\/praktijk\/[^)\s]+)\)/g)].filter(([, target]) => illustrativeTarget(target!, madeUpCases));
        if (madeUpLinks.length > 0 && /uit de praktijk|echte? voorbeeld/i.test(withLeadIn(i))) {
          problems.push({
            severity: 'error',
            file: relative(file),
            line,
            where: `link "${madeUpLinks[0]![1]}"`,
            message: 'Deze zin noemt een bedacht voorbeeld alsof het uit de praktijk komt.',
            fix: 'Schrijf dat het een bedacht voorbeeld is ("een bedacht voorbeeld laat zien …"), of link naar een echt praktijkvoorbeeld (illustrative: false, met bron).',
          });
        }
        for (const [, id] of lineText.matchAll(/<Bedrag\s+id="([^"]*)"/g)) {
          if (!rateIds.includes(id!)) {
            problems.push({ severity: 'error', file: relative(file), line, where: `bedrag "${id}"`, message: `Het bedrag "${id}" staat niet in content/bedragen.yaml.`, fix: `Kies een van: ${rateIds.join(', ')}. Of voeg het bedrag toe aan content/bedragen.yaml, met bron en controledatum.` });
          }
        }
      });
      if (text.includes(SCAFFOLD_MARK)) {
        const line = text.split('\n').findIndex((l) => l.includes(SCAFFOLD_MARK)) + 1;
        problems.push({ severity: 'warning', file: relative(file), line, where: 'tekst', message: `De pagina bevat nog tekst uit het sjabloon ("${SCAFFOLD_MARK}").`, fix: 'Vervang alle tekst die begint met "Vul aan:" door de echte tekst.' });
      }
    }
  }

  /** Municipality -> the region file that lists it first, to report one listed twice with both files. */
  const regionOf = new Map<string, string>();
  for (const name of await listFiles(path.join(contentDir, 'regios'), '.yaml')) {
    const file = path.join(contentDir, 'regios', name);
    const parsed = parseYaml(await readFile(file, 'utf8'), 1);
    const region = validate(schemas.regios, file, parsed) as { checked: Date; werkgeversservicepunt: { checked: Date }; gemeenten: { name: string }[] } | undefined;
    region?.gemeenten.forEach((g, i) => {
      const other = regionOf.get(g.name);
      if (other) {
        problems.push({
          severity: 'error',
          file: relative(file),
          line: parsed.lineOf(['gemeenten', i, 'name']),
          where: `gemeente "${g.name}"`,
          message: `${g.name} staat ook in ${other}. Een gemeente hoort bij precies één arbeidsmarktregio.`,
          fix: `Kijk in de indeling van het CBS bij welke regio ${g.name} hoort, en haal de gemeente weg uit het andere bestand.`,
        });
      } else regionOf.set(g.name, relative(file));
    });
    problems.push(...futureDate(region?.checked, today, relative(file), parsed.lineOf(['checked']), 'veld "checked"'));
    problems.push(...futureDate(region?.werkgeversservicepunt.checked, today, relative(file), parsed.lineOf(['werkgeversservicepunt', 'checked']), 'veld "werkgeversservicepunt.checked"'));
    const months = region ? monthsBetween(region.werkgeversservicepunt.checked, today) : 0;
    if (months >= CHECKED_WARNING_MONTHS) {
      problems.push({
        severity: 'warning',
        file: relative(file),
        line: parsed.lineOf(['werkgeversservicepunt', 'checked']),
        where: 'veld "werkgeversservicepunt.checked"',
        message: `De contactgegevens van het loket zijn ${months} maanden geleden nagekeken.`,
        fix: 'Kijk naam, website, telefoon, e-mail en Werkcentrum na bij de officiële bronnen (of vraag het loket), en zet "checked" op de datum van vandaag.',
      });
    }
  }
  const dataFiles: [string, z.ZodType][] = [
    ['partners.yaml', partnerListSchema],
    ['zoekwoorden.yaml', compoundPartsSchema],
    ['synoniemen.yaml', synonymGroupsSchema],
    ['redirects.yaml', redirectsFileSchema],
    ['site.yaml', siteSettingsSchema],
  ];
  for (const [name, schema] of dataFiles) {
    const file = path.join(contentDir, name);
    const text = await readFile(file, 'utf8').catch(() => undefined);
    const parsed = text === undefined ? undefined : parseYaml(text, 1);
    const data = parsed && validate(schema, file, parsed);
    if (name === 'site.yaml' && data) {
      const { meldingen } = data as z.infer<typeof siteSettingsSchema>;
      if (!meldingen.repository && !meldingen.email) {
        problems.push({
          severity: 'warning',
          file: relative(file),
          line: parsed.lineOf(['meldingen']),
          where: 'veld "meldingen"',
          message: 'Er staat geen repository en geen e-mailadres voor meldingen. "Klopt er iets niet?" op de regiopagina’s opent dan geen ingevuld bericht, maar verwijst naar /over/#contact.',
          fix: 'Zet bij meldingen.repository het adres van de openbare repository (https://github.com/…), of bij meldingen.email het adres van de redactie.',
        });
      }
    }
  }

  const deadlinesFile = path.join(contentDir, 'termijnen.yaml');
  const deadlinesText = await readFile(deadlinesFile, 'utf8').catch(() => undefined);
  if (deadlinesText !== undefined) {
    const parsed = parseYaml(deadlinesText, 1);
    const deadlines = validate(z.record(idSchema, schemas.termijnen), deadlinesFile, parsed) as Record<string, { date: Date; yearly: boolean }> | undefined;
    for (const [id, d] of Object.entries(deadlines ?? {})) {
      if (!d.yearly && d.date.getTime() < today.getTime() - 24 * 60 * 60 * 1000) {
        problems.push({ severity: 'warning', file: relative(deadlinesFile), line: parsed.lineOf([id, 'date']), where: `termijn "${id}"`, message: `Deze datum (${d.date.toISOString().slice(0, 10)}) is voorbij; de keuzehulp toont hem nog.`, fix: 'Zet de nieuwe datum erin als die bekend is, of haal de termijn weg.' });
      }
    }
  }

  const ratesFile = path.join(contentDir, 'bedragen.yaml');
  const ratesText = await readFile(ratesFile, 'utf8').catch(() => undefined);
  if (ratesText !== undefined) {
    // Each amount on its own, so one broken amount does not hide the date warnings of the others.
    const parsed = parseYaml(ratesText, 1);
    const valid: Record<string, Rate> = {};
    if (validate(z.record(idSchema, z.unknown()), ratesFile, parsed)) {
      for (const [id, raw] of Object.entries(parsed.data as Record<string, unknown>)) {
        const entry = { ...parsed, data: raw, lineOf: (p: readonly PropertyKey[]) => parsed.lineOf([id, ...p]) };
        const fieldPrefix = (p: Problem) => (p.where.startsWith('veld "') ? { ...p, where: `veld "${id}.${p.where.slice(6)}` } : p);
        const before = problems.length;
        const rate = validate(schemas.bedragen, ratesFile, entry) as Rate | undefined;
        problems.splice(before, problems.length - before, ...problems.slice(before).map(fieldPrefix));
        if (rate) valid[id] = rate;
        if (rate) problems.push(...futureDate(rate.checked, today, relative(ratesFile), parsed.lineOf([id, 'checked']), `bedrag "${id}", veld "checked"`));
      }
    }
    problems.push(...checkRateDates(valid, today, relative(ratesFile), parsed.lineOf));
  }
  return problems;
}

/**
 * Amounts go out of date: a period that has ended means a newer amount is due, and an amount without an end
 * date is only as good as its last check. Periods must follow each other without overlap.
 */
export function checkRateDates(rates: Record<string, Rate>, today: Date, file: string, lineOf: (p: readonly PropertyKey[]) => number | undefined): Problem[] {
  const problems: Problem[] = [];
  for (const [id, rate] of Object.entries(rates)) {
    const last = rate.periods.at(-1)!;
    const lastIndex = rate.periods.length - 1;
    rate.periods.forEach((period, i) => {
      const next = rate.periods[i + 1];
      if (period.to && period.to.getTime() < period.from.getTime()) {
        problems.push({ severity: 'error', file, line: lineOf([id, 'periods', i, 'to']), where: `bedrag "${id}", periode ${i + 1}`, message: '"to" ligt vóór "from".', fix: 'Zet de eerste dag in "from" en de laatste dag in "to".' });
      }
      if (next && (!period.to || period.to.getTime() >= next.from.getTime())) {
        problems.push({ severity: 'error', file, line: lineOf([id, 'periods', i + 1, 'from']), where: `bedrag "${id}", periode ${i + 2}`, message: 'Deze periode begint voordat de vorige eindigt.', fix: 'Geef de vorige periode een "to" vóór de "from" van deze periode, en zet de perioden op volgorde, oudste eerst.' });
      }
    });
    if (rate.endedOn) continue;
    if (last.to && last.to.getTime() < today.getTime() - 24 * 60 * 60 * 1000) {
      problems.push({
        severity: 'warning',
        file,
        line: lineOf([id, 'periods', lastIndex, 'to']),
        where: `bedrag "${id}"`,
        message: `Het laatste bedrag gold tot en met ${last.to.toISOString().slice(0, 10)}. De site toont nu een bedrag voor een periode die voorbij is.`,
        fix: 'Zoek het bedrag voor de periode daarna op bij de officiële bron en voeg een periode toe. Is de regeling gestopt, zeg dat dan in "note".',
      });
    } else if (!last.to && monthsBetween(rate.checked, today) >= CHECKED_WARNING_MONTHS) {
      problems.push({
        severity: 'warning',
        file,
        line: lineOf([id, 'checked']),
        where: `bedrag "${id}"`,
        message: `Dit bedrag heeft geen einddatum en is ${monthsBetween(rate.checked, today)} maanden geleden nagekeken.`,
        fix: 'Kijk bij de bron of het bedrag nog geldt, en zet "checked" op de datum van vandaag.',
      });
    }
  }
  return problems;
}

/** The image addresses on one line of MDX: Markdown images and <img> tags. */
function imageSources(line: string): string[] {
  const markdown = [...line.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)/g)].map((m) => m[1]!);
  const html = [...line.matchAll(/<img\b[^>]*\bsrc=["']([^"']+)["']/gi)].map((m) => m[1]!);
  return [...markdown, ...html];
}

/**
 * An image must be a file next to the page (./foto.jpg): only then does the build resize and compress it and
 * write its width and height. An image on another site would also make every visitor's browser call that site.
 */
function checkImageSource(src: string, file: string, line: number, shownFile: string): Problem[] {
  const where = `afbeelding "${src}"`;
  const name = path.posix.basename(src.split(/[?#]/)[0]!) || 'foto.jpg';
  if (/^(https?:)?\/\//i.test(src)) {
    return [{ severity: 'error', file: shownFile, line, where, message: 'Deze afbeelding staat op een andere site. Dan laadt elke bezoeker iets van die site, en wij kunnen de afbeelding niet verkleinen.', fix: `Sla de afbeelding op in dezelfde map als deze pagina en schrijf ![beschrijving](./${name}). Controleer of u haar mag gebruiken.` }];
  }
  if (src.startsWith('/')) {
    return [{ severity: 'warning', file: shownFile, line, where, message: 'Deze afbeelding staat in public/. Die wordt niet verkleind of gecomprimeerd en krijgt geen vaste maten.', fix: `Zet de afbeelding in dezelfde map als deze pagina en schrijf ![beschrijving](./${name}).` }];
  }
  if (!src.startsWith('data:') && !existsSync(path.resolve(path.dirname(file), decodeURI(src)))) {
    return [{ severity: 'error', file: shownFile, line, where, message: 'Dit afbeeldingsbestand bestaat niet.', fix: `Zet het bestand ${name} in dezelfde map als deze pagina, of verbeter de naam (let op hoofdletters).` }];
  }
  return [];
}

/**
 * A check or change date after today cannot be true: the page would claim a check that has not happened yet.
 * (Dates that do not exist, such as 2026-02-30, are refused by the schema itself.)
 */
function futureDate(date: Date | undefined, today: Date, file: string, line: number | undefined, where: string): Problem[] {
  // "Today" in the Netherlands, where the editors work: a check written down just after midnight is not in the future.
  const todayHere = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(today);
  const day = date?.toISOString().slice(0, 10);
  if (!day || day <= todayHere) return [];
  return [{ severity: 'error', file, line, where, message: `Deze datum (${day}) ligt na vandaag: een controle of wijziging kan niet in de toekomst liggen.`, fix: 'Zet hier de dag waarop u het echt controleerde of wijzigde, uiterlijk vandaag.' }];
}
