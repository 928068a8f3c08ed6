/** npm run check:guides on a content folder: reads targets and statuses from the files, prints file:line, node and fix. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkGuides } from '../../../src/guide/check.ts';
import { loadKnownTargets } from '../../../src/guide/load.ts';
import { PROJECT_ROOT } from '../../support/astro.ts';

const contentDir = path.join(PROJECT_ROOT, 'tests/fixtures/guide-content');

describe('check:guides', () => {
  it('knows every page, guide and partner a guide may point to, with the status of each regeling', async () => {
    const targets = await loadKnownTargets(contentDir);
    expect(targets).toEqual(
      new Map([
        ['regelingen/lkv-banenafspraak', { state: 'open' }],
        ['regelingen/no-riskpolis', { state: 'open' }],
        ['regelingen/oude-regeling', { state: 'ended' }],
        ['gids/goed', {}],
        ['gids/kapot', {}],
        ['partner/werkgeversservicepunt', {}],
      ]),
    );
  });

  it('checks every guide in the folder', async () => {
    const reports = await checkGuides(contentDir);
    expect(reports.map((r) => [path.basename(r.file), r.issues.filter((i) => i.severity === 'error').length])).toEqual([
      ['goed.yaml', 0],
      ['kapot.yaml', 11],
    ]);
    expect(reports.find((r) => r.file.endsWith('kapot.yaml'))?.issues.some((i) => /beëindigd/.test(i.message))).toBe(true);
  });

  it('exits non-zero and prints each fault with file:line, node, message and fix', async () => {
    const run = promisify(execFile)(process.execPath, [path.join(PROJECT_ROOT, 'scripts/check-guides.ts')], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CONTENT_DIR: contentDir },
    });
    const failure = await run.then(() => null, (error: { code: number; stdout: string; stderr: string }) => error);
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toMatch(/guide-content\/gidsen\/kapot\.yaml:14 {2}vraag "eerste", antwoord "b"\n {2}Fout: Dit antwoord heeft geen volgende stap\.\n {2}Oplossing: Voeg "next: <vraag>" toe/);
    expect(failure?.stdout).toMatch(/goed\.yaml: 8 pagina's van budget 20, in orde/);
    expect(failure?.stdout).toMatch(/kapot\.yaml: 0 pagina's van budget 50, 11 fout\(en\)/);
    expect(failure?.stderr).toMatch(/11 fout\(en\) in de keuzehulpen/);
  });
});
