#!/usr/bin/env node
// `npm run bench:load` (also part of `npm run bench`): the reference server under load and under a
// database fault, measured against a baseline served in the same run.
//
// 1. Throughput: autocannon against GET /v1/vacancies (a plain page and a search) on PGlite and on
//    PostgreSQL, each next to the very same JSON bytes served as a static file by the same Fastify
//    server (same plugins, same headers, same process). Costs are ratios to that baseline. The
//    plain page is measured once more while the server imports a feed of 14,000 items
//    (BENCH_IMPORT_ITEMS; 0 leaves it out): its p99 then, as a ratio to its p99 at rest.
// 2. Soak: 60 s of mixed traffic (list, search, detail, stories, health): no errors, only 2xx/304,
//    and the server's resident memory at the start and end of the run.
// 3. Fault: a private, disposable PostgreSQL cluster is stopped and started again under load: health
//    and API answer 503 while it is down, the server recovers on its own, and every acknowledged
//    HR write is stored exactly once.
//
// The server always runs in a child process (this file with `--serve`), so the load generator and
// the server are separate processes; on this machine they still share the same two cores.
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createPrivateCluster, privateClusterPrerequisites } from './private-postgres.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const serverEntry = join(root, 'packages', 'server', 'dist', 'index.js');

/**
 * Vacancies in the table. PostgreSQL: a network of a dozen institutions with a few hundred open
 * positions each. PGlite is the embedded, single-institution setup (one hogeschool lists some
 * hundreds, internal ones included), and it runs its queries on the server's own thread.
 */
const volumes = { PGlite: 1_000, PostgreSQL: 5_000 };
/** Measured seconds of load per side (API, static), after a short unmeasured warm-up. */
const runSeconds = Number(process.env.BENCH_LOAD_SECONDS ?? 12);
const soakSeconds = Number(process.env.BENCH_SOAK_SECONDS ?? 60);
const connections = 10;
/** The measured seconds of each side are split into this many alternating rounds. */
const rounds = 4;
/** Items of the feed imported while the list is measured (the issue's 4.8 MB feed had 14,000). */
const importItems = Number(process.env.BENCH_IMPORT_ITEMS ?? 14_000);

// Budgets, all as ceilings (a value above fails the run):
// - static req/s ÷ API req/s: the API runs its SQL (visibility rules per row, the organisation
//   join, full-text ranking for `q`), then maps, validates and serialises 20 vacancies, where the
//   baseline only streams a file; expect the API to be tens of times slower. PGlite is
//   single-threaded WebAssembly on the server's own event loop; PostgreSQL runs in its own
//   processes, on the same two cores. This machine is shared and busy (load averages of 20+ while
//   measuring): the same ratio came out between 12× and 110× in runs minutes apart, with the rounds
//   interleaved. The budgets sit about twice above the worst run seen, so they catch a regression
//   of an order of magnitude (a lost index, a query per row, a blocking call) and not the noise;
//   on a quiet, dedicated machine they can be tightened to ~1.5× the measured ratios.
// - API p99 ÷ static p99: the same reasoning for the tail latency under 10 connections.
// - Soak: no errors at all. Memory: what the server retains (JS heap + external buffers after a
//   full GC) must stay put, ≤ 1.25× (a leak of a few KB per request adds tens of MB over this soak:
//   seen 31 → 32 MB). RSS also holds heap space V8 keeps in reserve and allocator arenas; it grows
//   for a while under load before it levels off (seen 1.4–1.75× after 60 s, flat at ~340 MB in the
//   second half of a faster run), so its budget of 2× is a coarse bound only.
// - Fault: health reports the outage within 3 s, the service answers again within 10 s after
//   PostgreSQL accepts connections, and no request during the outage takes longer than 7 s (the
//   5 s connection timeout plus scheduling on a busy machine).
const limits = {
  'PGlite: static req/s ÷ GET /v1/vacancies?limit=20 req/s': 200,
  'PGlite: static req/s ÷ GET /v1/vacancies?q=docent&limit=20 req/s': 200,
  'PGlite: GET /v1/vacancies?limit=20 p99 ÷ static p99': 80,
  'PGlite: GET /v1/vacancies?q=docent&limit=20 p99 ÷ static p99': 80,
  'PGlite: GET /v1/vacancies?limit=20 p99 during a feed import ÷ p99 at rest': 60,
  'PostgreSQL: static req/s ÷ GET /v1/vacancies?limit=20 req/s': 150,
  'PostgreSQL: static req/s ÷ GET /v1/vacancies?q=docent&limit=20 req/s': 100,
  'PostgreSQL: GET /v1/vacancies?limit=20 p99 ÷ static p99': 60,
  'PostgreSQL: GET /v1/vacancies?q=docent&limit=20 p99 ÷ static p99': 40,
  'PostgreSQL: GET /v1/vacancies?limit=20 p99 during a feed import ÷ p99 at rest': 30,
  'soak: server RSS end ÷ start': 2,
  'soak: JS heap + external memory after full GC, end ÷ start': 1.25,
  'soak: errors, timeouts and answers other than 2xx/304': 0,
  'fault: seconds from PostgreSQL stop to health 503': 3,
  'fault: seconds from PostgreSQL start to service recovered': 10,
  'fault: slowest request while PostgreSQL was down, s': 7,
  'fault: answers other than 2xx or 503 problem (500s, hangs, resets)': 0,
  'fault: writes missing after retry or duplicated': 0,
};

/**
 * Run every part and return the rows for the bench report, in the shape `scripts/bench.mjs` uses:
 * `{ name, value, unit, target, budget, ok, onTarget }`.
 */
export async function runLoadBench({ log = console.log } = {}) {
  if (!existsSync(serverEntry) && !process.env.BENCH_LOAD_SOURCE) throw new Error('Build first: npm run build');
  const rows = [];
  const record = (name, value, unit) => {
    const budget = limits[name];
    const ok = budget === undefined || (typeof value === 'number' && value <= budget);
    rows.push({ name, value, unit, target: undefined, budget, ok, onTarget: ok });
  };
  const note = (name, value) => rows.push({ name, value, unit: '', ok: true, onTarget: true });
  log(`load: the server runs in a child process; autocannon and the server share ${cpus().length} core(s), so absolute numbers are low and only the ratios are budgeted.`);
  note('load: server in a child process, sharing the cores with the load generator', `${cpus().length} cores`);

  // BENCH_LOAD_ONLY=throughput,soak,fault picks parts (all by default).
  const parts = new Set((process.env.BENCH_LOAD_ONLY ?? 'throughput,soak,fault').split(','));
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (parts.has('throughput')) await throughput('PGlite', {}, record, log);
  if (pgUrl) {
    const scoped = await scratchSchema(pgUrl);
    try {
      if (parts.has('throughput')) await throughput('PostgreSQL', { databaseUrl: scoped.url }, record, log);
      if (parts.has('soak')) await soak('PostgreSQL', { databaseUrl: scoped.url }, record, log);
    } finally {
      await scoped.drop();
    }
  } else {
    log('load: PostgreSQL skipped (neither BENCH_DATABASE_URL nor TEST_DATABASE_URL is set); the soak runs on PGlite.');
    note('PostgreSQL load', 'skipped');
    if (parts.has('soak')) await soak('PGlite', {}, record, log);
  }

  const cluster = privateClusterPrerequisites();
  if (!parts.has('fault')) {
    // Not asked for.
  } else if (cluster.ok) {
    await fault(record, log);
  } else {
    const message = `FAULT SCENARIO SKIPPED: ${cluster.reason}. It needs PostgreSQL server binaries (initdb, pg_ctl) and either root (it runs them as the postgres user) or a non-root user.`;
    log(`\n!!! ${message}\n`);
    // In CI the scenario must run: a skip there is a failure.
    rows.push({ name: 'fault: PostgreSQL restart under load', value: 'skipped', unit: '', ok: !process.env.CI, onTarget: !process.env.CI, budget: process.env.CI ? 'must run in CI' : undefined });
  }
  return rows;
}

// ---- Server child --------------------------------------------------------------------------

/** Start the server in a child process and wait for it to be ready. */
async function startChild(config) {
  // BENCH_LOAD_SOURCE=1 runs the server from its TypeScript sources (no build needed).
  // --expose-gc: the soak reads the heap after a full collection, i.e. what is really retained.
  const execArgv = ['--expose-gc', ...(process.env.BENCH_LOAD_SOURCE ? ['--conditions=source', '--import', 'tsx'] : [])];
  const child = fork(fileURLToPath(import.meta.url), ['--serve', JSON.stringify(config)], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const waiters = new Map();
  child.on('message', (message) => {
    const waiter = waiters.get(message.type);
    if (waiter) {
      waiters.delete(message.type);
      waiter.resolve(message);
    }
  });
  child.on('exit', (code) => {
    for (const [type, waiter] of waiters) waiter.reject(new Error(`server child exited (${code}) while waiting for ${type}: ${stderr.slice(-2000)}`));
    waiters.clear();
  });
  const next = (type) => new Promise((resolve, reject) => waiters.set(type, { resolve, reject }));
  const ready = await next('ready');
  return {
    url: ready.url,
    ready,
    child,
    get stderr() {
      return stderr;
    },
    get alive() {
      return child.exitCode === null && child.signalCode === null;
    },
    /** Resident set size, bytes. */
    async rss() {
      const answer = next('rss');
      child.send({ type: 'rss' });
      return (await answer).rss;
    },
    /** Heap in use after a full garbage collection, bytes. */
    async retainedHeap() {
      const answer = next('heap');
      child.send({ type: 'heap' });
      return (await answer).heap;
    },
    /** Start a feed import of `items` items in the server; resolves when it has begun, with its end as `done`. */
    async startImport(items) {
      const started = next('import-started');
      child.send({ type: 'import', items });
      const begun = await started;
      return { ...begun, done: next('imported'), stop: () => child.send({ type: 'import-stop' }) };
    },
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) {
        rmSync(ready.staticDir, { recursive: true, force: true });
        return;
      }
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'close' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
      // Also when the child died or was killed before it could clean up.
      rmSync(ready.staticDir, { recursive: true, force: true });
    },
  };
}

/** The child: a seeded server with development auth, a grown vacancy table and static snapshots. */
async function serve(config) {
  const { startServer } = await import(process.env.BENCH_LOAD_SOURCE ? '@mobility-kit/server' : pathToFileURL(serverEntry).href);
  const { sql } = await import('kysely');
  const staticDir = mkdtempSync(join(tmpdir(), 'mk-bench-static-'));
  const server = await startServer({
    port: 0,
    seed: true,
    devAuth: true,
    rateLimit: false,
    staticRoots: [{ root: staticDir, prefix: '/static/' }],
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: 'memory://' }),
  });
  const db = server.app.mobility.database.db;
  let rowCount;
  if (config.volume) {
    // Copies of the seeded demo vacancies (so searches hit realistic text), made by one INSERT … SELECT.
    const columns = (
      await sql`select column_name from information_schema.columns
                where table_schema = current_schema() and table_name = 'vacancies' and is_generated = 'NEVER'
                order by ordinal_position`.execute(db)
    ).rows.map((row) => row.column_name);
    const seeded = Number((await sql`select count(*)::int as n from vacancies`.execute(db)).rows[0].n);
    const copies = Math.ceil((config.volume - seeded) / seeded);
    const values = columns.map((c) => (c === 'id' ? sql`'bench-' || left(md5(v.id), 16) || '-' || g` : sql.ref(`v.${c}`)));
    // A bulk load, not a request: outside the per-statement timeouts that bound requests.
    await server.app.mobility.database.maintenance(async (bulk) => {
      await sql`insert into vacancies (${sql.join(columns.map((c) => sql.ref(c)))})
                select ${sql.join(values)} from vacancies v cross join generate_series(1, ${copies}) g
                limit ${config.volume - seeded}`.execute(bulk);
      await sql`analyze vacancies`.execute(bulk);
    });
    rowCount = Number((await sql`select count(*)::int as n from vacancies`.execute(db)).rows[0].n);
  }
  // The baseline: the API's own answer, byte for byte, as a file served by @fastify/static.
  const snapshots = {};
  for (const [name, path] of Object.entries(config.snapshots ?? {})) {
    const response = await fetch(`${server.url}${path}`);
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    writeFileSync(join(staticDir, `${name}.json`), bytes);
    snapshots[name] = { path: `/static/${name}.json`, bytes: bytes.length };
  }
  // A feed import of many items, run inside the server process as a scheduled import would be.
  let importController;
  const importFeed = async (items) => {
    const importerPath = process.env.BENCH_LOAD_SOURCE
      ? join(root, 'packages', 'server', 'src', 'feeds', 'importer.ts')
      : join(root, 'packages', 'server', 'dist', 'feeds', 'importer.js');
    const { importDocument } = await import(pathToFileURL(importerPath).href);
    const item = (i) =>
      `<item><guid isPermaLink="false">bench-${i}</guid><title>Docent bench ${i}</title><link>https://werk.example/bench-${i}</link>` +
      `<pubDate>Mon, 03 Mar 2025 08:00:00 +0100</pubDate><description>${'Je geeft les en begeleidt studenten. '.repeat(8)}</description></item>`;
    const text = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench</title><language>nl</language>${Array.from({ length: items }, (_, i) => item(i)).join('')}</channel></rss>`;
    importController = new AbortController();
    const organisation = (await sql`select id from organisations order by id limit 1`.execute(db)).rows[0].id;
    process.send({ type: 'import-started', bytes: Buffer.byteLength(text) });
    const report = await importDocument(
      db,
      { feed: `bench-${Date.now()}`, organisation, source: 'https://werk.example/bench.xml', signal: importController.signal },
      { bytes: new TextEncoder().encode(text), contentType: 'application/rss+xml', url: 'https://werk.example/bench.xml' },
    );
    process.send({ type: 'imported', status: report.status, created: report.created, error: report.error });
  };
  const close = async () => {
    try {
      await server.close();
    } finally {
      rmSync(staticDir, { recursive: true, force: true });
      process.exit(0);
    }
  };
  process.on('message', (message) => {
    if (message.type === 'rss') process.send({ type: 'rss', rss: process.memoryUsage().rss });
    if (message.type === 'heap') {
      globalThis.gc?.();
      const { heapUsed, external } = process.memoryUsage();
      process.send({ type: 'heap', heap: heapUsed + external });
    }
    if (message.type === 'close') void close();
    if (message.type === 'import') void importFeed(message.items);
    if (message.type === 'import-stop') importController?.abort();
  });
  // Never outlive the bench.
  process.on('disconnect', () => void close());
  process.send({ type: 'ready', url: server.url, rows: rowCount, snapshots, staticDir });
}

// ---- 1. Throughput against the static baseline ---------------------------------------------

async function cannon(options) {
  const { default: autocannon } = await import('autocannon');
  return autocannon({ connections, pipelining: 1, timeout: 10, ...options });
}

/** Answers that are neither 2xx nor 304, plus transport errors and timeouts. */
const failures = (result) =>
  result.errors + result.timeouts + Object.entries(result.statusCodeStats).reduce((n, [code, { count }]) => n + (/^2\d\d$|^304$/.test(code) ? 0 : count), 0);

async function throughput(engine, database, record, log) {
  const paths = { list: '/v1/vacancies?limit=20', search: '/v1/vacancies?q=docent&limit=20' };
  const server = await startChild({ ...database, volume: volumes[engine], snapshots: paths });
  try {
    record(`${engine}: vacancies in the table`, server.ready.rows, 'rows');
    for (const [name, path] of Object.entries(paths)) {
      const staticPath = server.ready.snapshots[name].path;
      // Warm both paths (JIT, query plans, caches) without measuring.
      await cannon({ url: `${server.url}${path}`, duration: 2 });
      await cannon({ url: `${server.url}${staticPath}`, duration: 2 });
      // Short alternating rounds, so that other work on the machine weighs on both sides alike.
      const apiRounds = [];
      const staticRounds = [];
      for (let i = 0; i < rounds; i++) {
        const duration = runSeconds / rounds;
        const pair = [
          async () => apiRounds.push(await cannon({ url: `${server.url}${path}`, duration })),
          async () => staticRounds.push(await cannon({ url: `${server.url}${staticPath}`, duration })),
        ];
        for (const run of i % 2 === 0 ? pair : pair.reverse()) {
          await run();
          // Let the server finish what is still queued (autocannon stops sending, the server has
          // not stopped answering) before the other side is measured: health queues behind it.
          await (await fetch(`${server.url}/v1/health`)).arrayBuffer();
        }
      }
      const api = combine(apiRounds);
      const baseline = combine(staticRounds);
      for (const [label, result] of [[path, api], [`static copy of ${path}`, baseline]]) {
        if (result.requests.total === 0) throw new Error(`${engine} ${label}: no answer at all in ${runSeconds} s`);
        if (failures(result) > 0) throw new Error(`${engine} ${label}: ${failures(result)} failed requests (${JSON.stringify(result.statusCodeStats)})`);
      }
      log(`${engine} ${path}: ${Math.round(api.requests.average)} req/s, p99 ${api.latency.p99} ms; static copy (${server.ready.snapshots[name].bytes} bytes): ${Math.round(baseline.requests.average)} req/s, p99 ${baseline.latency.p99} ms`);
      record(`${engine}: GET ${path} req/s`, Math.round(api.requests.average), '/s');
      record(`${engine}: GET ${path} p99 latency`, api.latency.p99, 'ms');
      record(`${engine}: static copy of ${name} req/s`, Math.round(baseline.requests.average), '/s');
      record(`${engine}: static copy of ${name} p99 latency`, baseline.latency.p99, 'ms');
      record(`${engine}: static req/s ÷ GET ${path} req/s`, round(baseline.requests.average / api.requests.average), '×');
      record(`${engine}: GET ${path} p99 ÷ static p99`, round(api.latency.p99 / Math.max(1, baseline.latency.p99)), '×');
      if (name === 'list' && importItems > 0) {
        // The same list, measured while a large feed is imported: batches keep reads answered.
        const running = await server.startImport(importItems);
        const during = combine([await cannon({ url: `${server.url}${path}`, duration: runSeconds / 2 })]);
        running.stop();
        const ended = await running.done;
        if (during.requests.total === 0) throw new Error(`${engine} ${path}: no answer at all during the import`);
        if (failures(during) > 0) throw new Error(`${engine} ${path} during the import: ${failures(during)} failed requests (${JSON.stringify(during.statusCodeStats)})`);
        log(`${engine} ${path} during an import of ${importItems} items (${Math.round(running.bytes / 1024)} KB, ${ended.status === 'succeeded' ? 'finished' : 'stopped after the measurement'}): ${Math.round(during.requests.average)} req/s, p99 ${during.latency.p99} ms`);
        record(`${engine}: GET ${path} p99 during a feed import`, during.latency.p99, 'ms');
        record(`${engine}: GET ${path} p99 during a feed import ÷ p99 at rest`, round(during.latency.p99 / Math.max(1, api.latency.p99)), '×');
      }
    }
  } finally {
    await server.close();
  }
}

const round = (n) => Math.round(n * 10) / 10;

/** Rounds of one side as one result: requests per second over all rounds, the median round's p99. */
function combine(results) {
  const total = results.reduce((n, r) => n + r.requests.total, 0);
  const seconds = results.reduce((n, r) => n + r.duration, 0);
  const p99s = results.map((r) => r.latency.p99).sort((a, b) => a - b);
  const statusCodeStats = {};
  for (const r of results) for (const [code, { count }] of Object.entries(r.statusCodeStats)) statusCodeStats[code] = { count: (statusCodeStats[code]?.count ?? 0) + count };
  return {
    requests: { average: total / seconds, total },
    latency: { p99: p99s[Math.floor(p99s.length / 2)] },
    errors: results.reduce((n, r) => n + r.errors, 0),
    timeouts: results.reduce((n, r) => n + r.timeouts, 0),
    statusCodeStats,
  };
}

// ---- 2. Soak -------------------------------------------------------------------------------

async function soak(engine, database, record, log) {
  const server = await startChild({ ...database, volume: volumes[engine] });
  try {
    const list = await (await fetch(`${server.url}/v1/vacancies?limit=50`)).json();
    const ids = list.items.map((v) => v.id);
    const requests = [
      '/v1/vacancies?limit=20',
      '/v1/vacancies?q=docent&limit=20',
      `/v1/vacancies/${encodeURIComponent(ids[0])}`,
      '/v1/stories',
      '/v1/vacancies?q=adviseur%20onderwijs&sort=closing&limit=20',
      `/v1/vacancies/${encodeURIComponent(ids[ids.length - 1])}`,
      '/v1/health',
      '/v1/vacancies?kind=assignment&limit=20',
    ].map((path) => ({ method: 'GET', path }));
    // Warm up, then take the starting RSS: what a server settles at, not what it starts with.
    await cannon({ url: server.url, requests, duration: 5 });
    const heapStart = await server.retainedHeap();
    const start = await server.rss();
    const samples = [start];
    const sampler = setInterval(() => void server.rss().then((rss) => samples.push(rss)), 5_000);
    const result = await cannon({ url: server.url, requests, duration: soakSeconds });
    clearInterval(sampler);
    const end = await server.rss();
    samples.push(end);
    const heapEnd = await server.retainedHeap();
    const mb = (bytes) => Math.round(bytes / 1024 / 1024);
    log(`soak (${engine}, ${soakSeconds} s, ${requests.length} request kinds): ${result.requests.total} requests, ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms; status ${JSON.stringify(result.statusCodeStats)}; errors ${result.errors}, timeouts ${result.timeouts}`);
    log(`soak: RSS every 5 s (MB): ${samples.map(mb).join(' ')}; JS heap + external after full GC ${mb(heapStart)} → ${mb(heapEnd)} MB`);
    record(`soak (${engine}): requests in ${soakSeconds} s of mixed load`, result.requests.total, '');
    record('soak: errors, timeouts and answers other than 2xx/304', failures(result), '');
    record('soak: server RSS after warm-up, MB', mb(start), 'MB');
    record('soak: server RSS at the end, MB', mb(end), 'MB');
    record('soak: server RSS at its highest, MB', mb(Math.max(...samples)), 'MB');
    record('soak: server RSS end ÷ start', Math.round((end / start) * 100) / 100, '×');
    record('soak: JS heap + external memory after full GC, end ÷ start', Math.round((heapEnd / heapStart) * 100) / 100, '×');
    if (!server.alive) throw new Error(`the server died during the soak: ${server.stderr.slice(-2000)}`);
  } finally {
    await server.close();
  }
}

// ---- 3. Fault: PostgreSQL stopped and started under load -------------------------------------

/** An HR vacancy with a caller-chosen id: a retried write then proves whether the first one was stored (409). */
const hrVacancy = (id, validThrough) => ({
  id,
  title: `Docent bench ${id}`,
  description: 'Een vacature die de belastingtest schrijft.',
  kind: 'vacancy',
  visibility: 'public',
  location: { city: 'Utrecht', pc4: '3511' },
  workplace: 'hybrid',
  hoursPerWeek: { min: 24, max: 32 },
  contract: 'permanent',
  validThrough,
  interests: ['S'],
  skills: ['onderwijs'],
  language: 'nl',
});

async function fault(record, log) {
  const pg = (await import('pg')).default;
  const cluster = await createPrivateCluster();
  let server;
  try {
    server = await startChild({ databaseUrl: cluster.url, volume: 2_000 });
    const base = server.url;
    const organisation = (await (await fetch(`${base}/v1/organisations`)).json()).items[0].id;
    const { token } = await (
      await fetch(`${base}/v1/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'hr', organisation }) })
    ).json();
    const ids = (await (await fetch(`${base}/v1/vacancies?limit=10`)).json()).items.map((v) => v.id);
    const validThrough = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);

    /** Every answer: when, how long, what, and whether it is acceptable. */
    const log_ = [];
    const timeoutMs = 20_000;
    async function call(kind, path, init = {}) {
      const started = performance.now();
      const entry = { kind, path, started, status: 0, ms: 0, clean: false, detail: '' };
      try {
        const response = await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(timeoutMs) });
        const text = await response.text();
        entry.status = response.status;
        const type = response.headers.get('content-type') ?? '';
        if (response.status < 300) entry.clean = true;
        else if (response.status === 503 && kind === 'health') {
          const body = JSON.parse(text);
          entry.clean = body.database === 'unavailable' && body.status === 'degraded' && response.headers.has('retry-after');
        } else if (response.status === 503) {
          const body = JSON.parse(text);
          entry.clean = type.startsWith('application/problem+json') && body.status === 503 && /unavailable/.test(body.type) && !/\bat .+\.(ts|js):\d+/.test(text) && response.headers.has('retry-after');
        } else if (response.status === 409 && kind === 'retry') entry.clean = true;
        if (!entry.clean) entry.detail = text.slice(0, 300);
      } catch (error) {
        entry.detail = `${error.name}: ${error.message}`;
      }
      entry.ms = performance.now() - started;
      log_.push(entry);
      return entry;
    }

    let running = true;
    const readers = [
      () => call('list', '/v1/vacancies?q=docent&limit=20'),
      () => call('list', '/v1/vacancies?limit=20'),
      () => call('detail', `/v1/vacancies/${encodeURIComponent(ids[0])}`),
      () => call('health', '/v1/health'),
    ].map(async (fn) => {
      while (running) await fn();
    });
    const written = new Map(); // id → first status
    let nextWrite = 0;
    const writers = Array.from({ length: 4 }, async () => {
      while (running) {
        const id = `${organisation}-bench-write-${String(nextWrite++).padStart(4, '0')}`;
        const entry = await call('write', '/v1/hr/vacancies', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(hrVacancy(id, validThrough)),
        });
        written.set(id, entry);
        // A client backs off on a 503, as Retry-After asks; not the full 5 s, to keep writing through the outage.
        if (entry.status !== 201) await new Promise((r) => setTimeout(r, 200));
      }
    });
    const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
    const waitFor = async (predicate, limitMs) => {
      const start = performance.now();
      while (performance.now() - start < limitMs) {
        if (predicate()) return (performance.now() - start) / 1000;
        await sleep(50);
      }
      return Infinity;
    };

    await sleep(3_000);
    const stopAt = performance.now();
    cluster.stop();
    const healthDownAfter = await waitFor(() => log_.some((e) => e.kind === 'health' && e.started >= stopAt && e.status === 503), 15_000);
    await sleep(5_000);
    const downUntil = performance.now();
    cluster.start();
    const startedAt = performance.now();
    const recovered = await waitFor(
      () => ['health', 'list', 'detail', 'write'].every((kind) => log_.some((e) => e.kind === kind && e.started >= startedAt && e.status >= 200 && e.status < 300)),
      30_000,
    );
    await sleep(3_000);
    running = false;
    await Promise.all([...readers, ...writers]);

    // Retry each unacknowledged write after recovery: 201 means it was not stored, 409 that it was.
    const unacknowledged = [...written].filter(([, e]) => e.status !== 201).map(([id]) => id);
    let retriedCreated = 0;
    let retriedConflict = 0;
    for (const id of unacknowledged) {
      const entry = await call('retry', '/v1/hr/vacancies', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(hrVacancy(id, validThrough)),
      });
      if (entry.status === 201) retriedCreated += 1;
      else if (entry.status === 409) retriedConflict += 1;
    }

    const acknowledged = [...written].filter(([, e]) => e.status === 201).map(([id]) => id);
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    const stored = (await client.query(`select id from vacancies where id like $1`, [`${organisation}-bench-write-%`])).rows.map((r) => r.id);
    await client.end();
    const storedSet = new Set(stored);
    const missing = acknowledged.filter((id) => !storedSet.has(id)).length;
    const duplicated = stored.length - storedSet.size;
    const unexpected = stored.filter((id) => !written.has(id)).length;
    const allStored = [...written.keys()].every((id) => storedSet.has(id));

    const unclean = log_.filter((e) => !e.clean);
    const during = log_.filter((e) => e.started >= stopAt && e.started < startedAt);
    const slowestDown = Math.max(0, ...during.map((e) => e.ms)) / 1000;
    const statuses = {};
    for (const e of log_) statuses[`${e.kind} ${e.status}`] = (statuses[`${e.kind} ${e.status}`] ?? 0) + 1;
    log(`fault: ${log_.length} requests; ${JSON.stringify(statuses)}`);
    log(`fault: health 503 ${healthDownAfter.toFixed(1)} s after stop; down ${((downUntil - stopAt) / 1000).toFixed(1)} s; recovered ${recovered.toFixed(1)} s after PostgreSQL accepted connections; server process alive: ${server.alive}`);
    log(`fault: writes ${written.size}, acknowledged ${acknowledged.length}; unacknowledged ${unacknowledged.length} → on retry ${retriedCreated} created, ${retriedConflict} already stored; in the database ${stored.length} (${storedSet.size} distinct), missing ${missing}, unexpected ${unexpected}`);
    for (const e of unclean.slice(0, 5)) log(`fault: unclean answer: ${e.kind} ${e.path} → ${e.status} after ${Math.round(e.ms)} ms: ${e.detail}`);
    const crash = server.stderr.search(/^\S*(Error|uncaught|unhandled)/im);
    if (crash >= 0) log(`fault: the server wrote an error to stderr: ${server.stderr.slice(crash, crash + 1500)}`);

    record('fault: requests during the run', log_.length, '');
    record('fault: 503 answers while PostgreSQL was down', during.filter((e) => e.status === 503).length, '');
    record('fault: seconds from PostgreSQL stop to health 503', round(healthDownAfter), 's');
    record('fault: seconds from PostgreSQL start to service recovered', round(recovered), 's');
    record('fault: slowest request while PostgreSQL was down, s', round(slowestDown), 's');
    record('fault: answers other than 2xx or 503 problem (500s, hangs, resets)', unclean.length + (server.alive ? 0 : 1), '');
    record('fault: HR writes attempted (ids chosen by the client)', written.size, '');
    record('fault: HR writes acknowledged with 201', acknowledged.length, '');
    record('fault: writes missing after retry or duplicated', missing + duplicated + unexpected + (allStored ? 0 : 1), '');
  } finally {
    await server?.close();
    cluster.remove();
  }
}

/** A fresh schema on a shared PostgreSQL, reached through `search_path`; dropped afterwards. */
async function scratchSchema(url) {
  const pg = (await import('pg')).default;
  const schema = `mk_load_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: scoped.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}

// ---- Entry points ------------------------------------------------------------------------------

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly && process.argv[2] === '--serve') {
  await serve(JSON.parse(process.argv[3] ?? '{}'));
} else if (invokedDirectly) {
  const rows = await runLoadBench();
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`\n${'measure'.padEnd(width)}  ${'value'.padStart(9)}  budget  result`);
  for (const row of rows) {
    const result = row.budget === undefined ? '' : row.ok ? 'ok' : 'OVER BUDGET';
    console.log(`${row.name.padEnd(width)}  ${String(row.value).padStart(7)} ${String(row.unit).padEnd(2)} ${(row.budget === undefined ? '' : `≤ ${row.budget}`).padEnd(7)} ${result}`);
  }
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results', 'load.json'), JSON.stringify({ date: new Date().toISOString(), rows }, null, 2));
  const over = rows.filter((r) => !r.ok);
  if (over.length) {
    console.error(`\n${over.length} measure(s) over budget or skipped in CI.`);
    process.exit(1);
  }
  console.log('\nAll load budgets met.');
}
