/**
 * Answers <-> URL path segments. A guide's URL is /gids/<guide>/<option>/<option>/…/: each segment is the
 * id of the option chosen at the next question. The path alone says where the reader is.
 */
import { END, type Guide, type Option } from './schema.ts';
import type { Answer, GuideState } from './state.ts';

export function answersToSegments(answers: readonly Answer[]): string[] {
  return answers.map((a) => a.option);
}

export type ReadPath = { ok: true; state: GuideState } | { ok: false; position: number; segment: string; reason: string };

/** Follows segments from the start question; tells where and why a path does not exist (tampered or outdated URL). */
export function segmentsToState(guide: Guide, segments: readonly string[]): ReadPath {
  const answers: Answer[] = [];
  let question: string | undefined = guide.start;
  for (const [position, segment] of segments.entries()) {
    if (question === undefined) return { ok: false, position, segment, reason: 'De keuzehulp was al klaar bij het vorige antwoord.' };
    const option: Option | undefined = guide.questions[question]?.options.find((o) => o.id === segment);
    if (!option) return { ok: false, position, segment, reason: `"${segment}" is geen antwoord op de vraag "${question}".` };
    answers.push({ question, option: option.id });
    question = option.next === END ? undefined : option.next;
  }
  return { ok: true, state: question === undefined ? { kind: 'result', answers } : { kind: 'question', answers, question } };
}
