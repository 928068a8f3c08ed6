/**
 * Redirects for moved pages. A published URL never breaks: an editor who moves or renames a page adds the old
 * address to content/redirects.yaml. An entry ending in "*" moves a whole branch (say, every step of a guide
 * after a renamed answer); it is expanded over the list of published URLs (docs/published-urls.txt).
 * Plain Node, read by astro.config.mjs (Astro writes the redirect pages) and by the content check.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const sitePath = z.string().regex(/^\/(?:[a-z0-9-]+\/)*(?:\*)?$/, {
  error: 'Schrijf een adres op de site als /regelingen/naam/ (met / aan begin en eind), of met * aan het eind voor een hele tak.',
});

/** content/redirects.yaml: old address -> new address. */
export const redirectsFileSchema = z
  .record(sitePath, sitePath)
  .nullable()
  .transform((r) => r ?? {})
  .superRefine((redirects, ctx) => {
    for (const [from, to] of Object.entries(redirects)) {
      if (to.endsWith('*') && !from.endsWith('*')) {
        ctx.addIssue({ code: 'custom', path: [from], message: 'Een * aan het eind van het nieuwe adres kan alleen als het oude adres ook met * eindigt.' });
      }
      if (from === to) ctx.addIssue({ code: 'custom', path: [from], message: 'Dit adres verwijst naar zichzelf.' });
    }
  });

export function readRedirects(contentDir: string): Record<string, string> {
  const file = path.join(contentDir, 'redirects.yaml');
  if (!existsSync(file)) return {};
  return redirectsFileSchema.parse(parse(readFileSync(file, 'utf8')));
}

export function readPublishedUrls(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('/'));
}

/**
 * Exact redirects as they are, and each branch entry as one redirect per published URL under it: "/old/*" to
 * "/new/*" keeps the rest of the address (/old/a/b/ -> /new/a/b/); "/old/*" to "/new/" sends the whole branch to
 * one page (for a guide whose questions changed, so the old answers no longer make a path).
 */
export function expandRedirects(redirects: Record<string, string>, publishedUrls: readonly string[]): Record<string, string> {
  const expanded: Record<string, string> = {};
  for (const [from, to] of Object.entries(redirects)) {
    if (!from.endsWith('*')) {
      expanded[from] = to;
      continue;
    }
    const fromPrefix = from.slice(0, -1);
    for (const url of publishedUrls) {
      if (!url.startsWith(fromPrefix)) continue;
      expanded[url] = to.endsWith('*') ? to.slice(0, -1) + url.slice(fromPrefix.length) : to;
    }
  }
  return expanded;
}
