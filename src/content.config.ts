/**
 * Every content collection and its schema: the one place content types are defined.
 * Types for pages come from `CollectionEntry<'…'>`, inferred from these schemas.
 * Error messages are Dutch because editors read them (zod's nl locale, plus our own where it helps).
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { guideSchema, partnerSchema } from './guide/schema.ts';
import { CONTENT_DIR } from './lib/content-dir.ts';
import { PROVIDERS, REGELING_STATES, SECTORS } from './lib/vocabulary.ts';
import { useDutchErrors } from './lib/zod-dutch.ts';
import { httpsUrl, isoDate } from './lib/schema-fields.ts';

useDutchErrors();

const source = z.strictObject({
  /** Name of the page as the reader sees it, e.g. "UWV: Hoelang geldt de no-riskpolis?" */
  title: z.string().min(3),
  url: httpsUrl(),
});

/** Fields every article-like page has. */
const page = {
  /** The h1 and the title in search results. */
  title: z.string().min(3),
  /** One or two sentences: used in lists, as the page description and in search results. */
  summary: z.string().min(20).max(320),
  /** Extra search words, e.g. abbreviations ("LKV") or what people type ("subsidie oudere werknemer"). */
  keywords: z.array(z.string().min(2)).default([]),
};

/** Date the text was last changed on purpose (not a typo fix). */
const updated = isoDate();

const mdx = (collection: string) => glob({ pattern: '**/*.mdx', base: `${CONTENT_DIR}/${collection}` });

const model = defineCollection({
  loader: mdx('model'),
  schema: z.strictObject({
    ...page,
    order: z.number().int().min(1),
    updated,
  }),
});

const handboek = defineCollection({
  loader: mdx('handboek'),
  schema: z.strictObject({
    ...page,
    /** Part 1 is for employers, part 2 for regional cooperation. */
    part: z.enum(['werkgevers', 'regio']),
    /** Position within its part, in the order an employer meets the subject. */
    order: z.number().int().min(1),
    updated,
    regelingen: z.array(reference('regelingen')).default([]),
    doelgroepen: z.array(reference('doelgroepen')).default([]),
    praktijk: z.array(reference('praktijk')).default([]),
  }),
});

const onderwijs = defineCollection({
  loader: mdx('onderwijs'),
  schema: z.strictObject({
    ...page,
    /** Step number in the plan, 1 first. */
    step: z.number().int().min(1),
    /** What the step achieves, in one sentence. */
    goal: z.string().min(10),
    /** Items a team ticks off before the next step. */
    checklist: z.array(z.string().min(3)).min(1),
    updated,
  }),
});

const regelingen = defineCollection({
  loader: mdx('regelingen'),
  schema: z.strictObject({
    ...page,
    /** Who runs it: UWV, gemeente, Belastingdienst, … */
    provider: z.array(z.enum(PROVIDERS)).min(1),
    doelgroepen: z.array(reference('doelgroepen')).default([]),
    /** Official pages behind every fact on the page. */
    sources: z.array(source).min(1, { error: 'Een regeling heeft minstens één officiële bron nodig.' }),
    /** Date the facts were last checked against the sources. */
    checked: isoDate(),
    status: z.strictObject({
      /** open, changing (rules change soon), closed (no new applications), ended */
      state: z.enum(REGELING_STATES),
      /** Date from which this state applies. */
      since: isoDate(),
      /** What changes or what happened, in one sentence. */
      note: z.string().min(5).optional(),
      /** For an ended scheme: the scheme that took its place. */
      replacedBy: reference('regelingen').optional(),
    }),
  }),
});

const doelgroepen = defineCollection({
  loader: mdx('doelgroepen'),
  schema: z.strictObject({
    ...page,
    order: z.number().int().min(1),
    updated,
  }),
});

const praktijk = defineCollection({
  loader: mdx('praktijk'),
  schema: z.strictObject({
    ...page,
    sector: z.enum(SECTORS),
    /** true when the case is made up to illustrate an approach; the page then says so. */
    illustrative: z.boolean(),
    doelgroepen: z.array(reference('doelgroepen')).default([]),
    regelingen: z.array(reference('regelingen')).default([]),
    updated,
  }),
});

const regios = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: `${CONTENT_DIR}/regios` }),
  schema: z.strictObject({
    /** Official CBS name of the labour-market region. */
    name: z.string().min(3),
    cbsCode: z.string().regex(/^AM\d{2}$/, { error: 'Een CBS-regiocode ziet eruit als AM01.' }),
    centrumgemeente: z.string().min(2),
    gemeenten: z
      .array(z.strictObject({ name: z.string().min(2), code: z.string().regex(/^GM\d{4}$/) }))
      .min(1),
    /** The regional employer desk; `name` is null where no source named it yet. */
    werkgeversservicepunt: z.strictObject({
      name: z.string().min(2).nullable(),
      url: httpsUrl().optional(),
    }),
    herindelingen: z
      .array(z.strictObject({ date: isoDate(), into: z.string(), from: z.array(z.string()).min(1) }))
      .default([]),
    notes: z.array(z.string()).default([]),
    /** Where the membership and the desk come from; url where the source is online. */
    sources: z.array(z.strictObject({ title: z.string().min(3), url: z.url().optional() })).min(1),
    /** Year of the municipal division this entry follows (CBS). */
    referenceYear: z.number().int().min(2020),
    checked: isoDate(),
  }),
});

const gidsen = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: `${CONTENT_DIR}/gidsen` }),
  schema: guideSchema,
});

/** Organisations a guide can send the reader to (UWV, the werkgeversservicepunt, …): one YAML file. */
const partners = defineCollection({
  loader: file(`${CONTENT_DIR}/partners.yaml`),
  schema: partnerSchema,
});

export const collections = { model, handboek, onderwijs, regelingen, doelgroepen, praktijk, regios, gidsen, partners };
