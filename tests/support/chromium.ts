/**
 * Debian's Chromium, found and started the same way by the browser tests, `npm run bench` and `npm run lighthouse`.
 * Never a browser download.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** No sandbox (containers), and no calls home to Google's services. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run'];

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export const CHROMIUM_MISSING = 'Chromium niet gevonden (CHROMIUM_PATH of /usr/bin/chromium). Installeer het met "apt-get install -y chromium" of zet CHROMIUM_PATH.';

/** For the scripts: the browser's path, or an error that says how to install it. */
export function requireChromium(): string {
  const found = findChromium();
  if (!found) throw new Error(CHROMIUM_MISSING);
  return found;
}
