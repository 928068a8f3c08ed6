/**
 * The labour-market regions: 35 of them, every municipality of the current year in exactly one, mergers applied,
 * and the memberships that two independent sources confirm (see ../shared/data/README.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contentSchemas, DESK_FACTS, MUNICIPALITY_FACTS } from '../../src/schemas/content.ts';
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

describe('the employer desk of each region', () => {
  // No official page in our sources gives the desk or the centre municipality's website or number for these; their
  // pages name the centre municipality and werkcentrum.nl. Take a region off this list when its data is found.
  const WITHOUT_ROUTE = ['drechtsteden', 'gorinchem', 'midden-gelderland'];

  it('gives every other region a route to a person: the desk’s website, phone or e-mail, or the centre municipality’s', () => {
    for (const r of regions) {
      const desk = r.werkgeversservicepunt;
      const route = desk.url ?? desk.phone ?? desk.email ?? desk.gemeente?.phone ?? desk.gemeente?.website;
      if (WITHOUT_ROUTE.includes(r.slug)) expect(route, `${r.name} heeft nu een route: haal de regio uit WITHOUT_ROUTE`).toBeUndefined();
      else expect(route, `${r.name}: geen website, telefoon of e-mail van het loket en geen gemeente`).toBeTruthy();
    }
  });

  it('has a source for every contact fact, and an official page for every phone number and e-mail address', () => {
    for (const r of regions) {
      const desk = r.werkgeversservicepunt;
      for (const fact of DESK_FACTS) {
        const value = fact === 'werkcentrum' ? (desk.werkcentrum?.status ?? 'onbekend') !== 'onbekend' : desk[fact];
        if (!value) continue;
        const sources = desk.sources.filter((s) => s.supports.includes(fact));
        expect(sources.length, `${r.name}: ${fact}`).toBeGreaterThan(0);
        if (fact === 'phone' || fact === 'email') expect(sources.some((s) => s.official), `${r.name}: ${fact}`).toBe(true);
      }
      for (const fact of MUNICIPALITY_FACTS) {
        if (!desk.gemeente?.[fact]) continue;
        expect(desk.gemeente.sources.some((s) => s.supports.includes(fact) && s.official), `${r.name}: gemeente.${fact}`).toBe(true);
      }
    }
  });

  it('has no source dated after the day the data was checked', () => {
    for (const r of regions) {
      const desk = r.werkgeversservicepunt;
      for (const s of desk.sources) if (s.date) expect(s.date <= desk.checked.toISOString().slice(0, 10), `${r.name}: ${s.title}`).toBe(true);
    }
  });

  it('names the desks that official sources confirm, with their own websites', () => {
    const desk = (slug: string) => regions.find((r) => r.slug === slug)!.werkgeversservicepunt;
    expect(desk('rijk-van-nijmegen').url).toMatch(/^https:\/\/(www\.)?werkbedrijfrvn\.nl/);
    expect(desk('regio-zwolle').name).toMatch(/Regio Zwolle/);
    expect(desk('midden-utrecht').url).toBe('https://www.wspmiddenutrecht.nl/');
    expect(desk('amersfoort').werkcentrum?.status).toBe('is');
  });
});
