/**
 * Stable URLs: every address in docs/published-urls.txt must still be built, as a page or as a redirect.
 * A removed page without a redirect is an error that says how to add one; a new page that is not yet in the
 * list is a warning that says how to add it (npm run urls:update).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../lib/problem.ts';

/** Every URL the built site answers that others may link to: pages, open data and feeds ("/regelingen/x/", "/data/regios.json"). */
export function builtUrls(distDir: string): string[] {
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter(
      (e) =>
        e.isFile() &&
        (e.name === 'index.html' ||
          (e.name.endsWith('.json') && path.relative(distDir, e.parentPath).split(path.sep)[0] === 'data') ||
          (e.name.endsWith('.xml') && e.parentPath.endsWith(`${path.sep}wijzigingen`))),
    )
    .map((e) => {
      const rel = path.relative(distDir, path.join(e.parentPath, e.name)).split(path.sep).join('/');
      return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
    })
    .filter((url) => !url.startsWith('/pagefind/'))
    .sort();
}

export function checkPermalinks(published: readonly string[], built: readonly string[], manifestFile: string): Problem[] {
  const builtSet = new Set(built);
  const publishedSet = new Set(published);
  const problems: Problem[] = [];
  const gone = published.filter((url) => !builtSet.has(url));
  for (const url of gone.slice(0, 25)) {
    problems.push({
      severity: 'error',
      file: manifestFile,
      where: `adres "${url}"`,
      message: 'Dit adres is gepubliceerd, maar de site maakt het niet meer. Wie er een link naar heeft, komt op een foutpagina.',
      fix: `Voeg in content/redirects.yaml een regel toe: "${url}: /nieuw/adres/". Is een hele tak verplaatst, gebruik dan * aan het eind van beide adressen.`,
    });
  }
  if (gone.length > 25) {
    problems.push({ severity: 'error', file: manifestFile, where: 'adressen', message: `Nog ${gone.length - 25} gepubliceerde adressen bestaan niet meer.`, fix: 'Vaak is één doorverwijzing met * genoeg voor een hele tak.' });
  }
  const added = built.filter((url) => !publishedSet.has(url));
  if (added.length > 0) {
    problems.push({
      severity: 'warning',
      file: manifestFile,
      where: 'nieuwe adressen',
      message: `${added.length} nieuwe pagina('s) staan nog niet in de lijst van gepubliceerde adressen, bijvoorbeeld ${added.slice(0, 3).join(', ')}.`,
      fix: 'Zijn ze bewust toegevoegd? Draai dan npm run urls:update en neem het bijgewerkte bestand mee in de pull request.',
    });
  }
  return problems;
}
