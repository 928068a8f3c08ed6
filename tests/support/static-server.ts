/**
 * Serves a built site folder the way a plain static host does: files as they are, /map/ -> /map/index.html,
 * /map -> 301 /map/, unknown paths -> 404.html with status 404. Used by the browser tests.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  const files = sirv(root, { dev: false, etag: true, extensions: ['html'] });
  const notFound = path.join(root, '404.html');
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const onDisk = path.join(root, decodeURIComponent(url.pathname));
    if (!url.pathname.endsWith('/') && existsSync(onDisk) && statSync(onDisk).isDirectory()) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    files(req, res, () => {
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
