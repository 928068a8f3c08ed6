/**
 * The overview of regelingen (/regelingen/): one group per need in the fixed order of REGELING_NEEDS, and the
 * closed or ended schemes apart whatever their need. Plain TypeScript, so it can be unit-tested.
 */
import { isStoppedState, REGELING_NEED_LABELS, REGELING_NEEDS, type RegelingNeed, type RegelingState } from './vocabulary.ts';

export const STOPPED_GROUP = { id: 'gestopt', title: 'Gestopt of gesloten voor nieuwe aanvragen' } as const;

export interface OverviewGroup<T> {
  id: RegelingNeed | typeof STOPPED_GROUP.id;
  title: string;
  items: T[];
}

/** Groups in order, each item in exactly one; empty groups are left out. Items keep the order they came in. */
export function groupByNeed<T extends { data: { need: RegelingNeed; status: { state: RegelingState } } }>(items: readonly T[]): OverviewGroup<T>[] {
  const groups: OverviewGroup<T>[] = REGELING_NEEDS.map((need) => ({
    id: need,
    title: REGELING_NEED_LABELS[need],
    items: items.filter((i) => i.data.need === need && !isStoppedState(i.data.status.state)),
  }));
  groups.push({ ...STOPPED_GROUP, items: items.filter((i) => isStoppedState(i.data.status.state)) });
  return groups.filter((g) => g.items.length > 0);
}

/**
 * The first sentence of a summary, for a card in a long list: summaries open with whom or what the scheme is for
 * ("Wordt uw werknemer met een arbeidsbeperking ziek?"); the rest is on the page. A sentence ends at . ? or !
 * followed by a space and a capital letter or digit, so "(deels)" or "A+O" does not cut it short.
 */
export function firstSentence(text: string): string {
  const match = /^[\s\S]*?[.?!](?=\s+["“‘(]?[A-ZÀ-Ý0-9])/.exec(text.trim());
  return match ? match[0] : text.trim();
}

/** Enough of a rate line (src/lib/rates.ts) to say an amount with its period. */
export interface AmountLine {
  amount: string;
  period: string;
  ended: boolean;
  verified: boolean;
}

/**
 * The amount a card shows: the regeling's first amount in content/bedragen.yaml. None for a scheme whose current
 * offer was not checked (as in the guide's plan, which shows "ask what there is now" instead), nor for one that
 * is closed or ended: there is no amount for a new employee.
 */
export function overviewAmount<L extends AmountLine>(state: RegelingState, amounts: readonly L[]): L | undefined {
  return state === 'unverified' || isStoppedState(state) ? undefined : amounts[0];
}

/** "Bedrag 2026", or "Bedrag studiejaar 2025-2026 (nieuwer bedrag nog niet bekend)": always with its period. */
export function amountLabel(line: AmountLine): string {
  return `Bedrag ${line.period}${line.ended ? ' (nieuwer bedrag nog niet bekend)' : ''}`;
}
