/**
 * What the build does once Astro has written the pages: the search index (Pagefind), then the service worker (whose
 * offline list includes that index), then the headers file (which names every top-level folder, the CMS's included).
 * It runs in a process of its own after Astro's has ended (scripts/build.ts), so Pagefind's memory does not come on
 * top of what the Astro build still holds: at +5,000 pages that was about 0.9 GB on top of 1.4 GB (issue #21).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSearchIndex, loadCompoundParts, loadSynonymGroups } from '../search/build-index.ts';
import { readPageKeywords } from '../search/page-keywords.ts';
import { buildServiceWorker } from './service-worker-build.ts';
import { cspReportingHeaders, headersFile, unionPolicy } from './security-headers.ts';

export interface AfterBuildOptions {
  /** The built site (Astro's outDir). */
  outDir: string;
  /** The base path as Astro resolved it, with a slash at both ends. */
  base: string;
  contentDir: string;
  /** Where the report lines go; npm run bench reads them to time each step. */
  log(message: string): void;
  /** CSP_REPORT_URI: where browsers report Content-Security-Policy violations (docs/hosting.md). */
  cspReportUri?: string;
}

/** Cloudflare Pages refuses a header value longer than this. */
const MAX_HEADER_VALUE = 2000;

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)} s`;

export async function writeSearchIndex({ outDir, base, contentDir, log }: AfterBuildOptions): Promise<void> {
  const start = performance.now();
  log('zoekindex maken…');
  const parts = await loadCompoundParts(path.join(contentDir, 'zoekwoorden.yaml'));
  // Test and benchmark content may have no synonyms file; search then simply has no synonyms.
  const synonymsFile = path.join(contentDir, 'synoniemen.yaml');
  const synonyms = existsSync(synonymsFile) ? await loadSynonymGroups(synonymsFile) : [];
  const keywords = await readPageKeywords(contentDir);
  const { files } = await buildSearchIndex({ siteDir: outDir, basePath: base, parts, synonyms, keywords });
  log(`zoekindex gemaakt van ${files} HTML-bestanden in ${seconds(start)}`);
}

export async function writeServiceWorker({ outDir, base, log }: AfterBuildOptions): Promise<void> {
  const start = performance.now();
  const { version, files, bytes } = await buildServiceWorker(outDir, base);
  log(`service worker ${version}: ${files} bestanden (${(bytes / 1024 / 1024).toFixed(1)} MB) voor gebruik zonder internet, in ${seconds(start)}`);
}

/** The <meta> Content-Security-Policy of every built page (redirect pages have none). */
function pagePolicies(dir: string): string[] {
  const policies = new Set<string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(path.join(dir, file), 'utf8');
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
    if (meta) policies.add(meta[1]!.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
  }
  return [...policies];
}

/** dist/_headers with the security headers (src/lib/security-headers.ts), for hosts that read such a file. */
export function writeHeadersFile({ outDir, base, log, cspReportUri }: AfterBuildOptions): void {
  const topLevel = readdirSync(outDir, { withFileTypes: true }).map((e) => ({ name: e.name, isDirectory: e.isDirectory() }));
  const reportUri = cspReportUri?.trim();
  const everyResponse = reportUri ? cspReportingHeaders(reportUri, unionPolicy(pagePolicies(outDir))) : {};
  for (const [name, value] of Object.entries(everyResponse))
    if (value.length > MAX_HEADER_VALUE) log(`let op: ${name} is ${value.length} tekens lang; Cloudflare Pages neemt er hoogstens ${MAX_HEADER_VALUE}.`);
  if (reportUri) log(`CSP-meldingen gaan naar ${reportUri} (Content-Security-Policy-Report-Only in _headers).`);
  writeFileSync(path.join(outDir, '_headers'), headersFile(base, topLevel, { everyResponse }));
  log('headers-bestand geschreven');
}

export async function afterBuild(options: AfterBuildOptions): Promise<void> {
  await writeSearchIndex(options);
  await writeServiceWorker(options);
  writeHeadersFile(options);
}
