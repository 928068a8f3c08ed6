/**
 * "Welke ondersteuning past?": per question, the next question (GOV.UK style), what each answer adds, and
 * across every path, that no rule promises a regeling whose conditions the answers do not meet.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateGuide } from '../../../src/guide/evaluate.ts';
import { walkGuide } from '../../../src/guide/walk.ts';
import { guideTester } from '../../support/guide-tester.ts';

const t = await guideTester('welke-ondersteuning');
afterAll(() => t.assertEverythingExercised());

const groupsWithBenefitQuestion = ['statushouder', 'psychisch', '55-plus', 'arbeidsbeperking', 'zonder-startkwalificatie', 'laaggeletterd', 'ex-gedetineerde', 'anders'];

describe('the order of the questions', () => {
  it('starts with the jobseeker', () => {
    expect(t.next([])).toBe('doelgroep');
  });
  it.each(groupsWithBenefitQuestion)('asks about the benefit after "%s"', (group) => {
    expect(t.next([group])).toBe('uitkering');
  });
  it('skips the benefit question for someone in the bijstand', () => {
    expect(t.next(['bijstand'])).toBe('register');
  });
  it.each(['wajong', 'bijstand', 'geen', 'weet-niet'])('asks about the register after benefit "%s"', (benefit) => {
    expect(t.next(['arbeidsbeperking', benefit])).toBe('register');
  });
  it.each(['wia', 'ww'])('skips the register after benefit "%s"', (benefit) => {
    expect(t.next(['55-plus', benefit])).toBe('steun');
  });
  it.each(['ja', 'nee', 'weet-niet'])('asks what help is needed after register "%s"', (answer) => {
    expect(t.next(['bijstand', answer])).toBe('steun');
  });
  it.each(['risico', 'begeleiding', 'taal', 'werkplek'])('ends after help "%s"', (need) => {
    expect(t.next(['statushouder', 'geen', 'nee', need])).toBe('resultaat');
  });
  it('asks the company size only for training, where subsidies depend on it', () => {
    expect(t.next(['statushouder', 'geen', 'nee', 'opleiding'])).toBe('omvang');
    expect(t.next(['statushouder', 'geen', 'nee', 'opleiding', 'mkb'])).toBe('resultaat');
  });
});

describe('what the answers lead to', () => {
  it('an employee in the register: LKV banenafspraak and the no-riskpolis fit', () => {
    const r = t.result(['arbeidsbeperking', 'wajong', 'ja', 'risico']);
    expect(r.targets('fits')).toEqual(expect.arrayContaining(['regelingen/lkv-banenafspraak', 'regelingen/no-riskpolis', 'partner/uwv']));
    expect(r.targets('check')).toEqual(expect.arrayContaining(['regelingen/loondispensatie', 'regelingen/proefplaatsing']));
    expect(r.actions[0]).toMatch(/werkgeversportaal/);
    expect(r.actions.at(-1)).toMatch(/werkgeversservicepunt/);
  });

  it('not knowing the register: says what to check, and promises no money', () => {
    const r = t.result(['psychisch', 'geen', 'weet-niet', 'begeleiding']);
    expect(r.targets('fits')).not.toContain('regelingen/lkv-banenafspraak');
    expect(r.targets('check')).toEqual(expect.arrayContaining(['regelingen/lkv-banenafspraak', 'regelingen/banenafspraak-en-doelgroepregister', 'regelingen/no-riskpolis', 'regelingen/jobcoach', 'regelingen/ips-individuele-plaatsing-en-steun']));
    expect(r.actions.join(' ')).toMatch(/eHerkenning/);
  });

  it('not in the register: says the LKV banenafspraak does not apply', () => {
    expect(t.result(['zonder-startkwalificatie', 'geen', 'nee', 'taal']).targets('notApplicable')).toEqual(['regelingen/lkv-banenafspraak']);
  });

  it('a 55-plusser with WW: no LKV for older workers, a proefplaatsing to check', () => {
    const r = t.result(['55-plus', 'ww', 'risico']);
    expect(r.targets('notApplicable')).toContain('regelingen/lkv-oudere-werknemer');
    expect(r.targets('check')).toContain('regelingen/proefplaatsing');
    expect(r.targets()).toEqual(expect.arrayContaining(['doelgroepen/55-plussers', 'handboek/oudere-werknemers-en-kennisoverdracht', 'handboek/geld-en-risico', 'partner/uwv']));
  });

  it('a 55-plusser with WIA: the LKV for a disabled employee to check, the no-riskpolis fits', () => {
    const r = t.result(['55-plus', 'wia', 'werkplek']);
    expect(r.targets('check')).toEqual(expect.arrayContaining(['regelingen/lkv-arbeidsgehandicapte-werknemer', 'regelingen/werkplekaanpassingen', 'regelingen/proefplaatsing']));
    expect(r.targets('fits')).toEqual(expect.arrayContaining(['regelingen/no-riskpolis']));
    expect(r.actions.join(' ')).toMatch(/binnen 3 maanden/);
  });

  it('someone in the bijstand: loonkostensubsidie and a proefplaats via the gemeente', () => {
    const r = t.result(['bijstand', 'nee', 'risico']);
    expect(r.targets('check')).toEqual(expect.arrayContaining(['regelingen/loonkostensubsidie', 'regelingen/proefplaatsing']));
    expect(r.targets()).toEqual(expect.arrayContaining(['partner/gemeente', 'doelgroepen/mensen-in-de-bijstand']));
    expect(t.result(['statushouder', 'bijstand', 'weet-niet', 'taal']).targets('check')).toContain('regelingen/loonkostensubsidie');
  });

  it('a statushouder who needs language support: inburgering and the language chapter', () => {
    const r = t.result(['statushouder', 'geen', 'nee', 'taal']);
    expect(r.targets('fits')).toEqual(expect.arrayContaining(['regelingen/inburgering-en-werk', 'handboek/taal-en-communicatie', 'partner/gemeente']));
  });

  it('training in an SME: erkend leerbedrijf, praktijkleren, the sector funds and SLIM', () => {
    const r = t.result(['zonder-startkwalificatie', 'geen', 'nee', 'opleiding', 'mkb']);
    expect(r.targets('fits')).toEqual(expect.arrayContaining(['regelingen/erkend-leerbedrijf-en-bbl', 'regelingen/praktijkverklaring', 'partner/school', 'partner/sbb']));
    expect(r.targets('check')).toEqual(
      expect.arrayContaining(['regelingen/subsidieregeling-praktijkleren', 'regelingen/slim-subsidie', 'regelingen/opleidingsfonds-installatie', 'regelingen/opleidingsfonds-bouw']),
    );
  });

  it('training for someone who may have a diploma: the praktijkverklaring is something to check', () => {
    expect(t.result(['laaggeletterd', 'weet-niet', 'weet-niet', 'opleiding', 'mkb']).targets('check')).toContain('regelingen/praktijkverklaring');
    expect(t.result(['ex-gedetineerde', 'ww', 'opleiding', 'mkb']).targets('check')).toContain('regelingen/praktijkverklaring');
  });

  it('a large company: SLIM is only something to check, because most of it is for SMEs', () => {
    const r = t.result(['anders', 'wajong', 'nee', 'opleiding', 'groot']);
    expect(r.targets('check')).toContain('regelingen/slim-subsidie');
    expect(r.recommendations.find((x) => x.target === 'regelingen/slim-subsidie')?.reasons[0]?.because).toMatch(/alleen voor het mkb/);
  });

  it('an unknown benefit: asks the reader to find out first', () => {
    const r = t.result(['arbeidsbeperking', 'weet-niet', 'weet-niet', 'begeleiding']);
    expect(r.actions[0]).toMatch(/werkgeversportaal/);
    expect(r.actions.join(' ')).toMatch(/welke uitkering/);
  });

  it('covers the other groups with their own page', () => {
    expect(t.result(['psychisch', 'wia', 'taal']).targets()).toEqual(expect.arrayContaining(['handboek/psychische-kwetsbaarheid-op-het-werk', 'partner/ggz']));
    expect(t.result(['arbeidsbeperking', 'ww', 'begeleiding']).targets()).toContain('doelgroepen/mensen-met-een-arbeidsbeperking');
    expect(t.result(['laaggeletterd', 'bijstand', 'ja', 'werkplek']).targets()).toEqual(expect.arrayContaining(['doelgroepen/moeite-met-lezen-en-schrijven', 'partner/gemeente', 'regelingen/lkv-banenafspraak']));
    expect(t.result(['ex-gedetineerde', 'geen', 'nee', 'risico']).targets()).toContain('doelgroepen/ex-gedetineerden');
    expect(t.result(['statushouder', 'wajong', 'weet-niet', 'begeleiding']).targets()).toContain('doelgroepen/statushouders-en-nieuwkomers');
    expect(t.result(['zonder-startkwalificatie', 'geen', 'ja', 'begeleiding']).targets()).toContain('doelgroepen/jongeren-zonder-startkwalificatie');
  });
});

describe('on every path, the advice meets the conditions of each regeling', () => {
  const paths = [...walkGuide(t.guide)].filter((s) => s.kind === 'result');
  const answer = (answers: { question: string; option: string }[], q: string) => answers.find((a) => a.question === q)?.option;
  const claims = (answers: { question: string; option: string }[]) =>
    evaluateGuide(t.guide, answers).recommendations.filter((r) => r.outcome !== 'notApplicable').map((r) => r.target);

  it('walks all results', () => {
    expect(paths.length).toBe(690);
  });

  it.each<[string, (a: { question: string; option: string }[]) => boolean]>([
    ['regelingen/lkv-oudere-werknemer', () => false],
    ['regelingen/lkv-banenafspraak', (a) => ['ja', 'weet-niet'].includes(answer(a, 'register') ?? '')],
    ['regelingen/lkv-arbeidsgehandicapte-werknemer', (a) => answer(a, 'uitkering') === 'wia'],
    ['regelingen/loondispensatie', (a) => answer(a, 'uitkering') === 'wajong'],
    ['regelingen/loonkostensubsidie', (a) => answer(a, 'uitkering') === 'bijstand' || answer(a, 'doelgroep') === 'bijstand'],
    ['regelingen/no-riskpolis', (a) => ['wajong', 'wia'].includes(answer(a, 'uitkering') ?? '') || ['ja', 'weet-niet'].includes(answer(a, 'register') ?? '')],
    ['regelingen/inburgering-en-werk', (a) => answer(a, 'doelgroep') === 'statushouder'],
    ['regelingen/slim-subsidie', (a) => answer(a, 'steun') === 'opleiding'],
  ])('%s is only recommended when its condition can hold', (target, allowed) => {
    for (const { answers } of paths) {
      if (claims(answers).includes(target)) expect(allowed(answers), answers.map((a) => a.option).join('/')).toBe(true);
    }
  });

  it('the LKV banenafspraak is only promised ("fits") when the employee is in the register', () => {
    for (const { answers } of paths) {
      const lkv = evaluateGuide(t.guide, answers).recommendations.find((r) => r.target === 'regelingen/lkv-banenafspraak');
      if (lkv?.outcome === 'fits') expect(answer(answers, 'register')).toBe('ja');
    }
  });
});
