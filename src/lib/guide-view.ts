/**
 * Turns a guide state into what its page shows: links for the answers, the answers so far with change
 * links, and for a result the verdict, the steps by phase, every section of support with its advice resolved to
 * titles, summaries, amounts and links, the notes and whom to call. Pages only render this.
 */
import { getEntry } from 'astro:content';
import { evaluateGuide, type Recommendation, type Verdict } from '../guide/evaluate.ts';
import { PHASES, type Guide, type Notice, type Outcome, type Phase, type Section, type TargetKind } from '../guide/schema.ts';
import type { Answer, GuideState } from '../guide/state.ts';
import { guideHref, type GuideMode } from './guide-links.ts';
import { ratesOfRegeling } from './rate-entries.ts';
import { LKV_CHOICES } from '../calculator/calculate.ts';
import { deadlinesFor, type DeadlineLine } from './deadline-entries.ts';
import type { RateLine } from './rates.ts';
import { SECTIONS } from './sections.ts';
import { entryHref, href } from './url.ts';
import type { AnsweredQuestion } from '../components/guide/AnswerSummary.astro';
import type { RegelingState } from './vocabulary.ts';

/** A page, guide or partner the result points to. */
export interface AdviceTarget {
  title: string;
  href?: string;
  summary: string;
  /** For a regeling: its status, shown when it is not simply open. */
  state?: RegelingState;
  stateNote?: string;
  /** For a regeling that fits or must be checked: its amounts, from content/bedragen.yaml. */
  amounts: RateLine[];
}

export interface AdviceReason {
  because: string;
  answers: { short: string; answer: string }[];
}

/** One piece of advice: one or more targets with the same outcome and the same reasons (one rule naming several funds, say). */
export interface Advice {
  outcome: Outcome;
  /** What the first target is: a regeling, a handbook chapter, … (the label differs). */
  kind: TargetKind;
  /** For "check": with whom to check it. */
  checkWith: string[];
  targets: AdviceTarget[];
  reasons: AdviceReason[];
}

export interface QuestionView {
  kind: 'question';
  step: number;
  text: string;
  help?: string;
  options: { label: string; href: string }[];
  answered: AnsweredQuestion[];
  backHref: string;
}

export interface ResultSection {
  id: string;
  title: string;
  items: Advice[];
}

export interface StepGroup {
  phase: Phase;
  label: string;
  steps: { text: string; who: string }[];
}

export interface ResultView {
  kind: 'result';
  answered: AnsweredQuestion[];
  backHref: string;
  /** The h1 and the line under it: the verdict when the guide has one, else the guide's result title. */
  title: string;
  lead?: string;
  verdict?: Verdict;
  steps: StepGroup[];
  /** Dates for the calendar that belong to what fits or must be checked (the yearly LKV calculation, say). */
  deadlines: DeadlineLine[];
  sections: ResultSection[];
  notices: Notice[];
  partners: Advice[];
  /** true when the werkgeversservicepunt is among the partners: it gets the region-aware contact block. */
  regionalDesk: boolean;
  /** The calculator with what this result found already filled in, for a guide that gives a verdict on money. */
  calculatorHref?: string;
}

export const PHASE_LABELS: Record<Phase, string> = {
  nu: 'Nu',
  'voor-start': 'Vóór de eerste werkdag',
  'na-start': 'Na de start',
  loonaangifte: 'In uw loonaangifte',
  'bij-ziekte': 'Als de werknemer ziek wordt',
};

const OUTCOME_ORDER: Outcome[] = ['fits', 'check', 'notApplicable'];
/** A guide without sections shows its advice as one part. */
const ONE_SECTION: Section = { id: 'advies', title: 'Wat u helpt', required: true };

function answeredList(guideId: string, guide: Guide, answers: readonly Answer[], mode: GuideMode): AnsweredQuestion[] {
  return answers.map((a, i) => {
    const question = guide.questions[a.question]!;
    return {
      short: question.short,
      answer: question.options.find((o) => o.id === a.option)!.label,
      changeHref: guideHref(guideId, answers.slice(0, i), mode),
    };
  });
}

const sectionOf = (kind: string) => Object.values(SECTIONS).find((s) => s.collection === kind)!;

async function resolve(guide: Guide, rec: Recommendation, today: Date): Promise<AdviceTarget & { reasons: AdviceReason[]; regional?: boolean }> {
  const reasons = rec.reasons.map((r) => ({
    because: r.because,
    answers: r.answers.map((a) => {
      const q = guide.questions[a.question]!;
      return { short: q.short, answer: q.options.find((o) => o.id === a.option)!.label };
    }),
  }));
  if (rec.kind === 'partner') {
    const partner = await getEntry('partners', rec.id);
    if (!partner) throw new Error(`Partner "${rec.id}" ontbreekt in content/partners.yaml.`);
    return { title: partner.data.name, summary: partner.data.description, href: partner.data.url, regional: partner.data.regional, reasons, amounts: [] };
  }
  if (rec.kind === 'gids') {
    const other = await getEntry('gidsen', rec.id);
    if (!other) throw new Error(`De keuzehulp verwijst naar ${rec.target}, maar die keuzehulp bestaat niet.`);
    return { title: other.data.title, summary: other.data.summary, href: guideHref(rec.id, []), reasons, amounts: [] };
  }
  const entry = await getEntry(rec.kind, rec.id);
  if (!entry) throw new Error(`De keuzehulp verwijst naar ${rec.target}, maar die pagina bestaat niet.`);
  const data = entry.data as { title: string; summary: string; status?: { state: RegelingState; note?: string } };
  // A scheme whose current offer was not checked shows "ask what there is now" in the plan, not last year's figures;
  // its page keeps the amounts with their periods.
  const showAmounts = rec.kind === 'regelingen' && rec.outcome !== 'notApplicable' && data.status?.state !== 'unverified';
  const amounts = showAmounts ? await ratesOfRegeling(rec.id, today) : [];
  return {
    title: data.title,
    summary: data.summary,
    href: entryHref(sectionOf(rec.kind), rec.id),
    state: data.status?.state,
    stateNote: data.status?.note,
    amounts,
    reasons,
  };
}

/** Adds a target to a list of advice; targets with the same outcome and reasons share one box and one "Waarom". */
function addAdvice(list: Advice[], rec: Recommendation, target: AdviceTarget, reasons: AdviceReason[]): void {
  const key = JSON.stringify([rec.outcome, rec.checkWith, reasons]);
  const same = list.find((a) => JSON.stringify([a.outcome, a.checkWith, a.reasons]) === key);
  if (same) same.targets.push(target);
  else list.push({ outcome: rec.outcome, kind: rec.kind, checkWith: rec.checkWith, targets: [target], reasons });
}

export async function guidePageView(
  guideId: string,
  guide: Guide,
  state: GuideState,
  mode: GuideMode = 'site',
  today = new Date(),
): Promise<QuestionView | ResultView> {
  const answered = answeredList(guideId, guide, state.answers, mode);
  const backHref = state.answers.length === 0 ? href(SECTIONS.gidsen.path) : guideHref(guideId, state.answers.slice(0, -1), mode);
  if (state.kind === 'question') {
    const question = guide.questions[state.question]!;
    return {
      kind: 'question',
      step: state.answers.length + 1,
      text: question.text,
      help: question.help,
      options: question.options.map((o) => ({
        label: o.label,
        href: guideHref(guideId, [...state.answers, { question: state.question, option: o.id }], mode),
      })),
      answered,
      backHref,
    };
  }

  const evaluation = evaluateGuide(guide, state.answers);
  const sectionList = guide.sections.length > 0 ? guide.sections : [ONE_SECTION];
  const sections: ResultSection[] = sectionList.map((s) => ({ id: s.id, title: s.title, items: [] }));
  const partners: Advice[] = [];
  let regionalDesk = false;
  const ordered = [...evaluation.recommendations].sort((a, b) => OUTCOME_ORDER.indexOf(a.outcome) - OUTCOME_ORDER.indexOf(b.outcome));
  for (const rec of ordered) {
    const { reasons, regional, ...target } = await resolve(guide, rec, today);
    if (rec.kind === 'partner') {
      if (regional) regionalDesk = true;
      else addAdvice(partners, rec, target, reasons);
      continue;
    }
    const section = sections.find((s) => s.id === (rec.section ?? ONE_SECTION.id)) ?? sections[0]!;
    addAdvice(section.items, rec, target, reasons);
  }

  const steps: StepGroup[] = PHASES.map((phase) => ({
    phase,
    label: PHASE_LABELS[phase],
    steps: evaluation.actions.filter((a) => a.phase === phase).map(({ text, who }) => ({ text, who })),
  })).filter((g) => g.steps.length > 0);

  const regelingen = evaluation.recommendations.filter((r) => r.kind === 'regelingen' && r.outcome !== 'notApplicable').map((r) => r.id);
  const deadlines = await deadlinesFor(regelingen, today);

  const verdictText = guide.verdict && evaluation.verdict ? guide.verdict[evaluation.verdict] : undefined;
  const calculatorHref = guide.verdict ? calculatorLink(evaluation.recommendations) : undefined;
  return {
    kind: 'result',
    answered,
    backHref,
    title: verdictText?.title ?? guide.resultTitle ?? 'Dit past bij uw situatie',
    lead: verdictText?.text,
    verdict: evaluation.verdict,
    steps,
    deadlines,
    sections: sections.filter((s) => s.items.length > 0),
    notices: evaluation.notices,
    partners,
    regionalDesk,
    calculatorHref,
  };
}

/** The LKV that fits (or else the one to check), loonkostensubsidie or loondispensatie to fill in, and the no-riskpolis. */
function calculatorLink(recommendations: readonly Recommendation[]): string {
  const regelingen = recommendations.filter((r) => r.kind === 'regelingen' && r.outcome !== 'notApplicable');
  const has = (id: string) => regelingen.some((r) => r.id === id);
  const lkv = [...regelingen.filter((r) => r.outcome === 'fits'), ...regelingen.filter((r) => r.outcome === 'check')].find((r) =>
    (LKV_CHOICES as readonly string[]).includes(r.id) && r.id !== 'lkv-oudere-werknemer',
  );
  const query = new URLSearchParams({ uren: '32', loon: 'minimum' });
  if (lkv) query.set('lkv', lkv.id);
  if (has('loonkostensubsidie')) query.set('lks', '');
  else if (has('loondispensatie')) query.set('ld', '');
  if (regelingen.some((r) => r.id === 'no-riskpolis' && r.outcome === 'fits')) query.set('norisk', 'ja');
  return `${href('/rekenhulp/')}?${query.toString()}`;
}
