/**
 * The nginx example in docs/hosting.md is generated from the same source as dist/_headers
 * (src/lib/security-headers.ts), so the two cannot drift. `--update` rewrites the block:
 *   npx vitest run --project unit tests/unit/hosting-docs.test.ts --update
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVERY_RESPONSE, folderHeaders, headersFile, nginxConfig, NGINX_DOC_END, NGINX_DOC_START, withNginxBlock } from '../../src/lib/security-headers.ts';
import { PROJECT_ROOT } from '../support/astro.ts';
import { parseHeadersFile } from '../support/static-server.ts';

const docsPath = path.join(PROJECT_ROOT, 'docs/hosting.md');

/** add_header lines per location of an nginx config: location -> [name, value][]. */
function nginxLocations(config: string): Map<string, [string, string][]> {
  const locations = new Map<string, [string, string][]>();
  let current: [string, string][] | null = null;
  for (const line of config.split('\n')) {
    const open = /^\s*location (.+?) \{$/.exec(line);
    if (open) locations.set(open[1]!, (current = []));
    else if (/^\s*\}$/.test(line)) current = null;
    const header = /^\s*add_header (\S+) "((?:[^"\\]|\\.)*)" always;$/.exec(line);
    if (header) {
      expect(current, `add_header outside a location: ${line}`).not.toBeNull();
      current!.push([header[1]!, header[2]!.replaceAll('\\"', '"')]);
    }
  }
  return locations;
}

/** What a host that sends every matching rule's headers (Cloudflare Pages) sends for one address. */
function headersAt(file: string, pathname: string): [string, string][] {
  return parseHeadersFile(file)
    .filter((r) => (r.pattern.endsWith('*') ? pathname.startsWith(r.pattern.slice(0, -1)) : pathname === r.pattern))
    .flatMap((r) => r.headers);
}

const sorted = (headers: [string, string][]) => [...headers].sort(([a], [b]) => a.localeCompare(b));

describe('docs/hosting.md', () => {
  it('shows the nginx block that src/lib/security-headers.ts generates', async () => {
    const docs = readFileSync(docsPath, 'utf8');
    expect(docs).toContain(NGINX_DOC_START);
    expect(docs).toContain(NGINX_DOC_END);
    await expect(withNginxBlock(docs, nginxConfig('/'))).toMatchFileSnapshot(docsPath);
  });
});

describe('nginxConfig', () => {
  const topLevel = [
    { name: 'regelingen', isDirectory: true },
    { name: 'embed', isDirectory: true },
    { name: 'data', isDirectory: true },
    { name: '404.html', isDirectory: false },
  ];

  it.each(['/', '/werkwijzer/'])('sends the same headers as _headers, per location (base %s)', (base) => {
    const locations = nginxLocations(nginxConfig(base));
    const file = headersFile(base, topLevel);
    expect(sorted(locations.get(base)!)).toEqual(sorted(headersAt(file, `${base}regelingen/no-riskpolis/`)));
    expect(sorted(locations.get(`${base}embed/`)!)).toEqual(sorted(headersAt(file, `${base}embed/gids/x/`)));
    expect(sorted(locations.get('@embed_not_found')!)).toEqual(sorted(headersAt(file, `${base}embed/gids/x/`)));
    expect(sorted(locations.get(`${base}data/`)!)).toEqual(sorted(headersAt(file, `${base}data/regios.json`)));
  });

  it('gives every location every header of the catch-all, HSTS included', () => {
    for (const [location, headers] of nginxLocations(nginxConfig('/'))) {
      const names = headers.map(([name]) => name);
      for (const name of Object.keys(EVERY_RESPONSE)) expect(names, location).toContain(name);
      expect(names.filter((n) => n === 'Content-Security-Policy'), location).toHaveLength(1);
      expect(headers.find(([n]) => n === 'Strict-Transport-Security')?.[1]).toMatch(/^max-age=\d{8,}/);
    }
    expect(Object.keys(folderHeaders('embed'))).toEqual(['Content-Security-Policy']);
  });

  it('serves the 404 page for unknown addresses, and under the base path', () => {
    expect(nginxConfig('/')).toContain('error_page 404 /404.html;');
    const sub = nginxConfig('/werkwijzer', { root: '/srv/www' });
    expect(sub).toContain('root /srv/www;');
    expect(sub).toContain('error_page 404 /werkwijzer/404.html;');
    expect(sub).toContain('try_files /werkwijzer/404.html =404;');
    expect([...nginxLocations(sub).keys()]).toEqual(['/werkwijzer/', '/werkwijzer/embed/', '@embed_not_found', '/werkwijzer/data/']);
  });
});
