/**
 * "Klopt er iets niet?": where a reader or a regional desk reports an error or a missing fact. content/site.yaml says
 * where reports go: the public repository (a new issue, prefilled with the page and the field) or an e-mail address
 * (a prefilled message). There is no server: the link carries the report. Plain Node, read at build time.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { CONTENT_DIR } from './content-dir.ts';

export const siteSettingsSchema = z.strictObject({
  meldingen: z
    .strictObject({
      repository: z
        .url({ protocol: /^https$/, hostname: /^github\.com$/, error: 'Schrijf het adres van de repository, zoals https://github.com/organisatie/werkwijzer.' })
        .nullable()
        .default(null)
        .describe('De openbare repository (GitHub). "Klopt er iets niet?" opent daar een nieuw issue, met de pagina en het veld al ingevuld.'),
      email: z.email().nullable().default(null).describe('Of een e-mailadres voor meldingen, als er geen openbare repository is.'),
    })
    .default({ repository: null, email: null })
    .describe('Waar meldingen van lezers en loketten heen gaan.'),
  cms: z
    .strictObject({
      branch: z.string().min(1).default('main').describe('De tak (branch) waar de site van wordt gebouwd; elke wijziging in het CMS wordt een pull request daarheen.'),
      authServer: z
        .url({ protocol: /^https$/, error: 'Schrijf het https-adres van de inlogserver, zoals https://inloggen.voorbeeld.nl.' })
        .nullable()
        .default(null)
        .describe('De server waarmee redacteuren in het CMS inloggen bij GitHub (zie docs/hosting.md, "The CMS for editors"). Leeg: het CMS kan online nog niet inloggen.'),
    })
    .default({ branch: 'main', authServer: null })
    .describe('Het CMS voor redacteuren op /admin/. De repository is die van meldingen.repository.'),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

const settingsCache = new Map<string, SiteSettings>();

/** content/site.yaml, read once per build (every page shows a report link). */
export function readSiteSettings(contentDir = CONTENT_DIR): SiteSettings {
  let settings = settingsCache.get(contentDir);
  if (!settings) {
    const file = path.join(contentDir, 'site.yaml');
    settings = siteSettingsSchema.parse(existsSync(file) ? (parse(readFileSync(file, 'utf8')) ?? {}) : {});
    settingsCache.set(contentDir, settings);
  }
  return settings;
}

export interface Report {
  /** What the report is about, e.g. 'Regio Zwolle: loket voor werkgevers'. */
  subject: string;
  /** The page's full address. */
  pageUrl: string;
  /** The field or part to correct, when known ('telefoonnummer van het loket'). */
  field?: string;
}

/** The prefilled text: what, where, and the questions a maintainer needs answered. */
export function reportBody(report: Report): string {
  return [
    `Pagina: ${report.pageUrl}`,
    report.field ? `Over: ${report.field}` : '',
    '',
    'Wat klopt er niet, of wat ontbreekt?',
    '',
    'Wat moet er staan?',
    '',
    'Waar staat dat officieel (adres van de pagina)?',
    '',
    'Wie bent u (bijvoorbeeld: medewerker van het werkgeversservicepunt)? Dit mag leeg blijven.',
  ]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n');
}

/** The link that opens a prefilled report, or undefined when content/site.yaml names no place for reports. */
export function reportHref(report: Report, settings: SiteSettings = readSiteSettings()): string | undefined {
  const { repository, email } = settings.meldingen;
  if (repository) {
    const url = new URL(`${repository.replace(/\/$/, '')}/issues/new`);
    url.searchParams.set('title', `Melding: ${report.subject}`);
    url.searchParams.set('body', reportBody(report));
    url.searchParams.set('labels', 'melding');
    return url.href;
  }
  if (email) return `mailto:${email}?subject=${encodeURIComponent(`Melding: ${report.subject}`)}&body=${encodeURIComponent(reportBody(report))}`;
  return undefined;
}
