/**
 * The content pages changed on this branch (or not yet committed), for the readability report: git compares
 * with CHECK_BASE, origin/main or main, whichever exists first. Without git the list is empty.
 */
import { execFileSync } from 'node:child_process';

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

export function changedContentPages(contentDir: string): { base: string | undefined; files: string[] } {
  const head = git(['rev-parse', 'HEAD']);
  if (!head) return { base: undefined, files: [] };
  const candidates = [process.env.CHECK_BASE, 'origin/main', 'main'].filter(Boolean) as string[];
  const baseRef = candidates.find((ref) => git(['rev-parse', '--verify', '--quiet', ref]) !== undefined);
  const base = baseRef ? git(['merge-base', 'HEAD', baseRef]) : head;
  const committed = git(['diff', '--name-only', base ?? head, '--', contentDir]) ?? '';
  const untracked = git(['ls-files', '--others', '--exclude-standard', '--', contentDir]) ?? '';
  const files = [...new Set([...committed.split('\n'), ...untracked.split('\n')])].filter((f) => f.endsWith('.mdx')).sort();
  return { base: baseRef, files };
}
