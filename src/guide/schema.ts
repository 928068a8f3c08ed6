/**
 * The shape of a decision guide file (content/gidsen/<guide>.yaml) and of the partner list
 * (content/partners.yaml). Plain zod, no Astro import: the engine, the check script and the content
 * collection all validate against these schemas, and the TypeScript types are inferred from them.
 */
import { z } from 'zod';
import { httpsUrl, isoDate } from '../lib/schema-fields.ts';

/** Lower-case words joined by hyphens. Option ids become URL segments, so they must be safe there. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'Gebruik kleine letters, cijfers en koppeltekens, zoals "geen-uitkering".',
});

/** The kinds of page or partner a recommendation can point to. */
export const TARGET_KINDS = ['regelingen', 'handboek', 'doelgroepen', 'praktijk', 'model', 'onderwijs', 'partner', 'gids'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** Where a recommendation points: a content entry ("regelingen/no-riskpolis"), a partner ("partner/uwv") or another guide ("gids/welke-ondersteuning"). */
export const targetSchema = z.string().regex(new RegExp(`^(${TARGET_KINDS.join('|')})/[a-z0-9]+(?:-[a-z0-9]+)*$`), {
  error: 'Schrijf een verwijzing als "regelingen/<naam>", "handboek/<naam>", "partner/<naam>" of "gids/<naam>".',
});

/** The word that ends a guide instead of naming a next question. */
export const END = 'resultaat';

export const optionSchema = z.strictObject({
  /** Becomes the URL segment of this answer: renaming it renames a published URL. */
  id: idSchema,
  /** The answer as the reader sees it. */
  label: z.string().min(1),
  /** Id of the next question, or "resultaat" to end the guide. The check reports an option without one. */
  next: idSchema.optional(),
});

export const questionSchema = z.strictObject({
  /** The question, shown as the h1 of its page. */
  text: z.string().min(3),
  /** Short name of the question in the "Uw antwoorden" list, e.g. "Uitkering". */
  short: z.string().min(2),
  /** Short explanation under the question. */
  help: z.string().optional(),
  options: z.array(optionSchema).min(2, { error: 'Een vraag heeft minstens twee antwoorden nodig.' }),
});

/**
 * What a rule says about its recommendations:
 * fits: the answers meet the conditions; check: the answers cannot settle a condition, so the reader must
 * check it first (the rule says what and with whom); notApplicable: the reader might expect it, but it does not apply.
 */
export const OUTCOMES = ['fits', 'check', 'notApplicable'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * Answers that must all hold: question id -> any of these option ids. An empty object always holds. A question
 * that was not asked on a path never holds, so a condition on it leaves that path alone.
 */
export const conditionSchema = z.record(idSchema, z.array(idSchema).min(1));
export type Condition = z.infer<typeof conditionSchema>;

/** When a step is done, in the order the result page lists the steps. */
export const PHASES = ['nu', 'voor-start', 'na-start', 'loonaangifte', 'bij-ziekte'] as const;
export type Phase = (typeof PHASES)[number];

export const actionSchema = z.strictObject({
  /** What the reader does, as one instruction: "Vraag een proefplaatsing aan." */
  text: z.string().min(5),
  /** With whom or where: "UWV", "de gemeente van de werknemer", "u zelf, in het werkgeversportaal". */
  who: z.string().min(2),
  /** When: nu, voor-start (vóór de eerste werkdag), na-start, loonaangifte or bij-ziekte. */
  phase: z.enum(PHASES),
});
export type Action = z.infer<typeof actionSchema>;

export const ruleSchema = z.strictObject({
  when: conditionSchema,
  /** The rule does not apply when any of these conditions holds (for "everyone except …"). */
  unless: z.array(conditionSchema).default([]),
  /** The part of the result page the advice belongs to (an id from "sections"); needed when the guide has sections. */
  section: idSchema.optional(),
  outcome: z.enum(OUTCOMES).default('fits'),
  /** What the rule is about, in the order the reader should act. */
  recommend: z.array(targetSchema).min(1),
  /** Why, in one or two sentences for the reader. The result page shows it with the answers that led to it. */
  because: z.string().min(5),
  /** For outcome "check": with whom the reader checks it ("UWV", "de school"). Shown as "Eerst nagaan bij …". */
  checkWith: z.string().min(2).optional(),
  /** Steps for the reader, shown under "Wat doet u nu?" in the order of their phase. */
  actions: z.array(actionSchema).default([]),
  /** The condition of the regeling this rule implements, for reviewers (not shown on the site). */
  condition: z.string().optional(),
});

/** A part of the result page: every result shows every required section, so no kind of support is left out. */
export const sectionSchema = z.strictObject({
  id: idSchema,
  /** Heading on the result page, e.g. "Geld voor de loonkosten". */
  title: z.string().min(3),
  /** false for a section that only some results have (further reading). */
  required: z.boolean().default(true),
});

const verdictTextSchema = z.strictObject({
  /** The h1 of the result page. */
  title: z.string().min(5),
  /** One line under it. */
  text: z.string().min(10),
});

/**
 * The heading and one-line verdict of a result, chosen by the strongest outcome in one section (the money, say):
 * fits when something there fits, check when something must be checked first, none otherwise.
 */
export const verdictSchema = z.strictObject({
  section: idSchema,
  fits: verdictTextSchema,
  check: verdictTextSchema,
  none: verdictTextSchema,
});

/** A short note on results where its condition holds, such as what an employer may and may not ask. */
export const noticeSchema = z.strictObject({
  when: conditionSchema,
  unless: z.array(conditionSchema).default([]),
  title: z.string().min(3),
  text: z.string().min(10),
  source: z.strictObject({ title: z.string().min(3), url: httpsUrl() }).optional(),
});

export const guideSchema = z.strictObject({
  title: z.string().min(3),
  summary: z.string().min(20).max(320),
  /** Text above the first question. */
  intro: z.string().optional(),
  /** Heading of the result page; "Dit past bij uw situatie" when left out. A scan may say "Uw actieplan". */
  resultTitle: z.string().min(3).optional(),
  start: idSchema,
  /** The most states (pages) this guide may have; the check fails above it. */
  budget: z.number().int().min(1),
  updated: isoDate(),
  questions: z.record(idSchema, questionSchema),
  /** The parts of a result page, in order. Without sections, results list fits, checks and the rest. */
  sections: z.array(sectionSchema).default([]),
  verdict: verdictSchema.optional(),
  notices: z.array(noticeSchema).default([]),
  rules: z.array(ruleSchema).min(1),
});

export const partnerSchema = z.strictObject({
  name: z.string().min(2),
  /** What this partner does for an employer, in one or two sentences. */
  description: z.string().min(10),
  /** Website; without it the partner is regional and the page links to the region finder. */
  url: httpsUrl().optional(),
  /** true for a partner that differs per labour-market region (the werkgeversservicepunt). */
  regional: z.boolean().default(false),
  /** Where what the description says comes from, when it is not the partner's own site. */
  source: z.strictObject({ title: z.string().min(3), url: httpsUrl() }).optional(),
});

/** content/partners.yaml: partner id -> partner. */
export const partnerListSchema = z.record(idSchema, partnerSchema);

export type Guide = z.infer<typeof guideSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Option = z.infer<typeof optionSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type Partner = z.infer<typeof partnerSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Notice = z.infer<typeof noticeSchema>;
