/** Astro integration: after the build, write dist/_headers with the security headers (src/lib/security-headers.ts). */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security-headers.ts';

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'wim-security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const topLevel = readdirSync(out, { withFileTypes: true }).map((e) => ({ name: e.name, isDirectory: e.isDirectory() }));
        writeFileSync(path.join(out, '_headers'), headersFile(base, topLevel));
      },
    },
  };
}
