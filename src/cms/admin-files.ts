/**
 * The files of the editors' CMS at /admin/: the page that loads Decap CMS, its configuration, a small script of our
 * own and Decap's prebuilt bundle (from the decap-cms package, never from a CDN). They are plain files, not Astro
 * pages: no other page links their code, they are not in the sitemap, the search index or the offline cache, and
 * they carry their own Content-Security-Policy, which allows what the CMS needs and nothing more.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parse, stringify } from 'yaml';
import { decapConfig, type CmsConfigOptions } from './decap-config.ts';
import { ADMIN_FOLDER } from './entry-url.ts';

const GITHUB_ORIGINS = ['https://api.github.com'];
/** Avatars of signed-in editors and images already in the repository, shown by the CMS. */
const GITHUB_IMAGES = ['https://avatars.githubusercontent.com', 'https://raw.githubusercontent.com'];

/**
 * Only what Decap CMS needs: its own scripts (it loads parts of itself on demand from the same folder), 'unsafe-eval'
 * (it checks its configuration with Ajv, which compiles the check into a function; without it the CMS does not start),
 * inline styles (its React components style themselves at run time), the GitHub API and the sign-in server, images
 * as data or blob URLs (uploads before they are saved). No frames of other sites, no forms, no plugins.
 * The rest of the site keeps its own policy, without 'unsafe-eval' or 'unsafe-inline'.
 */
export function adminCsp(options: Pick<CmsConfigOptions, 'authServer' | 'local'>): string {
  const connect = ["'self'", ...(options.local ? [new URL(options.local.proxyUrl).origin] : [...GITHUB_ORIGINS, ...(options.authServer ? [new URL(options.authServer).origin] : [])])];
  return [
    "default-src 'none'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${GITHUB_IMAGES.join(' ')}`,
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "frame-src 'self' blob:",
    "child-src 'self' blob:",
    "worker-src 'self' blob:",
    "manifest-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function adminHtml(csp: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="same-origin">
<title>Redactie · Werkwijzer Inclusief Mkb</title>
<link rel="cms-config-url" type="text/yaml" href="config.yml">
</head>
<body>
<noscript><p>De redactie-omgeving werkt alleen met JavaScript aan. U kunt de bestanden ook direct aanpassen: zie de handleiding voor redacteuren op <a href="../over/redactie/">/over/redactie/</a>.</p></noscript>
<script src="decap-cms.js"></script>
<script src="admin.js"></script>
</body>
</html>
`;
}

/** Our own few lines: the site's look in the preview pane. Kept out of the page so that no inline script is needed. */
export function adminScript(base: string): string {
  return `// Werkwijzer Inclusief Mkb: the preview pane of the CMS uses a stylesheet close to the site's.
window.CMS.registerPreviewStyle(${JSON.stringify(`${base.replace(/\/?$/, '/')}${ADMIN_FOLDER}/preview.css`)});
`;
}

/** The preview pane's look: the site's type, measure and colours, so an editor sees the text as readers will. */
export const PREVIEW_CSS = `body{font-family:"Source Sans 3",Arial,sans-serif;font-size:1.125rem;line-height:1.6;color:#1a1a1a;max-width:42rem;margin:1.5rem auto;padding:0 1rem}
h1,h2,h3{line-height:1.25;color:#0b3b60}h1{font-size:2rem}h2{font-size:1.5rem;margin-top:2rem}a{color:#0b5cad}
table{border-collapse:collapse}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left}`;

/** Decap's prebuilt bundle and the parts it loads on demand, as they are in the decap-cms package. */
export function decapBundleFiles(): { name: string; file: string }[] {
  const require = createRequire(import.meta.url);
  const dist = path.dirname(require.resolve('decap-cms/dist/decap-cms.js'));
  return readdirSync(dist)
    .filter((name) => /(^|\.)decap-cms\.js$/.test(name))
    .map((name) => ({ name, file: path.join(dist, name) }));
}

/** Every file of /admin/ except Decap's bundle: name -> contents. */
export function adminFiles(options: CmsConfigOptions & { base: string }): Record<string, string> {
  return {
    'index.html': adminHtml(adminCsp(options)),
    'config.yml': `# Gemaakt uit de schema's in src/schemas/content.ts (src/cms/decap-config.ts). Niet met de hand aanpassen.\n${stringify(decapConfig(options), { lineWidth: 0 })}`,
    'admin.js': adminScript(options.base),
    'preview.css': PREVIEW_CSS,
  };
}

/** The amounts in content/bedragen.yaml (id, kind and title), so the CMS shows one group of fields per amount. */
export function readRateKinds(contentDir: string): { id: string; kind: string; title: string }[] {
  const file = path.join(contentDir, 'bedragen.yaml');
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
  if (!data || typeof data !== 'object') return [];
  return Object.entries(data as Record<string, { kind?: unknown; title?: unknown }>).flatMap(([id, value]) =>
    typeof value?.kind === 'string' ? [{ id, kind: value.kind, title: typeof value.title === 'string' ? value.title : id }] : [],
  );
}
