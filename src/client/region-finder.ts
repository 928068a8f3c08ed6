/**
 * The region finder on /regio/: a search field that narrows the list of municipalities (grouped by region) as
 * you type. Without JavaScript the same list is there in full. Former municipalities and everyday names
 * ("Den Bosch") are in each item's data-names, so they find the municipality they belong to now.
 */
import { matchesName } from '../lib/municipality-names.ts';

export function startRegionFinder(): void {
  const form = document.querySelector<HTMLFormElement>('[data-region-finder]');
  const input = form?.querySelector<HTMLInputElement>('input');
  const status = document.querySelector<HTMLElement>('[data-region-finder-status]');
  const regions = [...document.querySelectorAll<HTMLElement>('[data-region]')];
  if (!form || !input || !status) return;

  const filter = () => {
    const query = input.value.trim();
    let found = 0;
    let lastRegion = '';
    for (const region of regions) {
      let inRegion = 0;
      for (const item of region.querySelectorAll<HTMLElement>('[data-names]')) {
        const match = !query || matchesName(query, item.dataset['names']!.split(' '));
        item.hidden = !match;
        if (match) inRegion++;
      }
      region.hidden = inRegion === 0;
      if (inRegion > 0) lastRegion = region.dataset['region']!;
      found += inRegion;
    }
    if (!query) status.textContent = '';
    else if (found === 0) status.textContent = `Geen gemeente gevonden voor ‘${query}’. Probeer een deel van de naam.`;
    else status.textContent = `${found} ${found === 1 ? 'gemeente' : 'gemeenten'} gevonden${found === 1 ? `, in regio ${lastRegion}` : ''}.`;
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
