/**
 * Astro integration: check where the content files are (src/checks/content-layout.ts) and the decision guides
 * (src/guide/check.ts) before the build. A build with a misplaced file or a broken guide stops with the full report;
 * the dev server only warns, so an editor can keep previewing.
 */
import type { AstroIntegration } from 'astro';
import { checkGuides, countErrors, formatReport } from '../guide/check.ts';
import { CONTENT_DIR } from '../lib/content-dir.ts';
import { checkContentLayout } from '../checks/content-layout.ts';
import { formatProblem } from '../lib/problem.ts';

export function guideCheck(): AstroIntegration {
  return {
    name: 'wim-guide-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const misplaced = checkContentLayout(CONTENT_DIR);
        if (misplaced.length > 0) {
          const report = misplaced.map(formatProblem).join('\n\n');
          if (command === 'dev') logger.warn(report);
          else throw new Error(`${misplaced.length} inhoudsbestand(en) staan niet waar de site ze leest:\n\n${report}`);
        }
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
