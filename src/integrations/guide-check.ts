/**
 * Astro integration: check the decision guides before the build (src/guide/check.ts). A build with a broken
 * guide stops with the full report; the dev server only warns, so an editor can keep previewing.
 */
import type { AstroIntegration } from 'astro';
import { checkGuides, countErrors, formatReport } from '../guide/check.ts';
import { CONTENT_DIR } from '../lib/content-dir.ts';

export function guideCheck(): AstroIntegration {
  return {
    name: 'wim-guide-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const reports = await checkGuides(CONTENT_DIR);
        const errors = countErrors(reports);
        if (errors === 0) {
          logger.info(formatReport(reports));
          return;
        }
        if (command === 'dev') logger.warn(formatReport(reports));
        else throw new Error(`De keuzehulpen hebben ${errors} fout(en):\n\n${formatReport(reports)}`);
      },
    },
  };
}
