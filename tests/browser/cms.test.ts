/**
 * The editors' CMS (issue #19). First on this machine, as an editor would use it: `npm run cms` on a copy of the
 * content, Decap CMS in Chromium edits a regeling's summary and adds a source, the file on disk changes exactly so,
 * and `npm run check` passes on it. Then in the built site: /admin/ is there and kept apart from everything else.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, trackedContext } from '../support/browser.ts';
import { makeScratchDir, PROJECT_ROOT } from '../support/astro.ts';
import { builtHtml, builtPages, DIST, isRedirectPage } from '../support/site.ts';

const origin = inject('origin');
const chromiumPath = inject('chromiumPath');

const ENTRY = 'lkv-arbeidsgehandicapte-werknemer';
const ENTRY_FILE = `content/regelingen/${ENTRY}.mdx`;
const NEW_SUMMARY = 'Neemt u iemand met een arbeidsbeperking in dienst? Dan krijgt u een loonkostenvoordeel: een bedrag per verloond uur, elk jaar opnieuw.';
const NEW_SOURCE = { title: 'Belastingdienst: Loonkostenvoordelen (LKV)', url: 'https://www.belastingdienst.nl/wps/wcm/connect/nl/personeel-en-loon/content/loonkostenvoordelen' };

/** Frontmatter (parsed) and body (as bytes) of an MDX file. */
function splitPage(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error('Geen frontmatter gevonden.');
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]!.replace(/^\n+/, '') };
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function waitFor(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} antwoordde niet binnen ${ms / 1000} s.`);
}

describe('npm run cms: editing a regeling in the CMS', () => {
  let browser: Browser;
  let cms: ChildProcess;
  let repo: string;
  let siteUrl: string;
  let proxyOrigin: string;
  const output: string[] = [];

  beforeAll(async () => {
    // Inside the project (.scratch/), like every test build: the check below builds this copy with Astro.
    repo = makeScratchDir('cms');
    cpSync(path.join(PROJECT_ROOT, 'content'), path.join(repo, 'content'), { recursive: true });
    const [sitePort, proxyPort] = [await freePort(), await freePort()];
    siteUrl = `http://127.0.0.1:${sitePort}`;
    proxyOrigin = `http://127.0.0.1:${proxyPort}`;
    // The script of `npm run cms` itself, in its own process group so that it and its two servers stop together.
    cms = spawn(process.execPath, [path.join(PROJECT_ROOT, 'scripts/cms.ts')], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CMS_REPO_DIR: repo, CMS_PORT: String(proxyPort), PORT: String(sitePort) },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    cms.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    cms.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    browser = await launchChromium(chromiumPath!);
    await waitFor(`${siteUrl}/admin/`, 90_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${output.join('').slice(-3000)}`);
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (cms?.pid) {
      try {
        process.kill(-cms.pid, 'SIGTERM');
      } catch {
        // already stopped
      }
    }
    if (repo) rmSync(repo, { recursive: true, force: true });
  });

  it('changes the summary and adds a source in the file, leaves the rest of the page as it was, and passes npm run check', async () => {
    const file = path.join(repo, ENTRY_FILE);
    const before = splitPage(readFileSync(file, 'utf8'));
    const { context, foreignRequests, cspViolations } = await trackedContext(browser, siteUrl);
    const page = await context.newPage();
    await page.goto(`${siteUrl}/admin/`);
    // The local proxy has no accounts: its sign-in page is one button.
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.goto(`${siteUrl}/admin/#/collections/regelingen/entries/${ENTRY}`);

    const summary = page.getByLabel('Samenvatting', { exact: true });
    await summary.waitFor({ timeout: 30_000 });
    expect(await summary.inputValue()).toBe(before.data['summary']);
    await summary.fill(NEW_SUMMARY);

    await page.getByRole('button', { name: 'Voeg bronnen toe' }).click();
    // The new source is the last one of the list, and the only title field that is still empty.
    const sourceUrls = page.getByLabel('Webadres (https)', { exact: true });
    await expect.poll(() => sourceUrls.count()).toBe((before.data['sources'] as unknown[]).length + 1);
    await sourceUrls.last().fill(NEW_SOURCE.url);
    const titles = page.getByLabel('Titel', { exact: true });
    const emptyTitle = (await Promise.all((await titles.all()).map(async (t) => ((await t.inputValue()) === '' ? t : null)))).filter(Boolean);
    expect(emptyTitle).toHaveLength(1);
    await emptyTitle[0]!.fill(NEW_SOURCE.title);

    await page.getByRole('button', { name: 'Publiceer' }).click();
    await page.getByText('Publiceer nu', { exact: true }).click();
    await expect.poll(() => readFileSync(file, 'utf8').includes(NEW_SOURCE.url), { timeout: 20_000 }).toBe(true);

    const after = splitPage(readFileSync(file, 'utf8'));
    expect(after.data['summary']).toBe(NEW_SUMMARY);
    expect(after.data['sources']).toEqual([...(before.data['sources'] as unknown[]), NEW_SOURCE]);
    // Everything else as it was: the other fields (dates may be written with quotes, they read the same) and the
    // text below the frontmatter byte for byte, its <Bedrag /> components included.
    const rest = (data: Record<string, unknown>) => JSON.parse(JSON.stringify({ ...data, summary: undefined, sources: undefined }));
    expect(rest(after.data)).toEqual(rest(before.data));
    expect(after.body).toBe(before.body);
    expect(after.body).toContain('<Bedrag');

    // Only this machine: the CMS's own files and the local proxy, nothing else, and no blocked script or style.
    expect(foreignRequests.filter((url) => !url.startsWith(proxyOrigin))).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();

    const check = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/check.ts')], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CONTENT_DIR: path.join(repo, 'content'), ASTRO_OUT_DIR: path.join(repo, 'dist'), ASTRO_CACHE_DIR: path.join(repo, '.astro-cache') },
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(check.status, check.stdout.slice(-3000)).toBe(0);
    expect(check.stdout).toMatch(/Samenvatting: 0 fout\(en\)/);
  }, 360_000);
});

describe('/admin/ in the built site', () => {
  const admin = path.join(DIST, 'admin');
  const adminHtml = () => readFileSync(path.join(admin, 'index.html'), 'utf8');
  const cspOf = (html: string) => /http-equiv="Content-Security-Policy" content="([^"]+)"/i.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? '';

  it('is built: the page, its generated configuration and Decap from the package', () => {
    expect(existsSync(path.join(admin, 'index.html'))).toBe(true);
    const config = parse(readFileSync(path.join(admin, 'config.yml'), 'utf8')) as { publish_mode: string; backend: { name: string }; collections: { name: string }[] };
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend.name).toBe('github');
    expect(config.collections.map((c) => c.name)).toEqual(expect.arrayContaining(['model', 'handboek', 'onderwijs', 'regelingen', 'doelgroepen', 'praktijk', 'regios', 'bedragen', 'gidsen']));
    expect(existsSync(path.join(admin, 'decap-cms.js'))).toBe(true);
    // The guides are left to the files; the CMS points to the explanation, which must exist on the site.
    const guides = (config.collections as { name: string; description?: string }[]).find((c) => c.name === 'gidsen')!;
    const anchor = /\/over\/redactie\/#([a-z-]+)/.exec(guides.description ?? '')?.[1];
    expect(builtHtml('/over/redactie/')).toContain(`id="${anchor}"`);
  });

  it('is apart: not in the sitemap, the search index or the offline list, and no other page loads its code', () => {
    const sitemaps = readdirSync(DIST).filter((f) => /^sitemap.*\.xml$/.test(f));
    for (const sitemap of sitemaps) expect(readFileSync(path.join(DIST, sitemap), 'utf8')).not.toContain('/admin/');
    expect(adminHtml()).not.toContain('data-pagefind-body');
    const fragments = readdirSync(path.join(DIST, 'pagefind/fragment')).map((f) => gunzipSync(readFileSync(path.join(DIST, 'pagefind/fragment', f))).toString());
    expect(fragments.some((f) => f.includes('"url":"/regelingen/'))).toBe(true);
    expect(fragments.filter((f) => f.includes('"url":"/admin/'))).toEqual([]);
    const sw = readFileSync(path.join(DIST, 'sw.js'), 'utf8');
    expect(sw).not.toMatch(/"url":"\/admin\/|admin\/index\.html|decap-cms/);
    for (const page of builtPages()) expect(builtHtml(page), page).not.toMatch(/admin\/(decap-cms|admin)\.js|config\.yml/);
  });

  it('has its own policy, with what Decap needs, and is the only page allowed eval; it may not be framed', () => {
    const policy = cspOf(adminHtml());
    expect(policy).toMatch(/script-src 'self' 'unsafe-eval'/);
    expect(policy).toMatch(/connect-src 'self' https:\/\/api\.github\.com/);
    expect(policy).toMatch(/form-action 'none'/);
    for (const page of builtPages().filter((p) => !isRedirectPage(p))) expect(cspOf(builtHtml(page)), page).not.toMatch(/'unsafe-eval'/);
    expect(readFileSync(path.join(DIST, '_headers'), 'utf8')).toMatch(/\n\/admin\/\*\n {2}Content-Security-Policy: frame-ancestors 'none'\n/);
  });

  it('is refused in a frame on another site', async () => {
    const browser = await launchChromium(chromiumPath!);
    try {
      const page = await browser.newPage();
      await page.setContent(`<iframe src="${origin}/admin/" title="CMS"></iframe>`);
      await page.waitForTimeout(1000);
      const frame = page.frames().find((f) => f.url().includes('/admin/'));
      // A refused frame never gets the CMS page: its document stays empty (or shows the browser's error).
      const title = frame ? await frame.title().catch(() => '') : '';
      expect(title).not.toContain('Redactie');
    } finally {
      await browser.close();
    }
  });

  it('is linked from every content page as "Bewerk deze pagina", to an entry that exists', () => {
    const linked = builtPages()
      .filter((p) => !isRedirectPage(p))
      .flatMap((p) => {
        const match = /href="\/admin\/#\/collections\/([a-z]+)\/entries\/([a-z0-9-]+)"[^>]*>Bewerk deze pagina</.exec(builtHtml(p));
        return match ? [{ page: p, collection: match[1]!, id: match[2]! }] : [];
      });
    const contentPages = builtPages().filter((p) => /^\/(regelingen|handboek|doelgroepen|praktijk|model|onderwijs|regio)\/(?!print\/)[^/]+\/$/.test(p) && !isRedirectPage(p));
    expect(contentPages.length).toBeGreaterThan(50);
    expect(linked.map((l) => l.page)).toEqual(expect.arrayContaining(contentPages));
    for (const { page, collection, id } of linked) {
      const folder = path.join(PROJECT_ROOT, 'content', collection);
      expect(existsSync(path.join(folder, `${id}.mdx`)) || existsSync(path.join(folder, `${id}.yaml`)), `${page} -> ${collection}/${id}`).toBe(true);
    }
  });
});
