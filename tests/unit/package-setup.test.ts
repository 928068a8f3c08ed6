/**
 * The promises of the set-up: the project brings its own Node, approves only the install scripts the build
 * needs, and no script lets Astro phone home.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts?: Record<string, boolean>;
};

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

  it('approves the install scripts of node and esbuild, and nothing else', () => {
    expect(pkg.allowScripts).toEqual({ node: true, esbuild: true });
  });
});
