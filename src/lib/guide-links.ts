/** Links between the pages of a guide: the answers so far make the path (see src/guide/url.ts). */
import { answersToSegments } from '../guide/url.ts';
import type { Answer } from '../guide/state.ts';
import { href } from './url.ts';

export function guideHref(guideId: string, answers: readonly Answer[]): string {
  const segments = answersToSegments(answers);
  return href(`/gids/${guideId}/${segments.map((s) => `${s}/`).join('')}`);
}
