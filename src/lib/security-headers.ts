/**
 * The HTTP headers of the site, in one place. The build writes them to dist/_headers (the format Netlify,
 * Cloudflare Pages and others read, src/lib/after-build.ts); the nginx example in docs/hosting.md is generated
 * from the same functions (tests/unit/hosting-docs.test.ts keeps the two equal).
 *
 * Only the embeddable guide pages (/embed/…) may be shown in an iframe on another site; everything else forbids
 * framing. The open data (/data/…) may be read by scripts on other sites (CORS).
 *
 * How the rules are laid out, and why: a catch-all rule (`/*`) gives every response, a 404 at an unknown address
 * included, the headers that are the same everywhere, X-Frame-Options: DENY among them. A rule per top-level
 * folder or file then adds the Content-Security-Policy with `frame-ancestors`. No header name is set by two rules
 * that match the same address, because hosts merge overlapping rules differently: Cloudflare Pages joins two
 * values of one header with a comma (two policies, both enforced), Netlify keeps one of them. The embeds still work
 * in a frame: where a policy has `frame-ancestors`, browsers ignore X-Frame-Options (HTML standard, "check a
 * navigation response's adherence to X-Frame-Options").
 */

/** Strict-Transport-Security: a year, the value the Dutch standard (internet.nl) and the browsers' preload list ask for.
 * includeSubDomains is the host's decision (docs/hosting.md), because it binds every other site on the domain. */
export const HSTS = 'max-age=31536000';

/** Headers on every response under the base path, unknown addresses (404) included: the catch-all rule. */
export const EVERY_RESPONSE: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': HSTS,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** Top-level folders with their own rules: embeds may be framed anywhere; open data may be fetched from any site. */
export const FRAMEABLE_FOLDER = 'embed';
export const OPEN_DATA_FOLDER = 'data';

/** What the rule of one top-level folder or file adds to EVERY_RESPONSE (never one of its header names). */
export function folderHeaders(topLevelName: string): Record<string, string> {
  if (topLevelName === FRAMEABLE_FOLDER) return { 'Content-Security-Policy': 'frame-ancestors *' };
  const noFraming = { 'Content-Security-Policy': "frame-ancestors 'none'" };
  return topLevelName === OPEN_DATA_FOLDER ? { ...noFraming, 'Access-Control-Allow-Origin': '*' } : noFraming;
}

/** All headers a response under this top-level folder or file gets ('' for the home page and unknown addresses). */
export function headersFor(topLevelName: string): Record<string, string> {
  return { ...EVERY_RESPONSE, ...folderHeaders(topLevelName) };
}

/** The name of the reporting endpoint in Reporting-Endpoints and `report-to`. */
export const CSP_REPORT_GROUP = 'csp';

/**
 * Headers that send reports of Content-Security-Policy violations to `reportUri` (see docs/hosting.md). The
 * enforced policy is a <meta> tag in every page, and a <meta> policy cannot name a report address; so the same
 * policy goes along as a Content-Security-Policy-Report-Only header, which can. It only reports: it blocks nothing
 * that the <meta> policy allows.
 */
export function cspReportingHeaders(reportUri: string, pagePolicy: string): Record<string, string> {
  const url = new URL(reportUri);
  if (url.protocol !== 'https:') throw new Error(`CSP_REPORT_URI moet een https-adres zijn, niet ${reportUri}.`);
  const directives = pagePolicy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !/^(report-uri|report-to)\b/.test(d));
  return {
    'Reporting-Endpoints': `${CSP_REPORT_GROUP}="${url.href}"`,
    'Content-Security-Policy-Report-Only': [...directives, `report-uri ${url.href}`, `report-to ${CSP_REPORT_GROUP}`].join('; '),
  };
}

/**
 * One policy that allows what any built page's <meta> policy allows (the pages differ only in a few sources, such
 * as 'wasm-unsafe-eval' on the search page): per directive, the sources of all pages, in first-seen order.
 */
export function unionPolicy(policies: Iterable<string>): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies)
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      directives.set(name, set);
    }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

const withSlash = (basePath: string) => (basePath.endsWith('/') ? basePath : `${basePath}/`);

export interface HeadersFileOptions {
  /** Extra headers for the catch-all rule, e.g. cspReportingHeaders(). */
  everyResponse?: Readonly<Record<string, string>>;
}

/** The _headers file for a site whose top-level folders and files are given (e.g. ["embed", "regelingen", "404.html"]). */
export function headersFile(
  basePath: string,
  topLevel: readonly { name: string; isDirectory: boolean }[],
  { everyResponse = {} }: HeadersFileOptions = {},
): string {
  const base = withSlash(basePath);
  const block = (pattern: string, headers: Readonly<Record<string, string>>) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const blocks = [block(`${base}*`, { ...EVERY_RESPONSE, ...everyResponse }), block(base, folderHeaders(''))];
  for (const entry of [...topLevel].sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('_headers')) continue;
    const pattern = entry.isDirectory ? `${base}${entry.name}/*` : `${base}${entry.name}`;
    blocks.push(block(pattern, folderHeaders(entry.name)));
  }
  return [
    '# Gemaakt bij het bouwen (src/lib/security-headers.ts). Niet met de hand aanpassen.',
    '# De eerste regel geldt voor elk adres, ook een onbekend (404); de andere voegen per map alleen toe, nooit een',
    '# header die de eerste al zet: hosts voegen overlappende regels verschillend samen (docs/hosting.md).',
    blocks.join('\n\n'),
    '',
  ].join('\n');
}

export interface NginxOptions {
  /** The folder the site is copied to (`dist/`, or for a sub-path the folder that holds the sub-path's folder). */
  root?: string;
}

/** The nginx server block with the same headers as _headers (docs/hosting.md shows it for the root; tests keep it equal). */
export function nginxConfig(basePath = '/', { root = '/var/www/werkwijzer/dist' }: NginxOptions = {}): string {
  const base = withSlash(basePath);
  const headerLines = (headers: Readonly<Record<string, string>>, indent: string) =>
    Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} "${value.replaceAll('"', '\\"')}" always;`);
  const location = (match: string, headers: Readonly<Record<string, string>>, body: string[]) => [
    `  location ${match} {`,
    ...headerLines(headers, '    '),
    ...body.map((line) => `    ${line}`),
    '  }',
  ];
  // $uri/ lets nginx answer /map with a redirect to /map/ and serve /map/index.html, as the URL contract wants.
  const pages = ['try_files $uri $uri/ =404;'];
  const embedNotFound = '@embed_not_found';
  return [
    'server {',
    `  root ${root};`,
    '  # Text files (security.txt, feeds) say that they are UTF-8.',
    '  charset utf-8;',
    '  absolute_redirect off;',
    `  error_page 404 ${base}404.html;`,
    '',
    '  # nginx drops the add_header lines of an outer block in a location that has its own, so every location lists all',
    '  # of its headers. The first location also answers unknown addresses (404).',
    ...location(base, headersFor(''), pages),
    '',
    ...location(`${base}${FRAMEABLE_FOLDER}/`, headersFor(FRAMEABLE_FOLDER), [...pages, `error_page 404 ${embedNotFound};`]),
    '',
    '  # A stale embed address: the 404 page with the embed headers, so that it shows inside the frame.',
    ...location(embedNotFound, headersFor(FRAMEABLE_FOLDER), [`try_files ${base}404.html =404;`]),
    '',
    ...location(`${base}${OPEN_DATA_FOLDER}/`, headersFor(OPEN_DATA_FOLDER), pages),
    '}',
    '',
  ].join('\n');
}

/** The markers around the generated nginx block in docs/hosting.md. */
export const NGINX_DOC_START = '<!-- nginx: gemaakt uit src/lib/security-headers.ts (nginxConfig); bijwerken met de opdracht hierboven -->';
export const NGINX_DOC_END = '<!-- einde nginx -->';

/** docs/hosting.md with its nginx block replaced by `config`. */
export function withNginxBlock(markdown: string, config: string): string {
  const start = markdown.indexOf(NGINX_DOC_START);
  const end = markdown.indexOf(NGINX_DOC_END);
  if (start < 0 || end < start) throw new Error(`docs/hosting.md mist de markeringen ${NGINX_DOC_START} en ${NGINX_DOC_END}.`);
  return `${markdown.slice(0, start + NGINX_DOC_START.length)}\n\n\`\`\`nginx\n${config}\`\`\`\n\n${markdown.slice(end)}`;
}
