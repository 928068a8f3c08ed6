/**
 * Every state of a guide, in depth-first order: the start question, each later question, each result.
 * Each state becomes one static page. Cycles and dangling `next` values are the validator's business;
 * the walk simply does not follow them, so it always ends.
 */
import { END, type Guide } from './schema.ts';
import type { Answer, GuideState } from './state.ts';

export function* walkGuide(guide: Guide): Generator<GuideState> {
  function* visit(question: string, answers: Answer[], onPath: Set<string>): Generator<GuideState> {
    const q = guide.questions[question];
    if (!q || onPath.has(question)) return;
    yield { kind: 'question', answers, question };
    onPath.add(question);
    for (const option of q.options) {
      const next = [...answers, { question, option: option.id }];
      if (option.next === END) yield { kind: 'result', answers: next };
      else if (option.next) yield* visit(option.next, next, onPath);
    }
    onPath.delete(question);
  }
  yield* visit(guide.start, [], new Set());
}

/** Counts states, stopping once `limit` is passed so that a runaway guide cannot hang the check. */
export function countStates(guide: Guide, limit = Number.POSITIVE_INFINITY): number {
  let count = 0;
  for (const _ of walkGuide(guide)) if (++count > limit) break;
  return count;
}
