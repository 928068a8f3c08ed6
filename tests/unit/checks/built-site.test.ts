/** checkBuiltSite on a small hand-made site folder: links, anchors, images, and the base path. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuiltSite } from '../../../src/checks/built-site.ts';
import { builtUrls, checkPermalinks } from '../../../src/checks/permalinks.ts';
import { expandRedirects, redirectsFileSchema } from '../../../src/lib/redirects.ts';

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wim-site-'));
  for (const [url, body] of Object.entries(pages)) {
    const file = url.endsWith('.json') ? path.join(dir, url) : path.join(dir, url, 'index.html');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, body);
  }
  return dir;
}

describe('checkBuiltSite', () => {
  const dist = site({
    '/': '<a href="/a/">a</a> <a href="/a/#kop">kop</a> <a href="/a/#weg">weg</a> <a href="/b/">b</a> <a href="/a">zonder slash</a> <a href="https://www.uwv.nl/">extern</a> <a href="/a/#/collections/regelingen/entries/x">route</a> <a href="/c/#/route">naar niets</a>',
    '/a/': '<h2 id="kop">Kop</h2><img src="/x.png" alt="Een foto"><img src="/y.png" alt=""><img src="/z.png">',
  });
  const problems = checkBuiltSite({ distDir: dist, basePath: '/', sourceDirs: [] });
  const messages = problems.map((p) => `${p.where}: ${p.message}`);

  it('reports a link to a page that does not exist', () => {
    expect(messages).toContainEqual('link "/b/": De link gaat naar een pagina die niet bestaat.');
  });

  it('warns about a link without the closing slash, which only works through a redirect', () => {
    const warning = problems.find((p) => p.where === 'link "/a"');
    expect(warning).toMatchObject({ severity: 'warning', fix: 'Schrijf het adres met / aan het eind: /a/' });
  });

  it('reports an anchor that does not exist, and accepts one that does', () => {
    expect(messages).toContainEqual(expect.stringMatching(/^link "\/a\/#weg": De pagina bestaat, maar het stuk "#weg" niet/));
    expect(messages.some((m) => m.includes('#kop'))).toBe(false);
  });

  it('takes "#/…" as a route inside an app (the CMS), not as an anchor, but still wants the page to exist', () => {
    expect(messages.some((m) => m.includes('#/collections'))).toBe(false);
    expect(messages).toContainEqual('link "/c/#/route": De link gaat naar een pagina die niet bestaat.');
  });

  it('reports an image without alt, but accepts an empty alt for decoration', () => {
    expect(messages.filter((m) => m.startsWith('afbeelding'))).toEqual(['afbeelding "/z.png": Deze afbeelding heeft geen alt-tekst.']);
  });

  it('leaves external links alone', () => {
    expect(messages.some((m) => m.includes('uwv.nl'))).toBe(false);
    // The four above, and the route to a page that does not exist.
    expect(problems).toHaveLength(5);
  });

  it('knows the base path of a site built for a sub-folder', () => {
    const sub = site({ '/': '<a href="/werkwijzer/a/">a</a> <a href="/a/">buiten</a>', '/a/': '<p>a</p>' });
    const found = checkBuiltSite({ distDir: sub, basePath: '/werkwijzer/', sourceDirs: [] });
    expect(found.map((p) => p.where)).toEqual(['link "/a/"']);
  });
});

describe('published URLs', () => {
  it('lists the pages and data files a built site answers', () => {
    const dist = site({ '/': '', '/a/b/': '', '/data/regios.json': '[]' });
    expect(builtUrls(dist)).toEqual(['/', '/a/b/', '/data/regios.json']);
  });

  it('fails for a published URL that is gone, and warns about new ones', () => {
    const problems = checkPermalinks(['/', '/oud/'], ['/', '/nieuw/'], 'docs/published-urls.txt');
    expect(problems.map((p) => [p.severity, p.where])).toEqual([
      ['error', 'adres "/oud/"'],
      ['warning', 'nieuwe adressen'],
    ]);
  });

  it('expands a branch redirect over the published URLs', () => {
    const redirects = redirectsFileSchema.parse({ '/gids/g/oud/*': '/gids/g/nieuw/*', '/x/': '/y/' });
    expect(expandRedirects(redirects, ['/gids/g/oud/', '/gids/g/oud/ja/', '/gids/g/ander/'])).toEqual({
      '/x/': '/y/',
      '/gids/g/oud/': '/gids/g/nieuw/',
      '/gids/g/oud/ja/': '/gids/g/nieuw/ja/',
    });
  });

  it('sends a whole branch to one page when only the old address ends in a star', () => {
    const redirects = redirectsFileSchema.parse({ '/gids/g/oud/*': '/gids/g/nieuw/' });
    expect(expandRedirects(redirects, ['/gids/g/oud/', '/gids/g/oud/ja/nee/', '/gids/g/ander/'])).toEqual({
      '/gids/g/oud/': '/gids/g/nieuw/',
      '/gids/g/oud/ja/nee/': '/gids/g/nieuw/',
    });
  });

  it('rejects a star on the new address alone', () => {
    expect(redirectsFileSchema.safeParse({ '/a/': '/b/*' }).success).toBe(false);
  });
});
