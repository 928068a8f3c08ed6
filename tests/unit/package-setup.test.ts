/**
 * The promises of the set-up: the project brings its own Node, approves only the install scripts the build
 * needs, no script lets Astro phone home, and a fresh install (npm ci) works from the committed lock file on every
 * platform, in CI too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts?: Record<string, boolean>;
};

interface LockEntry {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  hasInstallScript?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(read('package-lock.json')) as { lockfileVersion: number; packages: Record<string, LockEntry> };

/** Where Node would find `dep` from the package at `from` (a lock key): its own node_modules, then its parents'. */
function resolve(from: string, dep: string): LockEntry | undefined {
  let dir = from;
  for (;;) {
    const entry = lock.packages[`${dir ? `${dir}/` : ''}node_modules/${dep}`];
    if (entry || !dir) return entry;
    const parent = dir.lastIndexOf('/node_modules/');
    dir = parent < 0 ? '' : dir.slice(0, parent);
  }
}

/** The platforms the project is developed and tested on: Linux (CI, Debian), macOS on Apple silicon, Windows. */
const PLATFORMS = [
  { os: 'linux', cpu: 'x64' },
  { os: 'darwin', cpu: 'arm64' },
  { os: 'win32', cpu: 'x64' },
] as const;

/** Packages with native binaries per platform, as optional dependencies: the lock must hold every platform's. */
const platformPackages = Object.entries(lock.packages).flatMap(([key, entry]) => {
  const binaries = Object.keys(entry.optionalDependencies ?? {})
    .map((dep) => [dep, resolve(key, dep)] as const)
    .filter(([, found]) => found?.os);
  return new Set(binaries.flatMap(([, found]) => found!.os!)).size >= 2 ? [{ key, binaries }] : [];
});

describe('package.json', () => {
  it('pins the node package to one exact version of Node 22.12 or later', () => {
    const version = pkg.devDependencies['node'];
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    const [major, minor] = version!.split('.').map(Number) as [number, number];
    expect(major > 22 || (major === 22 && minor >= 12)).toBe(true);
  });

  it('runs the tests and the build on that Node', () => {
    const [major] = process.versions.node.split('.').map(Number) as [number];
    expect(major).toBe(Number(pkg.devDependencies['node']!.split('.')[0]));
  });

  it('turns Astro telemetry off in every script that starts Astro', () => {
    const astroScripts = Object.entries(pkg.scripts).filter(([, cmd]) => /\bastro\b/.test(cmd));
    expect(astroScripts.length).toBeGreaterThan(0);
    for (const [name, cmd] of astroScripts) {
      expect(cmd, `script "${name}"`).toMatch(/ASTRO_TELEMETRY_DISABLED=1 astro /);
    }
  });

  it('runs the install script of node only: esbuild works without its own, which only speeds up its command', () => {
    expect(pkg.allowScripts).toEqual({ node: true, esbuild: false });
  });

  it('has reviewed every install script in the lock file: each package with one is approved or denied', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([key, entry]) => key && entry.hasInstallScript)
      .map(([key]) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(withScripts.length).toBeGreaterThan(0);
    for (const name of withScripts) expect(Object.keys(pkg.allowScripts ?? {}), `allowScripts mist ${name}`).toContain(name);
  });
});

describe('package-lock.json', () => {
  it('is a version 3 lock that npm ci can install from', () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(Object.keys(lock.packages['']!.optionalDependencies ?? {})).toEqual([]);
    for (const [name, range] of Object.entries(pkg.devDependencies)) expect(lock.packages['']!.devDependencies?.[name], name).toBe(range);
  });

  it('holds every optional package it names, so that npm ci works on any platform', () => {
    const missing = Object.entries(lock.packages).flatMap(([key, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((dep) => !resolve(key, dep))
        .map((dep) => `${key || 'package.json'} -> ${dep}`),
    );
    expect(missing).toEqual([]);
  });

  it('lists the native packages for Linux x64, macOS arm64 and Windows x64 of everything that has them', () => {
    expect(platformPackages.map((p) => p.key)).toEqual(
      expect.arrayContaining(['node_modules/pagefind', 'node_modules/@astrojs/compiler-binding', 'node_modules/esbuild', 'node_modules/sharp', 'node_modules/rolldown']),
    );
    for (const { key, binaries } of platformPackages)
      for (const { os, cpu } of PLATFORMS) {
        const fits = binaries.filter(([, found]) => found!.os!.includes(os) && (!found!.cpu || found!.cpu.includes(cpu)));
        expect(fits.map(([dep]) => dep), `${key}: geen pakket voor ${os}-${cpu}`).not.toEqual([]);
      }
  });
});

describe('CI', () => {
  const ciRun = read('.ci/run');
  const commands = ciRun.split('\n').filter((line) => !line.trimStart().startsWith('#'));

  it('installs with npm ci from the lock file, never npm install', () => {
    expect(commands.some((line) => /^\s*npm ci\b/.test(line))).toBe(true);
    expect(commands.some((line) => /\bnpm (install|i)\b/.test(line))).toBe(false);
    expect(commands.some((line) => /\bnpm test\b/.test(line))).toBe(true);
  });

  it('runs only the approved install scripts, also with an npm that does not know allowScripts', () => {
    expect(commands.find((line) => /^\s*npm ci\b/.test(line))).toMatch(/--ignore-scripts/);
    expect(ciRun).toMatch(/allowScripts/);
    expect(ciRun).toMatch(/npm rebuild \$approved/);
  });

  it('has a workflow that reads the repository only and installs through .ci/run (npm ci)', () => {
    const workflow = parse(read('.github/workflows/test.yml')) as {
      permissions?: Record<string, string>;
      jobs: Record<string, { permissions?: Record<string, string>; steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] }>;
    };
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of Object.entries(workflow.jobs)) {
      expect(job.permissions, name).toBeUndefined();
      const runs = job.steps.map((step) => step.run ?? '');
      expect(runs.some((run) => run.includes('./.ci/run') || /\bnpm ci\b/.test(run)), name).toBe(true);
      expect(runs.some((run) => /\bnpm (install|i)\b/.test(run)), name).toBe(false);
      const checkout = job.steps.find((step) => step.uses?.startsWith('actions/checkout'));
      expect(checkout?.with?.['persist-credentials'], name).toBe(false);
    }
  });

  it('keeps the review screenshots of the browser suite as an artifact, also after a failed test', () => {
    const workflow = parse(read('.github/workflows/test.yml')) as { jobs: Record<string, { steps: { uses?: string; if?: string; with?: Record<string, unknown> }[] }> };
    const upload = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .find((step) => step.uses?.startsWith('actions/upload-artifact'));
    expect(upload?.with?.['path']).toBe('test-results/screenshots/');
    expect(upload?.if).toMatch(/always\(\)|!cancelled\(\)/);
    expect(read('tests/browser/screenshots.test.ts')).toContain("'test-results', 'screenshots'");
  });
});
