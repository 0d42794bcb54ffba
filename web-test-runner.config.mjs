/**
 * Browser tests of @mobility-kit/elements in real headless Chromium, against the real reference
 * server (in-memory PGlite, seeded, development auth, CORS open to the test page's origin).
 *
 * Run with `npm run test:browser`, which starts Node with `--conditions=source --import tsx` so that
 * this file can import the server's TypeScript source.
 *
 * Besides the real API, the test server answers under `/broken/<case>/<id>/v1/...` with responses
 * that a misbehaving server, proxy or single sign-on gateway really sends — wrong shapes, an HTML
 * page, a 500 problem, truncated JSON — so the elements' error states are tested over HTTP, not by
 * mocking the SDK. `<id>` is any token a test picks, so it can count its own requests at
 * `/broken/stats/<id>`.
 */
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { startServer } from '@mobility-kit/server';
import { routes } from '@mobility-kit/contract';
import { generatedOrganisations, generatedVacancies } from './scripts/generated-vacancies.mjs';
import { forcedColorsCommand } from './packages/elements/test/forced-colors-command.mjs';
import { xssApi } from './test/security/xss-middleware.ts';
import { signInTestApi } from './packages/elements/test/sign-in-server.ts';

/** `/xss/manifest`: a second reference server seeded with the XSS corpus, started and seeded in the background when the run starts. */
const xss = xssApi();

/** `/sign-in-api/...` and the `sign-in-tab` command: a reference server with the demo OpenID Connect provider at `/idp` (see sign-in-server.ts). */
const signIn = signInTestApi();

const root = fileURLToPath(new URL('.', import.meta.url));

/** @type {{ url: string, close(): Promise<void> } | undefined} */
let api;
/** An address on which nothing listens: the "server unreachable" case. */
let unreachableUrl = 'http://127.0.0.1:9';

/** Requests per test token: how many arrived, how many the browser aborted before the answer. */
const stats = new Map();
const statsFor = (id) => {
  let entry = stats.get(id);
  if (!entry) stats.set(id, (entry = { hits: 0, aborted: 0 }));
  return entry;
};

/** Start the reference server before the first test page loads; stop it when the run ends. */
function referenceServer() {
  return {
    name: 'mobility-kit-reference-server',
    async serverStart() {
      api = await startServer({ port: 0, dataDir: 'memory://', seed: true, devAuth: true, corsOrigins: true });
      // Seed the XSS server in the background when the run includes its test (all files, or named).
      if (!process.argv.includes('--files') || process.argv.some((arg) => arg.includes('xss'))) xss.warm();
      unreachableUrl = await freeAddress();
    },
    async serverStop() {
      await api?.close();
      await xss.close();
    },
  };
}

/** An address that was free a moment ago: bind port 0, note the port, let it go. */
function freeAddress() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(`http://127.0.0.1:${port}`));
    });
  });
}

const problem = (status, type, title) =>
  JSON.stringify({ type: `urn:mobility-kit:problem:${type}`, title, status });

/** Fetch the real API's answer for the same path and query. */
async function fromRealApi(path, search) {
  const response = await fetch(`${api.url}${path}${search}`);
  return { status: response.status, type: response.headers.get('content-type') ?? 'application/json', text: await response.text() };
}

/** @type {import('@web/dev-server-core').Middleware} */
async function brokenApi(ctx, next) {
  const statsMatch = /^\/broken\/stats\/([\w-]+)$/.exec(ctx.path);
  if (statsMatch) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(statsFor(statsMatch[1]));
    return;
  }
  if (ctx.path === '/broken/seed') {
    // One seed per run for the generated cases; MALFORMED_SEED=<seed> repeats a run.
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ seed: malformedSeed });
    return;
  }
  const healMatch = /^\/broken\/heal\/([\w-]+)$/.exec(ctx.path);
  if (healMatch) {
    statsFor(healMatch[1]).healed = true;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(statsFor(healMatch[1]));
    return;
  }
  const match = /^\/broken\/([a-z0-9-]+)\/([\w-]+)(\/v1\/.*)$/.exec(ctx.path);
  if (!match) return next();
  const [, brokenCase, id, apiPath] = match;
  const entry = statsFor(id);
  entry.hits += 1;
  const generated = /^gen-(\d{1,10})$/.exec(brokenCase);
  if (generated) return generatedCase(ctx, Number(generated[1]), entry, apiPath);
  const send = (status, type, body) => {
    ctx.status = status;
    ctx.type = type;
    ctx.body = body;
  };

  switch (brokenCase) {
    case 'wrong-shape':
      // Looks like JSON from a server that speaks another version of the API.
      return send(200, 'application/json', JSON.stringify({ vacancies: [{ id: 1, name: 'Docent' }], next: null }));
    case 'html':
      // What an expired single sign-on session often returns: a login page with status 200.
      return send(200, 'text/html', '<!doctype html><html lang="nl"><title>Inloggen</title><h1>Log in</h1></html>');
    case 'invalid-json':
      // A response cut off half-way.
      return send(200, 'application/json', '{"items":[{"id":"docent-ict","title":"Docent');
    case 'server-error':
      return send(500, 'application/problem+json', problem(500, 'internal', 'Internal Server Error'));
    case 'unauthorized':
      return send(401, 'application/problem+json', problem(401, 'unauthorized', 'Unauthorized'));
    case 'forbidden':
      return send(403, 'application/problem+json', problem(403, 'forbidden', 'Forbidden'));
    case 'flaky': {
      // Fails on the first request of this id, then recovers.
      if (entry.hits === 1) return send(500, 'application/problem+json', problem(500, 'internal', 'Internal Server Error'));
      const real = await fromRealApi(apiPath, ctx.search);
      return send(real.status, real.type, real.text);
    }
    case 'slow': {
      // Answers after a delay; notes whether the browser gave up on the request first.
      ctx.res.once('close', () => {
        if (!ctx.res.writableFinished) entry.aborted += 1;
      });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const real = await fromRealApi(apiPath, ctx.search);
      return send(real.status, real.type, real.text);
    }
    case 'hostile': {
      // Valid according to the contract, but with markup where text belongs.
      const real = await fromRealApi(apiPath, ctx.search);
      const page = JSON.parse(real.text);
      for (const item of page.items ?? []) {
        item.title = `<b>${item.title}</b>`;
        item.summary = '<img src="x" onerror="window.__pwned = true">';
        item.description = [
          '**Vet** <script>window.__pwned = true</script>',
          '<a href="javascript:window.__pwned=true">klik</a> [klik](javascript:window.__pwned=true)',
          '- [meer informatie](https://example.org/info)',
        ].join('\n\n');
        item.applyUrl = 'https://example.org/solliciteer';
      }
      return send(real.status, real.type, JSON.stringify(page));
    }
    default:
      return send(404, 'application/problem+json', problem(404, 'not-found', 'Not Found'));
  }
}

/**
 * `/broken/gen-<seed>/<id>/v1/...`: the real API's answer for the same request (token and language
 * passed on), broken in one way chosen deterministically by `<seed>` — a dropped, nulled or retyped
 * member, 100,000 array items, deep nesting, invalid UTF-8, truncation, an HTML page, an empty body, a
 * wrong media type or status, a redirect loop or a connection reset mid-body. JSON that the contract
 * would still accept is broken again, so every answer is malformed. `/broken/heal/<id>` makes the
 * answers of that id the real ones from then on, for testing Retry.
 */
async function generatedCase(ctx, seed, entry, apiPath) {
  const forwarded = Object.fromEntries(
    ['accept', 'accept-language', 'authorization'].filter((name) => ctx.get(name)).map((name) => [name, ctx.get(name)]),
  );
  const response = await fetch(`${api.url}${apiPath}${ctx.search}`, { method: ctx.method, headers: forwarded });
  const realText = await response.text();
  const realType = response.headers.get('content-type') ?? 'application/json';
  const send = (status, type, body) => {
    ctx.status = status;
    if (type) ctx.type = type;
    ctx.body = body;
  };
  if (entry.healed || !response.ok) return send(response.status, realType, realText);

  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const route = Object.values(routes).find(
    (r) => r.method === ctx.method && new RegExp(`^${r.path.replace(/\./g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`).test(apiPath),
  );
  const schema = route?.responses[response.status];
  const isValid = (text) => {
    try {
      return schema !== undefined && schema.safeParse(JSON.parse(text)).success;
    } catch {
      return false;
    }
  };
  const body = JSON.parse(realText);
  const paths = [];
  const walk = (value, path) => {
    paths.push(path);
    if (Array.isArray(value)) value.slice(0, 2).forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(body, []);
  const replaced = (path, replacement) => {
    if (path.length === 0) return replacement;
    const copy = structuredClone(body);
    const parent = path.slice(0, -1).reduce((node, key) => node[key], copy);
    const last = path[path.length - 1];
    if (replacement !== undefined) parent[last] = replacement;
    else if (Array.isArray(parent)) parent.splice(last, 1);
    else delete parent[last];
    return copy;
  };
  const marker = '\u0000deep\u0000';
  const jsonMutations = {
    drop: (path) => JSON.stringify(replaced(path, undefined)),
    null: (path) => JSON.stringify(replaced(path, null)),
    swap: (path) => JSON.stringify(replaced(path, pick([42, -1.5, 'tekst', '', true, false, {}, [], [1, 'x'], { a: 1 }]))),
    huge: (path) => JSON.stringify(replaced(path, new Array(100_000).fill(pick([{}, 0, null, 'x'])))),
    deep: (path) => JSON.stringify(replaced(path, marker)).replace(JSON.stringify(marker), `${'['.repeat(20_000)}${']'.repeat(20_000)}`),
  };
  const loginPage = '<!doctype html><html lang="nl"><title>Inloggen</title><form action="/sso"><input name="user"></form></html>';
  const kind = pick(['json', 'json', 'json', 'json', 'utf8', 'truncate', 'html', 'html-as-json', 'empty', 'media-type', 'status', 'reset', 'redirect-loop']);
  entry.generated = kind;
  switch (kind) {
    case 'json':
      for (let attempt = 0; attempt < 50; attempt += 1) {
        const mutation = pick(Object.keys(jsonMutations));
        const text = jsonMutations[mutation](pick(paths));
        if (!isValid(text)) {
          entry.generated = mutation;
          return send(200, 'application/json', text);
        }
      }
      entry.generated = 'truncate';
      return send(200, 'application/json', realText.slice(0, Math.floor(realText.length / 2)));
    case 'utf8': {
      const bytes = Buffer.from(realText, 'utf8');
      const at = Math.floor(random() * bytes.length);
      return send(200, 'application/json', Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]));
    }
    case 'truncate':
      return send(200, 'application/json', realText.slice(0, Math.floor(random() * realText.length)));
    case 'html':
      return send(200, 'text/html', loginPage);
    case 'html-as-json':
      return send(200, 'application/json', loginPage);
    case 'empty':
      return send(200, 'application/json', '');
    case 'media-type':
      return send(200, pick(['text/plain', 'text/html', 'application/xml']), realText);
    case 'status': {
      const status = pick([400, 404, 409, 418, 422, 500, 502, 504]);
      return send(status, pick(['text/html', 'application/json', 'application/problem+json']), pick([loginPage, '', realText, '{"title":']));
    }
    case 'reset': {
      // Headers and part of the body, then the connection is destroyed.
      ctx.respond = false;
      ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(realText) });
      ctx.res.write(realText.slice(0, Math.floor(realText.length * random())), () => ctx.res.socket?.destroy());
      return;
    }
    case 'redirect-loop':
      ctx.status = pick([301, 302, 307, 308]);
      ctx.set('location', ctx.originalUrl);
      // A browser keeps a permanent redirect in its HTTP cache: without this, Retry after healing
      // would loop from the cache and never reach this server (what the test checks is the loop).
      ctx.set('cache-control', 'no-store');
      ctx.body = '';
      return;
  }
}

const malformedSeed = Number(process.env.MALFORMED_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** A small seeded generator: the same seed breaks an answer the same way on every run. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * What the reference server received through `/recorded/<id>/v1/...`, per test token: method, path
 * with query, headers and body of every request, before it is passed on to the real API. Tests read
 * it at `/recorded/log/<id>` to check, on the server side, what an element sent over the network.
 * `/recorded/event-counts` returns the usage counts the reference server stored.
 */
const recorded = new Map();

/** @type {import('@web/dev-server-core').Middleware} */
async function recordingApi(ctx, next) {
  const logMatch = /^\/recorded\/log\/([\w-]+)$/.exec(ctx.path);
  if (logMatch) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(recorded.get(logMatch[1]) ?? []);
    return;
  }
  if (ctx.path === '/recorded/event-counts') {
    const rows = await api.app.mobility.database.db.withTables().selectFrom('usage_event_counts').selectAll().execute();
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(rows.map((row) => ({ ...row, count: Number(row.count) })));
    return;
  }
  const match = /^\/recorded\/([\w-]+)(\/v1\/.*)$/.exec(ctx.path);
  if (!match) return next();
  const [, id, apiPath] = match;
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  const body = chunks.length > 0 ? Buffer.concat(chunks).toString('utf8') : null;
  const log = recorded.get(id) ?? [];
  recorded.set(id, log);
  log.push({ method: ctx.method, url: `${apiPath}${ctx.search}`, headers: { ...ctx.headers }, body });
  const forwarded = Object.fromEntries(
    ['accept', 'accept-language', 'authorization', 'content-type', 'if-none-match']
      .filter((name) => ctx.get(name))
      .map((name) => [name, ctx.get(name)]),
  );
  const response = await fetch(`${api.url}${apiPath}${ctx.search}`, { method: ctx.method, headers: forwarded, body: body ?? undefined });
  ctx.status = response.status;
  ctx.type = response.headers.get('content-type') ?? 'application/json';
  ctx.body = await response.text();
}

/**
 * `/bulk/<n>/v1/vacancies` answers with one page of `n` generated vacancies that satisfy the
 * contract (more than the API's page limit allows, on purpose: it feeds long lists to the elements),
 * and `/bulk/<n>/v1/organisations` with their organisations.
 */
const bulkPages = new Map();
/** @type {import('@web/dev-server-core').Middleware} */
async function bulkApi(ctx, next) {
  const match = /^\/bulk\/(\d{1,5})\/v1\/(vacancies|organisations)$/.exec(ctx.path);
  if (!match) return next();
  const n = Number(match[1]);
  ctx.type = 'application/json';
  if (match[2] === 'organisations') {
    ctx.body = JSON.stringify({ items: generatedOrganisations });
    return;
  }
  if (!bulkPages.has(n)) bulkPages.set(n, JSON.stringify({ items: generatedVacancies(n), nextCursor: null }));
  ctx.body = bulkPages.get(n);
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: root,
  files: ['packages/elements/test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: 1,
  // Some files seed a second server or walk every story of a long corpus; a busy CI machine shares
  // two cores between the runner, Chromium and the servers.
  testsFinishTimeout: 300_000,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 15000 } },
  plugins: [referenceServer(), esbuildPlugin({ ts: true, tsconfig: `${root}tsconfig.json` }), forcedColorsCommand(), signIn.plugin],
  middleware: [brokenApi, recordingApi, bulkApi, xss.middleware, signIn.middleware],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: [...chromiumArgs],
      },
    }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>mobility-kit elements</title>
    <script>
      window.__MOBILITY_API__ = ${JSON.stringify(api?.url ?? '')};
      window.__MOBILITY_UNREACHABLE_API__ = ${JSON.stringify(unreachableUrl)};
    </script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].includes('Lit is in dev mode')),
};
