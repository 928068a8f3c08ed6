/**
 * Reading guide files and what they may point to, straight from the content folder (no Astro), so the
 * check script, the build hook and the tests see exactly what an editor wrote, with line numbers.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { TARGET_KINDS } from './schema.ts';
import type { KnownTarget } from './validate.ts';

export interface LoadedYaml {
  data: unknown;
  /** YAML syntax errors (a duplicate key among them), with their line. */
  errors: { line: number; message: string }[];
  /** Line of the value at a path, or of its nearest parent that exists. */
  lineOf(p: readonly (string | number)[]): number | undefined;
}

export async function loadYamlFile(file: string): Promise<LoadedYaml> {
  const text = await readFile(file, 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  return {
    data: doc.errors.length > 0 ? undefined : doc.toJS(),
    errors: doc.errors.map((e) => ({ line: lineAt(e.pos[0]), message: e.message.split('\n')[0]! })),
    lineOf(p) {
      for (let n = p.length; n >= 0; n--) {
        const node = doc.getIn(p.slice(0, n), true) as { range?: [number, number, number] } | undefined;
        if (node && typeof node === 'object' && node.range) return lineAt(node.range[0]);
      }
      return undefined;
    },
  };
}

/** Frontmatter of an MDX file, or undefined when it has none. */
function frontmatter(text: string): Record<string, unknown> | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) return undefined;
  const doc = parseDocument(match[1]!);
  return doc.errors.length > 0 ? undefined : (doc.toJS() as Record<string, unknown>);
}

/** Every page and partner a guide may recommend, with the status of each regeling. */
export async function loadKnownTargets(contentDir: string): Promise<Map<string, KnownTarget>> {
  const targets = new Map<string, KnownTarget>();
  for (const kind of TARGET_KINDS) {
    if (kind === 'partner' || kind === 'gids') continue;
    const dir = path.join(contentDir, kind);
    const files = await readdir(dir).catch(() => [] as string[]);
    for (const file of files.filter((f) => f.endsWith('.mdx')).sort()) {
      const id = file.slice(0, -'.mdx'.length);
      let state: string | undefined;
      if (kind === 'regelingen') {
        const data = frontmatter(await readFile(path.join(dir, file), 'utf8'));
        const status = data?.['status'] as { state?: unknown } | undefined;
        if (typeof status?.state === 'string') state = status.state;
      }
      targets.set(`${kind}/${id}`, state ? { state } : {});
    }
  }
  for (const file of (await readdir(path.join(contentDir, 'gidsen')).catch(() => [] as string[])).filter((f) => f.endsWith('.yaml'))) {
    targets.set(`gids/${file.slice(0, -'.yaml'.length)}`, {});
  }
  const partners = await loadYamlFile(path.join(contentDir, 'partners.yaml')).catch(() => undefined);
  if (partners?.data && typeof partners.data === 'object') {
    for (const id of Object.keys(partners.data)) targets.set(`partner/${id}`, {});
  }
  return targets;
}
