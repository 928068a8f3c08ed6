/**
 * Links inside the site. Every internal href goes through `href` so the site also works under a
 * sub-path (BASE_PATH=/werkwijzer/): a municipality may host a copy in a folder of its own site.
 */
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** "/regelingen/" -> "/werkwijzer/regelingen/" when the site runs under /werkwijzer/. */
export function href(path: `/${string}`): string {
  return `${base}${path}`;
}

/** The page of one entry, e.g. entryHref('regelingen', 'no-riskpolis') -> "/regelingen/no-riskpolis/". */
export function entryHref(section: { path: `/${string}/` }, id: string): string {
  return href(`${section.path}${id}/`);
}
