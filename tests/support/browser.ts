/** Debian Chromium through playwright-core, set up the same way for every browser test. Never a browser download. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, BrowserContextOptions, Frame, Page } from 'playwright-core';

export { CHROMIUM_ARGS, findChromium, launchChromium } from './chromium.ts';

/** Resolves once the search page's script has started: its first act hides the note for readers without JavaScript. */
export async function searchScriptStarted(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-search-nojs]')?.hasAttribute('hidden'));
}

/**
 * A fresh context that records every request to another origin, every console error and every violation of
 * the page's Content-Security-Policy (the browser fires securitypolicyviolation for each blocked thing).
 */
export async function trackedContext(browser: Browser, origin: string, options: BrowserContextOptions = {}) {
  const context: BrowserContext = await browser.newContext(options);
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  const cspViolations: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  context.on('page', (page) => watchConsole(page, consoleErrors));
  if (options.javaScriptEnabled !== false) {
    await context.exposeBinding('__wimCspViolation', ({ frame }, text: string) => cspViolations.push(`${frame.url()}: ${text}`));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        // @ts-expect-error exposed above
        window.__wimCspViolation(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
      });
    });
  }
  return { context, foreignRequests, consoleErrors, cspViolations };
}

function watchConsole(page: Page, errors: string[]) {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core on the page for WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export async function axeViolations(page: Page | Frame): Promise<AxeViolation[]> {
  // Evaluated, not added as a <script> tag: the page's Content-Security-Policy rightly blocks inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v: AxeViolation) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

/**
 * axe-core on a page as a browser without JavaScript renders it: axe itself needs JavaScript, so the page's
 * own scripts are taken out of the HTML and the rest is checked in a normal page.
 */
export async function axeViolationsWithoutJs(browser: Browser, url: string): Promise<AxeViolation[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await context.request.get(url);
  const html = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
  await page.route(url, (route) => route.fulfill({ status: response.status(), contentType: 'text/html', body: html }));
  await page.goto(url);
  const violations = await axeViolations(page);
  await context.close();
  return violations;
}
