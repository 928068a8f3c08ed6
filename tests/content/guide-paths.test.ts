/**
 * Every path of every guide: it evaluates without error to real advice, and its recommendations are kept in a
 * committed text snapshot (tests/snapshots/gidsen/*.txt), with a diagram for reviewers (docs/gidsen/*.md).
 * After a deliberate change, `npm run guides:update` rewrites both; the diff shows what changed for readers.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideDiagram, pathSnapshot } from '../../src/guide/describe.ts';
import { evaluateGuide, hasAdvice } from '../../src/guide/evaluate.ts';
import { loadYamlFile } from '../../src/guide/load.ts';
import { guideSchema } from '../../src/guide/schema.ts';
import { walkGuide } from '../../src/guide/walk.ts';
import { PROJECT_ROOT } from '../support/astro.ts';

const dir = path.join(PROJECT_ROOT, 'content/gidsen');
const guideIds = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length));

describe.each(guideIds)('guide %s', async (guideId) => {
  const guide = guideSchema.parse((await loadYamlFile(path.join(dir, `${guideId}.yaml`))).data);

  it('gives advice on every path', () => {
    let results = 0;
    for (const state of walkGuide(guide)) {
      if (state.kind !== 'result') continue;
      results++;
      expect(hasAdvice(evaluateGuide(guide, state.answers)), state.answers.map((a) => a.option).join('/')).toBe(true);
    }
    expect(results).toBeGreaterThan(1);
  });

  it('matches the committed path snapshot', async () => {
    await expect(pathSnapshot(guide)).toMatchFileSnapshot(path.join(PROJECT_ROOT, 'tests/snapshots/gidsen', `${guideId}.txt`));
  });

  it('matches the committed diagram', async () => {
    await expect(guideDiagram(guideId, guide)).toMatchFileSnapshot(path.join(PROJECT_ROOT, 'docs/gidsen', `${guideId}.md`));
  });
});
