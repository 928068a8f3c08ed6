/**
 * npm run check on fixture content: every kind of fault is reported at once, each with file, line and fix,
 * and the exit code says whether there are errors. One fixture stops before the build (content faults);
 * the other builds and has faults only the built site shows (links, anchors, removed URLs).
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makeScratchDir, PROJECT_ROOT } from '../../support/astro.ts';

async function check(fixture: string, extraEnv: Record<string, string> = {}) {
  const scratch = makeScratchDir('check');
  const run = promisify(execFile)(process.execPath, [path.join(PROJECT_ROOT, 'scripts/check.ts')], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      CONTENT_DIR: path.join('tests/fixtures', fixture),
      CHECK_TODAY: '2026-11-15',
      ASTRO_OUT_DIR: path.join(scratch, 'dist'),
      ASTRO_CACHE_DIR: path.join(scratch, 'cache'),
      ...extraEnv,
    },
    maxBuffer: 10 * 1024 * 1024,
  });
  return run
    .then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    )
    .finally(() => rmSync(scratch, { recursive: true, force: true }));
}

/** "file:line  where\n  Fout|Waarschuwing: message\n  Oplossing: fix" */
const problem = (file: string, line: number | null, where: string, severity: 'Fout' | 'Waarschuwing', message: string) =>
  new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${line === null ? '' : `:${line}`} {2}${where.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n {2}${severity}: ${message}[^\\n]*\\n {2}Oplossing: \\S`);

describe('npm run check', () => {
  it('reports every content fault at once and does not build', async () => {
    const { code, stdout } = await check('check-content');
    expect(code).toBe(1);
    const dir = 'tests/fixtures/check-content';
    const expected = [
      problem(`${dir}/handboek/hoofdstuk.mdx`, 2, 'veld "summary"', 'Fout', 'Dit veld ontbreekt'),
      problem(`${dir}/handboek/hoofdstuk.mdx`, 6, 'veld "regelingen.1"', 'Fout', 'verwijst naar "bestaat-niet"'),
      // An empty alt text marks a decorative image: a warning that asks whether it is, not an error that loops.
      problem(`${dir}/handboek/hoofdstuk.mdx`, 11, 'afbeelding', 'Waarschuwing', 'Deze afbeelding heeft een lege alt-tekst'),
      problem(`${dir}/handboek/hoofdstuk.mdx`, 11, 'afbeelding "/foto.jpg"', 'Waarschuwing', 'Deze afbeelding staat in public/'),
      problem(`${dir}/handboek/hoofdstuk.mdx`, 13, 'afbeelding "https://images.example/monteur.jpg"', 'Fout', 'Deze afbeelding staat op een andere site'),
      problem(`${dir}/handboek/hoofdstuk.mdx`, 15, 'afbeelding "./werkplaats.jpg"', 'Fout', 'Dit afbeeldingsbestand bestaat niet'),
      problem(`${dir}/handboek/hoofdstuk.mdx`, 9, 'tekst', 'Waarschuwing', 'De pagina bevat nog tekst uit het sjabloon'),
      problem(`${dir}/regelingen/Foute_Naam.mdx`, null, 'bestandsnaam', 'Fout', '"Foute_Naam.mdx" is geen goed webadres'),
      problem(`${dir}/regelingen/dertien-maanden.mdx`, 6, 'veld "checked"', 'Waarschuwing', 'De feiten zijn 13 maanden geleden gecontroleerd'),
      problem(`${dir}/regelingen/negentien-maanden.mdx`, 6, 'veld "checked"', 'Fout', 'De feiten zijn 19 maanden geleden gecontroleerd'),
      problem(`${dir}/regelingen/http-bron.mdx`, 12, 'veld "sources.0.url"', 'Fout', 'Gebruik een volledig https-adres'),
      problem(`${dir}/doelgroepen/groep.mdx`, 3, 'veld "sumary"', 'Fout', 'Onbekend veld "sumary"'),
      problem(`${dir}/redirects.yaml`, 1, 'veld "/oud/"', 'Fout', 'Schrijf een adres op de site'),
      problem(`${dir}/gidsen/kapot.yaml`, 12, 'vraag "vraag", antwoord "nee"', 'Fout', 'Dit antwoord heeft geen volgende stap'),
      // Amounts: a period that ended, periods that overlap, an open amount not checked for a year, three decimals,
      // and a page that names an amount that does not exist.
      problem(`${dir}/bedragen.yaml`, 13, 'bedrag "verlopen"', 'Waarschuwing', 'Het laatste bedrag gold tot en met 2025-12-31'),
      problem(`${dir}/bedragen.yaml`, 22, 'bedrag "overlap", periode 2', 'Fout', 'Deze periode begint voordat de vorige eindigt'),
      problem(`${dir}/bedragen.yaml`, 32, 'bedrag "oud-nagekeken"', 'Waarschuwing', 'Dit bedrag heeft geen einddatum en is 22 maanden geleden nagekeken'),
      problem(`${dir}/bedragen.yaml`, 46, 'veld "drie-decimalen.periods.0.perUur"', 'Fout', 'Schrijf een bedrag met hoogstens twee decimalen'),
      problem(`${dir}/regelingen/dertien-maanden.mdx`, 17, 'bedrag "bestaat-niet"', 'Fout', 'Het bedrag "bestaat-niet" staat niet in content/bedragen.yaml'),
      problem(`${dir}/termijnen.yaml`, 4, 'termijn "voorbij"', 'Waarschuwing', 'Deze datum \\(2026-01-01\\) is voorbij'),
      // Dates: a day that does not exist, and a change dated after today.
      problem(`${dir}/regelingen/onmogelijke-datum.mdx`, 6, 'veld "checked"', 'Fout', 'Deze datum bestaat niet'),
      problem(`${dir}/regelingen/toekomst.mdx`, 14, 'veld "changes.0.date"', 'Fout', 'Deze datum \\(2026-12-24\\) ligt na vandaag'),
      // A text that admits an unchecked fact, while "unverified" is empty.
      problem(`${dir}/regelingen/niet-alles-gecontroleerd.mdx`, 17, 'veld "unverified"', 'Fout', 'De tekst zegt dat iets niet gecontroleerd kon worden'),
      // Practice cases: a made-up case presented as real, and a real case without its source.
      problem(`${dir}/handboek/hoofdstuk.mdx`, 19, 'link "/praktijk/bedacht/"', 'Fout', 'Deze zin noemt een bedacht voorbeeld alsof het uit de praktijk komt'),
      problem(`${dir}/praktijk/echt-zonder-bron.mdx`, 2, 'veld "sources"', 'Fout', 'Een echt voorbeeld heeft een bron'),
      // Content files are input, not code: expressions, foreign elements, event handlers, other link schemes.
      problem(`${dir}/handboek/code.mdx`, 9, 'code', 'Fout', 'Tekst tussen \\{ \\} is code: \\{process\\.env\\.GEHEIM\\}'),
      problem(`${dir}/handboek/code.mdx`, 11, 'element <iframe>', 'Fout', '<iframe> is een ingebedde pagina van een andere site'),
      problem(`${dir}/handboek/code.mdx`, 13, 'element <abbr>', 'Fout', 'onClick voert code uit als de lezer iets doet'),
      problem(`${dir}/handboek/code.mdx`, 13, 'link "javascript:alert(1)"', 'Fout', 'Deze link gaat niet naar een https-pagina of een pagina van deze site'),
      // Files where the site does not read them, and a municipality in two regions.
      problem(`${dir}/regelingen/oude-map`, null, 'map', 'Fout', 'Een map in content/regelingen/ wordt niet gelezen'),
      problem(`${dir}/doelgroepen/tweede-groep.MDX`, null, 'bestandsnaam', 'Fout', '"tweede-groep\\.MDX" wordt niet gelezen'),
      problem(`${dir}/regios/oud-loket.yaml`, 7, 'gemeente "Dorp"', 'Fout', 'Dorp staat ook in \\S+/regios/dubbel\\.yaml'),
      // Regions: contact data not checked for a year, a phone number only a newspaper gives, nowhere to send reports.
      problem(`${dir}/regios/oud-loket.yaml`, 17, 'veld "werkgeversservicepunt.checked"', 'Waarschuwing', 'De contactgegevens van het loket zijn 13 maanden geleden nagekeken'),
      problem(`${dir}/regios/nummer-uit-nieuws.yaml`, 11, 'veld "werkgeversservicepunt.phone"', 'Fout', 'Een telefoonnummer mag alleen op de site als een officiële pagina het noemt'),
      problem(`${dir}/site.yaml`, 2, 'veld "meldingen"', 'Waarschuwing', 'Er staat geen repository en geen e-mailadres voor meldingen'),
    ];
    for (const pattern of expected) expect(stdout).toMatch(pattern);
    expect(stdout).not.toMatch(/regelingen\/goed\.mdx:\d+ /);
    expect(stdout).toContain('De site is niet gebouwd');
    expect(stdout).not.toMatch(/bedrag "(gestopt|fixture-bedrag)"|termijn "jaarlijks"|bedrag "overlap"\n/);
    // Code shown in `inline code` is neither an image nor an expression.
    expect(stdout).not.toMatch(/handboek\/code\.mdx:15 /);
    expect(stdout).toMatch(/Samenvatting: 27 fout\(en\), 9 waarschuwing\(en\)/);
  }, 60_000);

  it('builds clean content and reports broken links, anchors and removed URLs where they were written', async () => {
    const dir = 'tests/fixtures/check-site';
    const { code, stdout } = await check('check-site', { PUBLISHED_URLS: `${dir}/published-urls.txt` });
    expect(code).toBe(1);
    expect(stdout).toMatch(/\d+ page\(s\) built/);
    expect(stdout).toMatch(problem(`${dir}/regelingen/goed.mdx`, 19, 'link "/regelingen/bestaat-niet/"', 'Fout', 'De link gaat naar een pagina die niet bestaat'));
    expect(stdout).toMatch(problem(`${dir}/regelingen/goed.mdx`, 21, 'link "/regelingen/goed/#geen-anker"', 'Fout', 'De pagina bestaat, maar het stuk "#geen-anker" niet'));
    expect(stdout).toMatch(problem(`${dir}/published-urls.txt`, null, 'adres "/regelingen/verdwenen/"', 'Fout', 'Dit adres is gepubliceerd, maar de site maakt het niet meer'));
    expect(stdout).toMatch(/Oplossing: Voeg in content\/redirects\.yaml een regel toe: "\/regelingen\/verdwenen\/: \/nieuw\/adres\/"/);
    // The moved page is covered by its redirect, and the working anchor is not reported.
    expect(stdout).not.toContain('adres "/oude-regeling/"');
    expect(stdout).not.toContain('#wat-is-het');
    expect(stdout).toMatch(/Waarschuwing: \d+ nieuwe pagina\('s\) staan nog niet in de lijst/);
    expect(stdout).toMatch(/Samenvatting: 3 fout\(en\), 1 waarschuwing\(en\)/);
  }, 120_000);
});
