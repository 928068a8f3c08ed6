/**
 * A problem found in the content, as every check reports it: which file and line, where in the file in the
 * editor's words, what is wrong, and how to fix it. One shape and one text format for all checks.
 */
export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  line?: number;
  /** Where in the file, in the editor's words: 'veld "checked"', 'vraag "register", antwoord "ja"', 'link "/x/"'. */
  where: string;
  message: string;
  fix: string;
}

export function formatProblem(problem: Problem): string {
  const location = `${problem.file}${problem.line ? `:${problem.line}` : ''}`;
  const label = problem.severity === 'error' ? 'Fout' : 'Waarschuwing';
  return `${location}  ${problem.where}\n  ${label}: ${problem.message}\n  Oplossing: ${problem.fix}`;
}

export const countErrors = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error').length;
export const countWarnings = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'warning').length;
