/**
 * npm run urls:update: after adding pages on purpose, write every URL the built site answers into
 * docs/published-urls.txt. Run it after `npm run build`. Removed URLs stay listed: they need a redirect.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { builtUrls } from '../src/checks/permalinks.ts';
import { readPublishedUrls } from '../src/lib/redirects.ts';

const distDir = process.env.ASTRO_OUT_DIR ?? path.resolve(import.meta.dirname, '..', 'dist');
const manifest = process.env.PUBLISHED_URLS ?? 'docs/published-urls.txt';
if (!existsSync(path.join(distDir, 'index.html'))) {
  console.error('Er is nog geen gebouwde site. Draai eerst npm run build.');
  process.exit(1);
}
const before = readPublishedUrls(manifest);
const urls = [...new Set([...before, ...builtUrls(distDir)])].sort();
const header = [
  '# Gepubliceerde adressen van Werkwijzer Inclusief Mkb: gemeenten en anderen linken hiernaar.',
  '# Een adres uit deze lijst moet blijven werken, als pagina of als doorverwijzing (content/redirects.yaml).',
  '# Bijwerken na het bewust toevoegen van pagina\'s: npm run build && npm run urls:update',
];
writeFileSync(manifest, `${[...header, ...urls].join('\n')}\n`);
console.log(`${manifest}: ${urls.length} adressen (${urls.length - before.length} nieuw).`);
