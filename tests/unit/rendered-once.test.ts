/** A body shared by two pages of one build is rendered once, handed to the second page, then let go. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderedOnce } from '../../src/lib/rendered-once.ts';

describe('renderedOnce', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('in a build, renders for the first page and hands the same HTML to the second, then forgets it', async () => {
    vi.stubEnv('PROD', true);
    const render = vi.fn(async () => `<p>body ${render.mock.calls.length}</p>`);
    expect(await renderedOnce('handboek/a', render)).toBe('<p>body 1</p>');
    expect(await renderedOnce('handboek/a', render)).toBe('<p>body 1</p>');
    expect(render).toHaveBeenCalledTimes(1);
    // A third use (a later build in the same process) renders again: nothing is held after the second use.
    expect(await renderedOnce('handboek/a', render)).toBe('<p>body 2</p>');
    expect(await renderedOnce('handboek/b', render)).toBe('<p>body 3</p>');
  });

  it('in development, renders every time so an edit shows at once', async () => {
    vi.stubEnv('PROD', false);
    const render = vi.fn(async () => 'x');
    await renderedOnce('handboek/c', render);
    await renderedOnce('handboek/c', render);
    expect(render).toHaveBeenCalledTimes(2);
  });
});
