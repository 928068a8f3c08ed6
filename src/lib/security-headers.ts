/**
 * HTTP headers for every page, written to dist/_headers (the format Netlify, Cloudflare Pages and others read).
 * Only the embeddable guide pages (/embed/…) may be shown in an iframe on another site; everything else forbids
 * framing. The open data (/data/…) may be read by scripts on other sites (CORS). The rules are written per top-level folder so that no two rules match one page: some hosts would
 * otherwise send two Content-Security-Policy headers, and a browser enforces both.
 * The nginx equivalent is in docs/hosting.md.
 */

const COMMON: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Top-level folders with their own rules: embeds may be framed anywhere; open data may be fetched from any site. */
export const FRAMEABLE_FOLDER = 'embed';
export const OPEN_DATA_FOLDER = 'data';

export function headersFor(topLevelName: string): Record<string, string> {
  if (topLevelName === FRAMEABLE_FOLDER) return { ...COMMON, 'Content-Security-Policy': 'frame-ancestors *' };
  const noFraming = { ...COMMON, 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' };
  return topLevelName === OPEN_DATA_FOLDER ? { ...noFraming, 'Access-Control-Allow-Origin': '*' } : noFraming;
}

/** The _headers file for a site whose top-level folders and files are given (e.g. ["embed", "regelingen", "404.html"]). */
export function headersFile(basePath: string, topLevel: readonly { name: string; isDirectory: boolean }[]): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const block = (pattern: string, headers: Record<string, string>) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const blocks = [block(base, headersFor(''))];
  for (const entry of [...topLevel].sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('_headers')) continue;
    const pattern = entry.isDirectory ? `${base}${entry.name}/*` : `${base}${entry.name}`;
    blocks.push(block(pattern, headersFor(entry.name)));
  }
  return `# Gemaakt bij het bouwen (src/lib/security-headers.ts). Niet met de hand aanpassen.\n${blocks.join('\n\n')}\n`;
}
