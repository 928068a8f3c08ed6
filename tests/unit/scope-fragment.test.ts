import { describe, expect, it } from 'vitest';
import { scopeFragment } from '../../src/lib/scope-fragment.ts';

describe('scopeFragment', () => {
  it('prefixes ids and the links, labels and descriptions that point to them', () => {
    const html = scopeFragment(
      '<h2 id="doel">Doel</h2><p><a href="#doel">terug</a> <a href="#elders">elders</a> <a href="/pagina/#doel">pagina</a></p>' +
        '<section aria-labelledby="tools"><h3 id="tools">Hulpmiddelen</h3></section><label for="veld">Veld</label><input id="veld" aria-describedby="uitleg elders">' +
        '<p id="uitleg">Uitleg</p>',
      { prefix: 'stap-1' },
    );
    expect(html).toContain('<h2 id="stap-1-doel">');
    expect(html).toContain('<a href="#stap-1-doel">terug</a>');
    // Ids outside the fragment and links to other pages are left alone.
    expect(html).toContain('<a href="#elders">elders</a>');
    expect(html).toContain('<a href="/pagina/#doel">');
    expect(html).toContain('aria-labelledby="stap-1-tools"');
    expect(html).toContain('<label for="stap-1-veld">');
    expect(html).toContain('aria-describedby="stap-1-uitleg elders"');
  });

  it('moves headings down, never past h6', () => {
    const html = scopeFragment('<h2>Twee</h2><h3>Drie</h3><h6>Zes</h6><p>tekst</p>', { prefix: 'x', headingShift: 1 });
    expect(html).toBe('<h3>Twee</h3><h4>Drie</h4><h6>Zes</h6><p>tekst</p>');
  });
});
