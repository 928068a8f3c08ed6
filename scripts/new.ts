/**
 * npm run new -- <collection> "<title>": writes a new page with every required field, a file name (slug)
 * made from the title, today's date, and comments on what to fill in. The file is valid as written; the
 * content check warns until every "Vul aan:" text is replaced.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import slugify from '@sindresorhus/slugify';
import { SCAFFOLD_MARK } from '../src/checks/content-files.ts';
import { CONTENT_DIR } from '../src/lib/content-dir.ts';
import { PROVIDERS, REGELING_NEED_LABELS, REGELING_NEEDS, REGELING_STATES, SECTORS } from '../src/lib/vocabulary.ts';

const today = (process.env.CHECK_TODAY ?? new Date().toISOString()).slice(0, 10);
const fill = (what: string) => `${SCAFFOLD_MARK} ${what}`;
const quoted = (text: string) => JSON.stringify(text);

const common = (title: string, summaryHint: string) => `# De titel: de kop bovenaan de pagina en in zoekresultaten.
title: ${quoted(title)}
# Eén of twee zinnen (20 tot 320 tekens). Staat in lijsten en zoekresultaten.
summary: ${quoted(fill(summaryHint))}
# Zoekwoorden en afkortingen die mensen intypen, bijvoorbeeld [LKV, loonkostenvoordeel]. Mag leeg blijven.
keywords: []
# Inhoudelijke wijzigingen, nieuwste bovenaan. Ze verschijnen op /wijzigingen/ en in de feed.
changes:
  - date: ${today}
    text: Pagina toegevoegd.`;

const body = (sections: string[]) => `\n${sections.map((s) => `## ${s}\n\n${fill(`schrijf hier over "${s.toLowerCase()}". Korte zinnen, taalniveau B1.`)}\n`).join('\n')}`;

const templates: Record<string, (title: string) => string> = {
  regelingen: (title) => `---
${common(title, 'wat krijgt de werkgever, en voor wie?')}
# Wie voert de regeling uit? Kies uit: ${PROVIDERS.join(', ')}.
provider: [UWV]
# Waarvoor zoekt een werkgever deze regeling? Kies één: ${REGELING_NEEDS.map((n) => `${n} (${REGELING_NEED_LABELS[n].toLowerCase()})`).join(', ')}.
need: loon
# Voor welke doelgroepen? Bestandsnamen uit content/doelgroepen/ zonder .mdx, bijvoorbeeld [55-plussers].
doelgroepen: []
# De datum waarop u alle feiten op de pagina bij de bronnen heeft gecontroleerd.
checked: ${today}
status:
  # ${REGELING_STATES.join(', ')} (open: aanvragen kan; changing: regels veranderen; closed: geen nieuwe aanvragen; ended: gestopt)
  state: open
  # Vanaf wanneer geldt deze status?
  since: ${today}
  # Wat verandert er, in één zin? Haal deze regel weg als er niets verandert.
  note: ${quoted(fill('wat er verandert, of haal deze regel weg.'))}
# Officiële bronnen (Rijksoverheid, UWV, Belastingdienst, RVO, SBB, gemeente) voor elk bedrag, elke datum en elke voorwaarde.
sources:
  - title: ${quoted(fill('naam van de officiële pagina'))}
    url: https://www.rijksoverheid.nl/
---
${body(['Wat is het?', 'Voor wie?', 'Wat krijgt u?', 'Zo vraagt u het aan', 'Let op'])}`,

  handboek: (title) => `---
${common(title, 'waar gaat dit hoofdstuk over, en wat heeft een werkgever eraan?')}
# Deel van het handboek: werkgevers (deel 1) of regio (deel 2).
part: werkgevers
# Plaats binnen het deel: in de volgorde waarin een werkgever het onderwerp tegenkomt.
order: 99
# Datum van de laatste inhoudelijke aanpassing.
updated: ${today}
# Pagina's waar dit hoofdstuk op steunt: bestandsnamen zonder .mdx.
regelingen: []
doelgroepen: []
praktijk: []
---
${body(['Waarom dit hoofdstuk?', 'Zo pakt u het aan', 'Checklist'])}`,

  doelgroepen: (title) => `---
${common(title, 'over wie gaat het, en wat helpt?')}
# Plaats in de lijst van doelgroepen.
order: 99
updated: ${today}
---
${body(['Over wie gaat het?', 'Wat zij meebrengen', 'Waar zij tegenaan lopen', 'Wat helpt', 'Welke regelingen passen', 'Wie helpt u'])}`,

  model: (title) => `---
${common(title, 'welk deel van het ondersteuningsmodel beschrijft deze pagina?')}
# Plaats in de lijst van pagina's over het model.
order: 99
updated: ${today}
---
${body(['Wat is het?', 'Hoe werkt het in de praktijk?'])}`,

  onderwijs: (title) => `---
${common(title, 'wat doet het team in deze stap?')}
# Nummer van de stap in het stappenplan.
step: 99
# Wat deze stap oplevert, in één zin.
goal: ${quoted(fill('wat deze stap oplevert.'))}
# Wie doet wat in deze stap? Eén of twee zinnen per partij.
roles:
  school: ${quoted(fill('wat de school doet.'))}
  bedrijf: ${quoted(fill('wat het bedrijf doet.'))}
  werkgeversservicepunt: ${quoted(fill('wat het werkgeversservicepunt doet.'))}
  gemeente: ${quoted(fill('wat de gemeente doet.'))}
# Hulpmiddelen en sjablonen. url: een https-adres of een pagina op deze site (/handboek/…/); laat url weg als het sjabloon in de tekst staat.
tools:
  - title: ${quoted(fill('naam van het hulpmiddel'))}
    description: ${quoted(fill('waar het bij helpt, in één zin.'))}
# Punten die een team afvinkt voor de volgende stap.
checklist:
  - ${quoted(fill('eerste punt van de checklist.'))}
updated: ${today}
---
${body(['Doel van deze stap', 'Wat doet u?', 'Let op'])}`,

  praktijk: (title) => `---
${common(title, 'wat deed het bedrijf, en wat leverde het op?')}
# Sector: ${SECTORS.join(', ')}.
sector: ${SECTORS[0]}
# true als het voorbeeld bedacht is; de pagina zegt dat dan. Bij een echt bedrijf: false, en vraag toestemming.
illustrative: true
doelgroepen: []
regelingen: []
updated: ${today}
---
${body(['De situatie', 'Wat deden ze?', 'Welke steun gebruikten ze?', 'Wat leverde het op?', 'Wat zouden ze anders doen?'])}`,
};

const [collection, title] = process.argv.slice(2);
if (!collection || !title || !templates[collection]) {
  console.error(`Gebruik: npm run new -- <soort> "<titel>"\nSoorten: ${Object.keys(templates).join(', ')}\nVoorbeeld: npm run new -- regelingen "Loonkostenvoordeel jongere werknemer"`);
  process.exit(2);
}
const slug = slugify(title, { customReplacements: [['&', ' en ']] });
const file = path.join(CONTENT_DIR, collection, `${slug}.mdx`);
if (existsSync(file)) {
  console.error(`${file} bestaat al. Kies een andere titel, of pas het bestaande bestand aan.`);
  process.exit(1);
}
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, templates[collection](title));
console.log(`Gemaakt: ${file}\nHet adres wordt /${collection}/${slug}/. Vervang alle tekst die begint met "${SCAFFOLD_MARK}", en draai daarna npm run check.`);
