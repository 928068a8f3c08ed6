/**
 * The calculator on /rekenhulp/: reads the form, keeps the inputs in the URL (so a result can be shared and printed),
 * and computes on the reader's device with src/calculator/. Errors follow the GOV.UK pattern: a summary that takes
 * focus and links to each field, the message at the field, and "Fout: " before the page title.
 */
import { calculate } from '../calculator/calculate.ts';
import { FIELDS, readInputs, type FieldError } from '../calculator/inputs.ts';
import { parseRateTable } from '../calculator/rate-json.ts';
import { renderCalculation } from '../calculator/render.ts';

const FIELD_IDS: Record<string, string> = { uren: 'reken-uren', loon: 'reken-loon', leeftijd: 'reken-leeftijd', start: 'reken-start', lkv: 'reken-lkv', lks: 'reken-lks', ld: 'reken-ld', lasten: 'reken-lasten' };

export function startCalculator(): void {
  const root = document.querySelector<HTMLElement>('[data-calculator]');
  const form = root?.querySelector<HTMLFormElement>('[data-calculator-form]');
  const output = root?.querySelector<HTMLElement>('[data-calculator-output]');
  const summary = root?.querySelector<HTMLElement>('[data-error-summary]');
  if (!root || !form || !output || !summary) return;
  const rates = parseRateTable(root.dataset['rates']!);
  const now = new Date();
  const today = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  const title = document.title;
  const el = <T extends Element | RadioNodeList>(name: string) => form.elements.namedItem(name) as T | null;

  /** URL query -> form fields. */
  const fill = (params: URLSearchParams) => {
    const set = (name: string, value: string | null) => {
      const input = el<HTMLInputElement | HTMLSelectElement>(name);
      if (input && value !== null) input.value = value;
    };
    set('uren', params.get('uren'));
    const wage = params.get('loon');
    const custom = wage !== null && wage !== 'minimum';
    el<RadioNodeList>('loonsoort')!.value = custom ? 'bedrag' : 'minimum';
    set('loon', custom ? wage : '');
    set('leeftijd', params.get('leeftijd') ?? '21');
    set('start', params.get('start') ?? today.toISOString().slice(0, 10));
    set('lkv', params.get('lkv') ?? 'geen');
    for (const key of ['lks', 'ld'] as const) {
      el<HTMLInputElement>(`${key}-aan`)!.checked = params.has(key);
      set(key, params.get(key) ?? '');
    }
    el<HTMLInputElement>('bbl')!.checked = params.get('bbl') === 'ja';
    el<HTMLInputElement>('norisk')!.checked = params.get('norisk') === 'ja';
    set('lasten', params.get('lasten') ?? String((rates['loonkostensubsidie-werkgeverslasten']!.periods.at(-1) as { percentage: number }).percentage));
  };

  /** Form fields -> URL query. */
  const params = () => {
    const p = new URLSearchParams();
    const value = (name: string) => el<HTMLInputElement>(name)?.value.trim() ?? '';
    p.set('uren', value('uren'));
    p.set('loon', el<RadioNodeList>('loonsoort')!.value === 'bedrag' ? value('loon') : 'minimum');
    if (value('leeftijd') !== '21') p.set('leeftijd', value('leeftijd'));
    p.set('start', value('start'));
    if (value('lkv') !== 'geen') p.set('lkv', value('lkv'));
    for (const key of ['lks', 'ld']) if (el<HTMLInputElement>(`${key}-aan`)!.checked) p.set(key, value(key));
    if (el<HTMLInputElement>('bbl')!.checked) p.set('bbl', 'ja');
    if (el<HTMLInputElement>('norisk')!.checked) p.set('norisk', 'ja');
    p.set('lasten', value('lasten'));
    return p;
  };

  const showErrors = (errors: FieldError[]) => {
    for (const field of FIELDS) {
      const message = errors.find((e) => e.field === field)?.message;
      const box = document.getElementById(`${FIELD_IDS[field]}-fout`);
      const input = document.getElementById(FIELD_IDS[field]!);
      if (box) {
        box.hidden = !message;
        box.textContent = message ? `Fout: ${message}` : '';
      }
      input?.toggleAttribute('aria-invalid', !!message);
      if (message) input?.setAttribute('aria-describedby', `${FIELD_IDS[field]}-fout`);
      else if (field !== 'lasten') input?.removeAttribute('aria-describedby');
    }
    const list = summary.querySelector('[data-error-list]')!;
    list.replaceChildren(
      ...errors.map((e) => {
        const item = document.createElement('li');
        item.append(Object.assign(document.createElement('a'), { href: `#${FIELD_IDS[e.field]}`, textContent: e.message }));
        return item;
      }),
    );
    summary.hidden = errors.length === 0;
    document.title = errors.length > 0 ? `Fout: ${title}` : title;
  };

  /** Computes what the form says; on submit also shows the errors. Returns whether the inputs were valid. */
  const update = (submitted: boolean) => {
    const query = params();
    const read = readInputs(query, rates, today);
    if (submitted || summary.hidden === false) showErrors(read.errors);
    if (!read.input) {
      output.innerHTML = '<p class="wim-calc__note">Pas de velden hierboven aan om te rekenen.</p>';
      if (submitted) summary.focus();
      return;
    }
    history.replaceState(null, '', `${location.pathname}?${query.toString()}`);
    const hints = read.waiting.map((key) => `<p class="wim-calc__note">Vul de loonwaarde in om ${key === 'lks' ? 'loonkostensubsidie' : 'loondispensatie'} mee te rekenen.</p>`);
    output.innerHTML = `<h3>Uitkomst</h3>${hints.join('')}${renderCalculation(calculate(read.input, rates), 'Uw berekening: kosten en steun per kalenderjaar')}`;
  };

  fill(new URLSearchParams(location.search));
  // A link with inputs (from a guide result, say) shows what is wrong with them at once.
  update(location.search.length > 1);
  form.addEventListener('input', () => update(false));
  form.addEventListener('change', () => update(false));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(true);
  });
  root.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (target.closest('[data-print]')) window.print();
    if (target.closest('[data-copy-link]')) {
      const status = root.querySelector<HTMLElement>('[data-copy-status]')!;
      navigator.clipboard.writeText(location.href).then(
        () => (status.textContent = 'De link is gekopieerd.'),
        () => (status.textContent = `Kopieer deze link: ${location.href}`),
      );
    }
  });
}
