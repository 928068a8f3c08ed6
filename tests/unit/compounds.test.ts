import { describe, expect, it } from 'vitest';
import { createCompoundSplitter, markCompoundsInHtml } from '../../src/search/compounds.ts';
import { COMPOUND_MARK, unmarkCompounds } from '../../src/search/compound-mark.ts';

const split = createCompoundSplitter(['verlof', 'kosten', 'subsidie', 'servicepunt', 'begeleider', 'begeleiding', 'plek']);

describe('createCompoundSplitter', () => {
  it('marks a known part at the end of a compound', () => {
    expect(split('zwangerschapsverlof')).toBe(`zwangerschaps${COMPOUND_MARK}verlof`);
  });

  it('marks every known part inside a longer compound', () => {
    expect(split('loonkostensubsidie')).toBe(`loon${COMPOUND_MARK}kosten${COMPOUND_MARK}subsidie`);
  });

  it('keeps the original capitals', () => {
    expect(split('Werkgeversservicepunt')).toBe(`Werkgevers${COMPOUND_MARK}servicepunt`);
  });

  it('leaves a word alone when the part is the whole word or its start', () => {
    expect(split('subsidie')).toBe('subsidie');
    expect(split('kostenpost')).toBe('kostenpost');
  });

  it('needs three letters before a part, so short prefixes stay joined', () => {
    expect(split('opplekken')).toBe('opplekken');
    expect(split('werkplekken')).toBe(`werk${COMPOUND_MARK}plekken`);
  });

  it('marks parts that overlap a longer part', () => {
    expect(split('werkplekbegeleiding')).toBe(`werk${COMPOUND_MARK}plek${COMPOUND_MARK}begeleiding`);
  });

  it('does nothing without parts', () => {
    expect(createCompoundSplitter([])('zwangerschapsverlof')).toBe('zwangerschapsverlof');
  });
});

describe('markCompoundsInHtml', () => {
  it('marks text but not tags, attributes, scripts or styles', () => {
    const html =
      '<p class="zwangerschapsverlof" title="loonkostensubsidie">Het zwangerschapsverlof</p>' +
      '\n<script>const zwangerschapsverlof = 1;</script>\n<style>.loonkostensubsidie{}</style>';
    const marked = markCompoundsInHtml(html, split);
    expect(marked).toContain(`Het zwangerschaps${COMPOUND_MARK}verlof</p>`);
    expect(marked).toContain('class="zwangerschapsverlof" title="loonkostensubsidie"');
    expect(marked).toContain('const zwangerschapsverlof = 1;');
    expect(marked).toContain('.loonkostensubsidie{}');
  });
});

describe('unmarkCompounds', () => {
  it('removes the marks, also next to highlight tags', () => {
    expect(unmarkCompounds(`Het <mark>zwangerschaps${COMPOUND_MARK}verlof</mark>`)).toBe('Het <mark>zwangerschapsverlof</mark>');
    expect(unmarkCompounds(`loon${COMPOUND_MARK}<mark>kosten</mark>`)).toBe('loon<mark>kosten</mark>');
  });

  it('keeps a mark character that stands between words', () => {
    expect(unmarkCompounds('A | B')).toBe('A | B');
  });
});
