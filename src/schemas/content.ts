/**
 * The schemas of every content collection, in one place and without Astro: content.config.ts hands them to
 * Astro's content layer, the content check (src/checks/) validates files with them outside Astro, and the
 * editors' field reference is generated from their descriptions. The descriptions are Dutch: editors read them.
 *
 * References between collections depend on who validates: Astro passes its `reference()`, the content check
 * passes a function that looks the id up in the files it found.
 */
import { z } from 'zod';
import { guideSchema, partnerSchema } from '../guide/schema.ts';
import { bwbId, cvdrId, httpsOrSiteUrl, httpsUrl, isoDate, uplUri } from '../lib/schema-fields.ts';
import { PROVIDERS, REGELING_NEED_LABELS, REGELING_NEEDS, REGELING_STATES, SECTORS } from '../lib/vocabulary.ts';

/** Collections a page may refer to in its frontmatter. */
export type ReferencedCollection = 'regelingen' | 'doelgroepen' | 'praktijk';

export const MDX_COLLECTIONS = ['model', 'handboek', 'onderwijs', 'regelingen', 'doelgroepen', 'praktijk'] as const;
export type MdxCollection = (typeof MDX_COLLECTIONS)[number];

const source = z.strictObject({
  title: z.string().min(3).describe('Naam van de bron zoals de lezer die ziet, bijvoorbeeld "UWV: Hoelang geldt de no-riskpolis?"'),
  url: httpsUrl().describe('Volledig https-adres van de officiële pagina.'),
});

/** Where a real case was published: a sector body, a municipality, UWV or a newspaper, with the date. */
const caseSource = z.strictObject({
  title: z.string().min(3).describe('Titel van het artikel of de pagina.'),
  url: httpsUrl().describe('Volledig https-adres van de publicatie.'),
  publisher: z.string().min(2).describe('Wie het publiceerde: "Omroep Zeeland", "SBB", "gemeente Hoogeveen".'),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'Schrijf een jaar, een maand (2021-09) of een datum (2021-09-18).' })
    .describe('Datum van de publicatie: jaar, maand of dag.'),
});

const change = z.strictObject({
  date: isoDate().describe('Datum van de wijziging, JJJJ-MM-DD.'),
  text: z.string().min(5).describe('Wat er veranderde, in één zin. Komt op /wijzigingen/ en in de feed.'),
});

/** Fields every article-like page has. */
const page = {
  title: z.string().min(3).describe('Titel van de pagina: de kop bovenaan en de titel in zoekresultaten.'),
  summary: z
    .string()
    .min(20)
    .max(320)
    .describe('Eén of twee zinnen over de pagina. Staat in lijsten, in zoekresultaten en als beschrijving voor zoekmachines.'),
  keywords: z
    .array(z.string().min(2))
    .default([])
    .describe('Extra zoekwoorden, zoals afkortingen ("LKV") of woorden die mensen intypen. Mag leeg blijven.'),
  changes: z
    .array(change)
    .default([])
    .describe('Lijst van inhoudelijke wijzigingen (date en text), nieuwste bovenaan. Verschijnt op /wijzigingen/.'),
};

/** The contact facts of a regional employer desk; each must be backed by a source that says it supports it. */
export const DESK_FACTS = ['name', 'url', 'phone', 'email', 'werkcentrum'] as const;
/** The contact facts of the region's centre municipality, the route to a person when the desk cannot be reached. */
export const MUNICIPALITY_FACTS = ['website', 'phone', 'employerPage'] as const;

const partialDate = (example: string) =>
  z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: `Schrijf een jaar, een maand (${example.slice(0, 7)}) of een datum (${example}).` });

/** A Dutch phone number: ten digits ("030 123 45 67") or a municipality's 14 number ("14 038"). */
const dutchPhone = z
  .string()
  .refine(
    (value) => {
      const digits = value.replace(/[ -]/g, '');
      return /^[0-9 -]+$/.test(value) && (/^0\d{9}$/.test(digits) || /^140\d{2,3}$/.test(digits));
    },
    { error: 'Schrijf een Nederlands telefoonnummer van 10 cijfers (030 123 45 67) of een 14-nummer van een gemeente (14 038).' },
  );

/** Where a contact fact comes from; `supports` names the facts the page shows, so each fact is traceable. */
const contactSource = <const F extends readonly [string, ...string[]]>(facts: F) =>
  z.strictObject({
    title: z.string().min(3).describe('Naam van de bron: "WSP Midden-Utrecht: Een nieuw jaar, een nieuwe naam".'),
    url: httpsUrl().describe('Adres van de pagina.'),
    date: partialDate('2021-03-08')
      .optional()
      .describe('Datum van de pagina zelf, als die er staat (jaar, maand of dag). Laat weg als de pagina geen datum heeft.'),
    official: z.boolean().default(true).describe('false als het geen officiële bron is (bijvoorbeeld regionaal nieuws); de pagina zegt dat dan.'),
    supports: z.array(z.enum(facts)).min(1).describe(`Welke gegevens deze bron laat zien: ${facts.join(', ')}.`),
  });

type SourcedFacts = { sources: { official: boolean; supports: readonly string[] }[] };
/** Every fact present has a source; a phone number or e-mail address only from an official page. */
function requireSources<T extends SourcedFacts>(facts: readonly string[], present: (value: T, fact: string) => boolean) {
  return (value: T, ctx: z.RefinementCtx) => {
    for (const fact of facts) {
      if (!present(value, fact)) continue;
      if (!value.sources.some((s) => s.supports.includes(fact))) {
        ctx.addIssue({ code: 'custom', path: [fact], message: `Voor "${fact}" staat geen bron in sources.` });
      } else if ((fact === 'phone' || fact === 'email') && !value.sources.some((s) => s.official && s.supports.includes(fact))) {
        ctx.addIssue({ code: 'custom', path: [fact], message: `Een ${fact === 'phone' ? 'telefoonnummer' : 'e-mailadres'} mag alleen op de site als een officiële pagina het noemt.` });
      }
    }
  };
}

const municipalityContactSchema = z
  .strictObject({
    website: httpsUrl().describe('Website van de gemeente.'),
    phone: dutchPhone.optional().describe('Algemeen telefoonnummer van de gemeente (meestal 14 plus netnummer), zoals de gemeente het zelf noemt.'),
    employerPage: z
      .strictObject({
        title: z.string().min(3).describe('Naam van de pagina.'),
        url: httpsUrl().describe('Adres van de pagina.'),
      })
      .optional()
      .describe('Een pagina van de gemeente voor werkgevers over personeel, als die er is.'),
    sources: z.array(contactSource(MUNICIPALITY_FACTS)).min(1).describe('Waar website, telefoon en werkgeverspagina vandaan komen.'),
  })
  .superRefine(requireSources(MUNICIPALITY_FACTS, (g, fact) => Boolean(g[fact as (typeof MUNICIPALITY_FACTS)[number]])));

const deskSchema = z
  .strictObject({
    name: z
      .string()
      .min(2)
      .nullable()
      .describe('De naam die de regio zelf nu gebruikt (bijvoorbeeld "Werkcentrum regio Amersfoort" of "WSP Midden-Utrecht"), of null als geen bron die noemt.'),
    alsoKnownAs: z.string().min(2).optional().describe('Een andere naam waaronder mensen het kennen, bijvoorbeeld de oude naam.'),
    url: httpsUrl().optional().describe('Website (https) van het werkgeversservicepunt of Werkcentrum.'),
    phone: dutchPhone.optional().describe('Telefoonnummer voor werkgevers, alleen als een officiële pagina het noemt (zie sources).'),
    email: z.email({ error: 'Schrijf een e-mailadres, zoals info@loket.nl.' }).optional().describe('E-mailadres voor werkgevers, alleen als een officiële pagina het noemt (zie sources).'),
    werkcentrum: z
      .strictObject({
        status: z.enum(['is', 'wordt', 'onbekend']).describe('is: het loket is nu het Werkcentrum van de regio; wordt: het is aangekondigd; onbekend: geen bron.'),
        name: z.string().min(3).optional().describe('Naam van het Werkcentrum.'),
        date: partialDate('2026-01-15').optional().describe('Sinds wanneer, of wanneer het begint.'),
      })
      .optional()
      .describe('Of het loket het Werkcentrum van de regio is of wordt.'),
    sources: z
      .array(contactSource(DESK_FACTS))
      .default([])
      .describe('Waar elk gegeven vandaan komt. Elke naam, website, telefoon, e-mail en Werkcentrum-status heeft een bron.'),
    gemeente: municipalityContactSchema
      .optional()
      .describe('Hoe een werkgever de centrumgemeente bereikt (website, algemeen telefoonnummer): de route naar een mens als het loket geen telefoon of website heeft.'),
    checked: isoDate().describe('Datum waarop de contactgegevens voor het laatst zijn nagekeken. Ouder dan 12 maanden geeft een waarschuwing.'),
  })
  .superRefine(
    requireSources(DESK_FACTS, (desk, fact) =>
      fact === 'werkcentrum' ? Boolean(desk.werkcentrum && desk.werkcentrum.status !== 'onbekend') : Boolean(desk[fact as 'name' | 'url' | 'phone' | 'email']),
    ),
  )
  .describe('Het loket voor werkgevers in deze regio (werkgeversservicepunt of Werkcentrum), met een bron voor elk gegeven.');

/** An amount in euros with at most two decimals. */
const euro = z
  .number()
  .positive()
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, { error: 'Schrijf een bedrag met hoogstens twee decimalen, met een punt: 14.71.' });

const ratePeriod = {
  from: isoDate().describe('Eerste dag waarop dit bedrag geldt (JJJJ-MM-DD).'),
  to: isoDate().optional().describe('Laatste dag waarop dit bedrag geldt. Laat weg als het eind nog niet bekend is.'),
  label: z.string().min(4).optional().describe('Hoe de lezer de periode ziet, als het geen kalenderjaar is: "studiejaar 2025-2026".'),
  verified: z
    .boolean()
    .describe('true als het bedrag voor deze periode op de officiële bron is gezien; false als alleen andere bronnen het noemen. De site zegt het dan.'),
};

const updated = isoDate().describe('Datum waarop de tekst voor het laatst inhoudelijk is aangepast (JJJJ-MM-DD).');
const order = z.number().int().min(1).describe('Volgorde in de lijst: 1 komt eerst.');

/**
 * One amount the site uses (content/bedragen.yaml): regeling pages, guide results, the calculator and the open
 * data all read it from there, so no amount is written twice. Each has its periods, sources and check date.
 */
function rateSchema<R extends z.ZodType>(ref: (collection: ReferencedCollection) => R) {
  const common = {
    title: z.string().min(3).describe('Naam van het bedrag, zoals de lezer die ziet: "LKV arbeidsgehandicapte werknemer".'),
    regeling: ref('regelingen').optional().describe('De regeling waar dit bedrag bij hoort (bestandsnaam zonder .mdx). De pagina van die regeling en de keuzehulp tonen het dan.'),
    sources: z.array(source).min(1, { error: 'Een bedrag heeft minstens één officiële bron nodig.' }).describe('Officiële bronnen (title en url) waar het bedrag staat.'),
    checked: isoDate().describe('Datum waarop het bedrag voor het laatst is nagekeken bij de bron.'),
    note: z.string().min(5).optional().describe('Een korte toelichting voor de lezer, bijvoorbeeld voor wie het bedrag geldt.'),
    endedOn: isoDate()
      .optional()
      .describe('Alleen bij een bedrag dat niet meer terugkomt: de datum waarop het stopte. Dan waarschuwt de controle niet dat de laatste periode voorbij is.'),
  };
  const periods = <T extends z.ZodRawShape>(shape: T) =>
    z.array(z.strictObject({ ...ratePeriod, ...shape })).min(1).describe('De bedragen per periode, oudste eerst.');
  return z.discriminatedUnion('kind', [
    z.strictObject({
      ...common,
      kind: z.literal('uurloon').describe('Een bedrag per uur, zoals het minimumloon.'),
      periods: periods({ perUur: euro.describe('Bruto bedrag per uur.') }),
    }),
    z.strictObject({
      ...common,
      kind: z.literal('loonkostenvoordeel').describe('Een loonkostenvoordeel: een bedrag per verloond uur met een maximum per jaar.'),
      maxJaren: z.number().int().min(1).optional().describe('Hoeveel jaar u het hoogstens krijgt. Laat weg als het geldt zolang de werknemer in dienst is.'),
      periods: periods({
        perUur: euro.describe('Bedrag per verloond uur.'),
        maxPerJaar: euro.describe('Hoogste bedrag per kalenderjaar.'),
      }),
    }),
    z.strictObject({
      ...common,
      kind: z.literal('percentage').describe('Een percentage van iets anders, zoals 70% van het minimumloon.'),
      max: z.boolean().default(false).describe('true als het een maximum is ("hoogstens").'),
      of: z.string().min(3).describe('Waarvan het een percentage is: "van het wettelijk minimumloon".'),
      periods: periods({ percentage: z.number().positive().max(100).describe('Het percentage, zoals 23.5.') }),
    }),
    z.strictObject({
      ...common,
      kind: z.literal('bedrag').describe('Een vast bedrag, zoals een subsidie per leerplaats.'),
      max: z.boolean().default(false).describe('true als het een maximum is ("hoogstens").'),
      per: z.string().min(3).describe('Waarvoor het bedrag geldt: "per praktijkleerplaats per studiejaar".'),
      periods: periods({ bedrag: euro.describe('Het bedrag in euro.') }),
    }),
    z.strictObject({
      ...common,
      kind: z.literal('jeugdloon').describe('Het minimumjeugdloon: een percentage van het minimumloon per leeftijd.'),
      periods: periods({
        percentages: z
          .record(z.enum(['15', '16', '17', '18', '19', '20']), z.number().positive().max(100))
          .describe('Leeftijd -> percentage van het minimumloon voor 21 jaar en ouder.'),
      }),
    }),
  ]);
}

/** A law or municipal rule a regeling rests on: a BWB identifier (national law) or a CVDR number (municipal rule). */
export const legalBasis = z
  .strictObject({
    title: z.string().min(3).describe('Naam van de wet of regeling zoals de lezer die ziet: "Participatiewet".'),
    bwb: bwbId().optional().describe('Bij een landelijke wet of regeling: het BWB-nummer uit het adres op wetten.overheid.nl, zoals BWBR0015703.'),
    article: z
      .string()
      .regex(/^[0-9]+[a-z]*([.:][0-9]+[a-z]*)*$/, { error: 'Schrijf alleen het artikelnummer, zoals 10d of 2.1.' })
      .optional()
      .describe('Het artikel waar de regeling in staat, zoals 10d. Laat weg als de hele wet de grondslag is.'),
    cvdr: cvdrId().optional().describe('Bij een gemeentelijke regeling: het CVDR-nummer uit het adres op lokaleregelgeving.overheid.nl.'),
  })
  .refine((l) => (l.bwb ? 1 : 0) + (l.cvdr ? 1 : 0) === 1, { error: 'Vul bwb (landelijke wet) of cvdr (gemeentelijke regeling) in, niet allebei en niet geen van beide.' })
  .refine((l) => !(l.article && l.cvdr), { error: 'Een artikel kan alleen bij een landelijke wet (bwb) staan.', path: ['article'] });

export function contentSchemas<R extends z.ZodType>(ref: (collection: ReferencedCollection) => R) {
  const refs = (collection: ReferencedCollection, what: string) =>
    z.array(ref(collection)).default([]).describe(`Namen (bestandsnamen zonder .mdx) van ${what}. Ze verschijnen als links onder de pagina.`);

  return {
    model: z.strictObject({ ...page, order, updated }),

    handboek: z.strictObject({
      ...page,
      part: z.enum(['werkgevers', 'regio']).describe('Deel van het handboek: werkgevers (deel 1) of regio (deel 2, regionale samenwerking).'),
      order: order.describe('Plaats binnen het deel, in de volgorde waarin een werkgever het onderwerp tegenkomt.'),
      updated,
      regelingen: refs('regelingen', 'regelingen waar het hoofdstuk over gaat'),
      doelgroepen: refs('doelgroepen', 'doelgroepen waar het hoofdstuk over gaat'),
      praktijk: refs('praktijk', 'praktijkvoorbeelden bij dit hoofdstuk'),
    }),

    onderwijs: z.strictObject({
      ...page,
      step: z.number().int().min(1).describe('Nummer van de stap in het stappenplan: 1 is de eerste.'),
      goal: z.string().min(10).describe('Wat deze stap oplevert, in één zin.'),
      roles: z
        .strictObject({
          school: z.string().min(10).describe('Wat de school (mbo of hbo) in deze stap doet.'),
          bedrijf: z.string().min(10).describe('Wat het bedrijf in deze stap doet.'),
          werkgeversservicepunt: z.string().min(10).describe('Wat het werkgeversservicepunt in deze stap doet.'),
          gemeente: z.string().min(10).describe('Wat de gemeente in deze stap doet.'),
        })
        .describe('Wie doet wat in deze stap: school, bedrijf, werkgeversservicepunt en gemeente.'),
      tools: z
        .array(
          z.strictObject({
            title: z.string().min(3).describe('Naam van het hulpmiddel of sjabloon.'),
            description: z.string().min(10).describe('Waar het bij helpt, in één zin.'),
            url: httpsOrSiteUrl()
              .optional()
              .describe('Waar het staat: een https-adres, of een pagina op deze site (/handboek/…/). Laat weg als het sjabloon in de tekst staat.'),
          }),
        )
        .default([])
        .describe('Hulpmiddelen en sjablonen voor deze stap.'),
      checklist: z.array(z.string().min(3)).min(1).describe('Punten die een team afvinkt voor de volgende stap.'),
      updated,
    }),

    regelingen: z.strictObject({
      ...page,
      provider: z.array(z.enum(PROVIDERS)).min(1).describe(`Wie de regeling uitvoert. Kies uit: ${PROVIDERS.join(', ')}.`),
      need: z
        .enum(REGELING_NEEDS)
        .describe(
          `Waarvoor een werkgever de regeling zoekt; /regelingen/ zet ze zo in groepen (een gestopte of gesloten regeling staat apart). Kies één: ${REGELING_NEEDS.map((n) => `${n} (${REGELING_NEED_LABELS[n].toLowerCase()})`).join(', ')}.`,
        ),
      doelgroepen: refs('doelgroepen', 'doelgroepen voor wie de regeling bedoeld is'),
      sources: z
        .array(source)
        .min(1, { error: 'Een regeling heeft minstens één officiële bron nodig.' })
        .describe('Officiële bronnen (title en url) voor elk feit op de pagina.'),
      checked: isoDate().describe('Datum waarop de feiten voor het laatst zijn gecontroleerd bij de bronnen. Ouder dan 12 maanden geeft een waarschuwing, ouder dan 18 maanden een fout.'),
      unverified: z
        .array(z.string().min(10))
        .default([])
        .describe(
          'Wat u niet bij de officiële bron kon controleren, per feit of per deel van de pagina, in één zin ("De bedragen voor 2026: de site van het fonds noemt alleen 2024."). De pagina zegt dat bovenaan; "Feiten gecontroleerd op" staat er alleen als deze lijst leeg is.',
        ),
      status: z
        .strictObject({
          state: z
            .enum(REGELING_STATES)
            .describe('open, changing (regels veranderen), closed (geen nieuwe aanvragen), ended (gestopt) of unverified (wat er nu is, kon u niet controleren).'),
          apply: z
            .boolean()
            .default(true)
            .describe('false als een werkgever niets hoeft aan te vragen, zoals bij de no-riskpolis. De status zegt dan "Geldt vanzelf".'),
          since: isoDate().describe('Datum vanaf wanneer deze status geldt.'),
          note: z.string().min(5).optional().describe('Wat er verandert of veranderde, in één zin.'),
          replacedBy: ref('regelingen').optional().describe('Bij een gestopte regeling: de regeling die ervoor in de plaats kwam.'),
        })
        .describe('Of werkgevers de regeling nu kunnen gebruiken, en sinds wanneer.'),
      upl: z
        .strictObject({
          uri: uplUri().describe('Het adres uit de lijst, zoals http://standaarden.overheid.nl/owms/terms/loonkostSub.'),
          name: z.string().min(3).describe('De naam van het product in de lijst, zoals "loonkostensubsidie".'),
        })
        .optional()
        .describe(
          'Waar de regeling staat in de Uniforme Productnamenlijst (UPL) van de overheid: het adres (uri) en de naam (name) uit de officiële lijst. Laat weg als de regeling er niet (of maar voor een deel) in staat.',
        ),
      legalBasis: z
        .array(legalBasis)
        .default([])
        .describe('De wet of regels waarop de regeling rust (title, bwb of cvdr, en eventueel article). Staat op de pagina onder "Wettelijke grondslag". Alleen nummers uit de officiële bronnen.'),
    }),

    doelgroepen: z.strictObject({ ...page, order, updated }),

    praktijk: z
      .strictObject({
        ...page,
        sector: z.enum(SECTORS).describe(`Sector van het bedrijf: ${SECTORS.join(', ')}.`),
        illustrative: z.boolean().describe('true als het voorbeeld bedacht is om een aanpak te laten zien; de pagina zegt dat dan bovenaan, en elke link ernaartoe ook.'),
        sources: z
          .array(caseSource)
          .default([])
          .describe('Bij een echt voorbeeld: waar het is gepubliceerd (title, url, publisher, date). Vertel alleen wat de bron zegt.'),
        doelgroepen: refs('doelgroepen', 'doelgroepen in dit voorbeeld'),
        regelingen: refs('regelingen', 'regelingen die het bedrijf gebruikte'),
        updated,
      })
      .superRefine((entry, ctx) => {
        if (!entry.illustrative && entry.sources.length === 0) {
          ctx.addIssue({ code: 'custom', path: ['sources'], message: 'Een echt voorbeeld heeft een bron: waar is het gepubliceerd? Is het bedacht, zet dan illustrative: true.' });
        }
      }),

    regios: z.strictObject({
      name: z.string().min(3).describe('Officiële CBS-naam van de arbeidsmarktregio.'),
      cbsCode: z.string().regex(/^AM\d{2}$/, { error: 'Een CBS-regiocode ziet eruit als AM01.' }).describe('CBS-code van de regio, zoals AM13.'),
      centrumgemeente: z.string().min(2).describe('De centrumgemeente van de regio.'),
      gemeenten: z
        .array(
          z.strictObject({
            name: z.string().min(2).describe('Naam van de gemeente zoals het CBS die schrijft.'),
            code: z.string().regex(/^GM\d{4}$/).describe('CBS-gemeentecode, zoals GM0344.'),
          }),
        )
        .min(1)
        .describe('De gemeenten in de regio, met hun CBS-code (GMxxxx).'),
      werkgeversservicepunt: deskSchema,
      aliases: z
        .array(
          z.strictObject({
            name: z.string().min(2).describe('De naam die mensen intypen: een oude gemeentenaam, een plaats of een roepnaam (Den Bosch).'),
            gemeente: z.string().min(2).describe('De huidige gemeente waar die naam bij hoort (precies zoals in gemeenten).'),
            reason: z.string().min(3).describe('Waarom: bijvoorbeeld "opgegaan in Voorne aan Zee op 1 januari 2023" of "roepnaam".'),
          }),
        )
        .default([])
        .describe('Andere namen waarmee mensen een gemeente zoeken: oude gemeenten na een samenvoeging, roepnamen.'),
      herindelingen: z
        .array(
          z.strictObject({
            date: isoDate().describe('Datum van de samenvoeging.'),
            into: z.string().describe('Naam van de nieuwe gemeente.'),
            from: z.array(z.string()).min(1).describe('Namen van de gemeenten die opgingen in de nieuwe.'),
          }),
        )
        .default([])
        .describe('Samenvoegingen van gemeenten die voor deze regio gelden.'),
      notes: z.array(z.string()).default([]).describe('Opmerkingen voor de lezer.'),
      sources: z
        .array(
          z.strictObject({
            title: z.string().min(3).describe('Naam van de bron.'),
            url: httpsUrl().optional().describe('Adres (https) van de bron, als die online staat.'),
          }),
        )
        .min(1)
        .describe('Waar de indeling en het werkgeversservicepunt vandaan komen.'),
      referenceYear: z.number().int().min(2020).describe('Jaar van de gemeentelijke indeling (CBS) die deze regio volgt.'),
      checked: isoDate().describe('Datum waarop de gegevens zijn gecontroleerd.'),
    }),

    bedragen: rateSchema(ref),

    termijnen: z.strictObject({
      title: z.string().min(5).describe('Wat er op die dag gebeurt of af moet zijn, kort: "Laatste dag om uw loonaangifte te corrigeren voor het LKV".'),
      text: z.string().min(10).describe('Wat de werkgever dan doet, in één of twee zinnen. Komt in de agenda-afspraak.'),
      date: isoDate().describe('De eerstvolgende datum (JJJJ-MM-DD).'),
      yearly: z.boolean().default(false).describe('true als de datum elk jaar terugkomt; de agenda-afspraak herhaalt zich dan.'),
      regelingen: z.array(ref('regelingen')).min(1).describe('De regelingen waar deze datum bij hoort. De uitslag van de keuzehulp toont de datum als een van deze regelingen past of nagegaan moet worden.'),
      sources: z.array(source).min(1).describe('Officiële bronnen (title en url) voor de datum.'),
      checked: isoDate().describe('Datum waarop de datum bij de bron is nagekeken.'),
    }),

    gidsen: guideSchema,
    partners: partnerSchema,
  };
}
