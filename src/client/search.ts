/**
 * The search page with JavaScript on: read ?q= (and filters) from the URL, ask Pagefind, show the results.
 * Loaded only by /zoeken/, and Pagefind itself only when there is something to search for.
 * Without JavaScript the page shows the site index instead (that part is plain HTML).
 */
import { unmarkCompounds } from '../search/compound-mark.ts';
import { splitKnownFilters } from '../search/known-filters.ts';
import { resultParts, type SubResult } from '../search/result-parts.ts';
import { isOutdated } from './page-version.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; description?: string };
  filters: Record<string, string[]>;
  sub_results?: SubResult[];
}
type PagefindResult = { data(): Promise<PagefindResultData> };
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    q: string,
    o?: { filters?: Record<string, { any: string[] }> },
  ): Promise<{ results: PagefindResult[] }>;
}

/** Filters shown, in this order, with the legend a reader sees. */
const FILTERS: Record<string, string> = { soort: 'Soort pagina', doelgroep: 'Doelgroep' };
const PAGE_SIZE = 20;

const base = import.meta.env.BASE_URL.replace(/\/$/, '');
const ENTRY_URL = `${base}/pagefind/pagefind-entry.json`;
let pagefindPromise: Promise<Pagefind> | undefined;
/** The index description (pagefind-entry.json) as it was when Pagefind started on this page. */
let loadedEntry: Promise<string | null> | undefined;

const readEntry = (cache: RequestCache) =>
  fetch(ENTRY_URL, { cache })
    .then((r) => (r.ok ? r.text() : null))
    .catch(() => null);

/**
 * Whether the index this page started with can still be read. Pagefind skips an index part it cannot load and
 * just finds less; after a new version of the site the old parts are gone (other file names), and a search
 * would say "Geen resultaten" for words the site knows.
 */
async function indexStillThere(): Promise<boolean> {
  const [before, now] = await Promise.all([loadedEntry, readEntry('no-store')]);
  return before !== null && before !== undefined && before === now;
}

function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    loadedEntry = readEntry('default');
    const url = `${base}/pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // A cache tag per build instead of Pagefind's timestamp: its index file can then be cached (by the service
    // worker too) and still changes with every new version of the site.
    await pagefind.options({ excerptLength: 24, metaCacheTag: import.meta.env.WIM_BUILD_ID });
    await pagefind.init();
    return pagefind;
  })();
  return pagefindPromise;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

function readState(): { q: string; filters: Record<string, string[]> } {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const name of Object.keys(FILTERS)) {
    const values = params.getAll(name);
    if (values.length > 0) filters[name] = values;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

function writeState(q: string, filters: Record<string, string[]>, push: boolean): void {
  const params = new URLSearchParams({ q });
  for (const [name, values] of Object.entries(filters)) for (const v of values) params.append(name, v);
  const url = `${location.pathname}?${params}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('main form[role="search"]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const layout = document.querySelector<HTMLElement>('[data-search-layout]');
  const filterForm = document.querySelector<HTMLElement>('[data-search-filters]');
  const filterToggle = document.querySelector<HTMLButtonElement>('[data-search-filter-toggle]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  const siteIndex = document.querySelector<HTMLElement>('[data-search-index]');
  if (!form || !input || !status || !layout || !filterForm || !filterToggle || !list || !more || !siteIndex) return;
  // Hidden by CSS already where scripting is on (.wim-nojs-only); this covers browsers without that media query.
  document.querySelector<HTMLElement>('[data-search-nojs]')?.setAttribute('hidden', '');

  let run = 0;
  /** The current search: every result, how many are shown, and the status text without the "shown" part. */
  let all: PagefindResult[] = [];
  let shown = 0;
  let summary = '';

  /** `keepTyped`: at the start, keep what the reader typed in the box before this script ran (a slow connection, a long page). */
  async function render(keepTyped = false): Promise<void> {
    const { q, filters } = readState();
    const current = ++run;
    if (q || !keepTyped) input!.value = q;
    if (!q) {
      layout!.hidden = true;
      siteIndex!.hidden = false;
      status!.textContent = '';
      return;
    }
    status!.textContent = `Zoeken naar ‘${q}’…`;
    try {
      const pagefind = await loadPagefind();
      const available = await pagefind.filters();
      // A link from before a filter value was renamed or removed: search without that value, and say so.
      const { kept, dropped } = splitKnownFilters(filters, available);
      if (dropped.length > 0) writeState(q, kept, false);
      const search = await pagefind.search(q, { filters: Object.fromEntries(Object.entries(kept).map(([k, v]) => [k, { any: v }])) });
      const results = await Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data()));
      const total = search.results.length;
      if (total === 0 && !(await indexStillThere())) throw new Error('zoekindex niet te lezen');
      if (current !== run) return;
      renderFilters(available, kept);
      all = search.results;
      shown = 0;
      list!.replaceChildren();
      showResults(results);
      const droppedNote =
        dropped.length === 0
          ? ''
          : `${dropped.length === 1 ? 'Dit filter bestaat niet meer en is weggelaten' : 'Deze filters bestaan niet meer en zijn weggelaten'}: ${dropped
              .map(([name, value]) => `${FILTERS[name] ?? name} ‘${value}’`)
              .join(', ')}. `;
      summary =
        droppedNote +
        (total === 0
          ? `Geen resultaten voor ‘${q}’. Probeer een ander of korter woord, of kijk in de lijst met alle pagina’s.`
          : `${total} ${total === 1 ? 'resultaat' : 'resultaten'} voor ‘${q}’.`);
      updateStatus();
      layout!.hidden = false;
      siteIndex!.hidden = total > 0;
    } catch {
      if (current !== run) return;
      layout!.hidden = true;
      siteIndex!.hidden = false;
      status!.textContent = isOutdated()
        ? 'Zoeken werkt op deze pagina niet meer, want de site is bijgewerkt. Laad de pagina opnieuw. Hieronder staan alle pagina’s van deze site.'
        : 'Zoeken is nu niet beschikbaar. Laad de pagina opnieuw of probeer het later nog eens. Hieronder staan alle pagina’s van deze site.';
    }
  }

  function updateStatus(): void {
    status!.textContent = summary + (all.length > shown ? ` U ziet er nu ${shown}.` : '');
    more!.hidden = all.length <= shown;
  }

  function renderFilters(available: Record<string, Record<string, number>>, chosen: Record<string, string[]>): void {
    // A change re-renders the boxes: give focus back to the box that was used, so the keyboard keeps its place.
    const focused = document.activeElement instanceof HTMLInputElement && filterForm!.contains(document.activeElement) ? document.activeElement : null;
    filterForm!.replaceChildren();
    let count = 0;
    for (const [name, legendText] of Object.entries(FILTERS)) {
      const values = Object.keys(available[name] ?? {}).sort((a, b) => a.localeCompare(b, 'nl'));
      if (values.length === 0) continue;
      const fieldset = el('fieldset');
      fieldset.append(el('legend', { textContent: legendText }));
      for (const value of values) {
        const box = el('input', { type: 'checkbox', name, value, checked: chosen[name]?.includes(value) ?? false });
        if (box.checked) count++;
        const label = el('label');
        label.append(box, ` ${value}`);
        fieldset.append(label);
        if (focused?.name === name && focused.value === value) queueMicrotask(() => box.focus());
      }
      filterForm!.append(fieldset);
    }
    filterToggle!.hidden = filterForm!.childElementCount === 0;
    filterToggle!.textContent = count > 0 ? `Filters (${count} gekozen)` : 'Filters';
  }

  /** Adds results to the list; with focus on the first new one when the reader asked for more. */
  function showResults(results: PagefindResultData[], focusFirst = false): void {
    const items = results.map(renderResult);
    list!.append(...items);
    shown += items.length;
    updateStatus();
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  function excerptEl(html: string): HTMLParagraphElement {
    const p = el('p', { className: 'wim-search-excerpt' });
    p.innerHTML = unmarkCompounds(html);
    return p;
  }

  function renderResult(result: PagefindResultData): HTMLLIElement {
    const item = el('li');
    const heading = el('h2');
    heading.append(el('a', { href: result.url, textContent: unmarkCompounds(result.meta.title ?? result.url) }));
    item.append(heading);
    const kind = result.filters['soort']?.[0];
    if (kind) item.append(el('p', { className: 'wim-card__meta', textContent: kind }));
    const { excerpt, sections } = resultParts(result.sub_results);
    if (excerpt) item.append(excerptEl(excerpt));
    else if (sections.length === 0 && result.meta.description) item.append(el('p', { className: 'wim-search-excerpt', textContent: result.meta.description }));
    if (sections.length > 0) {
      const sectionList = el('ul', { className: 'wim-search-sections' });
      for (const section of sections) {
        const li = el('li');
        li.append(el('a', { href: section.url, textContent: unmarkCompounds(section.title) }), excerptEl(section.excerpt));
        sectionList.append(li);
      }
      item.append(sectionList);
    }
    return item;
  }

  more.addEventListener('click', async () => {
    const current = run;
    try {
      const next = await Promise.all(all.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
      if (current === run) showResults(next, true);
    } catch {
      status.textContent = 'Meer resultaten laden lukt nu niet. Laad de pagina opnieuw.';
    }
  });
  filterToggle.addEventListener('click', () => {
    const open = filterToggle.getAttribute('aria-expanded') !== 'true';
    filterToggle.setAttribute('aria-expanded', String(open));
    filterForm.classList.toggle('wim-filters--open', open);
  });

  form.addEventListener('submit', (event) => {
    // A page of an older version (the new one was taken in another tab): the form loads the whole search page.
    if (isOutdated()) return;
    event.preventDefault();
    writeState(input.value.trim(), {}, true);
    void render();
  });
  filterForm.addEventListener('change', () => {
    const filters: Record<string, string[]> = {};
    for (const name of Object.keys(FILTERS)) {
      const values = [...filterForm.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((box) => box.value);
      if (values.length > 0) filters[name] = values;
    }
    writeState(readState().q, filters, false);
    if (isOutdated()) return location.reload();
    void render();
  });
  window.addEventListener('popstate', () => void render());
  void render(true);
}
