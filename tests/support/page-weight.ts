/**
 * What a browser downloads for one built page, read from the files in dist/: the HTML, the scripts (inline and
 * files, with every module they import), the style sheets and the images. Sizes are gzip sizes, as a server
 * sends them. Fonts are listed apart: the browser fetches only the subsets a page needs.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { DIST } from './site.ts';

export interface Asset {
  /** The URL path, or "inline:<hash of the code>" for a <script> or <style> in the page. */
  url: string;
  bytes: number;
}

export interface PageWeight {
  html: number;
  scripts: Asset[];
  styles: Asset[];
  images: Asset[];
  fonts: Asset[];
}

const gzipCache = new Map<string, number>();
const gzipped = (text: string | Buffer) => gzipSync(text).length;
const inlineId = (code: string) => `inline:${createHash('sha256').update(code).digest('hex').slice(0, 12)}`;

function fileBytes(dist: string, url: string): number {
  const file = path.join(dist, decodeURI(url.split(/[?#]/)[0]!));
  if (!gzipCache.has(file)) {
    if (!existsSync(file)) throw new Error(`${url} staat in een pagina, maar niet in de gebouwde site.`);
    gzipCache.set(file, gzipped(readFileSync(file)));
  }
  return gzipCache.get(file)!;
}

/** The modules a piece of script at `from` imports, statically or on demand, as URL paths (Pagefind's own files aside). */
function importedUrls(code: string, from: string): string[] {
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`]+\.m?js)["'`]/g)]
    .map((m) => new URL(m[1]!, `http://site${from}`).pathname)
    .filter((u) => !u.includes('/pagefind/'));
}

function withImports(dist: string, urls: string[]): string[] {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url) || url.includes('/pagefind/')) return;
    seen.add(url);
    for (const imported of importedUrls(readFileSync(path.join(dist, url), 'utf8'), url)) visit(imported);
  };
  urls.forEach(visit);
  return [...seen];
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

export function pageWeight(urlPath: string, dist = DIST): PageWeight {
  const html = readFileSync(path.join(dist, urlPath, 'index.html'), 'utf8');
  const scriptTags = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, a]) => !/type="application\/(ld\+)?json"/.test(a!));
  const inlineScripts = scriptTags.filter(([, a]) => !attr(a!, 'src')).map(([, , body]) => body!);
  const inlineImports = inlineScripts.flatMap((code) => importedUrls(code, urlPath));
  const scriptFiles = withImports(dist, [...scriptTags.map(([, a]) => attr(a!, 'src')).filter((s): s is string => !!s), ...inlineImports]);

  const styleFiles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/gi)].map(([tag]) => attr(tag, 'href')!);
  const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, body]) => body!);
  const css = [...styleFiles.map((u) => readFileSync(path.join(dist, u), 'utf8')), ...inlineStyles].join('\n');
  const fontUrls = [...new Set([...css.matchAll(/url\(["']?([^"')]+\.woff2?)["']?\)/g)].map((m) => m[1]!))];

  const imageUrls = [
    ...[...html.matchAll(/<img\b[^>]*>/gi)].map(([tag]) => attr(tag, 'src')!),
    ...[...html.matchAll(/<link\b[^>]*rel="icon"[^>]*>/gi)].map(([tag]) => attr(tag, 'href')!),
  ];

  return {
    html: gzipped(html),
    scripts: [...inlineScripts.map((code) => ({ url: inlineId(code), bytes: gzipped(code) })), ...scriptFiles.map((url) => ({ url, bytes: fileBytes(dist, url) }))],
    styles: [...styleFiles.map((url) => ({ url, bytes: fileBytes(dist, url) })), ...inlineStyles.map((code) => ({ url: inlineId(code), bytes: gzipped(code) }))],
    images: imageUrls.map((url) => ({ url, bytes: fileBytes(dist, url) })),
    fonts: fontUrls.map((url) => ({ url, bytes: fileBytes(dist, url) })),
  };
}

export const total = (assets: readonly Asset[]) => assets.reduce((sum, a) => sum + a.bytes, 0);
