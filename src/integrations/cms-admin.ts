/**
 * Astro integration: the editors' CMS at /admin/ (src/cms/). After a build it writes the folder into the site; under
 * `astro dev` (npm run cms) it serves the same files, configured for decap-server on this machine (CMS_PROXY_URL, by default http://127.0.0.1:8081/api/v1).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { adminFiles, decapBundleFiles, readRateKinds } from '../cms/admin-files.ts';
import { ADMIN_FOLDER } from '../cms/entry-url.ts';
import type { CmsConfigOptions } from '../cms/decap-config.ts';
import { CONTENT_DIR } from '../lib/content-dir.ts';
import { readSiteSettings } from '../lib/reports.ts';

function options(site: string, base: string, local?: { proxyUrl: string }): CmsConfigOptions & { base: string } {
  const settings = readSiteSettings();
  const repo = settings.meldingen.repository ? new URL(settings.meldingen.repository).pathname.replace(/^\/|\/$|\.git$/g, '') : null;
  return { repo, branch: settings.cms.branch, authServer: settings.cms.authServer, siteUrl: site, base, rates: readRateKinds(CONTENT_DIR), ...(local ? { local } : {}) };
}

export function cmsAdmin(): AstroIntegration {
  let base = '/';
  let site = '';
  return {
    name: 'wim-cms-admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ?? '';
      },
      'astro:build:done': ({ dir }) => {
        const folder = path.join(fileURLToPath(dir), ADMIN_FOLDER);
        mkdirSync(folder, { recursive: true });
        for (const [name, text] of Object.entries(adminFiles(options(site, base)))) writeFileSync(path.join(folder, name), text);
        for (const { name, file } of decapBundleFiles()) copyFileSync(file, path.join(folder, name));
      },
      'astro:server:setup': ({ server }) => {
        // On this machine the CMS can only work through decap-server (npm run cms starts it).
        const proxyUrl = process.env['CMS_PROXY_URL'] ?? 'http://127.0.0.1:8081/api/v1';
        const prefix = `${base.replace(/\/?$/, '/')}${ADMIN_FOLDER}/`;
        const bundle = new Map(decapBundleFiles().map(({ name, file }) => [name, file]));
        server.middlewares.use((request, response, next) => {
          const url = new URL(request.url ?? '/', 'http://localhost');
          if (!url.pathname.startsWith(prefix)) return next();
          const name = url.pathname.slice(prefix.length) || 'index.html';
          const bundled = bundle.get(name);
          // Our own files are made again on every request (not for Decap's ~100 bundle files), so a schema or
          // content change shows after a reload.
          const text = bundled ? undefined : adminFiles(options(site, base, { proxyUrl }))[name];
          if (text === undefined && !bundled) return next();
          const type = name.endsWith('.html') ? 'text/html' : name.endsWith('.js') ? 'text/javascript' : name.endsWith('.css') ? 'text/css' : 'text/yaml';
          response.setHeader('Content-Type', `${type}; charset=utf-8`);
          response.setHeader('X-Frame-Options', 'DENY');
          response.setHeader('Cache-Control', 'no-store');
          response.end(text ?? readFileSync(bundled!));
        });
      },
    },
  };
}
