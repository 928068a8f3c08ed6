/**
 * Texts for reviewers, generated from a guide: a compact snapshot (one line per path: answers ->
 * verdict and regelingen) so a content change shows as a readable diff, and a Mermaid diagram of the questions
 * that GitHub draws as a picture in a pull request.
 */
import { evaluateGuide, type Recommendation } from './evaluate.ts';
import { END, type Guide, type Outcome } from './schema.ts';
import { answersToSegments } from './url.ts';
import { walkGuide } from './walk.ts';

const OUTCOME_LABEL = { fits: 'past', check: 'nagaan', notApplicable: 'past niet' } as const;

const VERDICT_LABEL = { fits: 'geld', check: 'misschien geld', none: 'geen geld' } as const;
const short = (target: string) => target.replace(/^regelingen\//, '');

/**
 * The advice on a result, grouped by outcome: "past: lkv-banenafspraak, handboek/geld-en-risico | nagaan: proefplaatsing".
 * Regelingen go without their prefix. Partners (whom to call) and further reading (chapters and target-group pages in an
 * optional section) are left out: they follow from the same answers, and the scenario tests check them.
 */
function regelingenByOutcome(recommendations: readonly Recommendation[], leaveOut: ReadonlySet<string>): string {
  return (['fits', 'check', 'notApplicable'] as const)
    .map((outcome) => {
      const ids = recommendations
        .filter((r) => r.kind !== 'partner' && r.outcome === outcome && !leaveOut.has(`${outcome}:${r.target}`))
        .map((r) => short(r.target));
      return ids.length > 0 ? `${OUTCOME_LABEL[outcome]}: ${ids.join(', ')}` : '';
    })
    .filter(Boolean)
    .join(' | ');
}

/**
 * A compact text per guide for reviewers: per first answer, the advice every result after it shares (once), then
 * one line per result with its verdict and the rest of its advice by outcome:
 *   nieuw/* -> altijd: past: erkend-leerbedrijf-en-bbl, handboek/de-eerste-weken | nagaan: slim-subsidie
 *   nieuw/56-plus/ww/nee/... -> [geen geld] nagaan: proefplaatsing | past niet: lkv-oudere-werknemer
 */
export function pathSnapshot(guide: Guide): string {
  const optional = new Set(guide.sections.filter((s) => !s.required).map((s) => s.id));
  const shown = (r: Recommendation) => r.kind !== 'partner' && !(r.kind !== 'regelingen' && r.section && optional.has(r.section));
  const results = [...walkGuide(guide)]
    .filter((s) => s.kind === 'result')
    .map((s) => {
      const evaluation = evaluateGuide(guide, s.answers);
      return { answers: s.answers, evaluation: { ...evaluation, recommendations: evaluation.recommendations.filter(shown) } };
    });
  const branches = [...new Set(results.map((r) => r.answers[0]?.option ?? ''))];
  const lines: string[] = [];
  for (const branch of branches) {
    const inBranch = results.filter((r) => (r.answers[0]?.option ?? '') === branch);
    const keys = (r: (typeof inBranch)[number]) => new Set(r.evaluation.recommendations.filter((x) => x.kind !== 'partner').map((x) => `${x.outcome}:${x.target}`));
    const shared = inBranch.map(keys).reduce((a, b) => new Set([...a].filter((k) => b.has(k))));
    const first = inBranch[0]!.evaluation.recommendations;
    if (shared.size > 0) lines.push(`${branch}/* -> altijd: ${regelingenByOutcome(first, new Set())
      .split(' | ')
      .map((group) => {
        const [label, ids] = group.split(': ') as [string, string];
        const outcome = (Object.entries(OUTCOME_LABEL).find(([, l]) => l === label)?.[0] ?? 'fits') as Outcome;
        const kept = ids.split(', ').filter((id) => shared.has(`${outcome}:${id.includes('/') ? id : `regelingen/${id}`}`));
        return kept.length > 0 ? `${label}: ${kept.join(', ')}` : '';
      })
      .filter(Boolean)
      .join(' | ')}`);
    for (const { answers, evaluation } of inBranch) {
      const prefix = evaluation.verdict ? `[${VERDICT_LABEL[evaluation.verdict]}] ` : '';
      lines.push(`${answersToSegments(answers).join('/')} -> ${prefix}${regelingenByOutcome(evaluation.recommendations, shared) || '-'}`);
    }
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
  lines.push('```', '', '## Regels', '', '| # | als | onderdeel | uitkomst | verwijst naar | waarom |', '| --- | --- | --- | --- | --- | --- |');
  const condition = (c: Record<string, string[]>) => Object.entries(c).map(([q, o]) => `${q} = ${o.join(' of ')}`).join(' en ');
  guide.rules.forEach((rule, i) => {
    const unless = rule.unless.map((c) => ` behalve als ${condition(c)}`).join(';');
    const when = `${condition(rule.when) || 'altijd'}${unless}`;
    const outcome = rule.outcome === 'check' && rule.checkWith ? `nagaan bij ${rule.checkWith}` : OUTCOME_LABEL[rule.outcome];
    lines.push(`| ${i + 1} | ${when} | ${rule.section ?? ''} | ${outcome} | ${rule.recommend.join(', ')} | ${rule.because.replace(/\|/g, '/')} |`);
  });
  return `${lines.join('\n')}\n`;
}
