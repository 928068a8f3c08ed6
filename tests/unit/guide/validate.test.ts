/** The guide validator: one fixture per kind of fault, and every fault of a file reported at once. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadYamlFile } from '../../../src/guide/load.ts';
import { validateGuide, type GuideIssue, type KnownTarget } from '../../../src/guide/validate.ts';
import { useDutchErrors } from '../../../src/lib/zod-dutch.ts';

const fixtures = path.join(import.meta.dirname, '../../fixtures/guides');
const targets = new Map<string, KnownTarget>([
  ['regelingen/lkv-banenafspraak', { state: 'open' }],
  ['regelingen/no-riskpolis', { state: 'open' }],
  ['regelingen/oude-regeling', { state: 'closed' }],
  ['partner/werkgeversservicepunt', {}],
]);

async function check(name: string) {
  const file = path.join(fixtures, name);
  const loaded = await loadYamlFile(file);
  return { loaded, ...validateGuide(loaded.data, { file, targets, lineOf: loaded.lineOf }) };
}

const errors = (issues: GuideIssue[]) => issues.filter((i) => i.severity === 'error');
const find = (issues: GuideIssue[], where: string, message: RegExp) =>
  issues.find((i) => i.where === where && message.test(i.message));

beforeAll(() => useDutchErrors());

describe('validateGuide', () => {
  it('accepts a sound guide and counts its pages', async () => {
    const { issues, states, guide } = await check('valid.yaml');
    expect(issues).toEqual([]);
    // start + 2 register pages + 2x2 results + 1 result for "geen"
    expect(states).toBe(8);
    expect(guide?.start).toBe('uitkering');
  });

  it('reports every structural fault of one file at once, each with file, line, node and fix', async () => {
    const { issues } = await check('broken-structure.yaml');
    const expected: [string, RegExp][] = [
      ['vraag "eerste", antwoord "a"', /staat twee keer/],
      ['vraag "eerste", antwoord "b"', /geen volgende stap/],
      ['vraag "eerste", antwoord "c"', /"bestaat-niet" bestaat niet/],
      ['vraag "wees"', /onbereikbaar/],
      ['vraag "eerste"', /kringloop: eerste → tweede → eerste/],
      ['regel 1', /"regelingen\/bestaat-niet" bestaat niet/],
      ['regel 1', /"partner\/onbekend" bestaat niet/],
      ['regel 1', /zegt niet welke voorwaarde/],
      ['regel 2', /vraag "derde", maar die bestaat niet/],
      ['regel 2', /"q" is geen antwoord op de vraag "eerste"/],
      ['regel 2', /gesloten voor nieuwe aanvragen/],
    ];
    for (const [node, message] of expected) expect(find(issues, node, message), `${node} ${message}`).toBeDefined();
    expect(errors(issues)).toHaveLength(expected.length);
    for (const issue of issues) {
      expect(issue.file).toMatch(/broken-structure\.yaml$/);
      expect(issue.line).toBeGreaterThan(0);
      expect(issue.fix.length).toBeGreaterThan(10);
    }
    expect(find(issues, 'vraag "eerste", antwoord "b"', /geen volgende stap/)?.line).toBe(14);
    expect(find(issues, 'regel 1', /partner\/onbekend/)?.fix).toMatch(/content\/partners\.yaml/);
  });

  it('finds paths that end without advice, and rules that never apply', async () => {
    const { issues } = await check('no-advice.yaml');
    expect(errors(issues).map((i) => i.where)).toEqual(['pad vraag=nee', 'pad vraag=misschien']);
    expect(errors(issues)[0]?.fix).toMatch(/when: \{\}/);
    expect(issues.filter((i) => i.severity === 'warning')).toEqual([]);
  });

  it('warns about a rule that no path can satisfy', async () => {
    const guide = {
      title: 'Een gids',
      summary: 'Een gids met een regel die nooit geldt, voor de test.',
      start: 'a',
      budget: 10,
      updated: '2026-11-23',
      questions: {
        a: { text: 'Vraag a?', short: 'Vraag A', options: [{ id: 'x', label: 'X', next: 'resultaat' }, { id: 'y', label: 'Y', next: 'b' }] },
        b: { text: 'Vraag b?', short: 'Vraag B', options: [{ id: 'x', label: 'X', next: 'resultaat' }, { id: 'y', label: 'Y', next: 'resultaat' }] },
      },
      rules: [
        { when: {}, recommend: ['partner/werkgeversservicepunt'], because: 'Altijd.' },
        { when: { a: ['x'], b: ['x'] }, recommend: ['regelingen/no-riskpolis'], because: 'Nooit: b wordt niet gevraagd na a=x.', condition: 'No-riskpolis: test.' },
      ],
    };
    const { issues } = validateGuide(guide, { file: 'gids.yaml', targets });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'warning', where: 'regel 2' });
  });

  it('checks the parts of a plan: sections, verdict, notices, "check with whom", contradictions and empty sections', async () => {
    const { issues } = await check('broken-plan.yaml');
    const expected: [string, RegExp][] = [
      ['onderdeel "geld"', /staat twee keer/],
      ['verdict', /onderdeel "ziekte" bestaat niet/],
      ['melding 1 ("Een melding")', /vraag "leeftijd", maar die bestaat niet/],
      ['regel 1', /bij wie hij het nagaat/],
      ['regel 2', /niet in welk onderdeel/],
      ['regel 3', /onderdeel "taal" bestaat niet/],
      ['pad uitkering=wajong', /Regels 2, 3 en 4 spreken elkaar tegen over "regelingen\/lkv-banenafspraak"/],
      ['pad uitkering=geen', /"begeleiding" blijft leeg/],
      ['pad uitkering=geen', /"geld" blijft leeg/],
      ['pad uitkering=wajong', /"begeleiding" blijft leeg/],
    ];
    for (const [node, message] of expected) expect(find(issues, node, message), `${node} ${message}`).toBeDefined();
    expect(errors(issues)).toHaveLength(expected.length);
    expect(find(issues, 'regel 1', /bij wie/)?.fix).toMatch(/checkWith/);
  });

  it('stops a guide with more pages than its budget', async () => {
    const { issues, states } = await check('over-budget.yaml');
    expect(states).toBe(40); // 1 + 3 + 9 question pages + 27 results
    expect(errors(issues)).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/40 pagina's .* budget is 10/);
    expect(issues[0]?.where).toBe('budget');
  });

  it('reports a missing start question and the reserved name', async () => {
    const { issues } = await check('broken-start.yaml');
    expect(find(issues, 'start', /startvraag "begin" bestaat niet/)).toBeDefined();
    expect(find(issues, 'vraag "resultaat"', /gereserveerd/)).toBeDefined();
  });

  it('translates schema errors into the question, option or rule they are about', async () => {
    const { issues } = await check('broken-schema.yaml');
    const nodes = issues.map((i) => `${i.where}: ${i.message}`);
    expect(nodes).toContainEqual(expect.stringMatching(/^veld "budget": .*getal/));
    expect(nodes).toContainEqual(expect.stringMatching(/^vraag "vraag", veld "text": Dit veld ontbreekt/));
    expect(nodes).toContainEqual(expect.stringMatching(/^vraag "vraag", antwoord "Met Hoofdletters", veld "id": Gebruik kleine letters/));
    expect(nodes).toContainEqual(expect.stringMatching(/^regel 1, veld "recommend": Schrijf een verwijzing/));
    // A comma inside a label written between { } splits it into a new, unknown field.
    const comma = issues.find((i) => i.where === 'vraag "vraag", antwoord "komma"');
    expect(comma?.message).toMatch(/dat klopt/);
    expect(comma?.fix).toMatch(/aanhalingstekens/);
    expect(issues.every((i) => i.line !== undefined)).toBe(true);
  });

  it('reports a question name used twice as a YAML error with its line', async () => {
    const { loaded } = await check('duplicate-question.yaml');
    expect(loaded.errors).toHaveLength(1);
    expect(loaded.errors[0]?.line).toBe(11);
    expect(loaded.errors[0]?.message).toMatch(/unique/i);
  });
});
