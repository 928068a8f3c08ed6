import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFiles } from '../../src/checks/content-files.ts';
import { loadSynonymGroups } from '../../src/search/build-index.ts';
import { createCompoundSplitter } from '../../src/search/compounds.ts';
import { addSearchWords, indexedText, withDescriptionMeta } from '../../src/search/indexed-html.ts';
import { readPageKeywords } from '../../src/search/page-keywords.ts';
import { resultParts, type SubResult } from '../../src/search/result-parts.ts';
import { synonymGroupsSchema } from '../../src/search/schema.ts';
import { createTermMatcher, SYNONYMS_ANCHOR, synonymsFor } from '../../src/search/synonyms.ts';

const split = createCompoundSplitter(['subsidie', 'polis', 'aanpassing', 'korting']);
const money = ['subsidie', 'korting', 'premie', 'vergoeding', 'tegemoetkoming'];

describe('createTermMatcher', () => {
  const has = createTermMatcher('De No-riskpolis en de loonkostensubsidie. Werkplekaanpassingen zijn mogelijk; regelingen ook.', split);

  it('finds a word, the start of a longer word and a known part inside a compound', () => {
    expect(has('regeling')).toBe(true);
    expect(has('subsidie')).toBe(true);
    expect(has('werkplekaanpassing')).toBe(true);
  });

  it('finds a phrase only when its words follow each other, with "-" and capitals ignored', () => {
    expect(has('no risk')).toBe(true);
    expect(has('no-risk')).toBe(true);
    expect(has('risk no')).toBe(false);
  });

  it('does not find a word that only sits in the middle of another word without being a known part', () => {
    expect(has('kosten')).toBe(false);
    expect(has('premie')).toBe(false);
  });
});

describe('synonymsFor', () => {
  it('adds the other words of a group the page uses, and not the words it has already', () => {
    expect(synonymsFor('U krijgt een tegemoetkoming en een korting.', [money], split)).toEqual(['subsidie', 'premie', 'vergoeding']);
  });

  it('adds nothing for a group the page does not use', () => {
    expect(synonymsFor('Een jobcoach helpt op de werkvloer.', [money, ['no risk', 'no-riskpolis']], split)).toEqual([]);
  });

  it('counts a word inside a compound ("loonkostensubsidie" uses "subsidie")', () => {
    expect(synonymsFor('Vraag loonkostensubsidie aan.', [money], split)).toEqual(['korting', 'premie', 'vergoeding', 'tegemoetkoming']);
  });
});

describe('indexedText and addSearchWords', () => {
  const page = `<html><head><meta name="description" content="Over geld"></head><body><header>Subsidie in het menu</header>
    <main data-pagefind-body><nav>Kruimelpad premie</nav><h1>Titel</h1><p>Een <b>tegemoetkoming</b>.</p><p data-pagefind-ignore>Korting</p>
    <script>var vergoeding = 1;</script></main><footer>Korting</footer></body></html>`;

  it('reads only what Pagefind indexes: the body element, without navigation, ignored parts and scripts', () => {
    const text = indexedText(page);
    expect(text).toContain('tegemoetkoming');
    expect(text).toContain('Titel');
    for (const word of ['Subsidie', 'premie', 'Korting', 'vergoeding']) expect(text).not.toContain(word);
  });

  it('reads a marked element other than <main> from the whole page, with the same rules', () => {
    const marked = page.replace('<main data-pagefind-body>', '<main><div data-pagefind-body>').replace('</main>', '</div></main>');
    expect(indexedText(marked)).toBe(indexedText(page));
    expect(indexedText(marked)).toContain('tegemoetkoming');
  });

  it('reads nothing from a page that is not indexed', () => {
    expect(indexedText('<main><p>subsidie</p></main>')).toBe('');
  });

  it('adds keywords and synonyms as a section of their own at the end of main, synonyms with a lower weight', () => {
    const out = addSearchWords(page, { keywords: ['LKV'], synonyms: ['subsidie', 'no risk'] });
    expect(out).toContain(`<h6 id="${SYNONYMS_ANCHOR}" data-pagefind-weight="0.5"><span data-pagefind-weight="1">LKV</span> subsidie no risk</h6></main>`);
    expect(addSearchWords(page, {})).toBe(page);
  });

  it('keeps the description for the search page', () => {
    expect(withDescriptionMeta(page)).toContain('<meta name="description" data-pagefind-meta="description[content]" content="Over geld">');
  });
});

describe('resultParts', () => {
  const sub = (title: string, id: string | undefined, scores: number[]): SubResult => ({
    title,
    url: id ? `/p/#${id}` : '/p/',
    excerpt: `over ${title}`,
    ...(id ? { anchor: { id, location: 1 } } : {}),
    weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
  });

  it('shows the top of the page as excerpt and the sections as links', () => {
    const parts = resultParts([sub('Pagina', undefined, [1]), sub('Kosten', 'kosten', [2])]);
    expect(parts.excerpt).toBe('over Pagina');
    expect(parts.sections).toEqual([{ title: 'Kosten', url: '/p/#kosten', excerpt: 'over Kosten' }]);
  });

  it('never shows the synonyms section', () => {
    const parts = resultParts([sub('subsidie korting', SYNONYMS_ANCHOR, [9])]);
    expect(parts).toEqual({ excerpt: null, sections: [] });
  });

  it('keeps the best sections, in page order', () => {
    const parts = resultParts([sub('A', 'a', [1]), sub('B', 'b', [5]), sub('C', 'c', [0.5]), sub('D', 'd', [3]), sub('E', 'e', [4])], 3);
    expect(parts.sections.map((s) => s.title)).toEqual(['B', 'D', 'E']);
  });
});

describe('readPageKeywords', () => {
  it("keys each page's frontmatter keywords by its path in the built site", async () => {
    const keywords = await readPageKeywords(path.join(import.meta.dirname, '../../content'));
    expect(keywords.get('regelingen/lkv-oudere-werknemer/')).toContain('oudere werknemer subsidie');
    expect(keywords.get('doelgroepen/ex-gedetineerden/')).toContain('ex-gedetineerde');
    expect(keywords.get('handboek/geld-en-risico/')).toContain('loonkostenvoordeel');
  });
});

describe('content/synoniemen.yaml', () => {
  it('is valid, has the groups the issue asks for, and no word in two groups', async () => {
    const groups = await loadSynonymGroups(path.join(import.meta.dirname, '../../content/synoniemen.yaml'));
    const all = groups.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(groups).toContainEqual(expect.arrayContaining(['subsidie', 'korting', 'premie', 'vergoeding', 'tegemoetkoming', 'regeling']));
    expect(groups).toContainEqual(expect.arrayContaining(['no risk', 'no-riskpolis']));
    expect(groups).toContainEqual(expect.arrayContaining(['werkplek aanpassen']));
  });

  it('refuses capitals and groups of one word, with a Dutch message', () => {
    const result = synonymGroupsSchema.safeParse({ groepen: [['Subsidie', 'korting'], ['premie']] });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => i.message);
    expect(messages).toContain('Schrijf een zoekwoord in kleine letters: één woord of een korte woordgroep (hoogstens 4 woorden).');
    expect(messages).toContain('Een groep heeft minstens 2 woorden.');
  });

  it('is validated by the content check, which names the file, the line and the problem', async () => {
    const contentDir = mkdtempSync(path.join(tmpdir(), 'wim-synonyms-'));
    writeFileSync(path.join(contentDir, 'synoniemen.yaml'), 'groepen:\n  - [subsidie, vergoeding]\n  - [Premie, korting]\n');
    const problems = (await checkContentFiles({ contentDir, today: new Date('2026-12-02') })).filter((p) => p.file.endsWith('synoniemen.yaml'));
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', line: 3, message: expect.stringContaining('kleine letters') })]);
  });
});
