/**
 * Astro integration: after the build, write dist/_headers with the security headers (src/lib/security-headers.ts).
 * With CSP_REPORT_URI=https://… the catch-all rule also asks browsers to report Content-Security-Policy violations
 * there (docs/hosting.md, "Meldingen van de CSP").
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspReportingHeaders, headersFile, unionPolicy } from '../lib/security-headers.ts';

/** Cloudflare Pages refuses a header value longer than this. */
const MAX_HEADER_VALUE = 2000;

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

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'wim-security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const topLevel = readdirSync(out, { withFileTypes: true }).map((e) => ({ name: e.name, isDirectory: e.isDirectory() }));
        const reportUri = process.env.CSP_REPORT_URI?.trim();
        const everyResponse = reportUri ? cspReportingHeaders(reportUri, unionPolicy(pagePolicies(out))) : {};
        for (const [name, value] of Object.entries(everyResponse))
          if (value.length > MAX_HEADER_VALUE) logger.warn(`${name} is ${value.length} tekens lang; Cloudflare Pages neemt er hoogstens ${MAX_HEADER_VALUE}.`);
        if (reportUri) logger.info(`CSP-meldingen gaan naar ${reportUri} (Content-Security-Policy-Report-Only in _headers).`);
        writeFileSync(path.join(out, '_headers'), headersFile(base, topLevel, { everyResponse }));
      },
    },
  };
}
