/**
 * A content file with a missing or wrong field stops the build, and the message tells the editor
 * which file, which field, and what is expected.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runAstro } from '../support/astro.ts';

const fixture = path.join(PROJECT_ROOT, 'tests/fixtures/broken-content');

describe('a broken regeling', () => {
  it('fails with the file, the fields and what each field needs', async () => {
    const run = await runAstro('build', fixture);
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('tests/fixtures/broken-content/regelingen/kapotte-regeling.mdx');
    expect(run.output).toMatch(/checked: Dit veld ontbreekt\. Vul een datum in als JJJJ-MM-DD\./);
    expect(run.output).toMatch(/sources\.0\.url: Gebruik een volledig https-adres/);
    expect(run.output).toMatch(/status\.state: .*"open"/);
  }, 120_000);
});

describe('a page in a subfolder', () => {
  it('stops the build with a Dutch message that names the folder and the fix, not an unnamed route error', async () => {
    const run = await runAstro('build', path.join(PROJECT_ROOT, 'tests/fixtures/misplaced-content'));
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('tests/fixtures/misplaced-content/handboek/oude-map');
    expect(run.output).toMatch(/Een map in content\/handboek\/ wordt niet gelezen/);
    expect(run.output).toMatch(/Zet de bestanden direct in content\/handboek\//);
    expect(run.output).not.toContain('Missing parameter');
  }, 120_000);
});
