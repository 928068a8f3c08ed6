/** /.well-known/security.txt (RFC 9116): the fields, a real contact, and an expiry in the future but within a year. */
import { describe, expect, it } from 'vitest';
import { securityTxt, securityTxtExpiry } from '../../src/lib/security-txt.ts';

const fields = (text: string) =>
  text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const at = line.indexOf(': ');
      return [line.slice(0, at), line.slice(at + 2)] as const;
    });
const YEAR = 365 * 24 * 60 * 60 * 1000;

describe('security.txt', () => {
  const now = new Date('2026-12-02T08:40:00Z');

  it('has Contact, Expires, Preferred-Languages and Canonical, and nothing unknown', () => {
    const text = securityTxt({ site: 'https://werkwijzerinclusiefmkb.nl', base: '/', now });
    expect(fields(text)).toEqual([
      ['Contact', 'https://werkwijzerinclusiefmkb.nl/over/#contact'],
      ['Expires', '2027-12-01T00:00:00Z'],
      ['Preferred-Languages', 'nl, en'],
      ['Canonical', 'https://werkwijzerinclusiefmkb.nl/.well-known/security.txt'],
    ]);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('follows SITE_URL and BASE_PATH, and lists an e-mail address first when the site has one', () => {
    const text = securityTxt({ site: 'https://www.gemeente.nl', base: '/werkwijzer/', now, email: 'meldingen@gemeente.nl' });
    expect(fields(text).filter(([name]) => name === 'Contact').map(([, v]) => v)).toEqual(['mailto:meldingen@gemeente.nl', 'https://www.gemeente.nl/werkwijzer/over/#contact']);
    expect(text).toContain('Canonical: https://www.gemeente.nl/werkwijzer/.well-known/security.txt\n');
  });

  it.each(['2026-12-02T08:40:00Z', '2026-01-01T00:00:00Z', '2028-02-29T23:59:59Z', '2027-03-01T12:00:00Z', '2026-12-31T23:59:59Z'])(
    'expires in the future and within a year when built at %s',
    (built) => {
      const at = new Date(built);
      const expires = securityTxtExpiry(at);
      expect(expires.getTime()).toBeGreaterThan(at.getTime() + 300 * 24 * 60 * 60 * 1000);
      expect(expires.getTime()).toBeLessThan(at.getTime() + YEAR);
    },
  );

  it('expires in the future and within a year when built today', () => {
    const today = new Date();
    const expires = new Date(fields(securityTxt({ site: 'https://werkwijzerinclusiefmkb.nl', base: '/', now: today })).find(([n]) => n === 'Expires')![1]);
    expect(expires.getTime()).toBeGreaterThan(Date.now());
    expect(expires.getTime()).toBeLessThan(Date.now() + YEAR);
  });
});
