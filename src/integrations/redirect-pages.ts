/**
 * Astro integration: the pages that forward a moved address (content/redirects.yaml) are written in Dutch, as valid
 * HTML with a language, a title and a visible link, instead of Astro's English stub. A static host has no real
 * redirects, so this page is what a reader (or a screen reader, for a moment) meets at an old address.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function redirectPageHtml(to: string, canonical: string): string {
  const target = escape(to);
  return [
    '<!DOCTYPE html>',
    '<html lang="nl">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Deze pagina is verhuisd | Werkwijzer Inclusief Mkb</title>',
    `<meta http-equiv="refresh" content="0;url=${target}">`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${escape(canonical)}">`,
    '</head>',
    '<body>',
    '<main>',
    '<h1>Deze pagina is verhuisd</h1>',
    `<p>U vindt haar nu op <a href="${target}">${target}</a>.</p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function redirectPages(): AstroIntegration {
  let redirects: Record<string, unknown> = {};
  let site: string | undefined;
  return {
    name: 'wim-redirect-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        redirects = config.redirects;
        site = config.site;
      },
      'astro:build:done': async ({ dir }) => {
        for (const [from, destination] of Object.entries(redirects)) {
          const to = typeof destination === 'string' ? destination : (destination as { destination: string }).destination;
          const file = fileURLToPath(new URL(`${from.replace(/^\//, '')}index.html`, dir));
          await writeFile(file, redirectPageHtml(to, site ? new URL(to, site).href : to));
        }
      },
    },
  };
}
