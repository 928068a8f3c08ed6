/** walkGuide, evaluateGuide and the URL mapping on a small guide. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadYamlFile } from '../../../src/guide/load.ts';
import { guideSchema } from '../../../src/guide/schema.ts';
import { evaluateGuide, hasAdvice } from '../../../src/guide/evaluate.ts';
import { answersToSegments, segmentsToState } from '../../../src/guide/url.ts';
import { countStates, walkGuide } from '../../../src/guide/walk.ts';

const file = path.join(import.meta.dirname, '../../fixtures/guides/valid.yaml');
const guide = guideSchema.parse((await loadYamlFile(file)).data);

describe('walkGuide', () => {
  it('yields every question page and every result, depth first', () => {
    const states = [...walkGuide(guide)].map((s) => `${s.kind}:${answersToSegments(s.answers).join('/')}`);
    expect(states).toEqual([
      'question:',
      'question:wajong',
      'result:wajong/ja',
      'result:wajong/weet-niet',
      'question:bijstand',
      'result:bijstand/ja',
      'result:bijstand/weet-niet',
      'result:geen',
    ]);
    expect(countStates(guide)).toBe(8);
  });

  it('does not follow a cycle, so it always ends', () => {
    const cyclic = structuredClone(guide);
    cyclic.questions['register']!.options[0]!.next = 'uitkering';
    expect(countStates(cyclic)).toBeLessThan(20);
  });
});

describe('evaluateGuide', () => {
  it('recommends what the rules say, in rule order, with the answers behind each reason', () => {
    const result = evaluateGuide(guide, [
      { question: 'uitkering', option: 'wajong' },
      { question: 'register', option: 'ja' },
    ]);
    expect(result.recommendations.map((r) => `${r.outcome} ${r.target}`)).toEqual([
      'fits regelingen/lkv-banenafspraak',
      'fits regelingen/no-riskpolis',
      'fits partner/werkgeversservicepunt',
    ]);
    expect(result.recommendations[0]?.reasons[0]?.answers).toEqual([{ question: 'register', option: 'ja' }]);
    expect(result.recommendations[2]?.reasons[0]?.answers).toEqual([]);
    expect(result.actions).toEqual(['Kijk het register na bij UWV.', 'Bel het werkgeversservicepunt.']);
    expect(result.rulesApplied).toEqual([0, 2, 4]);
  });

  it('says "check" when the answers cannot settle a condition', () => {
    const result = evaluateGuide(guide, [
      { question: 'uitkering', option: 'bijstand' },
      { question: 'register', option: 'weet-niet' },
    ]);
    expect(result.recommendations.find((r) => r.target === 'regelingen/lkv-banenafspraak')?.outcome).toBe('check');
    expect(result.recommendations.find((r) => r.target === 'regelingen/oude-regeling')?.outcome).toBe('notApplicable');
  });

  it('lets the strongest outcome win when two rules name the same target', () => {
    const twice = structuredClone(guide);
    twice.rules.push({ when: {}, outcome: 'check', recommend: ['regelingen/no-riskpolis'], because: 'Een tweede reden.', actions: [] });
    const result = evaluateGuide(twice, [{ question: 'uitkering', option: 'wajong' }, { question: 'register', option: 'ja' }]);
    const noRisk = result.recommendations.find((r) => r.target === 'regelingen/no-riskpolis');
    expect(noRisk?.outcome).toBe('fits');
    expect(noRisk?.reasons.map((r) => r.because)).toEqual(['Wie Wajong heeft, valt onder de no-riskpolis.', 'Een tweede reden.']);
  });

  it('does not count "this does not apply" as advice', () => {
    const bare = structuredClone(guide);
    bare.rules = bare.rules.filter((r) => r.outcome === 'notApplicable');
    expect(hasAdvice(evaluateGuide(bare, [{ question: 'uitkering', option: 'geen' }]))).toBe(false);
  });
});

describe('answers and URLs', () => {
  it('reads a path back into the state it came from', () => {
    for (const state of walkGuide(guide)) {
      const read = segmentsToState(guide, answersToSegments(state.answers));
      expect(read).toEqual({ ok: true, state });
    }
  });

  it('tells where a tampered or outdated path goes wrong', () => {
    expect(segmentsToState(guide, ['wajong', 'misschien'])).toMatchObject({ ok: false, position: 1, segment: 'misschien' });
    expect(segmentsToState(guide, ['geen', 'ja'])).toMatchObject({ ok: false, position: 1, reason: expect.stringMatching(/al klaar/) });
  });
});
