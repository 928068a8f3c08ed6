/**
 * The JsonLogic in /data/gidsen/<guide>.json gives the same advice as the site's own engine. For every guide and
 * every state that walkGuide yields (question pages too, so answers not given yet are covered), a reuser's
 * evaluation, written only against the exported JSON and the json-logic-js library as /data/ describes it, must
 * give the same recommendations, outcomes (fits / check / notApplicable), sections, reasons, steps, notices and verdict.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { evaluateGuide } from '../../src/guide/evaluate.ts';
import { conditionToJsonLogic, jsonLogicData, ruleToJsonLogic, withJsonLogic } from '../../src/guide/json-logic.ts';
import { loadYamlFile } from '../../src/guide/load.ts';
import { guideSchema, type Guide } from '../../src/guide/schema.ts';
import type { Answer } from '../../src/guide/state.ts';
import { walkGuide } from '../../src/guide/walk.ts';
import { guideFile } from '../../src/schemas/open-data.ts';
import { PROJECT_ROOT } from '../support/astro.ts';

/** The part of the open data file that decides the advice, as the page writes it and a reuser reads it. */
const exportedPart = guideFile.pick({ sections: true, verdict: true, notices: true, rules: true });
type Exported = ReturnType<typeof exportedPart.parse>;

function exportGuide(guide: Guide): Exported {
  const file = { sections: guide.sections, verdict: guide.verdict, notices: guide.notices.map(withJsonLogic), rules: guide.rules.map(withJsonLogic) };
  // Through JSON text, as a reuser receives it, and through the published schema.
  return exportedPart.parse(JSON.parse(JSON.stringify(file)));
}

/** The order of "phase" as /data/ documents it, written out as a reuser would. */
const PHASE_ORDER = ['nu', 'voor-start', 'na-start', 'loonaangifte', 'bij-ziekte'];

/** What another site does with the file: JsonLogic per rule, then "the strongest outcome wins" per target. */
function reuserEvaluate(file: Exported, answers: readonly Answer[]) {
  const data = jsonLogicData(answers);
  const applies = (item: { jsonLogic: unknown }) => jsonLogic.apply(item.jsonLogic as jsonLogic.RulesLogic, data) === true;
  const strength = { fits: 3, check: 2, notApplicable: 1 } as const;
  const applied = file.rules.filter(applies);
  const byTarget = new Map<string, { target: string; outcome: keyof typeof strength; section?: string; checkWith: string[]; reasons: string[] }>();
  for (const rule of applied) {
    for (const target of rule.recommend) {
      const rec = byTarget.get(target);
      if (!rec) byTarget.set(target, { target, outcome: rule.outcome, checkWith: [], reasons: [] });
      else if (strength[rule.outcome] > strength[rec.outcome]) rec.outcome = rule.outcome;
    }
  }
  const won = applied.filter((rule) => rule.recommend.some((t) => byTarget.get(t)!.outcome === rule.outcome));
  for (const rule of won) {
    for (const target of rule.recommend) {
      const rec = byTarget.get(target)!;
      if (rec.outcome !== rule.outcome) continue;
      rec.section ??= rule.section;
      if (!rec.reasons.includes(rule.because)) rec.reasons.push(rule.because);
      if (rule.checkWith && !rec.checkWith.includes(rule.checkWith)) rec.checkWith.push(rule.checkWith);
    }
  }
  const recommendations = [...byTarget.values()];
  const inVerdict = recommendations.filter((r) => r.section === file.verdict?.section);
  return {
    recommendations,
    // Steps of the winning rules without repeats, by phase (a stable sort keeps the rule order within a phase).
    steps: [...new Map(won.flatMap((r) => r.actions).map((a) => [a.text, a] as const)).values()]
      .sort((a, b) => PHASE_ORDER.indexOf(a.phase) - PHASE_ORDER.indexOf(b.phase))
      .map((a) => a.text),
    notices: file.notices.filter(applies).map((n) => n.title),
    verdict: !file.verdict
      ? undefined
      : inVerdict.some((r) => r.outcome === 'fits')
        ? 'fits'
        : inVerdict.some((r) => r.outcome === 'check')
          ? 'check'
          : 'none',
  };
}

/** The engine's evaluation in the same terms. */
function engineEvaluate(guide: Guide, answers: readonly Answer[]) {
  const result = evaluateGuide(guide, answers);
  return {
    recommendations: result.recommendations.map((r) => ({
      target: r.target,
      outcome: r.outcome,
      ...(r.section === undefined ? {} : { section: r.section }),
      checkWith: r.checkWith,
      reasons: r.reasons.map((x) => x.because),
    })),
    steps: result.actions.map((a) => a.text),
    notices: result.notices.map((n) => n.title),
    verdict: result.verdict,
  };
}

describe('ruleToJsonLogic', () => {
  it('writes each condition as "in" on the answer, "unless" as "!", and an empty condition as true', () => {
    expect(conditionToJsonLogic({})).toBe(true);
    expect(ruleToJsonLogic({ when: { uitkering: ['wajong', 'ww'] }, unless: [] })).toEqual({ in: [{ var: 'answers.uitkering' }, ['wajong', 'ww']] });
    expect(ruleToJsonLogic({ when: { a: ['x'] }, unless: [{ b: ['y'], c: ['z'] }] })).toEqual({
      and: [{ in: [{ var: 'answers.a' }, ['x']] }, { '!': { and: [{ in: [{ var: 'answers.b' }, ['y']] }, { in: [{ var: 'answers.c' }, ['z']] }] } }],
    });
  });

  it('never holds on a question that was not asked, also in json-logic-js', () => {
    const rule = ruleToJsonLogic({ when: { a: ['x'] }, unless: [{ b: ['y'] }] }) as jsonLogic.RulesLogic;
    expect(jsonLogic.apply(rule, jsonLogicData([{ question: 'a', option: 'x' }]))).toBe(true);
    expect(jsonLogic.apply(rule, jsonLogicData([{ question: 'a', option: 'x' }, { question: 'b', option: 'y' }]))).toBe(false);
    expect(jsonLogic.apply(rule, jsonLogicData([]))).toBe(false);
    expect(jsonLogic.apply(ruleToJsonLogic({ when: {}, unless: [] }) as jsonLogic.RulesLogic, jsonLogicData([]))).toBe(true);
  });
});

const dir = path.join(PROJECT_ROOT, 'content/gidsen');
const guideIds = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length));

/** What all paths together exercised, so the comparison cannot pass by comparing empty results. */
const seen = { outcomes: new Set<string>(), verdicts: new Set<string>(), notices: 0 };

describe.each(guideIds)('guide %s: exported JsonLogic', async (guideId) => {
  const guide = guideSchema.parse((await loadYamlFile(path.join(dir, `${guideId}.yaml`))).data);
  const file = exportGuide(guide);

  it('gives the same advice as the engine on every state of every path', () => {
    let states = 0;
    const outcomes = new Set<string>();
    for (const state of walkGuide(guide)) {
      states++;
      const expected = engineEvaluate(guide, state.answers);
      expect(reuserEvaluate(file, state.answers), state.answers.map((a) => `${a.question}=${a.option}`).join(' ') || '(start)').toEqual(expected);
      for (const r of expected.recommendations) outcomes.add(r.outcome);
      if (expected.verdict) seen.verdicts.add(expected.verdict);
      seen.notices += expected.notices.length;
    }
    for (const o of outcomes) seen.outcomes.add(o);
    expect(states).toBeGreaterThan(2);
    // The comparison only means something if the paths reach more than one kind of outcome.
    expect(outcomes.size).toBeGreaterThan(1);
  });
});

describe('all guides together', () => {
  it('reach every outcome, every verdict and some notices, so the comparison above has something to compare', () => {
    expect([...seen.outcomes].sort()).toEqual(['check', 'fits', 'notApplicable']);
    expect([...seen.verdicts].sort()).toEqual(['check', 'fits', 'none']);
    expect(seen.notices).toBeGreaterThan(0);
  });
});
