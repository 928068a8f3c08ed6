/** dist/_headers: one rule per top-level path (so no page gets two policies), under the base path. */
import { describe, expect, it } from 'vitest';
import { headersFile } from '../../src/lib/security-headers.ts';
import { parseHeadersFile } from '../support/static-server.ts';

const topLevel = [
  { name: 'regelingen', isDirectory: true },
  { name: 'embed', isDirectory: true },
  { name: 'data', isDirectory: true },
  { name: '404.html', isDirectory: false },
  { name: '_headers', isDirectory: false },
];
const header = (rules: ReturnType<typeof parseHeadersFile>, pattern: string, name: string) =>
  rules.find((r) => r.pattern === pattern)?.headers.filter(([n]) => n === name).map(([, v]) => v);

describe('headersFile', () => {
  it('lets only /embed/ be framed and only /data/ be read by other sites', () => {
    const rules = parseHeadersFile(headersFile('/', topLevel));
    expect(rules.map((r) => r.pattern)).toEqual(['/', '/404.html', '/data/*', '/embed/*', '/regelingen/*']);
    expect(header(rules, '/embed/*', 'Content-Security-Policy')).toEqual(['frame-ancestors *']);
    expect(header(rules, '/embed/*', 'X-Frame-Options')).toEqual([]);
    for (const pattern of ['/', '/404.html', '/data/*', '/regelingen/*']) {
      expect(header(rules, pattern, 'Content-Security-Policy'), pattern).toEqual(["frame-ancestors 'none'"]);
      expect(header(rules, pattern, 'X-Frame-Options'), pattern).toEqual(['DENY']);
    }
    expect(header(rules, '/data/*', 'Access-Control-Allow-Origin')).toEqual(['*']);
    expect(header(rules, '/regelingen/*', 'Access-Control-Allow-Origin')).toEqual([]);
  });

  it('puts every rule under the base path', () => {
    const patterns = parseHeadersFile(headersFile('/werkwijzer', topLevel)).map((r) => r.pattern);
    expect(patterns).toEqual(['/werkwijzer/', '/werkwijzer/404.html', '/werkwijzer/data/*', '/werkwijzer/embed/*', '/werkwijzer/regelingen/*']);
  });
});
