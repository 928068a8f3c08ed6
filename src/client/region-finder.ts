/**
 * The region finder on /regio/: a search field at the top of the page. As you type, the best matches appear right
 * under it (the whole name first, then the start of a name, then a part, then a near miss such as "Zwole"), each with
 * its region, and the full list below narrows to the matches. Without JavaScript the full list is there, grouped by
 * region. Former municipalities and everyday names ("Den Bosch") are in each item's data-names.
 */
import { rankName } from '../lib/municipality-names.ts';

const MAX_RESULTS = 8;

export function startRegionFinder(): void {
  const form = document.querySelector<HTMLFormElement>('[data-region-finder]');
  const input = form?.querySelector<HTMLInputElement>('input');
  const status = document.querySelector<HTMLElement>('[data-region-finder-status]');
  const results = document.querySelector<HTMLOListElement>('[data-region-finder-results]');
  const regions = [...document.querySelectorAll<HTMLElement>('[data-region]')];
  if (!form || !input || !status || !results) return;

  const filter = () => {
    const query = input.value.trim();
    const found: { item: HTMLElement; rank: number }[] = [];
    for (const region of regions) {
      let inRegion = 0;
      for (const item of region.querySelectorAll<HTMLElement>('[data-names]')) {
        const rank = query ? rankName(query, item.dataset['names']!.split(' ')) : null;
        item.hidden = query !== '' && rank === null;
        if (rank !== null) {
          found.push({ item, rank });
          inRegion++;
        }
      }
      region.hidden = query !== '' && inRegion === 0;
    }
    found.sort((a, b) => a.rank - b.rank || a.item.dataset['display']!.localeCompare(b.item.dataset['display']!, 'nl'));
    results.replaceChildren(
      ...found.slice(0, MAX_RESULTS).map(({ item }) => {
        const li = document.createElement('li');
        li.append(
          Object.assign(document.createElement('strong'), { textContent: item.dataset['display']! }),
          ' hoort bij ',
          Object.assign(document.createElement('a'), { href: item.dataset['regionHref']!, textContent: item.dataset['regionName']! }),
        );
        return li;
      }),
    );
    results.hidden = found.length === 0;
    if (!query) status.textContent = '';
    else if (found.length === 0) status.textContent = `Geen gemeente gevonden voor ‘${query}’. Probeer een deel van de naam.`;
    else if (found.length === 1) status.textContent = `1 gemeente gevonden: ${found[0]!.item.dataset['display']}. Die hoort bij ${found[0]!.item.dataset['regionName']}.`;
    else status.textContent = `${found.length} gemeenten gevonden${found.length > MAX_RESULTS ? `; de ${MAX_RESULTS} beste staan hieronder` : ''}.`;
  };
  input.addEventListener('input', filter);
  // The list already follows the typing; the button (or Enter) reads out the result once more.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    status.textContent = '';
    requestAnimationFrame(filter);
  });
  filter();
}
