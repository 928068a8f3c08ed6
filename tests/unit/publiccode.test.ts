/**
 * publiccode.yml at the repository root (issue #20): valid by src/schemas/publiccode.ts (the publiccode.yml standard 0.5
 * with the rules of its reference validator), and still true about this repository: licence, version, addresses.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { publiccodeProblems, publiccodeSchema } from '../../src/schemas/publiccode.ts';
import { readSiteSettings } from '../../src/lib/reports.ts';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const source = parse(read('publiccode.yml')) as Record<string, unknown>;
const packageJson = JSON.parse(read('package.json')) as { version: string; license: string };

/** A copy of the real file with one thing broken; the real file stays as it is. */
const broken = (edit: (doc: any) => void) => {
  const doc = structuredClone(source);
  edit(doc);
  return doc;
};

describe('publiccode.yml', () => {
  it('meets the standard', () => {
    expect(publiccodeProblems(source)).toEqual([]);
  });

  const doc = publiccodeSchema.parse(source);

  it("has package.json's licence (the code's; the content's CC BY 4.0 is named in the description)", () => {
    expect(doc.legal.license).toBe(packageJson.license);
    for (const language of Object.values(doc.description)) expect(language.longDescription).toContain('CC BY 4.0');
  });

  it("has package.json's version, if it names one", () => {
    // developer.overheid.nl advises leaving softwareVersion out, so it is optional; once there, it must be right.
    expect(doc.softwareVersion ?? packageJson.version).toBe(packageJson.version);
  });

  it("points to the site's default address and to the repository that content/site.yaml names", () => {
    const siteUrl = /process\.env\.SITE_URL \?\? '([^']+)'/.exec(read('astro.config.mjs'))?.[1];
    expect(siteUrl).toBeDefined();
    expect(doc.landingURL).toBe(siteUrl);
    const repository = readSiteSettings(path.join(root, 'content')).meldingen.repository;
    const withoutSuffix = (url: string) => url.replace(/(\.git)?\/?$/, '');
    if (repository) expect(withoutSuffix(doc.url)).toBe(withoutSuffix(repository));
    // Until the repository is public, a reserved example address that nobody can mistake for a real one.
    else expect(new URL(doc.url).hostname).toBe('example.org');
  });

  it('describes the site in Dutch and English, and says the site itself is Dutch', () => {
    expect(Object.keys(doc.description)).toEqual(['nl', 'en']);
    expect(doc.localisation.availableLanguages).toEqual(['nl']);
  });

  const longText = (length: number) => 'Werkwijzer '.repeat(length).slice(0, length);
  it.each<[string, (doc: any) => void, string]>([
    ['a short description over 150 characters', (d) => (d.description.nl.shortDescription = longText(151)), 'description.nl.shortDescription'],
    ['a long description under 150 characters', (d) => (d.description.en.longDescription = longText(149)), 'description.en.longDescription'],
    // 149 letters é, each written as e plus a combining accent: 298 code units, but 149 characters as a reader counts.
    ['149 accented letters', (d) => (d.description.nl.longDescription = 'e\u0301'.repeat(149)), 'description.nl.longDescription'],
    ['no features in one language', (d) => delete d.description.en.features, 'description.en.features'],
    ['no licence', (d) => delete d.legal.license, 'legal.license'],
    ['a licence that is no SPDX expression', (d) => (d.legal.license = 'EUPL 1.2'), 'legal.license'],
    ['internal maintenance without contacts', (d) => delete d.maintenance.contacts, 'maintenance.contacts'],
    ['an unknown category', (d) => (d.categories = ['inclusion']), 'categories.0'],
    ['an unknown software type', (d) => (d.softwareType = 'website'), 'softwareType'],
    ['a language that is no BCP 47 tag', (d) => (d.localisation.availableLanguages = ['nl_NL']), 'localisation.availableLanguages.0'],
    ['a country in lower case (deprecated)', (d) => (d.intendedAudience.countries = ['nl']), 'intendedAudience.countries.0'],
    ['a deprecated key', (d) => (d.description.nl.genericName = 'Website'), 'description.nl'],
    ['no name', (d) => delete d.name, 'name'],
  ])('rejects a copy with %s, naming the field', (_, edit, field) => {
    const problems = publiccodeProblems(broken(edit));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((problem) => problem.slice(0, problem.indexOf(': ')))).toContain(field);
  });
});
