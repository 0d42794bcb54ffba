#!/usr/bin/env node
// `npm start`: build what is missing or stale, then run the reference server on the embedded
// database with demo data, serving the example intranet page at `/` and a demo OpenID Connect
// provider at `/idp` whose opaque tokens the API checks by introspection. Development sign-in
// (`POST /v1/dev/token`) stays on beside it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const packages = ['contract', 'rules', 'sdk', 'elements', 'server', 'demo-idp'];

/** Newest modification time of any file below `dir` (0 when it does not exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const outputs = [...packages.map((p) => join(root, 'packages', p, 'dist', 'index.js')), join(root, 'packages/elements/dist/mobility-kit.js')];
const missing = outputs.some((file) => !existsSync(file));
const stale = packages.some((p) => newest(join(root, 'packages', p, 'src')) > newest(join(root, 'packages', p, 'dist')));
if (missing || stale) {
  console.log(missing ? 'Building mobility-kit (first run)…' : 'Sources changed: rebuilding mobility-kit…');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/rollup/dist/bin/rollup'), '-c', '--silent'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (process.env.NODE_ENV === 'production') {
  console.error('npm start runs the demo with a demo identity provider and demo accounts, and cannot run with NODE_ENV=production.\nUse `mobility-kit-server` (packages/server) for a real deployment.');
  process.exit(1);
}

const { startServer } = await import(join(root, 'packages/server/dist/index.js'));
const { demoPassword } = await import(join(root, 'packages/demo-idp/dist/index.js'));
const { demoIntranet, freePort } = await import('./demo-sign-in.mjs');

// The provider's issuer and the API's introspection settings both name the server's own address,
// so it must be known before the server starts: PORT=0 picks a free port first.
const host = process.env.HOST ?? '127.0.0.1';
const requestedPort = process.env.PORT ? Number(process.env.PORT) : 8080;
const port = requestedPort === 0 ? await freePort(host) : requestedPort;
const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
const origin = `http://${urlHost}:${port}`;

// The example intranet is the relying party: every page of it may start a sign-in and a sign-out.
const { idp, serverOptions: intranet } = await demoIntranet(root, { origin });

const server = await startServer({
  port,
  host,
  dataDir: process.env.DATA_DIR ?? join(root, '.data', 'pglite'),
  databaseUrl: process.env.DATABASE_URL || undefined,
  // Development tokens (`POST /v1/dev/token`) only on request: the intranet signs in through /idp.
  devAuth: process.env.MOBILITY_DEV_AUTH === '1',
  ...intranet,
  logger: process.env.LOG === '1',
});
console.log(
  [
    '',
    `mobility-kit is running: ${server.url}/`,
    `  API: ${server.url}/v1/vacancies   Health: ${server.url}/v1/health`,
    `  Sign-in (demo OpenID Connect provider): ${idp.discoveryUrl}`,
    `  Demo accounts (password "${demoPassword}"): medewerker@… and hr@… of every demo organisation, e.g. medewerker@hu.example,`,
    '    hr@hu.example; beheer@hu.example is admin. The sign-in page lists them all.',
    '  Press Ctrl+C to stop.',
  ].join('\n'),
);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close().then(() => process.exit(0), () => process.exit(1));
  });
}
