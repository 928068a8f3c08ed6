/**
 * A calculation as HTML: a table of costs and support per calendar year, then how each line was computed, with its
 * source. One renderer for the worked examples the build writes and for the page's own script, so both look the same.
 * Every text is escaped: amounts and titles come from content files.
 */
import type { Calculation, Line, YearResult } from './calculate.ts';
import { formatEuro } from '../lib/rates.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const euro = (n: number) => escape(formatEuro(Math.round(n)));

/** Every line id of one kind, in the order it first appears. */
function lineIds(years: readonly YearResult[], kind: 'costs' | 'support'): { id: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const y of years) for (const l of y[kind]) if (!seen.has(l.id)) seen.set(l.id, l.label);
  return [...seen].map(([id, label]) => ({ id, label }));
}

function rows(years: readonly YearResult[], kind: 'costs' | 'support'): string {
  return lineIds(years, kind)
    .map(({ id, label }) => {
      const cells = years.map((y) => {
        const line = y[kind].find((l) => l.id === id);
        return `<td>${line ? euro(line.amount) : '–'}</td>`;
      });
      return `<tr><th scope="row">${escape(label)}</th>${cells.join('')}</tr>`;
    })
    .join('');
}

function how(years: readonly YearResult[]): string {
  const items = [...lineIds(years, 'costs'), ...lineIds(years, 'support')].map(({ id, label }) => {
    const perYear = years
      .map((y) => [y.year, [...y.costs, ...y.support].find((l) => l.id === id)] as const)
      .filter((pair): pair is readonly [number, Line] => pair[1] !== undefined);
    const sources = new Map(perYear.flatMap(([, l]) => l.sources.map((s) => [s.url, s] as const)));
    const caveats = [...new Set(perYear.flatMap(([, l]) => l.caveat?.split('; ') ?? []))];
    return [
      `<li><strong>${escape(label)}.</strong> `,
      perYear.map(([year, l]) => `${year}: ${escape(l.how)}.`).join(' '),
      caveats.length > 0 ? ` <em>Let op: ${escape(caveats.join('; '))}.</em>` : '',
      sources.size > 0 ? ` Bron: ${[...sources.values()].map((s) => `<a href="${escape(s.url)}">${escape(s.title)}</a>`).join(', ')}.` : '',
      '</li>',
    ].join('');
  });
  return `<ul class="wim-calc__how">${items.join('')}</ul>`;
}

export function renderCalculation(calculation: Calculation, caption: string): string {
  const { years } = calculation;
  if (years.length === 0) return '<p>Er is niets te berekenen: de eerste werkdag ligt na de periode van de berekening.</p>';
  const head = years.map((y) => `<th scope="col">${y.year}</th>`).join('');
  const total = (label: string, pick: (y: YearResult) => number, cls: string) =>
    `<tr class="${cls}"><th scope="row">${label}</th>${years.map((y) => `<td>${euro(pick(y))}</td>`).join('')}</tr>`;
  const supportRows = rows(years, 'support');
  return [
    '<div class="wim-calc__scroll">',
    `<table class="utrecht-table wim-calc__table"><caption>${escape(caption)}</caption>`,
    `<thead><tr><th scope="col">Per kalenderjaar, in euro</th>${head}</tr></thead>`,
    '<tbody>',
    `<tr class="wim-calc__hours"><th scope="row">Betaalde uren</th>${years.map((y) => `<td>${escape(new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }).format(y.hours))}</td>`).join('')}</tr>`,
    rows(years, 'costs'),
    total('Kosten van de baan', (y) => y.totalCost, 'wim-calc__total'),
    supportRows,
    supportRows ? total('Steun die u terugkrijgt of niet betaalt', (y) => y.totalSupport, 'wim-calc__total') : '',
    total('Wat de baan u kost na steun', (y) => y.net, 'wim-calc__net'),
    '</tbody></table></div>',
    calculation.risk ? `<p class="wim-calc__risk"><strong>${escape(calculation.risk.label)}.</strong> ${escape(calculation.risk.how)} Bron: <a href="${escape(calculation.risk.sources[0]!.url)}">${escape(calculation.risk.sources[0]!.title)}</a>.</p>` : '',
    '<h3 class="wim-calc__how-title">Hoe berekend</h3>',
    how(years),
    calculation.notes.map((n) => `<p class="wim-calc__note">${escape(n)}</p>`).join(''),
  ].join('');
}
