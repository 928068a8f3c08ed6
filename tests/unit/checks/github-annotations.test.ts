/**
 * The content check's messages in a pull request (issue #19): as GitHub annotations at the file and line, and as a
 * table in the check's summary, so an editor who saved in the CMS reads them in the pull request itself.
 */
import { describe, expect, it } from 'vitest';
import { githubAnnotation, problemsSummary, type Problem } from '../../../src/lib/problem.ts';

const problem: Problem = {
  severity: 'error',
  file: 'content/regelingen/jobcoach.mdx',
  line: 7,
  where: 'veld "sources", bron 2: url',
  message: 'Gebruik een volledig https-adres, zoals https://www.uwv.nl/…\n(nu: http://uwv.nl)',
  fix: 'Schrijf 100% het adres van de officiële pagina.',
};

describe('check messages on GitHub', () => {
  it('annotates the file and line with the Dutch message and fix, escaped as GitHub requires', () => {
    expect(githubAnnotation(problem)).toBe(
      '::error file=content/regelingen/jobcoach.mdx,line=7,title=veld "sources"%2C bron 2%3A url::Gebruik een volledig https-adres, zoals https://www.uwv.nl/…%0A(nu: http://uwv.nl)%0AOplossing: Schrijf 100%25 het adres van de officiële pagina.',
    );
    expect(githubAnnotation({ ...problem, severity: 'warning', line: undefined })).toMatch(/^::warning file=content\/regelingen\/jobcoach\.mdx,title=/);
  });

  it('sums the problems up in a table, one line each, with pipes kept inside their cell', () => {
    const summary = problemsSummary([problem, { ...problem, severity: 'warning', where: 'a | b' }]);
    expect(summary).toContain('1 fout(en), 1 waarschuwing(en).');
    expect(summary.split('\n').filter((l) => l.startsWith('| Fout') || l.startsWith('| Waarschuwing'))).toHaveLength(2);
    expect(summary).toContain('a \\| b');
    expect(problemsSummary([])).toContain('Geen fouten of waarschuwingen.');
  });
});
