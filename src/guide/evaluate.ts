/**
 * Answers -> recommendations, each with the reasons that led to it. A rule applies when every question in its
 * `when` was answered with one of the listed options and none of its `unless` conditions holds (a question not
 * asked on this path never holds). Recommendations keep the order of the rules, so the guide file decides the
 * order. When several rules speak of one target, the strongest outcome wins (fits over check over notApplicable),
 * and only the winning rules' reasons and steps are shown: a general "check this" rule can so be overruled by a
 * specific rule that settles the question.
 */
import { PHASES, type Action, type Condition, type Guide, type Notice, type Outcome, type Rule, type TargetKind } from './schema.ts';
import type { Answer } from './state.ts';

export interface Reason {
  because: string;
  /** The answers this rule looked at: the reader sees why the advice follows from what they said. */
  answers: Answer[];
}

export interface Recommendation {
  /** "regelingen/no-riskpolis", "partner/uwv", … */
  target: string;
  kind: TargetKind;
  id: string;
  outcome: Outcome;
  /** The result section of the first winning rule, when the guide has sections. */
  section?: string;
  /** For "check": with whom to check it, from the winning rules. */
  checkWith: string[];
  reasons: Reason[];
}

/** The verdict of a result: something in the verdict section fits, must be checked first, or nothing does. */
export type Verdict = 'fits' | 'check' | 'none';

/** A target that one rule says applies and another says does not, on the same answers: a mistake in the guide. */
export interface Conflict {
  target: string;
  rules: number[];
}

export interface Evaluation {
  recommendations: Recommendation[];
  /** Steps for the reader, without repeats, in the order of their phase (then of the rules). */
  actions: Action[];
  /** Notes whose condition holds, in file order. */
  notices: Notice[];
  verdict?: Verdict;
  /** Indexes of the rules whose condition held (for coverage checks). */
  rulesApplied: number[];
  conflicts: Conflict[];
}

/** "fits" is the strongest claim; when two rules disagree about one target, the stronger one wins. */
const strength: Record<Outcome, number> = { fits: 3, check: 2, notApplicable: 1 };

/** The answers a condition looked at when it holds, or null when it does not. */
export function conditionHolds(condition: Condition, answers: readonly Answer[]): Answer[] | null {
  const matched: Answer[] = [];
  for (const [question, options] of Object.entries(condition)) {
    const answer = answers.find((a) => a.question === question);
    if (!answer || !options.includes(answer.option)) return null;
    matched.push(answer);
  }
  return matched;
}

export function ruleApplies(rule: Pick<Rule, 'when' | 'unless'>, answers: readonly Answer[]): Answer[] | null {
  const matched = conditionHolds(rule.when, answers);
  if (!matched) return null;
  return rule.unless.some((c) => conditionHolds(c, answers) !== null) ? null : matched;
}

export function evaluateGuide(guide: Guide, answers: readonly Answer[]): Evaluation {
  const applied = guide.rules.flatMap((rule, index) => {
    const matched = ruleApplies(rule, answers);
    return matched ? [{ rule, index, matched }] : [];
  });

  const byTarget = new Map<string, Recommendation>();
  const outcomesSeen = new Map<string, Map<Outcome, number[]>>();
  for (const { rule, index } of applied) {
    for (const target of rule.recommend) {
      const seen = outcomesSeen.get(target) ?? new Map<Outcome, number[]>();
      seen.set(rule.outcome, [...(seen.get(rule.outcome) ?? []), index]);
      outcomesSeen.set(target, seen);
      const existing = byTarget.get(target);
      if (!existing) {
        const [kind, id] = target.split('/') as [TargetKind, string];
        byTarget.set(target, { target, kind, id, outcome: rule.outcome, checkWith: [], reasons: [] });
      } else if (strength[rule.outcome] > strength[existing.outcome]) {
        existing.outcome = rule.outcome;
      }
    }
  }

  // Reasons, section and "check with" come from the rules whose outcome won.
  const won = new Set<number>();
  for (const { rule, index, matched } of applied) {
    for (const target of rule.recommend) {
      const rec = byTarget.get(target)!;
      if (rec.outcome !== rule.outcome) continue;
      won.add(index);
      rec.section ??= rule.section;
      if (!rec.reasons.some((r) => r.because === rule.because)) rec.reasons.push({ because: rule.because, answers: matched });
      if (rule.checkWith && !rec.checkWith.includes(rule.checkWith)) rec.checkWith.push(rule.checkWith);
    }
  }

  const actions: Action[] = [];
  for (const { rule, index } of applied) {
    if (!won.has(index)) continue;
    for (const action of rule.actions) if (!actions.some((a) => a.text === action.text)) actions.push(action);
  }
  actions.sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase));

  const conflicts: Conflict[] = [];
  for (const [target, seen] of outcomesSeen) {
    const against = seen.get('notApplicable');
    const forIt = [...(seen.get('fits') ?? []), ...(seen.get('check') ?? [])];
    if (against && forIt.length > 0) conflicts.push({ target, rules: [...forIt, ...against].sort((a, b) => a - b) });
  }

  const recommendations = [...byTarget.values()];
  const evaluation: Evaluation = {
    recommendations,
    actions,
    notices: guide.notices.filter((n) => ruleApplies(n, answers) !== null),
    rulesApplied: applied.map((a) => a.index),
    conflicts,
  };
  if (guide.verdict) evaluation.verdict = verdictOf(recommendations.filter((r) => r.section === guide.verdict!.section));
  return evaluation;
}

function verdictOf(recommendations: readonly Recommendation[]): Verdict {
  if (recommendations.some((r) => r.outcome === 'fits')) return 'fits';
  if (recommendations.some((r) => r.outcome === 'check')) return 'check';
  return 'none';
}

/** True when the result gives the reader something to act on (not only "this does not apply"). */
export function hasAdvice(evaluation: Evaluation): boolean {
  return evaluation.recommendations.some((r) => r.outcome !== 'notApplicable');
}
