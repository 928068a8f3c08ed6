/**
 * The employer desk of a region: every contact fact has a source, a phone number or e-mail address only from an
 * official page, and the centre municipality as the route to a person. And the prefilled report a desk uses to
 * correct its own data.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contentSchemas } from '../../src/schemas/content.ts';
import { reportBody, reportHref, siteSettingsSchema } from '../../src/lib/reports.ts';

const deskSchema = contentSchemas(() => z.string()).regios.shape.werkgeversservicepunt;
const official = { title: 'WSP Regio: contact', url: 'https://www.wsp-regio.nl/contact', date: '2026-03' };
const problems = (desk: unknown) => {
  const result = deskSchema.safeParse(desk);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the desk of a region', () => {
  it('accepts facts that each have a source', () => {
    expect(
      problems({
        name: 'WSP Regio',
        url: 'https://www.wsp-regio.nl/',
        phone: '030 123 45 67',
        email: 'info@wsp-regio.nl',
        werkcentrum: { status: 'wordt', date: '2026-07' },
        sources: [{ ...official, supports: ['name', 'url', 'phone', 'email', 'werkcentrum'] }],
        checked: '2026-12-01',
      }),
    ).toEqual([]);
  });

  it('accepts a region without a known desk', () => {
    expect(problems({ name: null, checked: '2026-12-01' })).toEqual([]);
  });

  it('names each fact that has no source', () => {
    const found = problems({
      name: 'WSP Regio',
      url: 'https://www.wsp-regio.nl/',
      werkcentrum: { status: 'is' },
      sources: [{ ...official, supports: ['name'] }],
      checked: '2026-12-01',
    });
    expect(found).toEqual(['url: Voor "url" staat geen bron in sources.', 'werkcentrum: Voor "werkcentrum" staat geen bron in sources.']);
  });

  it('publishes a phone number or e-mail address only from an official page', () => {
    const found = problems({
      name: 'WSP Regio',
      phone: '030 123 45 67',
      email: 'info@wsp-regio.nl',
      sources: [{ ...official, official: false, supports: ['name', 'phone', 'email'] }],
      checked: '2026-12-01',
    });
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^phone: Een telefoonnummer mag alleen op de site als een officiële pagina het noemt/);
    expect(found[1]).toMatch(/^email: Een e-mailadres mag alleen/);
  });

  it('takes ten-digit numbers and municipal 14 numbers, nothing else', () => {
    const withPhone = (phone: string) => problems({ name: 'WSP', phone, sources: [{ ...official, supports: ['name', 'phone'] }], checked: '2026-12-01' });
    expect(withPhone('030 123 45 67')).toEqual([]);
    expect(withPhone('06-50527529')).toEqual([]);
    expect(withPhone('14 038')).toEqual([]);
    expect(withPhone('14 0591')).toEqual([]);
    expect(withPhone('030 123 45 6')[0]).toMatch(/^phone: Schrijf een Nederlands telefoonnummer/);
    expect(withPhone('+31 30 123 45 67')[0]).toMatch(/^phone: Schrijf een Nederlands telefoonnummer/);
    expect(withPhone('14 38')[0]).toMatch(/^phone:/);
  });

  it('needs a source for the centre municipality’s phone number too, from an official page', () => {
    const gemeente = { website: 'https://www.zwolle.nl/', phone: '14 038', sources: [{ title: 'Gemeente Zwolle: Contact', url: 'https://www.zwolle.nl/contact', supports: ['website'] }] };
    expect(problems({ name: null, gemeente, checked: '2026-12-01' })).toEqual(['gemeente.phone: Voor "phone" staat geen bron in sources.']);
    gemeente.sources[0]!.supports.push('phone');
    expect(problems({ name: null, gemeente, checked: '2026-12-01' })).toEqual([]);
  });

  it('refuses an unknown field, so a typo does not silently drop a fact', () => {
    expect(problems({ name: null, telefoon: '030 123 45 67', checked: '2026-12-01' })[0]).toMatch(/telefoon/);
  });
});

describe('the prefilled report', () => {
  const report = { subject: 'Regio Zwolle: loket voor werkgevers', pageUrl: 'https://example.nl/regio/regio-zwolle/', field: 'telefoon' };

  it('opens a new issue in the public repository with the page, the field and the questions filled in', () => {
    const href = reportHref(report, siteSettingsSchema.parse({ meldingen: { repository: 'https://github.com/org/werkwijzer/' } }));
    const url = new URL(href!);
    expect(url.origin + url.pathname).toBe('https://github.com/org/werkwijzer/issues/new');
    expect(url.searchParams.get('title')).toBe('Melding: Regio Zwolle: loket voor werkgevers');
    expect(url.searchParams.get('body')).toContain('Pagina: https://example.nl/regio/regio-zwolle/\nOver: telefoon');
    expect(url.searchParams.get('body')).toContain('Waar staat dat officieel');
  });

  it('opens an e-mail when there is no repository, and nothing when neither is set', () => {
    const mail = reportHref(report, siteSettingsSchema.parse({ meldingen: { email: 'redactie@example.nl' } }))!;
    expect(mail).toMatch(/^mailto:redactie@example\.nl\?subject=Melding%3A%20Regio%20Zwolle/);
    expect(decodeURIComponent(mail.split('body=')[1]!)).toBe(reportBody(report));
    expect(reportHref(report, siteSettingsSchema.parse({}))).toBeUndefined();
  });

  it('accepts only a GitHub repository address', () => {
    expect(siteSettingsSchema.safeParse({ meldingen: { repository: 'http://github.com/org/repo' } }).success).toBe(false);
    expect(siteSettingsSchema.safeParse({ meldingen: { repository: 'https://evil.example/org/repo' } }).success).toBe(false);
  });
});
