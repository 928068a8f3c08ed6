/**
 * Checks every guide in content/gidsen/ and reports all problems at once. Used by `npm run check:guides`
 * and by the build (src/integrations/guide-check.ts), so a broken guide never reaches the site.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { loadKnownTargets, loadYamlFile } from './load.ts';
import { validateGuide, type GuideIssue } from './validate.ts';
import { useDutchErrors } from '../lib/zod-dutch.ts';
import { formatProblem } from '../lib/problem.ts';

export interface GuideReport {
  file: string;
  states: number;
  budget?: number;
  issues: GuideIssue[];
}

export async function checkGuides(contentDir: string): Promise<GuideReport[]> {
  useDutchErrors();
  const dir = path.join(contentDir, 'gidsen');
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.yaml')).sort();
  const targets = await loadKnownTargets(contentDir);
  const reports: GuideReport[] = [];
  for (const name of files) {
    const file = path.join(dir, name);
    const loaded = await loadYamlFile(file);
    if (loaded.errors.length > 0) {
      reports.push({
        file,
        states: 0,
        issues: loaded.errors.map((e) => ({
          severity: 'error',
          file,
          line: e.line,
          where: '(YAML)',
          message: e.message,
          fix: 'Controleer de inspringing en de dubbele punten; een naam (sleutel) mag maar één keer voorkomen.',
        })),
      });
      continue;
    }
    const result = validateGuide(loaded.data, { file, targets, lineOf: loaded.lineOf });
    reports.push({ file, states: result.states, budget: result.guide?.budget, issues: result.issues });
  }
  return reports;
}

/** One line per guide: its pages against its budget, and whether it has errors. */
export function formatSummary(reports: readonly GuideReport[]): string {
  return reports
    .map((report) => {
      const errors = report.issues.filter((i) => i.severity === 'error').length;
      const budget = report.budget ? ` van budget ${report.budget}` : '';
      return `${path.basename(report.file)}: ${report.states} pagina's${budget}, ${errors === 0 ? 'in orde' : `${errors} fout(en)`}`;
    })
    .join('\n');
}

/** The whole report as text: every problem, then the summary line per guide. */
export function formatReport(reports: readonly GuideReport[]): string {
  const problems = reports.flatMap((r) => r.issues.map((i) => `${formatProblem(i)}\n`));
  return [...problems, formatSummary(reports)].join('\n');
}

export function countErrors(reports: readonly GuideReport[]): number {
  return reports.reduce((n, r) => n + r.issues.filter((i) => i.severity === 'error').length, 0);
}
