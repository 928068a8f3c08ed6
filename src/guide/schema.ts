/**
 * The shape of a decision guide file (content/gidsen/<guide>.yaml). Plain zod, no Astro import:
 * the engine, the check script and the content collection all validate against this one schema.
 */
import { z } from 'zod';
import { isoDate } from '../lib/schema-fields.ts';

/** Lower-case words joined by hyphens. Option ids become URL segments, so they must be safe there. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'Gebruik kleine letters, cijfers en koppeltekens, zoals "geen-uitkering".' });

/** Where a recommendation points: a content entry ("regelingen/no-riskpolis") or a partner ("partner/werkgeversservicepunt"). */
export const targetSchema = z
  .string()
  .regex(/^(regelingen|handboek|doelgroepen|praktijk|model|onderwijs|partner)\/[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'Schrijf een verwijzing als "regelingen/<naam>", "handboek/<naam>" of "partner/<naam>".',
  });

/** The word that ends a guide instead of naming a next question. */
export const END = 'resultaat';

export const optionSchema = z.object({
  /** Becomes the URL segment of this answer: renaming it renames a published URL. */
  id: idSchema,
  /** The answer as the reader sees it. */
  label: z.string().min(1),
  /** Id of the next question, or "resultaat" to end the guide. */
  next: idSchema,
});

export const questionSchema = z.object({
  /** The question, shown as the h1 of its page. */
  text: z.string().min(3),
  /** Short explanation under the question. */
  help: z.string().optional(),
  /** Short name of the question in the "Uw antwoorden" list, e.g. "Uitkering". */
  short: z.string().min(2),
  options: z.array(optionSchema).min(2, { error: 'Een vraag heeft minstens twee antwoorden nodig.' }),
});

export const ruleSchema = z.object({
  /** Answers that must all hold: question id -> any of these option ids. An empty object always holds. */
  when: z.record(idSchema, z.array(idSchema).min(1)),
  /** What to recommend when the rule holds, in the order the reader should act. */
  recommend: z.array(targetSchema).min(1),
  /** Why this fits, in one or two sentences for the reader. */
  because: z.string().min(5),
  /** The condition of the regeling this rule implements, for reviewers (not shown on the site). */
  condition: z.string().optional(),
});

export const guideSchema = z.object({
  title: z.string().min(3),
  summary: z.string().min(20).max(320),
  /** Text above the first question. */
  intro: z.string().optional(),
  start: idSchema,
  /** The most states (pages) this guide may have; the check fails above it. */
  budget: z.number().int().min(1),
  updated: isoDate(),
  questions: z.record(idSchema, questionSchema),
  rules: z.array(ruleSchema).min(1),
});

export type Guide = z.infer<typeof guideSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Option = z.infer<typeof optionSchema>;
export type Rule = z.infer<typeof ruleSchema>;
