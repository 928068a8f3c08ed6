import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { addPrintLinks, printAddress } from '../../src/lib/print-links.ts';

const run = (html: string, options: Parameters<typeof addPrintLinks>[1]) => {
  const tree = fromHtml(html, { fragment: true });
  addPrintLinks(tree, options);
  return toHtml(tree);
};

describe('print links', () => {
  it('gives a page of this site its full address, from SITE_URL and with the base path it already has', () => {
    expect(printAddress('/regelingen/jobcoach/', 'https://werkwijzerinclusiefmkb.nl')).toBe('https://werkwijzerinclusiefmkb.nl/regelingen/jobcoach/');
    expect(printAddress('/werkwijzer/regio/#twente', 'https://www.gemeente.nl')).toBe('https://www.gemeente.nl/werkwijzer/regio/#twente');
    // Another site, a protocol-relative link and a link within the page: CSS prints these from href, or nothing.
    expect(printAddress('https://www.uwv.nl/', 'https://werkwijzerinclusiefmkb.nl')).toBeUndefined();
    expect(printAddress('//example.org/', 'https://werkwijzerinclusiefmkb.nl')).toBeUndefined();
    expect(printAddress('#doel', 'https://werkwijzerinclusiefmkb.nl')).toBeUndefined();
  });

  it('writes the address into data-print-href and leaves other links alone', () => {
    const html = run('<p><a href="/regio/">regio</a> <a href="https://www.uwv.nl/">UWV</a> <a href="#doel">doel</a></p>', {
      site: 'https://werkwijzerinclusiefmkb.nl',
    });
    expect(html).toBe(
      '<p><a href="/regio/" data-print-href="https://werkwijzerinclusiefmkb.nl/regio/">regio</a> <a href="https://www.uwv.nl/">UWV</a> <a href="#doel">doel</a></p>',
    );
  });

  it('in a document, sends links to its own pages to their part, with nothing to print', () => {
    const inDocument = new Map([
      ['/handboek/de-eerste-weken/', 'de-eerste-weken'],
      ['/handboek/#deel-regio', 'deel-regio'],
    ]);
    const html = run(
      '<a href="/handboek/de-eerste-weken/">a</a><a href="/handboek/de-eerste-weken/#buddy">b</a><a href="/handboek/#deel-regio">c</a><a href="/handboek/">d</a>',
      { site: 'https://werkwijzerinclusiefmkb.nl', inDocument },
    );
    expect(html).toBe(
      '<a href="#de-eerste-weken">a</a><a href="#de-eerste-weken">b</a><a href="#deel-regio">c</a>' +
        '<a href="/handboek/" data-print-href="https://werkwijzerinclusiefmkb.nl/handboek/">d</a>',
    );
  });
});
