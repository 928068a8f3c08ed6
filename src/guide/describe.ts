/**
 * Texts for reviewers, generated from a guide: a compact snapshot (one line per path: answers ->
 * recommendations) so a content change shows as a readable diff, and a Mermaid diagram of the questions
 * that GitHub draws as a picture in a pull request.
 */
import { evaluateGuide } from './evaluate.ts';
import { END, type Guide } from './schema.ts';
import { answersToSegments } from './url.ts';
import { walkGuide } from './walk.ts';

const OUTCOME_LABEL = { fits: 'past', check: 'nagaan', notApplicable: 'past niet' } as const;

/** One line per result: "wajong/ja -> past: regelingen/x, partner/y | nagaan: regelingen/z". */
export function pathSnapshot(guide: Guide): string {
  const lines: string[] = [];
  for (const state of walkGuide(guide)) {
    if (state.kind !== 'result') continue;
    const { recommendations } = evaluateGuide(guide, state.answers);
    const groups = (['fits', 'check', 'notApplicable'] as const)
      .map((outcome) => {
        const targets = recommendations.filter((r) => r.outcome === outcome).map((r) => r.target);
        return targets.length > 0 ? `${OUTCOME_LABEL[outcome]}: ${targets.join(', ')}` : '';
      })
      .filter(Boolean);
    lines.push(`${answersToSegments(state.answers).join('/')} -> ${groups.join(' | ')}`);
  }
  return `${lines.join('\n')}\n`;
}

const quote = (text: string) => `"${text.replace(/"/g, '#quot;')}"`;

/** A Mermaid flowchart of the questions and where each answer leads, and a table of the rules. */
export function guideDiagram(guideId: string, guide: Guide): string {
  const lines = [
    `# Keuzehulp: ${guide.title}`,
    '',
    `Gemaakt uit \`content/gidsen/${guideId}.yaml\` met \`npm run guides:update\`. Niet met de hand aanpassen.`,
    '',
    '```mermaid',
    'flowchart TD',
  ];
  for (const [qid, question] of Object.entries(guide.questions)) {
    lines.push(`  ${qid}[${quote(`${question.short}: ${question.text}`)}]`);
  }
  lines.push(`  ${END}([${quote('Uitslag')}])`);
  for (const [qid, question] of Object.entries(guide.questions)) {
    for (const option of question.options) lines.push(`  ${qid} -- ${quote(option.label)} --> ${option.next ?? END}`);
  }
  lines.push('```', '', '## Regels', '', '| # | als | uitkomst | verwijst naar | waarom |', '| --- | --- | --- | --- | --- |');
  guide.rules.forEach((rule, i) => {
    const when = Object.entries(rule.when).map(([q, o]) => `${q} = ${o.join(' of ')}`).join(' en ') || 'altijd';
    lines.push(`| ${i + 1} | ${when} | ${OUTCOME_LABEL[rule.outcome]} | ${rule.recommend.join(', ')} | ${rule.because.replace(/\|/g, '/')} |`);
  });
  return `${lines.join('\n')}\n`;
}
