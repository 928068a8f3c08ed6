/**
 * The shape of the open data files under /data/, so other sites can reuse our content. The build validates
 * every file against these schemas before writing it, the tests validate the built files again, and the JSON
 * Schema versions are published next to the data (/data/schema/…).
 */
import { z } from 'zod';
import { noticeSchema, ruleSchema, sectionSchema, verdictSchema } from '../guide/schema.ts';
import { DESK_FACTS, MUNICIPALITY_FACTS } from './content.ts';
import { REGELING_NEED_LABELS, REGELING_NEEDS, REGELING_STATES } from '../lib/vocabulary.ts';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('Datum als JJJJ-MM-DD.');
const absoluteUrl = z.url().describe('Volledig adres op de site.');

const contactSources = (facts: readonly [string, ...string[]]) =>
  z.array(
    z.strictObject({
      title: z.string(),
      url: z.url(),
      date: z.string().optional().describe('Datum van de pagina: jaar, maand of dag.'),
      official: z.boolean(),
      supports: z.array(z.enum(facts)).describe('Welke gegevens deze bron laat zien.'),
    }),
  );

/** Every file starts with where it comes from and under which licence it may be reused. */
const about = {
  source: z.literal('Werkwijzer Inclusief Mkb').describe('Bron: noem die bij hergebruik.'),
  licence: z.literal('CC BY 4.0'),
  licenceUrl: z.literal('https://creativecommons.org/licenses/by/4.0/deed.nl'),
  site: absoluteUrl,
  documentation: absoluteUrl.describe('Uitleg over deze bestanden.'),
};

export const regelingenFile = z.strictObject({
  ...about,
  items: z.array(
    z.strictObject({
      id: z.string(),
      url: absoluteUrl,
      title: z.string(),
      summary: z.string(),
      provider: z.array(z.string()).min(1),
      need: z
        .enum(REGELING_NEEDS)
        .describe(`Waarvoor een werkgever de regeling zoekt: ${REGELING_NEEDS.map((n) => `${n} (${REGELING_NEED_LABELS[n].toLowerCase()})`).join(', ')}.`),
      doelgroepen: z.array(z.string()).describe('Ids van doelgroepen; de pagina staat op /doelgroepen/<id>/.'),
      keywords: z.array(z.string()),
      status: z.strictObject({
        state: z.enum(REGELING_STATES).describe('open, changing, closed, ended, of unverified: wat er nu is, is niet gecontroleerd.'),
        apply: z.boolean().describe('false als een werkgever niets hoeft aan te vragen (de no-riskpolis).'),
        since: isoDay,
        note: z.string().optional(),
        replacedBy: z.string().optional(),
      }),
      upl: z
        .strictObject({ uri: z.string().describe('Adres (URI) in de lijst.'), name: z.string().describe('Naam van het product in de lijst.') })
        .optional()
        .describe('De regeling in de Uniforme Productnamenlijst (UPL) van de overheid, als ze daarin staat.'),
      legalBasis: z
        .array(
          z.strictObject({
            title: z.string(),
            bwb: z.string().regex(/^BWBR\d{7}$/).optional().describe('BWB-nummer van de wet op wetten.overheid.nl.'),
            article: z.string().optional().describe('Het artikel van die wet.'),
            cvdr: z.string().regex(/^CVDR\d+$/).optional().describe('CVDR-nummer van een gemeentelijke regeling op lokaleregelgeving.overheid.nl.'),
            url: z.url().describe('Waar de tekst staat (voor een wet: een Juriconnect-verwijzing naar de geldende tekst).'),
          }),
        )
        .describe('De wet of regels waarop de regeling rust; leeg als wij geen grondslag in de officiële bronnen vonden.'),
      checked: isoDay.describe('Datum waarop de feiten zijn gecontroleerd.'),
      unverified: z.array(z.string()).describe('Wat op die datum niet bij de officiële bron te controleren was.'),
      sources: z.array(z.strictObject({ title: z.string(), url: z.url() })).min(1),
    }),
  ),
});

export const regiosFile = z.strictObject({
  ...about,
  referenceYear: z.number().int().describe('Jaar van de gemeentelijke indeling (CBS).'),
  items: z.array(
    z.strictObject({
      slug: z.string(),
      url: absoluteUrl,
      name: z.string(),
      cbsCode: z.string().regex(/^AM\d{2}$/),
      centrumgemeente: z.string(),
      gemeenten: z.array(z.strictObject({ name: z.string(), code: z.string().regex(/^GM\d{4}$/) })).min(1),
      aliases: z.array(z.strictObject({ name: z.string(), gemeente: z.string(), reason: z.string() })),
      werkgeversservicepunt: z
        .strictObject({
          name: z.string().nullable(),
          alsoKnownAs: z.string().optional(),
          url: z.url().optional(),
          phone: z.string().optional().describe('Alleen als een officiële pagina het noemt; zie sources.'),
          email: z.string().optional().describe('Alleen als een officiële pagina het noemt; zie sources.'),
          werkcentrum: z
            .strictObject({ status: z.enum(['is', 'wordt', 'onbekend']), name: z.string().optional(), date: z.string().optional() })
            .optional()
            .describe('Of het loket het Werkcentrum van de regio is (is) of wordt (wordt).'),
          sources: contactSources(DESK_FACTS).describe('De bron van elk gegeven.'),
          gemeente: z
            .strictObject({
              website: z.url(),
              phone: z.string().optional().describe('Algemeen nummer van de gemeente, meestal 14 plus netnummer.'),
              employerPage: z.strictObject({ title: z.string(), url: z.url() }).optional(),
              sources: contactSources(MUNICIPALITY_FACTS),
            })
            .optional()
            .describe('De centrumgemeente: de route naar een mens als het loket geen telefoon of website heeft.'),
          checked: isoDay.describe('Datum waarop de contactgegevens zijn nagekeken.'),
        })
        .describe('Het loket voor werkgevers (werkgeversservicepunt of Werkcentrum), met een bron voor elk gegeven.'),
      checked: isoDay,
    }),
  ),
});

/** A rule's or notice's condition as JsonLogic (src/guide/json-logic.ts). The schema only checks for `true` or an object. */
const jsonLogic = z
  .union([z.boolean(), z.record(z.string(), z.json())])
  .describe(
    'De voorwaarde als JsonLogic (jsonlogic.com): true als de regel of melding geldt. Gegevens: {"answers": {"<vraag-id>": "<antwoord-id>"}}; laat een vraag die niet gesteld is weg.',
  );

export const guideFile = z.strictObject({
  ...about,
  id: z.string(),
  url: absoluteUrl.describe('De eerste vraag op de site.'),
  embedUrl: absoluteUrl.describe('De eerste vraag voor een iframe.'),
  title: z.string(),
  summary: z.string(),
  updated: isoDay,
  start: z.string(),
  questions: z.record(
    z.string(),
    z.strictObject({
      text: z.string(),
      short: z.string(),
      help: z.string().optional(),
      options: z.array(z.strictObject({ id: z.string(), label: z.string(), next: z.string() })),
    }),
  ),
  sections: z.array(sectionSchema).describe('De onderdelen van een uitslag, op volgorde.'),
  verdict: verdictSchema.optional().describe('De kop en de zin boven een uitslag, gekozen door wat er in één onderdeel past.'),
  notices: z
    .array(noticeSchema.extend({ jsonLogic }))
    .describe('Korte meldingen op uitslagen waar hun voorwaarde geldt (jsonLogic is dan true).'),
  rules: z
    .array(ruleSchema.extend({ jsonLogic }))
    .describe(
      'De regels: als "when" geldt (en "unless" niet), noemt de uitslag "recommend" met deze "outcome". Noemen meerdere regels hetzelfde doel, dan wint de sterkste uitkomst: fits, dan check, dan notApplicable.',
    ),
  targets: z.record(z.string(), z.strictObject({ title: z.string(), url: z.url().optional() })).describe('Wat elke verwijzing in recommend is.'),
});

export const bedragenFile = z.strictObject({
  ...about,
  items: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      kind: z.enum(['uurloon', 'loonkostenvoordeel', 'percentage', 'bedrag', 'jeugdloon']).describe('Soort bedrag: bepaalt welke velden een periode heeft.'),
      regeling: z.string().optional().describe('Id van de regeling; de pagina staat op /regelingen/<id>/.'),
      regelingUrl: absoluteUrl.optional(),
      maxJaren: z.number().int().optional().describe('Loonkostenvoordeel: hoogstens zoveel jaar; ontbreekt als het geldt zolang de werknemer in dienst is.'),
      max: z.boolean().optional().describe('Percentage of bedrag: true als het een maximum is.'),
      of: z.string().optional().describe('Percentage: waarvan.'),
      per: z.string().optional().describe('Bedrag: waarvoor.'),
      note: z.string().optional(),
      current: z.strictObject({ text: z.string(), period: z.string(), ended: z.boolean() }).describe('Het bedrag dat gold toen het bestand werd gemaakt, in een Nederlandse zin.'),
      periods: z.array(
        z.strictObject({
          from: isoDay,
          to: isoDay.optional(),
          label: z.string().optional(),
          verified: z.boolean().describe('true als het bedrag op de officiële bron is gezien.'),
          perUur: z.number().optional(),
          maxPerJaar: z.number().optional(),
          percentage: z.number().optional(),
          bedrag: z.number().optional(),
          percentages: z.record(z.string(), z.number()).optional().describe('Jeugdloon: leeftijd -> percentage van het minimumloon.'),
        }),
      ),
      sources: z.array(z.strictObject({ title: z.string(), url: z.url() })).min(1),
      checked: isoDay,
    }),
  ),
});

export const OPEN_DATA_SCHEMAS = { regelingen: regelingenFile, regios: regiosFile, gids: guideFile, bedragen: bedragenFile } as const;
