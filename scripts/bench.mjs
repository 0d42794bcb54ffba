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
// 24 KB before any element code, and the SDK client carries every route's schemas (about 5 KB of
// stories, insights and regulations that provider + vacancies never call). The budget guards
// against further growth until a modular client lets the bundle drop what it does not use.
const limits = {
  'bundle mobility-kit.js (provider + vacancies), gzip KB': { target: 30, budget: 38 },
  'SDK validation / JSON.parse, 1,000 vacancies': { target: 3, budget: 3 },
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
limits['<mobility-stories> / <sl-carousel>, self-contained gzip ratio'] = { target: 0.5, budget: 2.5 };
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
