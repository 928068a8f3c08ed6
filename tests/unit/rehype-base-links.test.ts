import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeBaseLinks, withBase } from '../../src/lib/rehype-base-links.ts';

describe('withBase', () => {
  it('prefixes root-relative addresses once, and leaves everything else alone', () => {
    expect(withBase('/regelingen/jobcoach/', '/werkwijzer/')).toBe('/werkwijzer/regelingen/jobcoach/');
    expect(withBase('/regelingen/jobcoach/#voor-wie', '/werkwijzer')).toBe('/werkwijzer/regelingen/jobcoach/#voor-wie');
    expect(withBase('/werkwijzer/regio/', '/werkwijzer/')).toBe('/werkwijzer/regio/');
    expect(withBase('https://www.uwv.nl/', '/werkwijzer/')).toBe('https://www.uwv.nl/');
    expect(withBase('//cdn.example/x.js', '/werkwijzer/')).toBe('//cdn.example/x.js');
    expect(withBase('#anker', '/werkwijzer/')).toBe('#anker');
    expect(withBase('./foto.jpg', '/werkwijzer/')).toBe('./foto.jpg');
    expect(withBase('/regio/', '/')).toBe('/regio/');
  });
});

describe('rehypeBaseLinks', () => {
  it('rewrites links and images in HTML from Markdown', async () => {
    const html = String(
      await unified()
        .use(rehypeParse, { fragment: true })
        .use(rehypeBaseLinks, { base: '/werkwijzer/' })
        .use(rehypeStringify)
        .process('<p><a href="/regio/">regio</a> <a href="https://example.org/">elders</a> <img src="/foto.png" alt="x"></p>'),
    );
    expect(html).toBe('<p><a href="/werkwijzer/regio/">regio</a> <a href="https://example.org/">elders</a> <img src="/werkwijzer/foto.png" alt="x"></p>');
  });
});
