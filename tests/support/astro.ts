/**
 * Runs the Astro CLI (a build: the build script) of this project on other content (CONTENT_DIR), with its own output and cache folders,
 * so a test never touches dist/ or the editors' content. Always on the project's own Node.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteBuildCommand } from '../../scripts/lib/site-build.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A fresh folder for one build's output and cache, inside the project (.scratch/, git-ignored).
 * Inside, because Astro puts its prerender files in the shared .astro/ when the output folder lies outside
 * the working directory, and two test builds at once would then overwrite each other's files.
 */
export function makeScratchDir(prefix: string): string {
  const parent = path.join(PROJECT_ROOT, '.scratch');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(path.join(parent, `${prefix}-`));
}

/**
 * The environment without what Vitest puts in it for import.meta.env (BASE_URL, MODE, DEV, PROD, SSR): a child
 * Astro build would take BASE_URL="/" from there and ignore its own base path.
 */
function withoutViteVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...rest } = env;
  return rest;
}

export interface AstroRun {
  code: number;
  /** stdout and stderr together, without colour codes. */
  output: string;
}

/**
 * Runs `astro <command>` on contentDir in a scratch folder that is removed afterwards; `inspect` may read the
 * built site (its folder is passed in) before that.
 */
export function runAstro(
  command: 'sync' | 'build',
  contentDir: string,
  env: Record<string, string> = {},
  inspect: (outDir: string) => void = () => {},
): Promise<AstroRun> {
  const scratch = makeScratchDir('astro');
  const outDir = path.join(scratch, 'dist');
  return new Promise((resolve, reject) => {
    // A build goes through the build script, like npm run build: with the search index, service worker and headers.
    const [executable, args] = command === 'build' ? siteBuildCommand() : [process.execPath, [path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), command]];
    const child = spawn(executable, args, {
      cwd: PROJECT_ROOT,
      env: {
        ...withoutViteVariables(process.env),
        ...env,
        ASTRO_TELEMETRY_DISABLED: '1',
        CONTENT_DIR: contentDir,
        ASTRO_OUT_DIR: outDir,
        ASTRO_CACHE_DIR: path.join(scratch, 'cache'),
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        if (code === 0) inspect(outDir);
        resolve({ code: code ?? 1, output: output.replace(/\x1b\[[0-9;]*m/g, '') });
      } catch (error) {
        reject(error);
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    });
  });
}

export interface BuiltSite {
  outDir: string;
  output: string;
  /** Removes the build's folder. */
  remove(): void;
}

/**
 * Builds contentDir with extra environment (BASE_PATH, say) into a scratch folder and keeps it until remove():
 * for tests that serve the result.
 */
export async function buildSite(contentDir: string, env: Record<string, string> = {}): Promise<BuiltSite> {
  const keep = makeScratchDir('site');
  let outDir = '';
  const run = await runAstro('build', contentDir, env, (built) => {
    outDir = path.join(keep, 'dist');
    cpSync(built, outDir, { recursive: true });
  });
  if (run.code !== 0) {
    rmSync(keep, { recursive: true, force: true });
    throw new Error(`De bouw mislukte:\n${run.output.slice(-4000)}`);
  }
  return { outDir, output: run.output, remove: () => rmSync(keep, { recursive: true, force: true }) };
}
