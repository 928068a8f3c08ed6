/**
 * An image an editor puts next to a page is resized into several widths, compressed to WebP and given its
 * width and height by the build; the original never reaches the site. The content check accepts it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFiles } from '../../src/checks/content-files.ts';
import { PROJECT_ROOT, runAstro } from '../support/astro.ts';

const fixture = path.join(PROJECT_ROOT, 'tests/fixtures/image-content');
const original = statSync(path.join(fixture, 'handboek/werkplaats.jpg')).size;

describe('images in content', () => {
  it('pass the content check when they sit next to the page', async () => {
    const problems = await checkContentFiles({ contentDir: fixture, today: new Date('2026-11-23') });
    expect(problems.filter((p) => p.where.startsWith('afbeelding'))).toEqual([]);
  });

  it('are built into sized, compressed WebP files in several widths', async () => {
    let img = '';
    let files: { name: string; size: number }[] = [];
    const run = await runAstro('build', fixture, {}, (outDir) => {
      img = /<img\b[^>]*>/.exec(readFileSync(path.join(outDir, 'handboek/met-foto/index.html'), 'utf8'))?.[0] ?? '';
      files = readdirSync(path.join(outDir, '_astro'))
        .filter((f) => /\.(jpe?g|png|webp|avif)$/.test(f))
        .map((name) => ({ name, size: statSync(path.join(outDir, '_astro', name)).size }));
    });
    expect(run.code, run.output).toBe(0);
    expect(img).toContain('alt="Een lichte werkplaats met een werkbank"');
    expect(img).toMatch(/ width="1600" height="1000"/);
    expect(img).toMatch(/ loading="lazy"/);
    const srcset = /srcset="([^"]+)"/.exec(img)?.[1]?.split(', ') ?? [];
    expect(srcset.length).toBeGreaterThanOrEqual(3);
    expect(srcset.every((s) => /^\/_astro\/werkplaats\.[\w-]+\.webp \d+w$/.test(s))).toBe(true);
    // Only WebP files were written, and even the widest is much smaller than the original JPEG.
    expect(files.length).toBe(srcset.length);
    expect(files.every((f) => f.name.endsWith('.webp'))).toBe(true);
    expect(Math.max(...files.map((f) => f.size))).toBeLessThan(original / 2);
  }, 120_000);
});
