#!/usr/bin/env node
// `npm run bench`: sizes and ratios measured in one run, checked against the budgets below.
// Nothing here asserts wall-clock time: costs are ratios to a baseline measured alongside.
import { readFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import terser from '@rollup/plugin-terser';
import nodeResolve from '@rollup/plugin-node-resolve';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = (pkg, file) => join(root, 'packages', pkg, 'dist', file);

if (!existsSync(dist('elements', 'mobility-kit.js')) || !existsSync(dist('server', 'index.js'))) {
  console.error('Build first: npm run build');
  process.exit(1);
}

// A budget fails the run when exceeded; a target is what we aim for and is reported beside it.
// The bundle's target of 30 KB is not met: ky + zod/mini response validation + Lit take about
// 24 KB before any element code, the SDK client carries every route's schemas (stories, insights,
// regulations, feeds: about 5 KB that provider + vacancies never call), and the virtualizer that
// keeps long lists flat adds about 8 KB. Sign-in in the provider (Authorization Code + PKCE with
// oauth4webapi, about 6.7 KB; the session, about 4.4 KB; <mobility-sign-in>, about 1 KB) raised the
// budget from 56 to 68 KB: every page with a provider carries it, whether it signs in or not. The
// budget guards against further growth until a modular client and a sign-in loaded only when
// `issuer` is set let the bundle drop what it does not use. The HR workspace's routes in the SDK
// client (HR stories, photo upload, feed sources, the case filters and import check, the history of
// the calculator values, reopening a vacancy) added another 3.2 KB of schemas that provider +
// vacancies never call (66.7 → 69.9 KB), and moved the budget to 71 KB: the modular client is the fix.
const limits = {
  'bundle mobility-kit.js (provider + vacancies), gzip KB': { target: 30, budget: 71 },
  // Node 22 parses JSON about a quarter faster than Node 20 did (5.5–5.8 ms against 7.1–7.2 ms for
  // the 1,000-vacancy body on this machine), while validation stays at 18.3–18.6 ms on both: the
  // same validation cost measures 3.1–3.3× on Node 22 against 2.6× on Node 20. The budget moved
  // from 3 to 3.5 with the runtime; the target stays.
  'SDK validation / JSON.parse, 1,000 vacancies': { target: 3, budget: 3.5 },
};
const rows = [];
const record = (name, value, unit) => {
  const { target, budget } = limits[name] ?? {};
  rows.push({ name, value, unit, target, budget, ok: budget === undefined || value <= budget, onTarget: target === undefined || value <= target });
};

// ---- Sizes -------------------------------------------------------------------------------
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

/** Minified + gzipped size of one entry with its own modules inlined and dependencies external. */
async function entrySize(file) {
  const bundle = await rollup({ input: file, external: (id) => !id.startsWith('.') && !id.startsWith('/'), logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser()], inlineDynamicImports: true });
  await bundle.close();
  return gzipSync(output[0].code, { level: 9 }).length;
}

const entries = [
  ['contract', 'index.js'],
  ['sdk', 'index.js'],
  ['rules', 'index.js'],
  ['elements', 'index.js'],
  ['elements', 'provider/define.js'],
  ['elements', 'sign-in/define.js'],
  ['elements', 'vacancies/define.js'],
  ['elements', 'career-test/define.js'],
  ['elements', 'calculator/define.js'],
  ['elements', 'stories/define.js'],
  ['elements', 'dashboard/define.js'],
];
for (const [pkg, file] of entries) {
  if (!existsSync(dist(pkg, file))) continue;
  record(`@mobility-kit/${pkg}/${file}, own code, gzip KB`, kb(await entrySize(dist(pkg, file))), 'KB');
}
const bundleBytes = gzipSync(readFileSync(dist('elements', 'mobility-kit.js')), { level: 9 }).length;
record('bundle mobility-kit.js (provider + vacancies), gzip KB', kb(bundleBytes), 'KB');
if (existsSync(dist('elements', 'mobility-kit-all.js'))) {
  record('bundle mobility-kit-all.js (every element), gzip KB', kb(gzipSync(readFileSync(dist('elements', 'mobility-kit-all.js')), { level: 9 }).length), 'KB');
}

// ---- Stories carousel next to Shoelace's <sl-carousel> ----------------------------------------
// Both built the same way in this run: one self-contained, minified ES bundle per component with
// every dependency inlined (Lit for both; the SDK, ky and zod/mini for ours, which fetches and
// validates its own data), by rollup + node-resolve + terser with the same options.
// The target of 0.5 is out of reach while the element inlines the SDK: Lit alone is ~6 KB of the
// ~8 KB it would allow, and the SDK with the contract's route table ~21 KB. The budget guards
// against growth; the component-only ratio (dependencies external) shows the element's own share.
// The HR workspace's routes in the SDK client (HR stories, photo upload, feed sources, case filters,
// the regulations history, reopening a vacancy) took the bundle from under 39.8 to 43.3 KB (2.71×
// Shoelace's 15.9 KB) while the element's own share stayed at 1.07×: the budget moved from 2.5 to
// 2.9 until the modular client lets a single element carry only the routes it calls.
limits['<mobility-stories> / <sl-carousel>, self-contained gzip ratio'] = { target: 0.5, budget: 2.9 };
async function selfContainedSize(input) {
  const bundle = await rollup({ input, plugins: [nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] })], logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ module: true, ecma: 2022, format: { comments: false } })], inlineDynamicImports: true });
  await bundle.close();
  return gzipSync(output[0].code, { level: 9 }).length;
}
const slCarousel = join(root, 'node_modules', '@shoelace-style', 'shoelace', 'dist', 'components', 'carousel', 'carousel.js');
if (existsSync(dist('elements', 'stories/define.js')) && existsSync(slCarousel)) {
  const storiesBytes = await selfContainedSize(dist('elements', 'stories/define.js'));
  const shoelaceBytes = await selfContainedSize(slCarousel);
  record('<mobility-stories> self-contained (Lit + SDK + contract), gzip KB', kb(storiesBytes), 'KB');
  record('<sl-carousel> 2.x self-contained (Lit + its deps), gzip KB', kb(shoelaceBytes), 'KB');
  record('<mobility-stories> / <sl-carousel>, self-contained gzip ratio', Math.round((storiesBytes / shoelaceBytes) * 100) / 100, '×');
  const storiesOwn = await entrySize(dist('elements', 'stories/define.js'));
  const shoelaceOwn = await entrySize(slCarousel);
  record('<mobility-stories> / <sl-carousel>, own code only (dependencies external) gzip ratio', Math.round((storiesOwn / shoelaceOwn) * 100) / 100, '×');
} else {
  console.warn('Skipping the carousel comparison: build first, and install @shoelace-style/shoelace.');
}

// ---- SDK validation cost -------------------------------------------------------------------
const { startServer } = await import(dist('server', 'index.js'));
const { createMobilityClient } = await import(dist('sdk', 'index.js'));
const { VacancyPage } = await import(dist('contract', 'index.js'));

const server = await startServer({ port: 0, dataDir: 'memory://', seed: true, devAuth: true });
let body;
try {
  // An HR employee of a hogeschool in a network sees the widest realistic set of demo vacancies.
  const organisations = (await (await fetch(`${server.url}/v1/organisations`)).json()).items;
  const tokenResponse = await fetch(`${server.url}/v1/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role: 'employee', organisation: organisations[0].id }),
  });
  const { token } = await tokenResponse.json();
  const client = createMobilityClient({ baseUrl: server.url, getToken: () => token });
  const served = [];
  for await (const vacancy of client.vacancies.iterate({ limit: 100 })) served.push(vacancy);
  const items = Array.from({ length: 1000 }, (_, i) => ({ ...served[i % served.length], id: `${served[i % served.length].id}-${i}` }));
  body = JSON.stringify({ items, nextCursor: 'bench' });
  record('served demo vacancies used as the 1,000-item sample', served.length, 'items');
} finally {
  await server.close();
}

/** Median time of `fn` over interleaved rounds, in ms. */
function timeRounds(fns, rounds = 40) {
  const samples = fns.map(() => []);
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, i) => {
      const start = process.hrtime.bigint();
      fn();
      samples[i].push(Number(process.hrtime.bigint() - start) / 1e6);
    });
  }
  return samples.map((s) => s.sort((a, b) => a - b)[Math.floor(s.length / 2)]);
}

const parsed = JSON.parse(body);
for (let i = 0; i < 20; i++) VacancyPage.parse(JSON.parse(body)); // warm up both paths
const [parseMs, validateMs] = timeRounds([() => JSON.parse(body), () => VacancyPage.parse(parsed)]);
record('body size of 1,000 vacancies, KB', kb(body.length), 'KB');
record('SDK validation / JSON.parse, 1,000 vacancies', Math.round((validateMs / parseMs) * 100) / 100, '×');

// Whole SDK call on an in-memory fetch (ky, JSON, validation) against the same JSON.parse baseline.
const memoryClient = createMobilityClient({ baseUrl: 'http://bench.invalid', fetch: async () => new Response(body, { headers: { 'content-type': 'application/json' } }), retry: 0 });
const callSamples = [];
for (let r = 0; r < 30; r++) {
  const start = process.hrtime.bigint();
  await memoryClient.vacancies.list({ limit: 100 });
  callSamples.push(Number(process.hrtime.bigint() - start) / 1e6);
}
const callMs = callSamples.sort((a, b) => a - b)[15];
record('whole SDK list() call / JSON.parse, 1,000 vacancies', Math.round((callMs / parseMs) * 100) / 100, '×');

// ---- Calculator -----------------------------------------------------------------------------
// A long timeline (well past 60 months): WW, reparatie-uitkering and ASU for a long hbo career, with
// a new job from month 12 whose loonsuppletie runs until AOW. Throughput in scenarios per second, and its cost as a ratio to
// JSON.stringify of the result it produces (the same work an element does to hand it on).
{
  const { simulate } = await import(dist('rules', 'index.js'));
  const input = {
    unemploymentDate: '2026-03-01',
    birthDate: '1975-06-01',
    annualWage: 72000,
    hoursPerWeek: 38,
    weeksWorkedLast36: 36,
    workedYears: Array.from({ length: 26 }, (_, i) => 2000 + i),
    hboServiceYears: 22,
    yearsWithEmployer: 15,
    newJob: { startMonth: 12, monthlyWage: 4200, hoursPerWeek: 32, contract: true },
  };
  const result = simulate(input);
  for (let i = 0; i < 50; i++) simulate(input);
  const [simulateMs, stringifyMs] = timeRounds([() => simulate(input), () => JSON.stringify(result)], 60);
  record(`calculator scenarios per second (${result.months.length}-month timeline)`, Math.round(1000 / simulateMs), '/s');
  record('calculator simulate() / JSON.stringify of its result', Math.round((simulateMs / stringifyMs) * 10) / 10, '×');

  // The element in Chromium: "Bereken" to a painted timeline, against a plain table of as many rows.
  const { measureCalculatorRender } = await import('./bench-calculator-render.mjs');
  const render = await measureCalculatorRender({ bundlePath: dist('elements', 'mobility-kit-all.js') });
  record(`<mobility-calculator> render of a ${render.rows}-row timeline / plain table of as many rows`, Math.round((render.elementMs / render.baselineMs) * 100) / 100, '×');
}

// ---- <mobility-vacancies> in Chromium, and the server's list query at 50,000 vacancies --------
// DOM size with 100, 1,000 and 10,000 vacancies loaded (the list is virtualised, so it must stay
// flat), and the time from the Enter that submits a search to the updated result count, as a ratio
// to a plain fetch of the same page plus one animation frame in the same page.
limits['<mobility-vacancies> DOM nodes, 10,000 / 100 vacancies loaded'] = { budget: 1.5 };
{
  const { createServer } = await import('node:http');
  const { generatedVacancies, generatedOrganisations } = await import('./generated-vacancies.mjs');
  const pool = generatedVacancies(10_000);
  const pages = new Map();
  const bundle = readFileSync(dist('elements', 'mobility-kit.js'));
  const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/mobility-kit.js"></script></head><body><main id="host"></main></body></html>`;
  const http = createServer((request, response) => {
    const url = new URL(request.url, 'http://bench.invalid');
    const send = (type, body) => {
      response.writeHead(200, { 'content-type': type, 'access-control-allow-origin': '*' });
      response.end(body);
    };
    if (url.pathname === '/') return send('text/html', page);
    if (url.pathname === '/mobility-kit.js') return send('text/javascript', bundle);
    // `/all/<n>`: one page with all n vacancies (more than the API's page limit, to load long lists);
    // `/n/<n>`: a paged API over n vacancies with `q` matched in the title.
    const match = /^\/(all|n)\/(\d+)\/v1\/(vacancies|organisations)$/.exec(url.pathname);
    if (!match) {
      response.writeHead(404).end();
      return;
    }
    if (match[3] === 'organisations') return send('application/json', JSON.stringify({ items: generatedOrganisations }));
    const n = Number(match[2]);
    if (match[1] === 'all') {
      if (!pages.has(n)) pages.set(n, JSON.stringify({ items: pool.slice(0, n), nextCursor: null }));
      return send('application/json', pages.get(n));
    }
    const q = (url.searchParams.get('q') ?? '').toLowerCase();
    const limit = Number(url.searchParams.get('limit') ?? 20);
    const hits = pool.slice(0, n).filter((v) => v.title.toLowerCase().includes(q));
    return send('application/json', JSON.stringify({ items: hits.slice(0, limit), nextCursor: hits.length > limit ? 'more' : null }));
  });
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${http.address().port}`;
  const { launchChromium } = await import('./chromium.mjs');
  const browser = await launchChromium({ protocolTimeout: 60_000 });
  try {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1024, height: 800 });
    await tab.goto(`${origin}/`);
    await tab.waitForFunction(() => customElements.get('mobility-vacancies') !== undefined);

    /** Mount a fresh element on `baseUrl` and wait until its status shows a result count. */
    const mount = (baseUrl) =>
      tab.evaluate(async (baseUrl) => {
        const host = document.getElementById('host');
        host.replaceChildren();
        window.scrollTo(0, 0);
        const element = document.createElement('mobility-vacancies');
        element.setAttribute('base-url', baseUrl);
        element.setAttribute('page-size', '100');
        host.append(element);
        const status = () => element.shadowRoot?.querySelector('[part~="status"]')?.textContent?.trim() ?? '';
        const start = performance.now();
        while (!/gevonden|getoond/.test(status())) {
          if (performance.now() - start > 60_000) throw new Error(`no result count: ${status()}`);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
        const count = (root) => {
          let n = 0;
          for (const node of root.querySelectorAll('*')) {
            n += 1;
            if (node.shadowRoot) n += count(node.shadowRoot);
          }
          return n;
        };
        return count(document);
      }, baseUrl);

    const nodes = {};
    for (const n of [100, 1000, 10_000]) {
      nodes[n] = await mount(`${origin}/all/${n}`);
      record(`<mobility-vacancies> DOM nodes (shadow DOM included), ${n.toLocaleString('en')} vacancies loaded`, nodes[n], 'nodes');
    }
    record('<mobility-vacancies> DOM nodes, 10,000 / 100 vacancies loaded', Math.round((nodes[10_000] / nodes[100]) * 100) / 100, '×');

    // Keystroke to render: type a word (not timed), then time the Enter that submits it until the
    // status region shows the new count. Baseline: the same request with fetch + JSON + one frame.
    await mount(`${origin}/n/10000`);
    const words = ['docent', 'adviseur', 'ict', 'zorg', 'teamleider', 'onderwijs'];
    const timed = [];
    const baseline = [];
    for (let round = 0; round < 30; round++) {
      // Consecutive words differ, so every Enter starts a new search.
      const word = words[round % words.length];
      await tab.evaluate((word) => {
        const input = document.querySelector('mobility-vacancies').shadowRoot.querySelector('#q');
        input.value = '';
        input.focus();
      }, word);
      await tab.keyboard.type(word);
      // Arm the listeners first (the evaluate returns once they are in place), then press Enter.
      await tab.evaluate(() => {
        const element = document.querySelector('mobility-vacancies');
        const status = element.shadowRoot.querySelector('[part~="status"]');
        let start;
        window.__keystroke = new Promise((resolve) => {
          window.addEventListener('keydown', (event) => {
            if (event.key === 'Enter') start = performance.now();
          }, { capture: true, once: true });
          const observer = new MutationObserver(() => {
            const text = status.textContent.trim();
            if (start !== undefined && !text.includes('laden')) {
              observer.disconnect();
              resolve(performance.now() - start);
            }
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
        });
      });
      await tab.keyboard.press('Enter');
      timed.push(await tab.evaluate(() => window.__keystroke));
      baseline.push(
        await tab.evaluate(async (url) => {
          const start = performance.now();
          await (await fetch(url, { headers: { 'accept-language': 'nl' } })).json();
          await new Promise(requestAnimationFrame);
          return performance.now() - start;
        }, `${origin}/n/10000/v1/vacancies?q=${encodeURIComponent(word)}&limit=100`),
      );
    }
    const pct = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
    record('search keystroke → result count, p50 / (fetch + JSON + frame) p50', Math.round((pct(timed, 50) / pct(baseline, 50)) * 100) / 100, '×');
    record('search keystroke → result count, p95 / (fetch + JSON + frame) p95', Math.round((pct(timed, 95) / pct(baseline, 95)) * 100) / 100, '×');
  } finally {
    await browser.close();
    await new Promise((resolve) => http.close(resolve));
  }
}

// The list query with 50,000 vacancies, on PGlite and on PostgreSQL, as a ratio to GET /v1/health
// in the same run. The rows are copies of the seeded demo vacancies made by one INSERT … SELECT.
{
  const { sql } = await import('kysely');
  const pg = (await import('pg')).default;
  const target = 50_000;
  const listQueries = ['', 'q=docent', 'kind=assignment', 'sector=hbo&hoursMin=24', 'sort=closing', 'near=3511&radiusKm=40&sort=distance'];

  async function measure(engine, options) {
    const server = await startServer({ port: 0, seed: true, rateLimit: false, ...options });
    try {
      const db = server.app.mobility.database.db;
      const columns = (
        await sql`select column_name from information_schema.columns
                  where table_schema = current_schema() and table_name = 'vacancies' and is_generated = 'NEVER'
                  order by ordinal_position`.execute(db)
      ).rows.map((row) => row.column_name);
      const seeded = Number((await sql`select count(*)::int as n from vacancies`.execute(db)).rows[0].n);
      const copies = Math.ceil((target - seeded) / seeded);
      const list = columns.map((c) => sql.ref(c));
      const values = columns.map((c) => (c === 'id' ? sql`'bench-' || left(md5(v.id), 16) || '-' || g` : sql.ref(`v.${c}`)));
      // A bulk load, not a request: outside the per-statement timeouts that bound requests.
      await server.app.mobility.database.maintenance(async (bulk) => {
        await sql`insert into vacancies (${sql.join(list)})
                  select ${sql.join(values)} from vacancies v cross join generate_series(1, ${copies}) g
                  limit ${target - seeded}`.execute(bulk);
        await sql`analyze vacancies`.execute(bulk);
      });
      const rows = Number((await sql`select count(*)::int as n from vacancies`.execute(db)).rows[0].n);
      const time = async (path) => {
        const start = process.hrtime.bigint();
        const response = await fetch(`${server.url}${path}`);
        await response.arrayBuffer();
        return { ms: Number(process.hrtime.bigint() - start) / 1e6, status: response.status };
      };
      for (let i = 0; i < 5; i++) await time('/v1/health');
      const health = [];
      for (let i = 0; i < 60; i++) health.push((await time('/v1/health')).ms);
      const samples = [];
      const skipped = [];
      for (const query of listQueries) {
        const path = `/v1/vacancies?${query}${query ? '&' : ''}limit=20`;
        if ((await time(path)).status !== 200) {
          skipped.push(query);
          continue;
        }
        for (let i = 0; i < 20; i++) samples.push((await time(path)).ms);
      }
      const pct = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
      const healthP50 = pct(health, 50);
      record(`${engine}: vacancies in the table`, rows, 'rows');
      record(`${engine}: GET /v1/vacancies p50 / health p50 (${listQueries.length - skipped.length} filter mixes)`, Math.round((pct(samples, 50) / healthP50) * 10) / 10, '×');
      record(`${engine}: GET /v1/vacancies p99 / health p50`, Math.round((pct(samples, 99) / healthP50) * 10) / 10, '×');
      if (skipped.length) console.warn(`${engine}: queries the server refused, left out: ${skipped.join('; ')}`);
    } finally {
      await server.close();
    }
  }

  await measure('PGlite', { dataDir: 'memory://' });
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    console.warn('PostgreSQL list latency: skipped (TEST_DATABASE_URL is not set).');
    rows.push({ name: 'PostgreSQL: GET /v1/vacancies at 50,000 rows', value: 'skipped', unit: '', ok: true, onTarget: true });
  } else {
    const schema = `mk_bench_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    try {
      const scoped = new URL(url);
      scoped.searchParams.set('options', `-c search_path=${schema}`);
      await measure('PostgreSQL', { databaseUrl: scoped.toString() });
    } finally {
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
    }
  }
}

// ---- The server under load and with PostgreSQL restarted under it (scripts/bench-load.mjs) --
// Throughput and p99 as ratios to the same bytes served statically, a soak, and a database fault.
{
  const { runLoadBench } = await import('./bench-load.mjs');
  rows.push(...(await runLoadBench()));
}

// ---- Report ------------------------------------------------------------------------------
const width = Math.max(...rows.map((r) => r.name.length));
console.log(`\n${'measure'.padEnd(width)}  ${'value'.padStart(9)}  target  budget  result`);
for (const row of rows) {
  const limit = (n) => (n === undefined ? '' : `≤ ${n}`).padEnd(7);
  const result = row.budget === undefined ? '' : !row.ok ? 'OVER BUDGET' : row.onTarget ? 'ok' : 'within budget, above target';
  console.log(`${row.name.padEnd(width)}  ${String(row.value).padStart(7)} ${row.unit.padEnd(2)} ${limit(row.target)} ${limit(row.budget)} ${result}`);
}
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'latest.json'), JSON.stringify({ date: new Date().toISOString(), rows }, null, 2));
const over = rows.filter((r) => !r.ok);
if (over.length) {
  console.error(`\n${over.length} measure(s) over budget.`);
  process.exit(1);
}
const missed = rows.filter((r) => !r.onTarget).map((r) => r.name);
console.log(`\nAll budgets met.${missed.length ? ` Above target: ${missed.join('; ')}.` : ''}`);
