/**
 * "Welke ondersteuning past?": per question, the next question (GOV.UK style); the committed scenario suite
 * (welke-ondersteuning.scenarios.yaml: described situations with what each result must and must not say); and
 * across every path, that no rule promises a regeling whose conditions the answers do not meet.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { evaluateGuide } from '../../../src/guide/evaluate.ts';
import { END, OUTCOMES } from '../../../src/guide/schema.ts';
import type { Answer } from '../../../src/guide/state.ts';
import { walkGuide } from '../../../src/guide/walk.ts';
import { guideTester } from '../../support/guide-tester.ts';

const t = await guideTester('welke-ondersteuning');
afterAll(() => t.assertEverythingExercised());

describe('the order of the questions', () => {
  it('starts by asking whether the reader hires or keeps someone', () => {
    expect(t.next([])).toBe('situatie');
    expect(t.next(['nieuw'])).toBe('leeftijd');
    expect(t.next(['behouden'])).toBe('gezondheid');
  });
  it.each(['jonger-dan-27', '27-tot-56', '56-plus'])('asks about the benefit after age "%s"', (age) => {
    expect(t.next(['nieuw', age])).toBe('uitkering');
  });
  it.each(['ww', 'wia', 'wia-minder-35', 'bijstand', 'ziektewet', 'geen', 'weet-niet'])('asks about the register after benefit "%s", whatever it is', (benefit) => {
    expect(t.next(['nieuw', '27-tot-56', benefit])).toBe('register');
  });
  it('asks a Wajonger whether UWV found capacity to work, and then not about the register (Wajongers who can work are in it)', () => {
    expect(t.next(['nieuw', '27-tot-56', 'wajong'])).toBe('arbeidsvermogen');
    for (const capacity of ['ja', 'nee', 'weet-niet']) expect(t.next(['nieuw', '27-tot-56', 'wajong', capacity])).toBe('nieuwkomer');
  });
  it('does not ask about the register after a Wsw-indicatie, which puts someone in it', () => {
    expect(t.next(['nieuw', '27-tot-56', 'wsw'])).toBe('nieuwkomer');
  });
  it.each(['ja', 'nee', 'weet-niet'])('asks the traits one by one after register "%s"', (register) => {
    const base = ['nieuw', '27-tot-56', 'geen', register];
    expect(t.next(base)).toBe('nieuwkomer');
    expect(t.next([...base, 'ja'])).toBe('diploma');
    expect(t.next([...base, 'nee', 'ja'])).toBe('taal');
    expect(t.next([...base, 'nee', 'nee'])).toBe('taal');
    expect(t.next([...base, 'nee', 'nee', 'ja'])).toBe('ggz');
    expect(t.next([...base, 'nee', 'nee', 'nee', 'ja'])).toBe('detentie');
    expect(t.next([...base, 'nee', 'nee', 'nee', 'nee'])).toBe('detentie');
    expect(t.next([...base, 'nee', 'nee', 'nee', 'nee', 'ja'])).toBe(END);
  });
  it('asks three questions to keep an employee, then ends', () => {
    for (const health of ['ziek', 'wia', 'wia-minder-35', 'beperking', 'nee']) expect(t.next(['behouden', health])).toBe('leeftijd-werknemer');
    expect(t.next(['behouden', 'nee', 'jonger-dan-56'])).toBe('register-werknemer');
    expect(t.next(['behouden', 'nee', '56-plus'])).toBe('register-werknemer');
    for (const register of ['ja', 'nee', 'weet-niet']) expect(t.next(['behouden', 'nee', '56-plus', register])).toBe(END);
  });
  it('gives every question a help text that says why it is asked', () => {
    for (const [qid, question] of Object.entries(t.guide.questions)) expect(question.help?.length ?? 0, qid).toBeGreaterThan(60);
  });
});

/** One scenario of the suite; the schema keeps the file honest (every field spelled right). */
const targetList = z.array(z.string().regex(/^[a-z]+\/[a-z0-9-]+$/)).default([]);
const scenarioSchema = z.strictObject({
  situation: z.string().min(20),
  answers: z.record(z.string(), z.string()),
  fits: targetList,
  check: targetList,
  notApplicable: targetList,
  never: targetList,
  notAsked: z.array(z.string()).default([]),
  notices: z.array(z.string()).default([]),
  reasons: z.record(z.string(), z.string()).default({}),
  verdict: z.enum(['fits', 'check', 'none']),
  basis: z.string().min(20),
});
const scenarios = z
  .array(scenarioSchema)
  .min(25)
  .parse(parse(await readFile(path.join(import.meta.dirname, 'welke-ondersteuning.scenarios.yaml'), 'utf8')));

/** Follows the answers through the guide: each asked question must be answered, and no answer may be left over. */
function pathFor(answers: Record<string, string>): string[] {
  const segments: string[] = [];
  const used = new Set<string>();
  for (let question = t.next([]); question !== END; question = t.next(segments)) {
    const option = answers[question];
    if (!option) throw new Error(`Het scenario beantwoordt de vraag "${question}" niet.`);
    used.add(question);
    segments.push(option);
  }
  const unused = Object.keys(answers).filter((q) => !used.has(q));
  if (unused.length > 0) throw new Error(`Het scenario beantwoordt vragen die op dit pad niet komen: ${unused.join(', ')}.`);
  return segments;
}

describe.each(scenarios)('scenario: $situation', (scenario) => {
  const segments = pathFor(scenario.answers);
  const result = t.result(segments);
  const outcomeOf = (target: string) => result.recommendations.find((r) => r.target === target)?.outcome;

  it.each(OUTCOMES.flatMap((outcome) => scenario[outcome].map((target) => [target, outcome] as const)))('%s: %s', (target, outcome) => {
    expect(outcomeOf(target), scenario.basis).toBe(outcome);
  });

  it('recommends nothing the conditions rule out, and asks nothing it should not', () => {
    for (const target of scenario.never) expect(['fits', 'check'], `${target} (${scenario.basis})`).not.toContain(outcomeOf(target));
    const asked = new Set(t.questionsOn(segments));
    for (const question of scenario.notAsked) expect(asked.has(question), question).toBe(false);
  });

  it(`has the verdict "${scenario.verdict}", the notices and the reasons`, () => {
    expect(result.verdict).toBe(scenario.verdict);
    const titles = result.notices.map((n) => n.title);
    for (const notice of scenario.notices) expect(titles).toContain(notice);
    for (const [target, text] of Object.entries(scenario.reasons)) {
      const reasons = result.recommendations.find((r) => r.target === target)?.reasons.map((r) => r.because).join(' ') ?? '';
      expect(reasons, target).toContain(text);
    }
  });
});

describe('on every path, the advice meets the conditions of each regeling', () => {
  const paths = [...walkGuide(t.guide)].filter((s) => s.kind === 'result');
  const answer = (answers: Answer[], q: string) => answers.find((a) => a.question === q)?.option;
  const outcomeOn = (answers: Answer[], target: string) => evaluateGuide(t.guide, answers).recommendations.find((r) => r.target === target)?.outcome;

  it('walks all results', () => {
    expect(paths.length).toBeGreaterThan(2000);
  });

  it.each<[string, (a: Answer[]) => boolean]>([
    // [target, when it may be promised ("fits")]
    ['regelingen/lkv-oudere-werknemer', () => false],
    ['regelingen/lkv-banenafspraak', (a) => answer(a, 'register') === 'ja' || answer(a, 'uitkering') === 'wsw' || answer(a, 'arbeidsvermogen') === 'ja' || answer(a, 'register-werknemer') === 'ja'],
    ['regelingen/lkv-arbeidsgehandicapte-werknemer', (a) => answer(a, 'uitkering') === 'wia'],
    ['regelingen/lkv-herplaatsen-arbeidsgehandicapte-werknemer', (a) => answer(a, 'gezondheid') === 'wia'],
    ['regelingen/loonkostensubsidie', () => false],
    ['regelingen/loondispensatie', () => false],
    ['regelingen/proefplaatsing', () => false],
    ['regelingen/no-riskpolis', (a) => ['wia', 'wajong', 'wsw'].includes(answer(a, 'uitkering') ?? '') || answer(a, 'register') === 'ja' || answer(a, 'gezondheid') === 'wia'],
    ['regelingen/inburgering-en-werk', (a) => answer(a, 'nieuwkomer') === 'ja'],
  ])('%s is only promised when its condition holds', (target, allowed) => {
    for (const { answers } of paths) {
      if (outcomeOn(answers, target) === 'fits') expect(allowed(answers), answers.map((a) => a.option).join('/')).toBe(true);
    }
  });

  it('never recommends loonkostensubsidie to someone with a benefit from UWV', () => {
    for (const { answers } of paths) {
      if (['ww', 'wia', 'wajong', 'ziektewet'].includes(answer(answers, 'uitkering') ?? '')) {
        expect(['fits', 'check'], answers.map((a) => a.option).join('/')).not.toContain(outcomeOn(answers, 'regelingen/loonkostensubsidie'));
      }
    }
  });

  it('says on every result what to check and with whom, and which part of the plan each piece of advice is in', () => {
    for (const { answers } of paths) {
      for (const rec of evaluateGuide(t.guide, answers).recommendations) {
        if (rec.outcome === 'check') expect(rec.checkWith.length, `${rec.target} op ${answers.map((a) => a.option).join('/')}`).toBeGreaterThan(0);
        if (rec.kind !== 'partner') expect(rec.section).toBeDefined();
      }
    }
  });
});
