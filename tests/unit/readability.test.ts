/** Flesch-Douma: syllables from Dutch hyphenation, sentences from the MDX text, the formula itself. */
import { describe, expect, it } from 'vitest';
import { readability, readabilityOfMdx, sentencesOf, syllablesOf, textBlocks } from '../../src/readability/flesch-douma.ts';

describe('syllablesOf', () => {
  it.each([
    ['werk', 1],
    ['werkgever', 3],
    ['loonkostensubsidie', 6],
    ['arbeidsbeperking', 5],
    ['no-riskpolis', 4],
  ])('%s has %i syllables', (word, count) => {
    expect(syllablesOf(word)).toBe(count);
  });

  it('counts a number as two syllables', () => {
    expect(syllablesOf('2026')).toBe(2);
  });
});

describe('text from MDX', () => {
  const mdx = `---
title: Een titel die niet meetelt
summary: Ook de samenvatting telt niet mee in de meting.
---

## Kop van een deel

Dit is een zin. En dit is nog een zin! Klopt dat?

- Een punt in een lijst
- Nog een punt met een [link](/regelingen/jobcoach/)

<ModelDiagram />

| Kolom | Andere kolom |
| --- | --- |
| Cel een | Cel twee |
`;

  it('takes headings, paragraphs, list items and table cells, not frontmatter or components', () => {
    expect(textBlocks(mdx)).toEqual([
      'Kop van een deel',
      'Dit is een zin. En dit is nog een zin! Klopt dat?',
      'Een punt in een lijst',
      'Nog een punt met een link',
      'Kolom',
      'Andere kolom',
      'Cel een',
      'Cel twee',
    ]);
  });

  it('splits a block into sentences, but not before a lower-case word or inside an amount', () => {
    expect(sentencesOf('Dit is een zin. En dit is nog een zin! Klopt dat?')).toHaveLength(3);
    expect(sentencesOf('Het is ca. drie uur. Dat kost € 3,05 per uur.')).toEqual(['Het is ca. drie uur.', 'Dat kost € 3,05 per uur.']);
  });
});

describe('readability', () => {
  it('applies 206,835 − 0,93 × words per sentence − 77 × syllables per word', () => {
    // 2 sentences, 6 words, 6 syllables: 206.835 − 0.93 × 3 − 77 × 1
    const r = readability(['Ik werk hier. Jij ook al.']);
    expect(r).toMatchObject({ words: 6, sentences: 2, syllables: 6 });
    expect(r.score).toBeCloseTo(206.835 - 0.93 * 3 - 77, 5);
  });

  it('scores long words and long sentences lower', () => {
    const easy = readabilityOfMdx('Wij zoeken een monteur. Hij werkt in de bouw. Hij leert het vak.');
    const hard = readabilityOfMdx('De arbeidsmarktinfrastructuurhervorming beoogt een integrale werkgeversdienstverleningsstructuur per arbeidsmarktregio te realiseren.');
    expect(easy.score).toBeGreaterThan(80);
    expect(hard.score).toBeLessThan(0);
  });

  it('is NaN for a page without text', () => {
    expect(readabilityOfMdx('---\ntitle: x\n---\n').score).toBeNaN();
  });
});
