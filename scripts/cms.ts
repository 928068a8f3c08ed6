/**
 * npm run cms: the editors' CMS on this machine. Starts decap-server (Decap's local proxy, which reads and writes the
 * files in content/ directly) and the site's development server, which serves the CMS at /admin/.
 * Settings (for tests and for a second copy): CMS_REPO_DIR (the folder that holds content/, default this project),
 * CMS_PORT (decap-server, default 8081), PORT (the site, default 4321).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const repoDir = path.resolve(process.env['CMS_REPO_DIR'] ?? root);
const proxyPort = Number(process.env['CMS_PORT'] ?? 8081);
const sitePort = Number(process.env['PORT'] ?? 4321);
const proxyUrl = `http://127.0.0.1:${proxyPort}/api/v1`;

const children: ChildProcess[] = [];
function start(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' });
  child.on('exit', (code) => {
    if (code !== null && code !== 0) console.error(`${path.basename(args[0]!)} stopte met code ${code}.`);
    stopAll();
  });
  children.push(child);
  return child;
}

function stopAll(): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => { stopAll(); process.exit(0); });

// fs mode: a save writes the file; the editor (or a maintainer) commits it. Only this machine can connect.
start([path.join(root, 'node_modules/decap-server/dist/index.js')], { MODE: 'fs', PORT: String(proxyPort), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repoDir, LOG_LEVEL: 'warn' });
start([path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(sitePort), '--host', '127.0.0.1'], {
  ASTRO_TELEMETRY_DISABLED: '1',
  CMS_PROXY_URL: proxyUrl,
  CONTENT_DIR: path.join(repoDir, 'content'),
});
console.log(`\nDe redactie-omgeving: http://127.0.0.1:${sitePort}/admin/ (bestanden in ${path.join(repoDir, 'content')}). Stoppen: Ctrl+C.\n`);
