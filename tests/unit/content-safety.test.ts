/** Which links and addresses an editor may write: https, pages of this site, anchors, mailto and tel only. */
import { describe, expect, it } from 'vitest';
import { isSafeLink } from '../../src/lib/content-safety.ts';
import { httpsOrSiteUrl, httpsUrl } from '../../src/lib/schema-fields.ts';

describe('isSafeLink', () => {
  it.each(['https://www.uwv.nl/', 'https://wetten.overheid.nl/BWBR0001888/2026-07-01#Artikel38b', '/regelingen/jobcoach/', '#voor-wie', 'mailto:redactie@example.nl', 'tel:+31301234567'])('accepts %s', (url) => {
    expect(isSafeLink(url)).toBe(true);
  });
  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'http://www.uwv.nl/', '//evil.example/', '/\\evil.example', 'https:evil.example', 'vbscript:x', '', 'https://evil .example/'])('refuses %s', (url) => {
    expect(isSafeLink(url)).toBe(false);
  });
});

describe('https fields in content files', () => {
  it('take only a full https address, and a page of this site where a field allows one', () => {
    for (const ok of ['https://www.rvo.nl/subsidies', 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/86247NED']) expect(httpsUrl().safeParse(ok).success, ok).toBe(true);
    for (const bad of ['javascript:alert(1)', '//evil.example/', 'http://www.rvo.nl/', 'https:evil.example', 'https://x.nl/a\\b', '/handboek/']) expect(httpsUrl().safeParse(bad).success, bad).toBe(false);
    expect(httpsOrSiteUrl().safeParse('/handboek/leren-en-groeien/').success).toBe(true);
    for (const bad of ['//evil.example/', '/\\evil.example', 'javascript:alert(1)']) expect(httpsOrSiteUrl().safeParse(bad).success, bad).toBe(false);
  });

  it('give one clear message for an address that is not https', () => {
    const result = httpsUrl().safeParse('http://www.rvo.nl/');
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.message).toMatch(/^Gebruik een volledig https-adres/);
  });
});
