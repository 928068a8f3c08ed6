/**
 * /.well-known/security.txt (RFC 9116): where to report a security problem with this site. There is no security
 * mailbox, so the contact is the contact section of /over/ (and the e-mail address for reports, when
 * content/site.yaml has one). Expires is computed at build time, a year after the build minus a day: a site that
 * is not rebuilt for a year stops claiming that the file is current.
 */

export interface SecurityTxtOptions {
  /** The site's address (SITE_URL), e.g. https://werkwijzerinclusiefmkb.nl. */
  site: URL | string;
  /** The base path (BASE_PATH), e.g. / or /werkwijzer/. */
  base: string;
  /** When the site is built. */
  now: Date;
  /** An e-mail address for reports (content/site.yaml, meldingen.email), if any. */
  email?: string | null;
}

const DAY = 24 * 60 * 60 * 1000;

/** A year after `now`, minus a day, at the start of that day (UTC): always in the future and less than a year away. */
export function securityTxtExpiry(now: Date): Date {
  const expires = new Date(Date.UTC(now.getUTCFullYear() + 1, now.getUTCMonth(), now.getUTCDate()) - DAY);
  return expires;
}

export function securityTxt({ site, base, now, email }: SecurityTxtOptions): string {
  const root = new URL(base.endsWith('/') ? base : `${base}/`, site);
  const contacts = [...(email ? [`mailto:${email}`] : []), new URL('over/#contact', root).href];
  return [
    '# Een beveiligingsprobleem met deze site gevonden? Meld het via de contactgegevens hieronder (RFC 9116).',
    '# Found a security problem with this site? Please report it through the contact details below.',
    ...contacts.map((contact) => `Contact: ${contact}`),
    `Expires: ${securityTxtExpiry(now).toISOString().replace('.000Z', 'Z')}`,
    'Preferred-Languages: nl, en',
    `Canonical: ${new URL('.well-known/security.txt', root).href}`,
    '',
  ].join('\n');
}
