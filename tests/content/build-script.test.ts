/**
 * npm run build runs Astro with a heap limit (scripts/build.ts, issue #21). A build that needs more stops with a
 * message that says so and how to build anyway, not only with V8's stack trace. The pages read the content store
 * from a file (src/integrations/data-store-from-file.ts), which only helps while Astro's module has the form it expects.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runAstro } from '../support/astro.ts';

describe('the build script', () => {
  it('says what to do when the build needs more memory than its limit', async () => {
    const run = await runAstro('build', path.join(PROJECT_ROOT, 'content'), { BUILD_HEAP_MB: '40' });
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('De bouw had meer geheugen nodig dan de grens van 40 MB');
    expect(run.output).toContain('BUILD_HEAP_MB=80 npm run build');
  }, 120_000);

  it('lets the pages read the content store from a file, and they show that content', async () => {
    let page = '';
    const run = await runAstro('build', path.join(PROJECT_ROOT, 'tests/fixtures/image-content'), {}, (outDir) => {
      page = readFileSync(path.join(outDir, 'handboek/met-foto/index.html'), 'utf8');
    });
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/de pagina's lezen de inhoud \([\d.]+ MB\) uit .*data-store-for-pages\.json/);
    expect(run.output).not.toContain("Astro's eigen module");
    expect(page).toMatch(/<h1[^>]*>Een hoofdstuk met een foto<\/h1>/);
    expect(page).toContain('alt="Een lichte werkplaats met een werkbank"');
  }, 120_000);
});
