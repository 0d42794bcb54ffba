#!/usr/bin/env node
// `npm start`: build what is missing or stale, then run the reference server on the embedded
// database with demo data and development sign-in, serving the example intranet page at `/`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const packages = ['contract', 'rules', 'sdk', 'elements', 'server'];

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
  console.error('npm start runs the demo with development sign-in and cannot run with NODE_ENV=production.\nUse `mobility-kit-server` (packages/server) for a real deployment.');
  process.exit(1);
}

const { startServer } = await import(join(root, 'packages/server/dist/index.js'));
const server = await startServer({
  port: process.env.PORT ? Number(process.env.PORT) : 8080,
  host: process.env.HOST ?? '127.0.0.1',
  dataDir: process.env.DATA_DIR ?? join(root, '.data', 'pglite'),
  databaseUrl: process.env.DATABASE_URL || undefined,
  seed: true,
  devAuth: true,
  logger: process.env.LOG === '1',
  staticRoots: [
    { root: join(root, 'packages/elements/dist'), prefix: '/dist/' },
    { root: join(root, 'examples/intranet'), prefix: '/' },
  ],
});
console.log(`\nmobility-kit is running: ${server.url}/\n  API: ${server.url}/v1/vacancies   Health: ${server.url}/v1/health\n  Press Ctrl+C to stop.`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close().then(() => process.exit(0), () => process.exit(1));
  });
}
