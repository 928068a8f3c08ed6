/**
 * Serves a built site folder the way a plain static host does: files as they are, /map/ -> /map/index.html,
 * /map -> 301 /map/, unknown paths -> 404.html with status 404, and the headers of the site's _headers file
 * (the Netlify/Cloudflare format the build writes). Optionally under a sub-path. Used by the browser tests and
 * the measuring scripts.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** Rules of a _headers file: a path (ending in * for a whole folder), then indented "Name: value" lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)?.headers.push([name!.trim(), value.join(':').trim()]);
    }
  }
  return rules;
}

const matches = (pattern: string, pathname: string) =>
  pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;

export interface StaticServerOptions {
  port?: number;
  /** Serve the folder under a sub-path, as a host does for a site built with BASE_PATH ("/werkwijzer/"). */
  basePath?: string;
  /** Read files on every request instead of once at the start, so a test can swap in a new build. */
  live?: boolean;
}

export async function startStaticServer(root: string, { port = 0, basePath = '/', live = false }: StaticServerOptions = {}): Promise<StaticServer> {
  const files = sirv(root, { dev: live, etag: true, extensions: ['html'] });
  const notFound = path.join(root, '404.html');
  const headersPath = path.join(root, '_headers');
  const prefix = basePath.replace(/\/$/, '');
  const readRules = () => (existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : []);
  const startRules = readRules();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Like Netlify: every matching rule adds its headers.
    for (const rule of live ? readRules() : startRules)
      if (matches(rule.pattern, url.pathname)) for (const [name, value] of rule.headers) res.appendHeader(name, value);
    const inSite = !prefix || url.pathname === prefix || url.pathname.startsWith(`${prefix}/`);
    const sitePath = inSite ? url.pathname.slice(prefix.length) || '/' : null;
    const onDisk = sitePath === null ? null : path.join(root, decodeURIComponent(sitePath));
    if (onDisk && !url.pathname.endsWith('/') && existsSync(onDisk) && statSync(onDisk).isDirectory()) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    if (sitePath !== null) req.url = sitePath + url.search;
    const serve = sitePath === null ? (_: unknown, __: unknown, next: () => void) => next() : files;
    serve(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('De testserver kreeg geen poort.');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
