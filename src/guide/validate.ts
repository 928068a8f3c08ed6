/**
 * Structural checks of a guide file. Returns every problem at once, each naming the file, the line where
 * known, the question, option or rule, what is wrong and how to fix it. Plain TypeScript, no Astro.
 */
import type { z } from 'zod';
import type { Problem } from '../lib/problem.ts';
import { evaluateGuide, hasAdvice } from './evaluate.ts';
import { END, guideSchema, type Guide } from './schema.ts';
import type { Answer } from './state.ts';
import { countStates, walkGuide } from './walk.ts';

/** A problem in a guide; `where` names the question, option or rule: 'vraag "register", antwoord "ja"', 'regel 3'. */
export type GuideIssue = Problem;

/** What a recommendation may point to; `state` is a regeling's status (open, changing, closed, ended). */
export interface KnownTarget {
  state?: string;
}

export interface ValidationContext {
  file: string;
  /** Every existing target: "regelingen/no-riskpolis", "handboek/geld-en-risico", "partner/uwv", … */
  targets: ReadonlyMap<string, KnownTarget>;
  /** Line of a path in the file ("questions", "register", "options", 1), when the file was parsed with positions. */
  lineOf?: (path: readonly (string | number)[]) => number | undefined;
}

export interface ValidationResult {
  guide?: Guide;
  issues: GuideIssue[];
  /** Number of states (pages); 0 when the guide could not be walked. */
  states: number;
}

/** Paths without advice listed in full; more are counted. */
const MAX_PATHS_LISTED = 10;
/** Counting stops here, so a runaway guide cannot hang the build. */
const STATE_COUNT_LIMIT = 1_000_000;

export function validateGuide(raw: unknown, ctx: ValidationContext): ValidationResult {
  const issues: GuideIssue[] = [];
  const add = (severity: GuideIssue['severity'], path: readonly (string | number)[], where: string, message: string, fix: string) =>
    issues.push({ severity, file: ctx.file, line: ctx.lineOf?.(path), where, message, fix });

  const parsed = guideSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) schemaIssue(issue, raw, add);
    return { issues, states: 0 };
  }
  const guide = parsed.data;
  const questionIds = Object.keys(guide.questions);
  let walkable = true;

  if (!guide.questions[guide.start]) {
    walkable = false;
    add('error', ['start'], 'start', `De startvraag "${guide.start}" bestaat niet.`, `Kies een van de vragen: ${questionIds.join(', ')}.`);
  }
  if (guide.questions[END]) {
    walkable = false;
    add('error', ['questions', END], `vraag "${END}"`, `"${END}" is gereserveerd: het betekent "einde van de keuzehulp".`, 'Geef deze vraag een andere naam.');
  }

  for (const [qid, question] of Object.entries(guide.questions)) {
    const seen = new Set<string>();
    question.options.forEach((option, i) => {
      const at = ['questions', qid, 'options', i];
      const node = `vraag "${qid}", antwoord "${option.id}"`;
      if (seen.has(option.id)) {
        walkable = false;
        add('error', at, node, `Het antwoord "${option.id}" staat twee keer bij deze vraag.`, 'Geef elk antwoord van een vraag een eigen id; het id is een deel van het webadres.');
      }
      seen.add(option.id);
      if (!option.next) {
        walkable = false;
        add('error', at, node, 'Dit antwoord heeft geen volgende stap.', `Voeg "next: <vraag>" toe, of "next: ${END}" als de keuzehulp hier eindigt.`);
      } else if (option.next !== END && !guide.questions[option.next]) {
        walkable = false;
        add('error', [...at, 'next'], node, `De volgende vraag "${option.next}" bestaat niet.`, `Kies een van de vragen (${questionIds.join(', ')}) of "${END}".`);
      }
    });
  }

  if (guide.questions[guide.start]) {
    const reached = reachableQuestions(guide);
    for (const qid of questionIds) {
      if (!reached.has(qid)) {
        add('error', ['questions', qid], `vraag "${qid}"`, 'Deze vraag is onbereikbaar: geen antwoord leidt ernaartoe.', `Laat een antwoord met "next: ${qid}" naar deze vraag wijzen, of haal de vraag weg.`);
      }
    }
    for (const cycle of findCycles(guide)) {
      walkable = false;
      add('error', ['questions', cycle[0]!], `vraag "${cycle[0]}"`, `De vragen vormen een kringloop: ${cycle.join(' → ')}. Zo eindigt de keuzehulp nooit.`, `Laat een van deze antwoorden naar een latere vraag of naar "${END}" wijzen.`);
    }
  }

  const checkCondition = (condition: Record<string, string[]>, at: (string | number)[], node: string, field: string) => {
    for (const [qid, options] of Object.entries(condition)) {
      const question = guide.questions[qid];
      if (!question) {
        add('error', [...at, qid], node, `"${field}" noemt de vraag "${qid}", maar die bestaat niet.`, `Kies een van de vragen: ${questionIds.join(', ')}.`);
        continue;
      }
      for (const option of options) {
        if (!question.options.some((o) => o.id === option)) {
          add('error', [...at, qid], node, `"${option}" is geen antwoord op de vraag "${qid}".`, `Kies uit: ${question.options.map((o) => o.id).join(', ')}.`);
        }
      }
    }
  };

  const sectionIds = guide.sections.map((s) => s.id);
  guide.sections.forEach((section, i) => {
    if (sectionIds.indexOf(section.id) !== i) add('error', ['sections', i], `onderdeel "${section.id}"`, 'Dit onderdeel staat twee keer in "sections".', 'Geef elk onderdeel een eigen id.');
  });
  if (guide.verdict && !sectionIds.includes(guide.verdict.section)) {
    add('error', ['verdict', 'section'], 'verdict', `Het onderdeel "${guide.verdict.section}" bestaat niet.`, `Kies een van de onderdelen in "sections": ${sectionIds.join(', ') || '(geen)'}.`);
  }
  guide.notices.forEach((notice, n) => {
    const node = `melding ${n + 1} ("${notice.title}")`;
    checkCondition(notice.when, ['notices', n, 'when'], node, 'when');
    notice.unless.forEach((c, u) => checkCondition(c, ['notices', n, 'unless', u], node, 'unless'));
  });

  guide.rules.forEach((rule, r) => {
    const node = `regel ${r + 1}`;
    checkCondition(rule.when, ['rules', r, 'when'], node, 'when');
    rule.unless.forEach((c, u) => checkCondition(c, ['rules', r, 'unless', u], node, 'unless'));
    const onlyPartners = rule.recommend.every((t) => t.startsWith('partner/'));
    if (sectionIds.length > 0 && !rule.section && !onlyPartners) {
      add('error', ['rules', r], node, 'Deze regel zegt niet in welk onderdeel van de uitslag hij hoort.', `Voeg "section:" toe met een van: ${sectionIds.join(', ')}.`);
    } else if (rule.section && !sectionIds.includes(rule.section)) {
      add('error', ['rules', r, 'section'], node, `Het onderdeel "${rule.section}" bestaat niet.`, `Kies een van: ${sectionIds.join(', ') || '(voeg eerst "sections" toe)'}.`);
    }
    if (!rule.condition && rule.recommend.some((t) => t.startsWith('regelingen/'))) {
      add('error', ['rules', r], node, 'Deze regel noemt een regeling, maar zegt niet welke voorwaarde van die regeling hij volgt.', 'Voeg "condition:" toe met de voorwaarde uit de bron, bijvoorbeeld "No-riskpolis: Wajong-uitkering (nu of ooit)". Zo kan een reviewer de regel naast de regeling leggen.');
    }
    if (rule.outcome === 'check' && !rule.checkWith) {
      add('error', ['rules', r], node, 'Bij "outcome: check" moet de lezer weten bij wie hij het nagaat.', 'Voeg "checkWith:" toe, bijvoorbeeld "UWV", "de gemeente van de werknemer" of "de school".');
    }
    rule.recommend.forEach((target, t) => {
      const known = ctx.targets.get(target);
      const at = ['rules', r, 'recommend', t];
      if (!known) {
        const [kind, id] = target.split('/');
        const fix =
          kind === 'partner'
            ? `Voeg "${id}" toe aan content/partners.yaml, of kies een bestaande partner.`
            : kind === 'gids'
              ? `Kies een keuzehulp uit content/gidsen/ (de bestandsnaam zonder .yaml).`
              : `Controleer de schrijfwijze, of maak content/${kind}/${id}.mdx aan.`;
        add('error', at, node, `De verwijzing "${target}" bestaat niet.`, fix);
      } else if ((known.state === 'closed' || known.state === 'ended') && rule.outcome !== 'notApplicable') {
        add('error', at, node, `"${target}" is ${known.state === 'closed' ? 'gesloten voor nieuwe aanvragen' : 'beëindigd'}, maar deze regel raadt hem aan.`, 'Zet "outcome: notApplicable" en leg in "because" uit waarom hij niet meer past, of haal de verwijzing weg.');
      }
    });
  });

  if (!walkable || !guide.questions[guide.start]) return { guide, issues, states: 0 };

  const states = countStates(guide, STATE_COUNT_LIMIT);
  if (states > guide.budget) {
    add('error', ['budget'], 'budget', `De keuzehulp heeft ${states > STATE_COUNT_LIMIT ? `meer dan ${STATE_COUNT_LIMIT}` : states} pagina's (toestanden); het budget is ${guide.budget}.`, 'Stel alleen vragen die het advies veranderen, of verhoog "budget" als de groei bewust is.');
    return { guide, issues, states };
  }

  const rulesUsed = new Set<number>();
  const withoutAdvice: Answer[][] = [];
  const conflicts: { answers: Answer[]; target: string; rules: number[] }[] = [];
  const missingSection: { answers: Answer[]; section: string }[] = [];
  const required = [...new Set(guide.sections.filter((s) => s.required).map((s) => s.id))];
  for (const state of walkGuide(guide)) {
    if (state.kind !== 'result') continue;
    const evaluation = evaluateGuide(guide, state.answers);
    for (const r of evaluation.rulesApplied) rulesUsed.add(r);
    if (!hasAdvice(evaluation)) withoutAdvice.push(state.answers);
    for (const c of evaluation.conflicts) conflicts.push({ answers: state.answers, ...c });
    for (const section of required) {
      if (!evaluation.recommendations.some((rec) => rec.section === section && rec.kind !== 'partner')) missingSection.push({ answers: state.answers, section });
    }
  }
  for (const answers of withoutAdvice.slice(0, MAX_PATHS_LISTED)) {
    add('error', ['rules'], `pad ${formatPath(answers)}`, 'Na deze antwoorden geeft geen enkele regel een advies: de lezer krijgt een lege uitslag.', 'Voeg een regel toe die hier past, bijvoorbeeld een algemene regel met "when: {}" die naar het handboek en het werkgeversservicepunt verwijst.');
  }
  if (withoutAdvice.length > MAX_PATHS_LISTED) {
    add('error', ['rules'], 'paden', `Nog ${withoutAdvice.length - MAX_PATHS_LISTED} paden zonder advies.`, 'Los eerst de paden hierboven op; vaak helpt één algemene regel.');
  }
  for (const c of conflicts.slice(0, MAX_PATHS_LISTED)) {
    add('error', ['rules', c.rules[0]!], `pad ${formatPath(c.answers)}`, `Regels ${listNumbers(c.rules.map((r) => r + 1))} spreken elkaar tegen over "${c.target}": de ene zegt dat het past of nagegaan moet worden, de andere dat het niet past.`, 'Maak de voorwaarden ("when" en "unless") zo dat op één pad maar één van deze regels geldt.');
  }
  if (conflicts.length > MAX_PATHS_LISTED) {
    add('error', ['rules'], 'paden', `Nog ${conflicts.length - MAX_PATHS_LISTED} paden waarop regels elkaar tegenspreken.`, 'Los eerst de paden hierboven op.');
  }
  for (const m of missingSection.slice(0, MAX_PATHS_LISTED)) {
    add('error', ['sections'], `pad ${formatPath(m.answers)}`, `Het onderdeel "${m.section}" blijft leeg: deze uitslag zegt niets over dat soort steun.`, `Voeg een regel toe met "section: ${m.section}" die hier geldt, ook als die zegt wat níet past en wat wel helpt.`);
  }
  if (missingSection.length > MAX_PATHS_LISTED) {
    add('error', ['sections'], 'paden', `Nog ${missingSection.length - MAX_PATHS_LISTED} keer een leeg onderdeel.`, 'Vaak helpt één algemene regel per onderdeel.');
  }
  guide.rules.forEach((_, r) => {
    if (!rulesUsed.has(r)) {
      add('warning', ['rules', r], `regel ${r + 1}`, 'Deze regel geldt op geen enkel pad: geen combinatie van antwoorden past bij zijn "when".', 'Controleer of de vragen in "when" op hetzelfde pad gesteld worden.');
    }
  });

  return { guide, issues, states };
}

/** "2, 3 en 4" */
const listNumbers = (numbers: number[]) => (numbers.length < 2 ? String(numbers[0]) : `${numbers.slice(0, -1).join(', ')} en ${numbers.at(-1)}`);

export function formatPath(answers: readonly Answer[]): string {
  return answers.map((a) => `${a.question}=${a.option}`).join(' → ') || '(start)';
}

function reachableQuestions(guide: Guide): Set<string> {
  const reached = new Set<string>();
  const queue = [guide.start];
  while (queue.length > 0) {
    const qid = queue.shift()!;
    const question = guide.questions[qid];
    if (!question || reached.has(qid)) continue;
    reached.add(qid);
    for (const option of question.options) if (option.next && option.next !== END) queue.push(option.next);
  }
  return reached;
}

/** Each cycle once, as the list of question ids from where it starts back to the same question. */
function findCycles(guide: Guide): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (qid: string) => {
    if (done.has(qid)) return;
    const onStack = stack.indexOf(qid);
    if (onStack >= 0) {
      cycles.push([...stack.slice(onStack), qid]);
      return;
    }
    const question = guide.questions[qid];
    if (!question) return;
    stack.push(qid);
    for (const option of question.options) if (option.next && option.next !== END) visit(option.next);
    stack.pop();
    done.add(qid);
  };
  visit(guide.start);
  return cycles;
}

type Add = (severity: GuideIssue['severity'], path: readonly (string | number)[], where: string, message: string, fix: string) => void;

/** A schema problem, told in the editor's words: which question, option or rule, and which field. */
function schemaIssue(issue: z.core.$ZodIssue, raw: unknown, add: Add): void {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const [top, key, sub, index, field] = path;
  let node = path.length > 0 ? path.join('.') : '(bestand)';
  if (top === 'questions' && typeof key === 'string') {
    node = `vraag "${key}"`;
    if (sub === 'options' && typeof index === 'number') {
      const option = (raw as { questions?: Record<string, { options?: { id?: unknown }[] }> })?.questions?.[key]?.options?.[index];
      node += typeof option?.id === 'string' ? `, antwoord "${option.id}"` : `, antwoord ${index + 1}`;
      if (field !== undefined) node += `, veld "${String(field)}"`;
    } else if (sub !== undefined) node += `, veld "${String(sub)}"`;
  } else if (top === 'rules' && typeof key === 'number') {
    node = `regel ${key + 1}${sub !== undefined ? `, veld "${String(sub)}"` : ''}`;
  } else if (typeof top === 'string' && path.length === 1) {
    node = `veld "${top}"`;
  }
  const fix =
    issue.code === 'unrecognized_keys'
      ? 'Haal dit veld weg, of verbeter de schrijfwijze. Staat er een komma in een tekst tussen { }? Zet de tekst dan tussen aanhalingstekens, of schrijf het antwoord over meerdere regels.'
      : 'Pas het veld aan zoals de melding zegt; zie CONTRIBUTING.md voor de vorm van een keuzehulp.';
  add('error', path, node, issue.message, fix);
}
