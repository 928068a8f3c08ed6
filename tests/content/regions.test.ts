/**
 * The labour-market regions: 35 of them, every municipality of the current year in exactly one, mergers applied,
 * and the memberships that two independent sources confirm (see ../shared/data/README.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contentSchemas } from '../../src/schemas/content.ts';
import { normalizeName } from '../../src/lib/municipality-names.ts';
import { PROJECT_ROOT } from '../support/astro.ts';

const dir = path.join(PROJECT_ROOT, 'content/regios');
const schema = contentSchemas(() => z.string()).regios;
const regions = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ slug: f.slice(0, -5), ...schema.parse(parse(readFileSync(path.join(dir, f), 'utf8'))) }));
const regionOf = (municipality: string) => regions.find((r) => r.gemeenten.some((g) => g.name === municipality))?.name;
const allMunicipalities = regions.flatMap((r) => r.gemeenten);

describe('the labour-market regions', () => {
  it('are the 35 regions of CBS, AM01 to AM38 without AM04, AM16 and AM31', () => {
    expect(regions).toHaveLength(35);
    const codes = regions.map((r) => r.cbsCode).sort();
    const expected = Array.from({ length: 38 }, (_, i) => `AM${String(i + 1).padStart(2, '0')}`).filter((c) => !['AM04', 'AM16', 'AM31'].includes(c));
    expect(codes).toEqual(expected);
    expect(new Set(regions.map((r) => r.slug)).size).toBe(35);
  });

  it('hold the 342 municipalities of 2026, each in exactly one region, names and CBS codes unique', () => {
    expect(allMunicipalities).toHaveLength(342);
    expect(new Set(allMunicipalities.map((g) => g.name)).size).toBe(342);
    expect(new Set(allMunicipalities.map((g) => g.code)).size).toBe(342);
    for (const r of regions) expect(r.referenceYear, r.name).toBe(2026);
  });

  it('use the municipalities after the mergers up to 2026, not the ones before', () => {
    const names = new Set(allMunicipalities.map((g) => g.name));
    for (const current of ['Voorne aan Zee', 'Dijk en Waard', 'Land van Cuijk', 'Maashorst', 'Eemsdelta', 'Purmerend', 'Amsterdam']) expect(names, current).toContain(current);
    for (const former of ['Brielle', 'Hellevoetsluis', 'Westvoorne', 'Weesp', 'Beemster', 'Haaren', 'Langedijk', 'Heerhugowaard', 'Delfzijl', 'Uden', 'Boxmeer', 'Haarlemmerliede en Spaarnwoude']) {
      expect(names, former).not.toContain(former);
    }
    expect(allMunicipalities.find((g) => g.name === 'Voorne aan Zee')?.code).toBe('GM1992');
  });

  it('put municipalities where two independent sources agree they belong', () => {
    expect(regionOf('Meppel')).toBe('Regio Zwolle');
    expect(regionOf('Westerveld')).toBe('Regio Zwolle');
    expect(regionOf('Cranendonck')).toBe('Midden-Limburg');
    expect(regionOf('Uitgeest')).toBe('Noord-Holland Noord');
    expect(regionOf('Heerde')).toBe('Veluwe Stedendriehoek');
    expect(regionOf('Renkum')).toBe('FoodValley');
    expect(regionOf('Amsterdam')).toBe('Groot Amsterdam');
    expect(regionOf('Haarlemmermeer')).toBe('Groot Amsterdam');
    expect(regionOf('Voorne aan Zee')).toBe('Rijnmond');
    expect(regionOf('Assen')).toBe('Groningen');
  });

  it('have their centrumgemeente among their own municipalities', () => {
    for (const r of regions) expect(r.gemeenten.map((g) => g.name), r.name).toContain(r.centrumgemeente);
  });

  it('know former and everyday names, each leading to a municipality of the same region', () => {
    const aliases = regions.flatMap((r) => r.aliases.map((a) => ({ ...a, region: r })));
    for (const a of aliases) {
      expect(a.region.gemeenten.map((g) => g.name), `${a.name} -> ${a.gemeente}`).toContain(a.gemeente);
      expect(allMunicipalities.map((g) => normalizeName(g.name)), `${a.name} is zelf een gemeente`).not.toContain(normalizeName(a.name));
    }
    const lead = (name: string) => aliases.find((a) => a.name === name)?.gemeente;
    expect(lead('Den Bosch')).toBe("'s-Hertogenbosch");
    expect(lead('Den Haag')).toBe("'s-Gravenhage");
    expect(lead('Brielle')).toBe('Voorne aan Zee');
    expect(lead('Hellevoetsluis')).toBe('Voorne aan Zee');
    expect(lead('Weesp')).toBe('Amsterdam');
  });

  it('name the source and year of the division on every region', () => {
    for (const r of regions) expect(r.sources.some((s) => s.url?.startsWith('https://opendata.cbs.nl/')), r.name).toBe(true);
  });
});
