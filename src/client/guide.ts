/**
 * Progressive enhancement of the guide pages. The HTML already works on its own (every answer is a link to a
 * static page); with JavaScript the guide swaps only the main content, moves focus to the new question, keeps
 * the URL and the back button right, carries the region (?regio=<slug>) along, and offers copy and print.
 */
import { isOutdated } from './page-version.ts';

const REGION_PARAM = 'regio';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The region pages fetched so far: each holds its desk's contact block. */
const regionPages = new Map<string, Promise<Element | null>>();
/** The page shown now, without its #fragment: a jump to an anchor (the skip link) also fires popstate. */
let shownPage = '';
const pageOf = (url: string) => {
  const u = new URL(url, location.href);
  return u.pathname + u.search;
};

function currentRegion(): string | null {
  const value = new URLSearchParams(location.search).get(REGION_PARAM);
  return value && SLUG.test(value) ? value : null;
}

/** The URL with the current region as ?regio=, or without it when no region is chosen. */
function withRegion(url: string): string {
  const region = currentRegion();
  const target = new URL(url, location.href);
  if (region) target.searchParams.set(REGION_PARAM, region);
  else target.searchParams.delete(REGION_PARAM);
  return target.href;
}

function enhance(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-guide-link]')) link.href = withRegion(link.href);
  const printUrl = document.querySelector<HTMLElement>('[data-print-url]');
  if (printUrl) printUrl.textContent = location.href;
  const printDate = document.querySelector<HTMLElement>('[data-print-date]');
  if (printDate) printDate.textContent = `. Afgedrukt op ${new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })}.`;
  setUpRegionChoice();
  void showRegionContact();
}

/** The region field on the start page: choosing a region puts it in the URL and on every answer link. */
function setUpRegionChoice(): void {
  const form = document.querySelector<HTMLFormElement>('[data-region-choice]');
  const select = form?.querySelector<HTMLSelectElement>('select');
  if (!form || !select) return;
  select.value = currentRegion() ?? '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    if (select.value) url.searchParams.set(REGION_PARAM, select.value);
    else url.searchParams.delete(REGION_PARAM);
    history.replaceState(null, '', url);
    shownPage = pageOf(url.href);
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-guide-link]')) link.href = withRegion(link.href);
    const status = form.querySelector<HTMLElement>('[data-region-choice-status]');
    if (status) status.textContent = select.value ? `Gekozen: ${select.selectedOptions[0]?.textContent ?? select.value}.` : 'Geen regio gekozen.';
    void showRegionContact();
  });
}

/** What the contact block says without a region (the link to the region finder), to go back to it. */
const withoutRegion = new WeakMap<HTMLElement, Node[]>();

async function showRegionContact(): Promise<void> {
  const box = document.querySelector<HTMLElement>('[data-region-contact]');
  const region = currentRegion();
  const body = box?.querySelector<HTMLElement>('[data-region-contact-body]');
  if (!box || !body) return;
  if (!withoutRegion.has(body)) withoutRegion.set(body, [...body.childNodes].map((n) => n.cloneNode(true)));
  if (!region) return body.replaceChildren(...withoutRegion.get(body)!.map((n) => n.cloneNode(true)));
  // The region page renders the desk (src/components/RegionDesk.astro); the result shows that same block.
  const url = new URL(`${region}/`, new URL(box.dataset['regionBase']!, location.href)).href;
  if (!regionPages.has(url)) {
    regionPages.set(
      url,
      fetch(url, { headers: { Accept: 'text/html' } })
        .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
        .then((html) => new DOMParser().parseFromString(html, 'text/html').querySelector('[data-region-desk]'))
        .catch(() => null),
    );
  }
  const desk = await regionPages.get(url)!;
  if (!desk || currentRegion() !== region) return; // unknown region: the link to the region finder stays
  const block = document.importNode(desk, true);
  const heading = block.querySelector('h2');
  if (heading) heading.replaceWith(Object.assign(document.createElement('h3'), { textContent: heading.textContent }));
  const more = Object.assign(document.createElement('p'), { className: 'wim-card__meta wim-no-print' });
  more.append(Object.assign(document.createElement('a'), { href: url, textContent: 'Alles over deze regio' }));
  body.replaceChildren(block, more);
}

async function load(url: string, push: boolean): Promise<void> {
  // A page of an older version of the site (the reader took the new one in another tab): load the whole page, so
  // that an old page never shows a step of the new version.
  if (isOutdated()) return location.assign(url);
  try {
    const response = await fetch(url, { headers: { Accept: 'text/html' } });
    if (!response.ok) throw new Error(String(response.status));
    const next = new DOMParser().parseFromString(await response.text(), 'text/html');
    const nextMain = next.querySelector('main');
    const main = document.querySelector('main');
    if (!nextMain || !main || !nextMain.querySelector('[data-guide]')) throw new Error('geen keuzehulppagina');
    main.replaceChildren(...nextMain.childNodes);
    document.title = next.title;
    const canonical = next.querySelector<HTMLLinkElement>('link[rel="canonical"]');
    if (canonical) document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.setAttribute('href', canonical.href);
    if (push) history.pushState(null, '', url);
    shownPage = pageOf(url);
    enhance();
    document.querySelector<HTMLElement>('#vraag')?.focus();
  } catch {
    // Anything unexpected: let the browser load the page the normal way.
    location.href = url;
  }
}

async function copyLink(): Promise<void> {
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  try {
    await navigator.clipboard.writeText(location.href);
    if (status) status.textContent = 'De link is gekopieerd.';
  } catch {
    if (status) status.textContent = `Kopieer deze link: ${location.href}`;
  }
}

function onClick(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const target = event.target as Element;
  if (target.closest('[data-copy-link]')) return void copyLink();
  if (target.closest('[data-print]')) return window.print();
  const link = target.closest<HTMLAnchorElement>('a[data-guide-link]');
  if (!link || link.origin !== location.origin) return;
  event.preventDefault();
  void load(link.href, true);
}

export function startGuide(): void {
  if (!document.querySelector('[data-guide]')) return;
  shownPage = pageOf(location.href);
  enhance();
  document.addEventListener('click', onClick);
  window.addEventListener('popstate', () => {
    if (pageOf(location.href) !== shownPage) void load(location.href, false);
  });
}
