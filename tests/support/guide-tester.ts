/**
 * GOV.UK-style guide tests: "after these answers, the next question is X" and "this result recommends Y".
 * The tester records which questions, answers and rules the tests exercised; assertEverythingExercised()
 * fails when a question, an answer or a rule was never reached, so new content cannot go untested.
 */
import path from 'node:path';
import { expect } from 'vitest';
import { evaluateGuide, type Evaluation } from '../../src/guide/evaluate.ts';
import { loadYamlFile } from '../../src/guide/load.ts';
import { END, guideSchema, type Guide } from '../../src/guide/schema.ts';
import { segmentsToState } from '../../src/guide/url.ts';
import { PROJECT_ROOT } from './astro.ts';

export interface GuideTester {
  guide: Guide;
  /** The question asked after these answers (option ids in order), or "resultaat". */
  next(path: string[]): string;
  /** The evaluation of a complete path; fails when the path does not end in a result. */
  result(path: string[]): Evaluation & { targets: (outcome?: string) => string[] };
  /** The questions asked on this path, in order. */
  questionsOn(path: string[]): string[];
  assertEverythingExercised(): void;
}

export async function guideTester(guideId: string): Promise<GuideTester> {
  const file = path.join(PROJECT_ROOT, 'content/gidsen', `${guideId}.yaml`);
  const guide = guideSchema.parse((await loadYamlFile(file)).data);
  const asked = new Set<string>();
  const answered = new Set<string>();
  const rules = new Set<number>();

  const follow = (segments: string[]) => {
    const read = segmentsToState(guide, segments);
    if (!read.ok) throw new Error(`Pad ${segments.join('/')} bestaat niet: ${read.reason}`);
    for (const a of read.state.answers) {
      asked.add(a.question);
      answered.add(`${a.question}=${a.option}`);
    }
    return read.state;
  };

  return {
    guide,
    next(segments) {
      const state = follow(segments);
      if (state.kind === 'result') return END;
      asked.add(state.question);
      return state.question;
    },
    result(segments) {
      const state = follow(segments);
      if (state.kind !== 'result') throw new Error(`Pad ${segments.join('/')} eindigt bij de vraag "${state.question}", niet bij een uitslag.`);
      const evaluation = evaluateGuide(guide, state.answers);
      for (const r of evaluation.rulesApplied) rules.add(r);
      return {
        ...evaluation,
        targets: (outcome) => evaluation.recommendations.filter((r) => !outcome || r.outcome === outcome).map((r) => r.target),
      };
    },
    questionsOn(segments) {
      return follow(segments).answers.map((a) => a.question);
    },
    assertEverythingExercised() {
      const missing: string[] = [];
      for (const [qid, question] of Object.entries(guide.questions)) {
        if (!asked.has(qid)) missing.push(`vraag ${qid}`);
        for (const option of question.options) if (!answered.has(`${qid}=${option.id}`)) missing.push(`antwoord ${qid}=${option.id}`);
      }
      guide.rules.forEach((_, r) => {
        if (!rules.has(r)) missing.push(`regel ${r + 1}`);
      });
      expect(missing, 'Deze delen van de keuzehulp hebben geen test').toEqual([]);
    },
  };
}
