/**
 * npm run readability [-- files…]: the Flesch-Douma score of every content page (or of the files given), the
 * average, and the pages under 50. Information for writers, not a check: it always exits 0.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readabilityOfMdx } from '../src/readability/flesch-douma.ts';
import { CONTENT_DIR } from '../src/lib/content-dir.ts';

const args = process.argv.slice(2);
const files = args.length > 0 ? args : readdirSync(CONTENT_DIR, { recursive: true }).map(String).filter((f) => f.endsWith('.mdx')).map((f) => path.join(CONTENT_DIR, f)).sort();

const rows = files.map((file) => ({ file: path.relative(process.cwd(), file), ...readabilityOfMdx(readFileSync(file, 'utf8')) }));
console.log(`${'pagina'.padEnd(72)} ${'woorden'.padStart(7)} ${'w/zin'.padStart(6)} ${'lg/w'.padStart(5)} ${'score'.padStart(6)}`);
for (const r of rows) {
  const flag = r.score < 50 ? '  < 50: moeilijk' : r.score < 60 ? '  < 60' : '';
  console.log(`${r.file.padEnd(72)} ${String(r.words).padStart(7)} ${(r.words / r.sentences).toFixed(1).padStart(6)} ${(r.syllables / r.words).toFixed(2).padStart(5)} ${r.score.toFixed(1).padStart(6)}${flag}`);
}
const scored = rows.filter((r) => !Number.isNaN(r.score));
const average = scored.reduce((n, r) => n + r.score, 0) / scored.length;
console.log(`\n${scored.length} pagina's, gemiddelde Flesch-Douma ${average.toFixed(1)} (doel: 60 of meer), laagste ${Math.min(...scored.map((r) => r.score)).toFixed(1)}, onder 50: ${scored.filter((r) => r.score < 50).length}.`);
