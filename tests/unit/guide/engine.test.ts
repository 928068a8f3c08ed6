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
    expect(result.actions.map((a) => a.text)).toEqual(['Kijk het register na bij UWV.', 'Bel het werkgeversservicepunt.']);
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

  it('lets the strongest outcome win, and shows only the winning rules\' reasons and steps', () => {
    const twice = structuredClone(guide);
    twice.rules.push({
      when: {},
      unless: [],
      outcome: 'check',
      checkWith: 'de werknemer',
      recommend: ['regelingen/no-riskpolis'],
      because: 'Vraag of de no-riskpolis geldt.',
      actions: [{ text: 'Vraag de werknemer naar de no-riskpolis.', who: 'De werknemer', phase: 'na-start' }],
    });
    const wajong = evaluateGuide(twice, [{ question: 'uitkering', option: 'wajong' }, { question: 'register', option: 'ja' }]);
    const noRisk = wajong.recommendations.find((r) => r.target === 'regelingen/no-riskpolis');
    expect(noRisk).toMatchObject({ outcome: 'fits', checkWith: [] });
    expect(noRisk?.reasons.map((r) => r.because)).toEqual(['Wie Wajong heeft, valt onder de no-riskpolis.']);
    expect(wajong.actions.map((a) => a.text)).not.toContain('Vraag de werknemer naar de no-riskpolis.');

    // Without the specific rule, the general "check" rule speaks, with whom to check it and its step.
    const geen = evaluateGuide(twice, [{ question: 'uitkering', option: 'geen' }]);
    expect(geen.recommendations.find((r) => r.target === 'regelingen/no-riskpolis')).toMatchObject({ outcome: 'check', checkWith: ['de werknemer'] });
    expect(geen.actions.map((a) => a.text)).toContain('Vraag de werknemer naar de no-riskpolis.');
  });

  it('skips a rule when one of its "unless" conditions holds', () => {
    const except = structuredClone(guide);
    except.rules[2]!.unless = [{ register: ['ja'] }];
    const inRegister = evaluateGuide(except, [{ question: 'uitkering', option: 'wajong' }, { question: 'register', option: 'ja' }]);
    expect(inRegister.recommendations.map((r) => r.target)).not.toContain('regelingen/no-riskpolis');
    const notSure = evaluateGuide(except, [{ question: 'uitkering', option: 'wajong' }, { question: 'register', option: 'weet-niet' }]);
    expect(notSure.recommendations.map((r) => r.target)).toContain('regelingen/no-riskpolis');
  });

  it('orders the steps by when they are taken, whatever the order of the rules', () => {
    const later = structuredClone(guide);
    later.rules.unshift({ when: {}, unless: [], outcome: 'fits', recommend: ['partner/werkgeversservicepunt'], because: 'Eerst in het bestand.', actions: [{ text: 'Doe dit bij ziekte.', who: 'UWV', phase: 'bij-ziekte' }, { text: 'Doe dit na de start.', who: 'UWV', phase: 'na-start' }] });
    const result = evaluateGuide(later, [{ question: 'uitkering', option: 'wajong' }, { question: 'register', option: 'ja' }]);
    expect(result.actions.map((a) => a.phase)).toEqual(['nu', 'nu', 'na-start', 'bij-ziekte']);
  });

  it('finds a target that one rule recommends and another rules out on the same answers', () => {
    const clash = structuredClone(guide);
    clash.rules.push({ when: { register: ['ja'] }, unless: [], outcome: 'notApplicable', recommend: ['regelingen/lkv-banenafspraak'], because: 'Tegenspraak.', actions: [] });
    const result = evaluateGuide(clash, [{ question: 'uitkering', option: 'bijstand' }, { question: 'register', option: 'ja' }]);
    expect(result.conflicts).toEqual([{ target: 'regelingen/lkv-banenafspraak', rules: [0, 5] }]);
  });

  it('gives a verdict from the strongest outcome in the verdict section, and the notices whose condition holds', () => {
    const planned = structuredClone(guide);
    planned.sections = [{ id: 'geld', title: 'Geld', required: true }];
    planned.verdict = { section: 'geld', fits: { title: 'Er is geld', text: 'Er is geld voor u.' }, check: { title: 'Misschien geld', text: 'Ga het na.' }, none: { title: 'Geen geld', text: 'Wel hulp.' } };
    planned.notices = [{ when: { uitkering: ['wajong'] }, unless: [], title: 'Over de Wajong', text: 'Een melding voor Wajongers.' }];
    for (const rule of planned.rules) if (rule.recommend[0]?.startsWith('regelingen/lkv')) rule.section = 'geld';
    const verdictOf = (uitkering: string, register?: string) =>
      evaluateGuide(planned, [{ question: 'uitkering', option: uitkering }, ...(register ? [{ question: 'register', option: register }] : [])]);
    expect(verdictOf('wajong', 'ja').verdict).toBe('fits');
    expect(verdictOf('bijstand', 'weet-niet').verdict).toBe('check');
    expect(verdictOf('geen').verdict).toBe('none');
    expect(verdictOf('wajong', 'ja').notices.map((n) => n.title)).toEqual(['Over de Wajong']);
    expect(verdictOf('geen').notices).toEqual([]);
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
