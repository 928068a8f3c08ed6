/**
 * npm run build runs Astro with a heap limit (scripts/build.ts, issue #21). A build that needs more stops with a
 * message that says so and how to build anyway, not only with V8's stack trace.
 */
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
});
