/**
 * The pages read the content store from a file instead of from Astro's module with the store as one string literal
 * (src/integrations/data-store-from-file.ts, issue #21): the file must give the very value Astro's module gives, and
 * any other module must stay as it is.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { dataStoreModule, dataStoreText } from '../../src/integrations/data-store-from-file.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'wim-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Astro's module for a store text, as astro/dist/content/vite-plugin-content-virtual-mod.js writes it. */
const astroModule = (text: string) => `export default JSON.parse(${JSON.stringify(text)})`;

async function importCode(name: string, code: string): Promise<unknown> {
  const file = path.join(dir, name);
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

describe('the content store read from a file', () => {
  // Quotes, backslashes, line breaks, non-Latin text and a character outside the BMP: what JSON escapes.
  const store = [[1, 2], 'handboek', { title: 'Een “nieuwe” collega\n\\ café 😀', html: '<p class="x">Één</p>\u2028' }];
  const text = JSON.stringify(store);

  it('gives the same value as Astro\'s module', async () => {
    const fromAstro = await importCode('astro.mjs', astroModule(text));
    const storeText = dataStoreText(astroModule(text));
    expect(storeText).toBe(text);
    writeFileSync(path.join(dir, 'store.json'), storeText!);
    const fromFile = await importCode('ours.mjs', dataStoreModule(path.join(dir, 'store.json')));
    expect(fromFile).toEqual(fromAstro);
  });

  it('leaves every other module alone', () => {
    expect(dataStoreText('export default new Map()')).toBeUndefined();
    expect(dataStoreText('export default{"handboek":[(await import("astro:data-layer-content-chunk:0123456789abcdef.txt"))]}')).toBeUndefined();
    expect(dataStoreText('export default JSON.parse("[1]" + "[2]")')).toBeUndefined();
    expect(dataStoreText('export default JSON.parse(1)')).toBeUndefined();
  });
});
