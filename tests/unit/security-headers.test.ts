/**
 * dist/_headers: a catch-all rule gives every response (a 404 at an unknown address too) the common headers, HSTS
 * and X-Frame-Options; a rule per top-level path adds frame-ancestors. No header name is set by two rules that match
 * one address, so hosts that join (Cloudflare Pages) and hosts that pick (Netlify) send the same headers.
 */
import { describe, expect, it } from 'vitest';
import { cspReportingHeaders, EVERY_RESPONSE, headersFile, unionPolicy } from '../../src/lib/security-headers.ts';
import { parseHeadersFile } from '../support/static-server.ts';

const topLevel = [
  { name: 'regelingen', isDirectory: true },
  { name: 'embed', isDirectory: true },
  { name: 'data', isDirectory: true },
  { name: '.well-known', isDirectory: true },
  { name: '404.html', isDirectory: false },
  { name: '_headers', isDirectory: false },
];

type Rules = ReturnType<typeof parseHeadersFile>;
const matches = (pattern: string, pathname: string) => (pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern);
/** Every header of every matching rule, as a host that joins matching rules sends them. */
const headersAt = (rules: Rules, pathname: string) => rules.filter((r) => matches(r.pattern, pathname)).flatMap((r) => r.headers);
const values = (rules: Rules, pathname: string, name: string) => headersAt(rules, pathname).filter(([n]) => n === name).map(([, v]) => v);

describe('headersFile', () => {
  const rules = parseHeadersFile(headersFile('/', topLevel));

  it('starts with a catch-all rule for every address, with HSTS and X-Frame-Options', () => {
    expect(rules[0]!.pattern).toBe('/*');
    expect(Object.fromEntries(rules[0]!.headers)).toEqual(EVERY_RESPONSE);
    expect(EVERY_RESPONSE['Strict-Transport-Security']).toMatch(/^max-age=(\d+)$/);
    expect(Number(/max-age=(\d+)/.exec(EVERY_RESPONSE['Strict-Transport-Security']!)![1])).toBeGreaterThanOrEqual(31536000);
    expect(rules.map((r) => r.pattern)).toEqual(['/*', '/', '/.well-known/*', '/404.html', '/data/*', '/embed/*', '/regelingen/*']);
  });

  it('refuses frames at an unknown address (a 404) and on every page outside /embed/', () => {
    for (const pathname of ['/onbekend/', '/bestaat/niet.html', '/', '/404.html', '/regelingen/no-riskpolis/', '/data/regios.json']) {
      expect(values(rules, pathname, 'X-Frame-Options'), pathname).toEqual(['DENY']);
      expect(values(rules, pathname, 'Strict-Transport-Security'), pathname).toEqual([EVERY_RESPONSE['Strict-Transport-Security']]);
      expect(values(rules, pathname, 'X-Content-Type-Options'), pathname).toEqual(['nosniff']);
    }
    for (const pathname of ['/', '/404.html', '/regelingen/no-riskpolis/', '/data/regios.json'])
      expect(values(rules, pathname, 'Content-Security-Policy'), pathname).toEqual(["frame-ancestors 'none'"]);
  });

  it('lets /embed/ be framed by any site: one policy, frame-ancestors *, which overrides X-Frame-Options', () => {
    expect(values(rules, '/embed/gids/welke-ondersteuning/', 'Content-Security-Policy')).toEqual(['frame-ancestors *']);
    expect(values(rules, '/embed/gids/bestaat-niet/', 'Content-Security-Policy')).toEqual(['frame-ancestors *']);
    expect(values(rules, '/embed/gids/welke-ondersteuning/', 'Strict-Transport-Security')).toHaveLength(1);
  });

  it('lets only /data/ be read by other sites', () => {
    expect(values(rules, '/data/regios.json', 'Access-Control-Allow-Origin')).toEqual(['*']);
    expect(values(rules, '/regelingen/', 'Access-Control-Allow-Origin')).toEqual([]);
  });

  it('never sets one header twice for one address, however the host merges rules', () => {
    for (const pathname of ['/', '/onbekend/', '/404.html', '/regelingen/x/', '/embed/gids/x/', '/data/regios.json', '/.well-known/security.txt']) {
      const names = headersAt(rules, pathname).map(([name]) => name.toLowerCase());
      expect(names.length, pathname).toBeGreaterThanOrEqual(Object.keys(EVERY_RESPONSE).length);
      expect(new Set(names).size, pathname).toBe(names.length);
    }
  });

  it('puts every rule under the base path', () => {
    const patterns = parseHeadersFile(headersFile('/werkwijzer', topLevel)).map((r) => r.pattern);
    expect(patterns).toEqual(['/werkwijzer/*', '/werkwijzer/', '/werkwijzer/.well-known/*', '/werkwijzer/404.html', '/werkwijzer/data/*', '/werkwijzer/embed/*', '/werkwijzer/regelingen/*']);
  });
});

describe('reports of CSP violations', () => {
  const home = "default-src 'self';script-src 'self' 'sha256-a'; style-src 'self' 'sha256-s'";
  const search = "default-src 'self';script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-s'";

  it('joins the pages’ policies into one that allows what any of them allows', () => {
    expect(unionPolicy([home, search])).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'wasm-unsafe-eval' 'sha256-b'; style-src 'self' 'sha256-s'");
  });

  it('adds a report-only copy of the policy with the endpoint to the catch-all rule', () => {
    const reporting = cspReportingHeaders('https://meldingen.example.nl/csp', unionPolicy([home, search]));
    expect(reporting['Reporting-Endpoints']).toBe('csp="https://meldingen.example.nl/csp"');
    expect(reporting['Content-Security-Policy-Report-Only']).toMatch(/^default-src 'self'; script-src .*; report-uri https:\/\/meldingen\.example\.nl\/csp; report-to csp$/);
    const rules = parseHeadersFile(headersFile('/', topLevel, { everyResponse: reporting }));
    expect(rules[0]!.headers.map(([n]) => n)).toEqual(expect.arrayContaining(['Reporting-Endpoints', 'Content-Security-Policy-Report-Only']));
    expect(rules.slice(1).flatMap((r) => r.headers.map(([n]) => n))).not.toContain('Content-Security-Policy-Report-Only');
  });

  it('refuses an endpoint that is not https', () => {
    expect(() => cspReportingHeaders('http://meldingen.example.nl/csp', home)).toThrow(/https/);
    expect(() => cspReportingHeaders('geen adres', home)).toThrow();
  });
});
