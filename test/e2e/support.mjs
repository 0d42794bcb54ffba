// Shared pieces of the end-to-end tests that open built pages in headless Chromium: the browser,
// the reference server on an in-memory database, a static file server for pages on another
// origin, and a watch on everything that goes wrong in a page.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from '../../scripts/chromium.mjs';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** Chromium as the design docs prescribe for this machine (root, no GPU, no network side traffic). */
export const launchBrowser = () => launchChromium();

/** Fail early, with the fix, when a file of `npm run build` is missing. */
export function requireBuilt(...relativePaths) {
  for (const path of relativePaths) {
    if (!existsSync(join(root, path))) throw new Error(`${path} is missing: run \`npm run build\` at the repository root first`);
  }
}

/**
 * The reference server from its built `dist`: in-memory PGlite with the demo data, development
 * sign-in, no rate limit (a test page loads fast), CORS for the given page origins.
 */
export async function startApi(corsOrigins) {
  requireBuilt('packages/server/dist/index.js');
  const { startServer } = await import(pathToFileURL(join(root, 'packages/server/dist/index.js')).href);
  return startServer({ port: 0, dataDir: 'memory://', seed: true, devAuth: true, rateLimit: false, corsOrigins });
}

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
};

/**
 * A static file server on 127.0.0.1 with an ephemeral port, standing in for the intranet that
 * hosts the pages: a different origin than the API, as in a real deployment. `mounts` maps a
 * URL prefix (`/react/`) to a folder; a path ending in `/` serves its `index.html`.
 */
export async function startStaticServer(mounts) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    if (!mount) return notFound(response);
    const folder = mounts[mount];
    let file = normalize(join(folder, path.slice(mount.length)));
    if (file !== folder && !file.startsWith(folder.endsWith(sep) ? folder : folder + sep)) return notFound(response);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      notFound(response);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function notFound(response) {
  response.writeHead(404, { 'content-type': 'text/plain' });
  response.end('not found');
}

/**
 * Collect what goes wrong in a page (uncaught errors, console errors, failed requests, HTTP errors)
 * and its console warnings.
 */
export function watchPage(page) {
  const problems = [];
  const warnings = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    if (message.type() === 'warn') warnings.push(message.text());
  });
  page.on('requestfailed', (request) => problems.push(`requestfailed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`));
  return { problems, warnings };
}

/** Wait until `selector` matches inside the shadow root of the first `tag` on the page. */
export const inShadow = (page, tag, selector, timeout = 30_000) =>
  page.waitForFunction((t, s) => document.querySelector(t)?.shadowRoot?.querySelector(s), { timeout }, tag, selector);

/** Trimmed text of every match of `selector` inside the shadow root of the first `tag`. */
export const shadowTexts = (page, tag, selector) =>
  page.evaluate(
    (t, s) => [...(document.querySelector(t)?.shadowRoot?.querySelectorAll(s) ?? [])].map((el) => el.textContent.trim()),
    tag,
    selector,
  );

/**
 * `npm start`'s script (scripts/start.mjs: build if stale, then the reference server with the demo
 * data and the example intranet) on port 0 and a fresh data folder, as a user would start it.
 * Resolves with its address once it says it is running; `stop()` ends it and removes the folder.
 */
export async function startIntranet({ timeoutMs = 600_000 } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'mobility-e2e-'));
  const server = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  let output = '';
  try {
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start in ${timeoutMs / 1000} s:\n${output}`)), timeoutMs);
      server.stdout.on('data', (chunk) => {
        output += chunk;
        const match = /running: (http:\/\/[^\s/]+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      server.stderr.on('data', (chunk) => (output += chunk));
      server.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`server exited with ${code}:\n${output}`));
      });
    });
    return { url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The password of every demo account of the demo identity provider (`npm start`'s `/idp`). */
export const demoPassword = 'demo';

/**
 * Sign in on an example page the way a person does: "Inloggen" in `<mobility-sign-in>`, then the
 * demo identity provider's login page, filled in and sent with the keyboard only, and back on the
 * page until the element says who is signed in. Resolves with the tokens the page received (read
 * from the provider's token answer, to check they are stored nowhere).
 */
export async function signInOnPage(page, username) {
  const tokens = [];
  const onResponse = async (response) => {
    if (!/\/idp\/token$/.test(new URL(response.url()).pathname) || response.request().method() !== 'POST') return;
    try {
      const body = await response.json();
      for (const name of ['access_token', 'refresh_token', 'id_token']) if (body[name]) tokens.push(body[name]);
    } catch {
      // A preflight or an error answer carries no tokens.
    }
  };
  page.on('response', onResponse);
  await inShadow(page, 'mobility-sign-in', '[part~="sign-in-button"]');
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.evaluate(() => document.querySelector('mobility-sign-in').shadowRoot.querySelector('[part~="sign-in-button"]').click()),
  ]);
  if (!new URL(page.url()).pathname.startsWith('/idp/')) throw new Error(`expected the demo provider's login page, got ${page.url()}`);
  await page.waitForSelector('input[name="username"]');
  await page.focus('input[name="username"]');
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(demoPassword);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
  await inShadow(page, 'mobility-sign-in', '[part~="sign-out-button"]');
  page.off('response', onResponse);
  return tokens;
}

/**
 * What `npm start` serves — the example intranet, the bundles and the demo provider at `/idp` —
 * in this process on an in-memory database, with a clock the test sets: `clock.today` is the
 * server's Dutch date (`YYYY-MM-DD`), `undefined` for the real one.
 */
export async function startDemoIntranetInProcess() {
  requireBuilt('packages/server/dist/index.js', 'packages/demo-idp/dist/index.js', 'packages/elements/dist/mobility-kit-all.js');
  const { startServer } = await import(pathToFileURL(join(root, 'packages/server/dist/index.js')).href);
  const { demoIntranet, freePort } = await import(pathToFileURL(join(root, 'scripts/demo-sign-in.mjs')).href);
  const port = await freePort('127.0.0.1');
  const origin = `http://127.0.0.1:${port}`;
  const { serverOptions } = await demoIntranet(root, { origin });
  const { amsterdamToday } = await import(pathToFileURL(join(root, 'packages/contract/dist/vocabulary.js')).href);
  const clock = { today: undefined };
  const server = await startServer({
    port,
    host: '127.0.0.1',
    dataDir: 'memory://',
    rateLimit: false,
    today: () => clock.today ?? amsterdamToday(),
    ...serverOptions,
  });
  return { url: origin, clock, realToday: () => amsterdamToday(), close: () => server.close() };
}
