/** Lists of files in a folder: the sources behind a build id, and the pages of a built site (checks, search index, benchmark). */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under dir, as full paths in a stable order. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Every HTML page of a built site (redirect pages included), as full paths; Pagefind's own folder aside. */
export function builtHtmlFiles(distDir: string): string[] {
  const pagefind = path.join(distDir, 'pagefind') + path.sep;
  return filesUnder(distDir).filter((file) => file.endsWith('.html') && !file.startsWith(pagefind));
}
