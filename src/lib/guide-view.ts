/**
 * Turns a guide state into what its page shows: links for the answers, the answers so far with change
 * links, and for a result the recommendations resolved to titles, summaries and links. Pages only render this.
 */
import { getEntry } from 'astro:content';
import { evaluateGuide, type Recommendation } from '../guide/evaluate.ts';
import type { Guide } from '../guide/schema.ts';
import type { Answer, GuideState } from '../guide/state.ts';
import { guideHref, type GuideMode } from './guide-links.ts';
import { SECTIONS } from './sections.ts';
import { entryHref, href } from './url.ts';
import type { AnsweredQuestion } from '../components/guide/AnswerSummary.astro';
import type { RegelingState } from './vocabulary.ts';

/** A page or partner the result points to. */
export interface AdviceTarget {
  title: string;
  href?: string;
  summary: string;
  /** For a regeling: its status, shown when it is not simply open. */
  state?: RegelingState;
  stateNote?: string;
}

export interface AdviceReason {
  because: string;
  answers: { short: string; answer: string }[];
}

/** One piece of advice: one or more targets that share the same reasons (one rule naming several funds, say). */
export interface Advice {
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

export interface ResultView {
  kind: 'result';
  answered: AnsweredQuestion[];
  backHref: string;
  fits: Advice[];
  check: Advice[];
  notApplicable: Advice[];
  partners: Advice[];
  /** true when the werkgeversservicepunt is among the partners: it gets the region-aware contact block. */
  regionalDesk: boolean;
  reading: Advice[];
  actions: string[];
}

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

async function resolve(guide: Guide, rec: Recommendation): Promise<AdviceTarget & { reasons: AdviceReason[]; regional?: boolean }> {
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
    return { title: partner.data.name, summary: partner.data.description, href: partner.data.url, regional: partner.data.regional, reasons };
  }
  const entry = await getEntry(rec.kind, rec.id);
  if (!entry) throw new Error(`De keuzehulp verwijst naar ${rec.target}, maar die pagina bestaat niet.`);
  const data = entry.data as { title: string; summary: string; status?: { state: RegelingState; note?: string } };
  return {
    title: data.title,
    summary: data.summary,
    href: entryHref(sectionOf(rec.kind), rec.id),
    state: data.status?.state,
    stateNote: data.status?.note,
    reasons,
  };
}

export async function guidePageView(guideId: string, guide: Guide, state: GuideState, mode: GuideMode = 'site'): Promise<QuestionView | ResultView> {
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
  const view: ResultView = { kind: 'result', answered, backHref, fits: [], check: [], notApplicable: [], partners: [], regionalDesk: false, reading: [], actions: evaluation.actions };
  for (const rec of evaluation.recommendations) {
    const { reasons, regional, ...target } = await resolve(guide, rec);
    const section: Advice[] =
      rec.kind === 'partner' ? view.partners : rec.kind === 'regelingen' ? view[rec.outcome] : rec.outcome === 'notApplicable' ? view.notApplicable : view.reading;
    if (regional) {
      view.regionalDesk = true;
      continue;
    }
    // Targets named by the same rule(s) share one box and one "Waarom", instead of repeating it.
    const last = section.at(-1);
    if (last && JSON.stringify(last.reasons) === JSON.stringify(reasons)) last.targets.push(target);
    else section.push({ targets: [target], reasons });
  }
  return view;
}
