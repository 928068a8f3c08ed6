/** A regeling's legal basis: the frontmatter rules an editor meets, and the official address it links to. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contentSchemas, legalBasis } from '../../src/schemas/content.ts';
import { legalBasisLabel, legalBasisUrl } from '../../src/lib/legal-basis.ts';

const messages = (value: unknown) => {
  const result = legalBasis.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('legal basis of a regeling', () => {
  it('links a national law by its BWB identifier as a Juriconnect reference, with the article when given', () => {
    expect(legalBasisUrl({ title: 'Participatiewet', bwb: 'BWBR0015703', article: '10d' })).toBe('https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=10d');
    expect(legalBasisUrl({ title: 'Wet banenafspraak', bwb: 'BWBR0051018' })).toBe('https://wetten.overheid.nl/jci1.3:c:BWBR0051018');
    expect(legalBasisUrl({ title: 'Verordening', cvdr: 'CVDR123456' })).toBe('https://lokaleregelgeving.overheid.nl/CVDR123456');
    expect(legalBasisLabel({ title: 'Ziektewet', bwb: 'BWBR0001888', article: '29b' })).toBe('Ziektewet, artikel 29b');
  });

  it('accepts a BWB or a CVDR number, and tells the editor what is wrong otherwise', () => {
    expect(messages({ title: 'Ziektewet', bwb: 'BWBR0001888', article: '29b' })).toEqual([]);
    expect(messages({ title: 'Wet', bwb: 'BWB0001888' })[0]).toMatch(/BWBR met zeven cijfers/);
    expect(messages({ title: 'Wet' })[0]).toMatch(/Vul bwb .* of cvdr/);
    expect(messages({ title: 'Wet', bwb: 'BWBR0001888', cvdr: 'CVDR1234' })[0]).toMatch(/niet allebei/);
    expect(messages({ title: 'Verordening', cvdr: 'CVDR1234', article: '3' })[0]).toMatch(/artikel kan alleen bij een landelijke wet/);
    expect(messages({ title: 'Wet', bwb: 'BWBR0001888', article: 'artikel 29b' })[0]).toMatch(/alleen het artikelnummer/);
  });

  it('takes a UPL entry only as an address from the list with its name', () => {
    const schema = contentSchemas(() => z.string()).regelingen.shape.upl;
    expect(schema.safeParse({ uri: 'http://standaarden.overheid.nl/owms/terms/loonkostSub', name: 'loonkostensubsidie' }).success).toBe(true);
    expect(schema.safeParse({ uri: 'https://www.uwv.nl/no-risk', name: 'no-riskpolis' }).success).toBe(false);
    expect(schema.safeParse({ uri: 'http://standaarden.overheid.nl/owms/terms/noRiskPolis' }).success).toBe(false);
  });
});
