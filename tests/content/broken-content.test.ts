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
