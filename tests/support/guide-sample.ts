/**
 * A small set of guide states that together show every question and every kind of result: for each question
 * the shortest path that asks it, and for each rule the shortest path to a result where it applies (so every
 * target kind and outcome a rule can produce is rendered once). Read from the guide files, not from dist/.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { evaluateGuide } from '../../src/guide/evaluate.ts';
import { loadYamlFile } from '../../src/guide/load.ts';
import { guideSchema } from '../../src/guide/schema.ts';
import type { GuideState } from '../../src/guide/state.ts';
import { answersToSegments } from '../../src/guide/url.ts';
import { walkGuide } from '../../src/guide/walk.ts';
import { PROJECT_ROOT } from './astro.ts';

export interface SampledState {
  /** URL path below /gids/ or /embed/gids/: "welke-ondersteuning/ja/nee/". */
  path: string;
  /** Why this state is in the sample: "vraag x" or "regel 3". */
  covers: string[];
}

export async function guideStateSample(contentDir = path.join(PROJECT_ROOT, 'content')): Promise<SampledState[]> {
  const sample = new Map<string, SampledState>();
  const add = (guideId: string, state: GuideState, covers: string) => {
    const segments = answersToSegments(state.answers);
    const key = `${guideId}/${segments.map((s) => `${s}/`).join('')}`;
    const entry = sample.get(key) ?? { path: key, covers: [] };
    entry.covers.push(covers);
    sample.set(key, entry);
  };
  const dir = path.join(contentDir, 'gidsen');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const guideId = file.slice(0, -'.yaml'.length);
    const guide = guideSchema.parse((await loadYamlFile(path.join(dir, file))).data);
    const byLength = [...walkGuide(guide)].sort((a, b) => a.answers.length - b.answers.length);
    for (const question of Object.keys(guide.questions)) {
      const state = byLength.find((s) => s.kind === 'question' && s.question === question);
      if (state) add(guideId, state, `${guideId}: vraag ${question}`);
    }
    const results = byLength.filter((s) => s.kind === 'result').map((s) => ({ state: s, rules: evaluateGuide(guide, s.answers).rulesApplied }));
    guide.rules.forEach((_, index) => {
      const found = results.find((r) => r.rules.includes(index));
      if (found) add(guideId, found.state, `${guideId}: regel ${index + 1}`);
    });
  }
  return [...sample.values()];
}

/**
 * The result page of a guide with the most recommendations, the longest plan a reader can get, as its URL path
 * below /gids/ ("welke-ondersteuning/nieuw/…/"). Used by the print test and the review screenshots.
 */
export async function longestResultPath(guideId: string, contentDir = path.join(PROJECT_ROOT, 'content')): Promise<string> {
  const guide = guideSchema.parse((await loadYamlFile(path.join(contentDir, 'gidsen', `${guideId}.yaml`))).data);
  const longest = [...walkGuide(guide)]
    .filter((s) => s.kind === 'result')
    .map((s) => ({ s, n: evaluateGuide(guide, s.answers).recommendations.length }))
    .sort((a, b) => b.n - a.n)[0]!.s;
  return `${guideId}/${answersToSegments(longest.answers).join('/')}/`;
}
