/**
 * Answers -> recommendations, each with the reasons that led to it. A rule applies when every question
 * in its `when` was answered with one of the listed options (a question not asked on this path means the
 * rule does not apply). Recommendations keep the order of the rules, so the guide file decides the order.
 */
import type { Guide, Outcome, Rule, TargetKind } from './schema.ts';
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
  reasons: Reason[];
}

export interface Evaluation {
  recommendations: Recommendation[];
  /** Steps for the reader, in order, without repeats. */
  actions: string[];
  /** Indexes of the rules that applied (for coverage checks and the snapshot). */
  rulesApplied: number[];
}

/** "fits" is the strongest claim; when two rules disagree about one target, the stronger one wins. */
const strength: Record<Outcome, number> = { fits: 3, check: 2, notApplicable: 1 };

export function ruleApplies(rule: Rule, answers: readonly Answer[]): Answer[] | null {
  const matched: Answer[] = [];
  for (const [question, options] of Object.entries(rule.when)) {
    const answer = answers.find((a) => a.question === question);
    if (!answer || !options.includes(answer.option)) return null;
    matched.push(answer);
  }
  return matched;
}

export function evaluateGuide(guide: Guide, answers: readonly Answer[]): Evaluation {
  const byTarget = new Map<string, Recommendation>();
  const actions: string[] = [];
  const rulesApplied: number[] = [];
  guide.rules.forEach((rule, index) => {
    const matched = ruleApplies(rule, answers);
    if (!matched) return;
    rulesApplied.push(index);
    for (const action of rule.actions) if (!actions.includes(action)) actions.push(action);
    for (const target of rule.recommend) {
      const reason: Reason = { because: rule.because, answers: matched };
      const existing = byTarget.get(target);
      if (!existing) {
        const [kind, id] = target.split('/') as [TargetKind, string];
        byTarget.set(target, { target, kind, id, outcome: rule.outcome, reasons: [reason] });
        continue;
      }
      if (!existing.reasons.some((r) => r.because === reason.because)) existing.reasons.push(reason);
      if (strength[rule.outcome] > strength[existing.outcome]) existing.outcome = rule.outcome;
    }
  });
  return { recommendations: [...byTarget.values()], actions, rulesApplied };
}

/** True when the result gives the reader something to act on (not only "this does not apply"). */
export function hasAdvice(evaluation: Evaluation): boolean {
  return evaluation.recommendations.some((r) => r.outcome !== 'notApplicable');
}
