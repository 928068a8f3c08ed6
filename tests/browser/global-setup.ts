/**
 * Before the browser tests: the built site must exist, Chromium must be found, and the site is served
 * on 127.0.0.1 like a plain static host. Tests get the address and the browser path through inject().
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { DIST } from '../support/site.ts';
import { CHROMIUM_MISSING, findChromium } from '../support/chromium.ts';
import { startStaticServer } from '../support/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    chromiumPath: string | null;
  }
}

export default async function setup(project: TestProject) {
  const dist = DIST;
  if (!existsSync(path.join(dist, 'index.html')) || !existsSync(path.join(dist, 'pagefind', 'pagefind.js'))) {
    throw new Error('De gebouwde site ontbreekt (dist/). Draai eerst "npm run build"; "npm test" doet dat zelf.');
  }
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    if (process.env.CI) throw new Error(`${CHROMIUM_MISSING} In CI moeten de browsertests draaien.`);
    console.warn(`\n!!! ${CHROMIUM_MISSING}\n!!! De browsertests worden OVERGESLAGEN; ze zijn niet geslaagd.\n`);
  }
  const server = await startStaticServer(dist);
  project.provide('origin', server.origin);
  project.provide('chromiumPath', chromiumPath);
  return () => server.close();
}
