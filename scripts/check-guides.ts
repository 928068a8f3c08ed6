/** npm run check:guides: validates every decision guide and prints each problem with file, line, node and fix. */
import { checkGuides, countErrors, formatReport } from '../src/guide/check.ts';
import { CONTENT_DIR } from '../src/lib/content-dir.ts';

const reports = await checkGuides(CONTENT_DIR);
console.log(formatReport(reports));
const errors = countErrors(reports);
if (errors > 0) {
  console.error(`\n${errors} fout(en) in de keuzehulpen. De site wordt niet gebouwd tot ze zijn opgelost.`);
  process.exitCode = 1;
}
