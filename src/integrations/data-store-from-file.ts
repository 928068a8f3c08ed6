/**
 * Astro integration: in `astro build`, the pages read the content store from a file instead of from a JavaScript
 * module that holds the whole store as one string literal. Node compiles such a literal in time that grows faster
 * than its size: the store of +5,000 pages (36 MB) took about 10 s to import and kept about 300 MB more in memory,
 * where reading and parsing the same text from a file takes under a second (npm run profile:build,
 * docs/benchmarks.md). The text in the file is the literal of Astro's own module, so the pages get the same value;
 * a module of another form (a later Astro, the chunked store) stays as it is, and the build says so.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The id under which Astro's content runtime imports the store (astro/dist/content/consts.js). */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';

const PREFIX = 'export default JSON.parse(';

/** The store text in Astro's module for the store (`export default JSON.parse("…")`), or undefined for any other code. */
export function dataStoreText(code: string): string | undefined {
  if (!code.startsWith(`${PREFIX}"`) || !code.endsWith('")')) return undefined;
  try {
    const text: unknown = JSON.parse(code.slice(PREFIX.length, -1));
    return typeof text === 'string' ? text : undefined;
  } catch {
    // Not one string literal after all (say, two concatenated): Astro's module stays.
    return undefined;
  }
}

/** The module that gives the same value as Astro's, read from `file` when the pages first ask for content. */
export function dataStoreModule(file: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

export function dataStoreFromFile(): AstroIntegration {
  let file = '';
  let replaced = false;
  let seen = false;
  return {
    name: 'wim-data-store-from-file',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        // The dev server keeps Astro's module: it reloads it when content changes.
        if (command !== 'build') return;
        file = fileURLToPath(new URL('data-store-for-pages.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'wim-data-store-from-file',
                transform: {
                  filter: { id: { include: [new RegExp(`^${DATA_STORE_MODULE_ID}$`)] } },
                  handler(code: string, id: string) {
                    if (id !== DATA_STORE_MODULE_ID) return undefined;
                    seen = true;
                    const text = dataStoreText(code);
                    if (text === undefined) return undefined;
                    mkdirSync(path.dirname(file), { recursive: true });
                    writeFileSync(file, text);
                    replaced = true;
                    logger.info(`de pagina's lezen de inhoud (${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB) uit ${file}`);
                    return { code: dataStoreModule(file), map: { mappings: '' } };
                  },
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ logger }) => {
        if (seen && !replaced) {
          logger.warn(
            "De pagina's lezen de inhoud uit Astro's eigen module: die heeft een andere vorm dan " +
              'src/integrations/data-store-from-file.ts verwacht (een nieuwe Astro?). De site is dezelfde, de bouw trager; pas die integratie aan.',
          );
        }
      },
    },
  };
}
