/** npm run new: for every kind of page, a file that passes the content check, named after the title, dated today. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkContentFiles } from '../../../src/checks/content-files.ts';
import { PROJECT_ROOT } from '../../support/astro.ts';

const run = promisify(execFile);
const newPage = (contentDir: string, ...args: string[]) =>
  run(process.execPath, [path.join(PROJECT_ROOT, 'scripts/new.ts'), ...args], { cwd: PROJECT_ROOT, env: { ...process.env, CONTENT_DIR: contentDir, CHECK_TODAY: '2026-11-23' } });

describe('npm run new', () => {
  const contentDir = mkdtempSync(path.join(tmpdir(), 'wim-new-'));
  const pages: [string, string, string][] = [
    ['regelingen', 'Loonkostenvoordeel jongere werknemer (LKV)', 'loonkostenvoordeel-jongere-werknemer-lkv'],
    ['handboek', 'Werken met een buddy & mentor', 'werken-met-een-buddy-en-mentor'],
    ['doelgroepen', 'Mensen met niet-aangeboren hersenletsel', 'mensen-met-niet-aangeboren-hersenletsel'],
    ['model', 'Sociale leerlabs', 'sociale-leerlabs'],
    ['onderwijs', 'Evalueren en borgen', 'evalueren-en-borgen'],
    ['praktijk', 'Een lasbedrijf in Twente', 'een-lasbedrijf-in-twente'],
  ];

  it.each(pages)('writes a %s page for "%s" as %s.mdx', async (collection, title, slug) => {
    const { stdout } = await newPage(contentDir, collection, title);
    expect(stdout).toContain(`Het adres wordt /${collection}/${slug}/`);
    const text = readFileSync(path.join(contentDir, collection, `${slug}.mdx`), 'utf8');
    expect(text).toContain(`title: ${JSON.stringify(title)}`);
    expect(text).toContain('2026-11-23');
    expect(text).toMatch(/^# /m);
  });

  it('passes the content check, with only reminders to fill in the text', async () => {
    const problems = await checkContentFiles({ contentDir, today: new Date('2026-11-23') });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual(pages.map(() => expect.stringMatching(/tekst uit het sjabloon/)));
  });

  it('refuses to overwrite a page and explains how to call it', async () => {
    await expect(newPage(contentDir, 'model', 'Sociale leerlabs')).rejects.toMatchObject({ stderr: expect.stringMatching(/bestaat al/) });
    await expect(newPage(contentDir, 'onbekend', 'Iets')).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/Soorten: regelingen, handboek/) });
  });
});
