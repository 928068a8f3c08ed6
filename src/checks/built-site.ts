/**
 * Checks the built site (dist/): every link to our own site leads to a page that exists, every #anchor to an
 * element that exists, and every image has an alt attribute. A problem is reported at the content file and line
 * where the link or image was written, when it can be found there; otherwise at the built page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { builtHtmlFiles } from '../lib/file-lists.ts';
import type { Problem } from '../lib/problem.ts';

export interface BuiltSiteOptions {
  distDir: string;
  /** The site's base path, "/" or "/werkwijzer/". */
  basePath: string;
  /** Folders whose files may contain the link (content first, then the code), to point the editor to the source. */
  sourceDirs: string[];
}

/** Where in the sources a string was written: the first file and line that contain it. */
function locate(needle: string, sourceFiles: { file: string; lines: string[] }[]): { file: string; line: number } | undefined {
  for (const { file, lines } of sourceFiles) {
    const index = lines.findIndex((l) => l.includes(needle));
    if (index >= 0) return { file, line: index + 1 };
  }
  return undefined;
}

export function checkBuiltSite({ distDir, basePath, sourceDirs }: BuiltSiteOptions): Problem[] {
  const problems: Problem[] = [];
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const pages = builtHtmlFiles(distDir);
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
      idsCache.set(file, ids);
    }
    return ids;
  };
  const sources = sourceDirs.flatMap((dir) =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile() && /\.(mdx|yaml|astro|ts)$/.test(e.name))
          .map((e) => {
            const file = path.join(e.parentPath, e.name);
            return { file: path.relative(process.cwd(), file), lines: readFileSync(file, 'utf8').split('\n') };
          })
      : [],
  );
  const seen = new Set<string>();
  const report = (needle: string, builtPage: string, problem: Omit<Problem, 'file' | 'line'>) => {
    const at = locate(needle, sources);
    const key = `${at?.file ?? builtPage}|${needle}|${problem.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push({ ...problem, file: at?.file ?? path.relative(process.cwd(), builtPage), ...(at ? { line: at.line } : {}) });
  };

  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    for (const [, href] of html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)) {
      if (!href || !href.startsWith('/') || href.startsWith('//')) continue;
      const [pathAndQuery, hash] = href.split('#') as [string, string | undefined];
      const urlPath = decodeURIComponent(pathAndQuery.split('?')[0]!);
      if (!urlPath.startsWith(base)) {
        report(href, page, { severity: 'error', where: `link "${href}"`, message: 'Deze link valt buiten de site (het basispad ontbreekt).', fix: 'Link binnen de site altijd met een adres dat met / begint, zoals /regelingen/no-riskpolis/.' });
        continue;
      }
      const onDisk = path.join(distDir, urlPath.slice(base.length));
      if (!urlPath.endsWith('/') && existsSync(onDisk) && statSync(onDisk).isDirectory()) {
        report(href, page, { severity: 'warning', where: `link "${href}"`, message: 'Aan dit adres ontbreekt de / aan het eind. Het werkt via een omweg, niet op elke server.', fix: `Schrijf het adres met / aan het eind: ${urlPath}/` });
        continue;
      }
      const target = urlPath.endsWith('/') ? path.join(onDisk, 'index.html') : onDisk;
      if (!existsSync(target)) {
        report(href, page, { severity: 'error', where: `link "${href}"`, message: 'De link gaat naar een pagina die niet bestaat.', fix: 'Verbeter het adres (kijk op de site welke pagina u bedoelt), of haal de link weg.' });
        continue;
      }
      // "#/collections/…" is a route inside an app (the CMS at /admin/), not an anchor on the page.
      if (hash && !hash.startsWith('/') && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(hash))) {
        report(href, page, { severity: 'error', where: `link "${href}"`, message: `De pagina bestaat, maar het stuk "#${hash}" niet.`, fix: 'Kijk welke kop u bedoelt en gebruik het anker daarvan, of haal het deel na # weg.' });
      }
    }
    for (const [tag] of html.matchAll(/<img\b[^>]*>/g)) {
      // alt="" (decorative) may be written as a bare alt after minifying: both count.
      if (!/\salt(=|\s|\/?>)/.test(tag)) {
        const src = /\ssrc="([^"]*)"/.exec(tag)?.[1] ?? tag;
        report(src, page, { severity: 'error', where: `afbeelding "${src}"`, message: 'Deze afbeelding heeft geen alt-tekst.', fix: 'Beschrijf in de alt-tekst wat er op de afbeelding staat; is ze alleen versiering, gebruik dan alt="".' });
      }
    }
  }
  return problems;
}
