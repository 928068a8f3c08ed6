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

/** GitHub's escaping for workflow commands: the message, and more strictly the properties (file, title). */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * The problem as a GitHub Actions annotation: in a pull request it shows at the file and line it is about, in the
 * editor's words, also for someone who changed the file in the CMS and never opens the log.
 */
export function githubAnnotation(problem: Problem): string {
  const properties = [`file=${escapeProperty(problem.file)}`, ...(problem.line ? [`line=${problem.line}`] : []), `title=${escapeProperty(problem.where)}`];
  return `::${problem.severity === 'error' ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(`${problem.message}\nOplossing: ${problem.fix}`)}`;
}

/** The problems as a Markdown table for the job summary of the pull request's check. */
export function problemsSummary(problems: readonly Problem[]): string {
  if (problems.length === 0) return '### Controle van de inhoud\n\nGeen fouten of waarschuwingen.\n';
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = problems.map((p) => `| ${p.severity === 'error' ? 'Fout' : 'Waarschuwing'} | \`${cell(p.file)}${p.line ? `:${p.line}` : ''}\` | ${cell(p.where)} | ${cell(p.message)} | ${cell(p.fix)} |`);
  return ['### Controle van de inhoud', '', `${countErrors(problems)} fout(en), ${countWarnings(problems)} waarschuwing(en).`, '', '| | bestand | waar | wat | oplossing |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
}
