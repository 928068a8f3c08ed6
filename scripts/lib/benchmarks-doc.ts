/**
 * docs/benchmarks.md holds sections that different scripts write (npm run bench, npm run lighthouse). Each
 * script replaces only its own section, between <!-- name:start --> and <!-- name:end -->.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const BENCHMARKS_FILE = path.resolve(import.meta.dirname, '../../docs/benchmarks.md');

const HEADER = `# Benchmarks

Meetresultaten van de site, gemeten op een echte machine. Ze hangen af van die machine en staan daarom hier, niet
in tests. Elk script schrijft alleen zijn eigen deel: \`npm run bench\` de schaal van de bouw, \`npm run lighthouse\`
de Lighthouse-scores.
`;

export function writeBenchmarkSection(name: string, markdown: string, file = BENCHMARKS_FILE): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next = from >= 0 && to > from ? text.slice(0, from) + block + text.slice(to + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
