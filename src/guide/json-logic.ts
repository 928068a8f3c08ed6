/**
 * A guide's conditions as JsonLogic (https://jsonlogic.com), so another site can evaluate the same advice with
 * any JsonLogic library instead of reimplementing src/guide/evaluate.ts. Pure: no Astro, no I/O.
 *
 * Data shape: { "answers": { "<question id>": "<option id>" } }, one key per question answered on the path. A question
 * that was not asked is simply absent; {"var": …} then gives null, and {"in": [null, [...]]} is false, so a
 * condition on an unasked question never holds, exactly as in the engine.
 *
 * Each rule and notice gets ONE boolean expression: true when it applies (its `when` holds and none of its `unless`
 * does). We do not encode "check" in the expression on purpose: in this engine "check" is not a third state of the
 * answers but a fixed `outcome` of a rule ("the answers cannot settle this, check it with …"). A boolean is the
 * plainest JsonLogic use and works in every implementation; the outcome stays readable data next to it. How the
 * outcomes of several rules combine (the strongest wins per target) is written on /data/ and in the JSON Schema.
 */
import type { Condition, Rule } from './schema.ts';
import type { Answer } from './state.ts';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A JsonLogic expression: `true` or an operation object. Kept structural so that this module needs no library. */
export type JsonLogic = boolean | { [operator: string]: Json };

/** The data a reuser passes to JsonLogic for a list of answers. */
export interface JsonLogicData {
  answers: Record<string, string>;
}

export function jsonLogicData(answers: readonly Answer[]): JsonLogicData {
  const data: Record<string, string> = {};
  // The engine reads the first answer to a question; a path never asks one twice, but stay identical anyway.
  for (const a of answers) if (!(a.question in data)) data[a.question] = a.option;
  return { answers: data };
}

/** The tests of one condition: each question must have one of the listed answers. */
function conditionTests(condition: Condition): JsonLogic[] {
  return Object.entries(condition).map(([question, options]) => ({ in: [{ var: `answers.${question}` }, options] }));
}

/** true when every test holds; `true` for an empty condition (JsonLogic's {"and": []} is not true in every library). */
function all(tests: JsonLogic[]): JsonLogic {
  if (tests.length === 0) return true;
  return tests.length === 1 ? tests[0]! : { and: tests };
}

export function conditionToJsonLogic(condition: Condition): JsonLogic {
  return all(conditionTests(condition));
}

/** `when` and not any `unless`, as one flat "and": {"and": [when tests…, {"!": unless1}, {"!": unless2}]}. */
export function ruleToJsonLogic(rule: Pick<Rule, 'when' | 'unless'>): JsonLogic {
  return all([...conditionTests(rule.when), ...rule.unless.map((c) => ({ '!': conditionToJsonLogic(c) }))]);
}

/** A rule or notice with its condition added as JsonLogic, for the open data file. */
export function withJsonLogic<T extends Pick<Rule, 'when' | 'unless'>>(item: T): T & { jsonLogic: JsonLogic } {
  return { ...item, jsonLogic: ruleToJsonLogic(item) };
}
