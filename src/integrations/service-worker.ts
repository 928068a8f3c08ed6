/** Astro integration: after the build (and the search index), write the service worker (src/lib/service-worker-build.ts). */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildServiceWorker } from '../lib/service-worker-build.ts';

export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'wim-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const { version, files, bytes } = await buildServiceWorker(fileURLToPath(dir), base);
        logger.info(`service worker ${version}: ${files} bestanden (${(bytes / 1024 / 1024).toFixed(1)} MB) voor gebruik zonder internet, in ${((performance.now() - start) / 1000).toFixed(2)} s`);
      },
    },
  };
}
