/**
 * Performance budgets on the built site, in gzip bytes (stable, so tests may assert them):
 * content pages ship no JavaScript of their own: only the one site-wide script that makes the site work
 * offline (at most 2 KB); the tools (search, guides, step plan, region finder, link builder, calculator) at most 10 KB of
 * their own (Pagefind's files aside); CSS at most 25 KB on any page; the home page at most 150 KB over the wire,
 * fonts aside.
 */
import { describe, expect, it } from 'vitest';
import { pageWeight, total } from '../support/page-weight.ts';
import { builtHtml, builtPages, isRedirectPage } from '../support/site.ts';

const KB = 1024;
const BUDGETS = { siteScript: 2 * KB, toolScripts: 10 * KB, styles: 25 * KB, home: 150 * KB } as const;

/** Pages that are a tool and may have a script of their own; every other page is content and has none. */
const TOOL_PAGES = [/^\/zoeken\/$/, /^\/(embed\/)?gids\/[^/]+\//, /^\/onderwijs\//, /^\/regio\/$/, /^\/gemeenten\/$/, /^\/rekenhulp\/$/];
const isTool = (p: string) => TOOL_PAGES.some((pattern) => pattern.test(p));

const pages = builtPages().filter((p) => !isRedirectPage(p));
const weights = new Map(pages.map((p) => [p, pageWeight(p)]));

describe('budgets', () => {
  // The home page is a content page: what it loads is the site-wide script, and nothing else may be.
  const siteScripts = weights.get('/')!.scripts;
  const isSiteScript = (url: string) => siteScripts.some((s) => s.url === url);
  const ownScripts = (p: string) => weights.get(p)!.scripts.filter((s) => !isSiteScript(s.url));

  it(`the one site-wide script (offline use) is at most ${BUDGETS.siteScript / KB} KB`, () => {
    expect(siteScripts.length).toBeGreaterThan(0);
    expect(total(siteScripts)).toBeLessThanOrEqual(BUDGETS.siteScript);
  });

  it('content pages (home, model, handboek, regelingen, doelgroepen, praktijk, regio, …) load no JavaScript of their own', () => {
    const content = pages.filter((p) => !isTool(p));
    for (const section of ['/', '/model/', '/handboek/', '/regelingen/', '/doelgroepen/', '/praktijk/', '/regio/midden-utrecht/']) expect(content).toContain(section);
    const withOwnScript = content.filter((p) => ownScripts(p).length > 0).map((p) => `${p}: ${total(ownScripts(p))} bytes`);
    expect(withOwnScript).toEqual([]);
  });

  it(`tool pages load at most ${BUDGETS.toolScripts / KB} KB of their own JavaScript`, () => {
    const tools = pages.filter(isTool);
    for (const tool of ['/zoeken/', '/gids/welke-ondersteuning/', '/embed/gids/welke-ondersteuning/', '/onderwijs/', '/regio/', '/gemeenten/', '/rekenhulp/']) {
      expect(tools, tool).toContain(tool);
      expect(ownScripts(tool).length, `${tool} has its script`).toBeGreaterThan(0);
    }
    const over = tools.filter((p) => total(ownScripts(p)) > BUDGETS.toolScripts).map((p) => `${p}: ${total(ownScripts(p))} bytes`);
    expect(over).toEqual([]);
  });

  it(`every page loads at most ${BUDGETS.styles / KB} KB of CSS`, () => {
    const over = pages.filter((p) => total(weights.get(p)!.styles) > BUDGETS.styles).map((p) => `${p}: ${total(weights.get(p)!.styles)} bytes`);
    expect(over).toEqual([]);
    expect(total(weights.get('/')!.styles)).toBeGreaterThan(0);
  });

  it(`the home page is at most ${BUDGETS.home / KB} KB over the wire without fonts`, () => {
    const home = weights.get('/')!;
    const bytes = home.html + total(home.scripts) + total(home.styles) + total(home.images);
    expect(bytes).toBeLessThanOrEqual(BUDGETS.home);
  });

  it('every image in a page is a file the build sized and compressed, with its width and height', () => {
    const faults = pages.flatMap((p) =>
      [...builtHtml(p).matchAll(/<img\b[^>]*>/gi)]
        .map(([tag]) => tag)
        .filter((tag) => !/\bsrc="\/_astro\/[^"]+\.(webp|avif)"/.test(tag) || !/\bwidth="\d+"/.test(tag) || !/\bheight="\d+"/.test(tag))
        .map((tag) => `${p}: ${tag}`),
    );
    expect(faults).toEqual([]);
  });
});
