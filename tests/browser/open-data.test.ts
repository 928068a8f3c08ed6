/** The open data files validate against their published schemas and agree with the site. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { bedragenFile, guideFile, regelingenFile, regiosFile } from '../../src/schemas/open-data.ts';
import { builtHtml, DIST } from '../support/site.ts';

const read = (file: string) => JSON.parse(readFileSync(path.join(DIST, 'data', file), 'utf8')) as unknown;

describe('open data', () => {
  it('regelingen.json lists every regeling with status, sources and check date', () => {
    const data = regelingenFile.parse(read('regelingen.json'));
    expect(data.items.length).toBeGreaterThanOrEqual(15);
    expect(data.licence).toBe('CC BY 4.0');
    const closed = data.items.find((r) => r.id === 'lkv-oudere-werknemer');
    expect(closed?.status.state).toBe('closed');
    for (const r of data.items) expect(r.sources.every((s) => s.url.startsWith('https://')), r.id).toBe(true);
  });

  it('regelingen.json carries the legal basis and UPL entry, and the page shows them under "Wettelijke grondslag"', () => {
    const data = regelingenFile.parse(read('regelingen.json'));
    const lks = data.items.find((r) => r.id === 'loonkostensubsidie')!;
    expect(lks.upl?.uri).toMatch(/^http:\/\/standaarden\.overheid\.nl\/owms\/terms\//);
    expect(lks.legalBasis).toContainEqual(expect.objectContaining({ bwb: 'BWBR0015703', article: '10d', url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=10d' }));
    expect(data.items.filter((r) => r.legalBasis.length > 0).length).toBeGreaterThanOrEqual(15);
    const html = builtHtml('/regelingen/loonkostensubsidie/');
    const section = html.slice(html.indexOf('id="wettelijke-grondslag"'));
    expect(section).toContain('href="https://wetten.overheid.nl/jci1.3:c:BWBR0015703&amp;artikel=10d"');
    expect(section).toContain(lks.upl!.name);
    // A regeling without a legal basis in the official lists has no such section.
    const none = data.items.find((r) => r.legalBasis.length === 0 && !r.upl)!;
    expect(builtHtml(new URL(none.url).pathname)).not.toContain('id="wettelijke-grondslag"');
  });

  it('regios.json lists 35 regions with 342 municipalities', () => {
    const data = regiosFile.parse(read('regios.json'));
    expect(data.items).toHaveLength(35);
    expect(data.items.flatMap((r) => r.gemeenten)).toHaveLength(342);
    expect(data.referenceYear).toBe(2026);
  });

  it('regios.json carries each desk’s contact data with its sources and check date', () => {
    const data = regiosFile.parse(read('regios.json'));
    const zwolle = data.items.find((r) => r.slug === 'regio-zwolle')!.werkgeversservicepunt;
    expect(zwolle.name).toMatch(/Regio Zwolle/);
    expect(zwolle.sources.find((s) => s.supports.includes('url'))?.url).toMatch(/^https:\/\//);
    for (const r of data.items) {
      const desk = r.werkgeversservicepunt;
      expect(desk.checked, r.slug).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (desk.phone) expect(desk.sources.some((s) => s.official && s.supports.includes('phone')), r.slug).toBe(true);
      if (desk.gemeente?.phone) expect(desk.gemeente.sources.some((s) => s.supports.includes('phone')), r.slug).toBe(true);
    }
    expect(zwolle.gemeente?.phone).toBe('14 038');
  });

  it.each(['welke-ondersteuning', 'klaar-voor-inclusief-werkgeven'])('gidsen/%s.json has every question, rule and target', (id) => {
    const data = guideFile.parse(read(`gidsen/${id}.json`));
    expect(data.questions[data.start]).toBeDefined();
    const targets = new Set(data.rules.flatMap((r) => r.recommend));
    for (const t of targets) expect(data.targets[t], t).toBeDefined();
    expect(data.embedUrl).toContain(`/embed/gids/${id}/`);
  });

  it('bedragen.json has every amount with its periods and sources, and the regeling page shows the same amount', () => {
    const data = bedragenFile.parse(read('bedragen.json'));
    const lkv = data.items.find((r) => r.id === 'lkv-banenafspraak');
    expect(lkv?.periods.at(-1)).toMatchObject({ perUur: 1.01, maxPerJaar: 2000 });
    expect(lkv?.regelingUrl).toMatch(/\/regelingen\/lkv-banenafspraak\/$/);
    for (const r of data.items) expect(r.sources.every((s) => s.url.startsWith('https://')), r.id).toBe(true);
    // One source, two places: the text of the regeling and its box of amounts both read content/bedragen.yaml.
    const page = builtHtml('/regelingen/lkv-banenafspraak/').replace(/&nbsp;|\u00a0/g, ' ');
    expect(page.match(new RegExp(lkv!.current.text.replace(/[€.,()]/g, '.').replace(/\u00a0/g, ' '), 'g'))?.length).toBeGreaterThanOrEqual(2);
    expect(page).toContain('id="bedragen"');
  });

  it('publishes a JSON Schema for each kind of file', () => {
    for (const name of ['regelingen', 'regios', 'gids', 'bedragen']) {
      const schema = read(`schema/${name}.json`) as { type?: string; properties?: Record<string, unknown> };
      expect(schema.type, name).toBe('object');
      expect(Object.keys(schema.properties ?? {}), name).toContain('licence');
    }
  });

  it('may be read by scripts on other sites (CORS), unlike the pages', async () => {
    const origin = inject('origin');
    const data = await fetch(`${origin}/data/regios.json`, { headers: { Origin: 'https://www.gemeente.example' } });
    expect(data.headers.get('access-control-allow-origin')).toBe('*');
    const page = await fetch(`${origin}/regelingen/`, { headers: { Origin: 'https://www.gemeente.example' } });
    expect(page.headers.get('access-control-allow-origin')).toBeNull();
  });
});
