/**
 * npm run lighthouse: Lighthouse (mobile settings) on six kinds of page of the built site (dist/): the four
 * scores and the Core Web Vitals lab figures per page, printed and written to docs/benchmarks.md.
 * The aim: 100 for accessibility, best practices and SEO, at least 95 for performance. Performance depends on
 * the machine's load, so it is reported here and never asserted; the test suite asserts the other three.
 */
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { startStaticServer } from '../tests/support/static-server.ts';
import { writeBenchmarkSection } from './lib/benchmarks-doc.ts';
import { LIGHTHOUSE_PAGES } from './lib/lighthouse-pages.ts';
import { runLighthouse } from './lib/lighthouse-run.ts';

const dist = path.resolve(import.meta.dirname, '..', 'dist');
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error('De gebouwde site ontbreekt (dist/). Draai eerst "npm run build".');
  process.exit(1);
}

const server = await startStaticServer(dist);
let reports;
try {
  reports = await runLighthouse(server.origin, LIGHTHOUSE_PAGES.map((p) => p.path));
} finally {
  await server.close();
}

const ms = (n: number) => `${Math.round(n)} ms`;
const rows = reports.map((r, i) => {
  const v = r.vitals!;
  return [LIGHTHOUSE_PAGES[i]!.label, r.scores.performance, r.scores.accessibility, r.scores['best-practices'], r.scores.seo, ms(v.fcp), ms(v.lcp), ms(v.tbt), v.cls.toFixed(3), ms(v.speedIndex)].map(String);
});
const head = ['Pagina', 'Perf.', 'Toeg.', 'Best pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'Speed Index'];
const table = [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
const date = new Date().toISOString().slice(0, 10);
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'onbekende cpu'}, Node ${process.versions.node}`;
const misses = reports.flatMap((r) => r.failed.map((f) => `- ${r.path}: ${f.title} (\`${f.id}\`)`));

console.log(`\nLighthouse ${date} (mobiel, gesimuleerde trage verbinding), ${machine}\n`);
console.log(table);
console.log(misses.length ? `\nNiet geslaagd:\n${misses.join('\n')}` : '\nAlle audits voor toegankelijkheid, best practices en SEO geslaagd.');

writeBenchmarkSection(
  'lighthouse',
  `## Lighthouse (\`npm run lighthouse\`)

Gemeten op ${date} met de standaardinstellingen van Lighthouse voor mobiel (telefoon nagebootst, trage 4G-verbinding en
4× tragere processor gesimuleerd), op \`dist/\` via een lokale server. Machine: ${machine}. Pagina's:
${LIGHTHOUSE_PAGES.map((p) => `\`${p.path}\``).join(', ')}.

${table}

FCP, LCP en Speed Index zijn labcijfers onder de gesimuleerde vertraging; TBT staat in het lab in voor INP. Het doel:
100 voor toegankelijkheid, best practices en SEO (de tests controleren dat), en minstens 95 voor prestaties (dat hangt
af van de machine en wordt alleen hier gemeld).
${misses.length ? `\nNiet geslaagde audits:\n\n${misses.join('\n')}\n` : '\nAlle audits voor toegankelijkheid, best practices en SEO zijn geslaagd.\n'}`,
);
console.log('\nGeschreven naar docs/benchmarks.md.');
