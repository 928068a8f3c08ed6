/**
 * Links between the pages of a guide: the answers so far make the path (see src/guide/url.ts).
 * The same guide lives at /gids/<guide>/… on the site and at /embed/gids/<guide>/… for iframes.
 */
import { answersToSegments } from '../guide/url.ts';
import type { Answer } from '../guide/state.ts';
import { href } from './url.ts';

export type GuideMode = 'site' | 'embed';

export function guideHref(guideId: string, answers: readonly Answer[], mode: GuideMode = 'site'): string {
  const segments = answersToSegments(answers);
  return href(`${mode === 'embed' ? '/embed' : ''}/gids/${guideId}/${segments.map((s) => `${s}/`).join('')}`);
}
