/**
 * npm run check: every check an editor needs, in one go, with every problem at once.
 *  1. the content files: frontmatter, references, images, the age of `checked`, data files;
 *  2. the decision guides;
 *  3. the build itself (only when 1 and 2 found no errors, since it would stop at the first);
 *  4. the built site: links and anchors, images, and the published URLs (docs/published-urls.txt);
 *  5. the readability of the pages changed on this branch (information only).
 * Exits 1 when there is any error. CHECK_TODAY (JJJJ-MM-DD) fixes "today" for tests.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkBuiltSite } from '../src/checks/built-site.ts';
import { changedContentPages } from '../src/checks/changed-pages.ts';
import { checkContentFiles } from '../src/checks/content-files.ts';
import { builtUrls, checkPermalinks } from '../src/checks/permalinks.ts';
import { checkGuides, formatSummary } from '../src/guide/check.ts';
import { CONTENT_DIR } from '../src/lib/content-dir.ts';
import { countErrors, countWarnings, formatProblem, githubAnnotation, problemsSummary, type Problem } from '../src/lib/problem.ts';
import { readPublishedUrls } from '../src/lib/redirects.ts';
import { readabilityOfMdx } from '../src/readability/flesch-douma.ts';
import { siteBuildCommand } from './lib/site-build.ts';

const root = path.resolve(import.meta.dirname, '..');
const today = process.env.CHECK_TODAY ? new Date(`${process.env.CHECK_TODAY}T00:00:00Z`) : new Date();
const distDir = process.env.ASTRO_OUT_DIR ?? path.join(root, 'dist');
const manifest = process.env.PUBLISHED_URLS ?? 'docs/published-urls.txt';
const basePath = process.env.BASE_PATH ?? '/';

const problems: Problem[] = [];
const heading = (text: string) => console.log(`\n== ${text} ==`);
const show = (found: Problem[]) => {
  for (const p of found) console.log(`${formatProblem(p)}\n`);
  if (found.length === 0) console.log('Geen problemen.');
  problems.push(...found);
};

heading('1. Inhoud (frontmatter, verwijzingen, afbeeldingen, controledatum)');
show(await checkContentFiles({ contentDir: CONTENT_DIR, today }));

heading('2. Keuzehulpen');
const guideReports = await checkGuides(CONTENT_DIR);
const guideProblems = guideReports.flatMap((r) => r.issues);
show(guideProblems);
console.log(formatSummary(guideReports));

if (countErrors(problems) === 0) {
  heading('3. De site bouwen');
  // --force: the content cache only notices changes to content.config.ts, not to the schemas it imports.
  const [command, args] = siteBuildCommand();
  const build = spawnSync(command, args, {
    cwd: root,
    env: process.env,
    encoding: 'utf8',
    // Astro prints a line per page; with thousands of guide states that is many megabytes.
    maxBuffer: 512 * 1024 * 1024,
  });
  const output = `${build.stdout}\n${build.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  if (build.status !== 0) {
    const cause = build.error ? `${build.error.message}\n` : '';
    show([{ severity: 'error', file: 'astro build', where: 'bouwen', message: `De site kon niet gebouwd worden:\n${cause}${output.trim().split('\n').slice(-25).join('\n')}`, fix: 'Lees de melding hierboven: die noemt meestal het bestand en het veld.' }]);
  } else {
    console.log(output.match(/\d+ page\(s\) built in [^\n]+/)?.[0] ?? 'Gebouwd.');
    heading('4. Gebouwde site: links, ankers, afbeeldingen en gepubliceerde adressen');
    show([
      ...checkBuiltSite({ distDir, basePath, sourceDirs: [CONTENT_DIR, path.join(root, 'src')] }),
      ...checkPermalinks(readPublishedUrls(manifest), builtUrls(distDir), manifest),
    ]);
  }
} else {
  console.log('\n(De site is niet gebouwd: los eerst de fouten hierboven op.)');
}

heading("5. Leesbaarheid van gewijzigde pagina's (ter informatie, Flesch-Douma; 60 of meer is B1)");
const changed = changedContentPages(CONTENT_DIR);
if (changed.files.length === 0) console.log(`Geen gewijzigde pagina's${changed.base ? ` ten opzichte van ${changed.base}` : ''}.`);
for (const file of changed.files) {
  if (!existsSync(file)) continue;
  const r = readabilityOfMdx(readFileSync(file, 'utf8'));
  const label = r.score >= 60 ? 'goed' : r.score >= 50 ? 'redelijk: kortere zinnen en woorden helpen' : 'moeilijk: maak zinnen en woorden korter';
  console.log(`${file}: ${r.score.toFixed(0)} (${label}; ${(r.words / r.sentences).toFixed(1)} woorden per zin)`);
}

const errors = countErrors(problems);
const warnings = countWarnings(problems);
console.log(`\nSamenvatting: ${errors} fout(en), ${warnings} waarschuwing(en).${errors > 0 ? ' Los de fouten op; de pull request kan pas daarna worden samengevoegd.' : ''}`);
// In a pull request on GitHub: each problem at its file and line, and all of them in the check's summary, so an
// editor who changed a page in the CMS reads the message where the pull request shows it.
if (process.env['GITHUB_ACTIONS'] === 'true') {
  for (const p of problems) console.log(githubAnnotation(p));
  if (process.env['GITHUB_STEP_SUMMARY']) appendFileSync(process.env['GITHUB_STEP_SUMMARY'], problemsSummary(problems));
}
process.exitCode = errors > 0 ? 1 : 0;
