/** What the built site (dist/) holds: its pages, found from the files, so tests follow the content. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './astro.ts';

/** dist/, or the folder in ASTRO_OUT_DIR (as for the build), so that a second build can be tested beside the first. */
export const DIST = process.env.ASTRO_OUT_DIR ? path.resolve(process.env.ASTRO_OUT_DIR) : path.join(PROJECT_ROOT, 'dist');

/** Every built page as a URL path ("/regelingen/no-riskpolis/"), 404.html and the editors' CMS (/admin/) aside. */
export function builtPages(dist = DIST): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => `/${path.relative(dist, e.parentPath).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/'))
    .filter((p) => !p.startsWith('/pagefind/') && !p.startsWith('/admin/'))
    .sort();
}

/** A page that only forwards to a moved page's new address (content/redirects.yaml), not a page of its own. */
export function isRedirectPage(urlPath: string, dist = DIST): boolean {
  return /<meta http-equiv="refresh"/i.test(builtHtml(urlPath, dist));
}

/** The first detail page under a section ("/regelingen/" -> "/regelingen/no-riskpolis/"). */
export function firstDetailPage(section: string, dist = DIST): string {
  const dir = path.join(dist, section);
  const child = readdirSync(dir, { withFileTypes: true }).find((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'index.html')));
  if (!child) throw new Error(`Geen pagina gevonden onder ${section} in de gebouwde site.`);
  return `${section}${child.name}/`;
}

export function builtHtml(urlPath: string, dist = DIST): string {
  return readFileSync(path.join(dist, urlPath, 'index.html'), 'utf8');
}
