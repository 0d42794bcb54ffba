/**
 * Insights within limits (issue: an HR account could take the server down). The server runs in a
 * CHILD process with a small heap (`--max-old-space-size`), gets a hostile case register through
 * the real CSV import — a thousand units, dates from 2000 to 2099 — and is asked for insights and
 * the export; then twelve 2 MB headers of commas arrive at once. Whatever it answers (the table, a
 * 400, a 503), the process must still answer /v1/health afterwards.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../src/index.js';
import { upsertCases } from '../src/db/cases.js';
import { readCaseCsv } from '../src/insights/csv.js';

const fixture = fileURLToPath(new URL('./fixtures/insights-child.ts', import.meta.url));
const ORG = 'hogeschool-utrecht';
const HEADER = 'id,unit,staffGroup,startDate,trigger,route,outcome,endDate,trajectoryCosts,benefitCosts';

/** A register of `units` units, `perUnit` cases each: open since 2000, closing in 2099, and a spread over the last decade. */
function hostileRegister(units: number, perUnit: number, prefix: string): string {
  const lines = [HEADER];
  const routes = ['internal-redeployment', 'external-placement', 'secondment', 'outplacement', 'ww-bww'];
  const outcomes = ['internal-job', 'external-job', 'self-employed', 'benefits', 'retired', 'other'];
  for (let u = 0; u < units; u++) {
    const unit = `${prefix} ${String(u).padStart(4, '0')}`;
    lines.push(`${prefix}-${u}-A,${unit},teaching,2000-01-01,reorganisation,ww-bww,,,0,0`);
    lines.push(`${prefix}-${u}-B,${unit},support,2000-03-01,health,outplacement,other,2099-12-31,10,10`);
    for (let c = 2; c < perUnit; c++) {
      const year = 2015 + ((u + c) % 11);
      const month = String(1 + ((u * 7 + c) % 12)).padStart(2, '0');
      const ends = (u + c) % 3 !== 0;
      const outcome = ends ? outcomes[(u + c) % outcomes.length] : '';
      const end = ends ? `${Math.min(year + 1, 2099)}-${month}-15` : '';
      lines.push(`${prefix}-${u}-${c},${unit},${c % 2 ? 'teaching' : 'support'},${year}-${month}-01,own-wish,${routes[(u + c) % routes.length]},${outcome},${end},100,0`);
    }
  }
  return lines.join('\n');
}

/** Start the fixture server in a child process with a 192 MB heap; resolves with its URL once it listens. */
async function startChild(env: NodeJS.ProcessEnv, onStderr: (text: string) => void): Promise<{ child: ChildProcess; url: string }> {
  let stderr = '';
  const child = spawn(process.execPath, ['--max-old-space-size=192', '--conditions=source', '--import', 'tsx', fixture], {
    env: { ...process.env, NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
    onStderr(chunk.toString());
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening: ${stderr}`)));
  });
  return { child, url };
}

async function hrToken(url: string): Promise<string> {
  const response = await fetch(`${url}/v1/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'hr', organisation: ORG }) });
  return ((await response.json()) as { token: string }).token;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}

describe('a hostile case register against a server with a small heap (child process)', () => {
  let child: ChildProcess;
  let url: string;
  let stderr = '';
  let token: string;

  before(async () => {
    ({ child, url } = await startChild({}, (text) => (stderr = (stderr + text).slice(-4000))));
    token = await hrToken(url);
  });

  after(() => stopChild(child));

  const send = (method: string, path: string, body?: string) =>
    fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'text/csv' } : {}) },
      ...(body !== undefined ? { body } : {}),
      signal: AbortSignal.timeout(120_000),
    });

  const alive = async () => {
    const health = await fetch(`${url}/v1/health`, { signal: AbortSignal.timeout(10_000) }).catch((error: unknown) => error);
    assert.ok(health instanceof Response && health.status === 200, `the server no longer answers /v1/health: ${String(health)}\n${stderr}`);
  };

  /** Insights and the export answer with the table or a 503 problem with Retry-After, nothing else. */
  const askInsights = async () => {
    for (const path of ['/v1/insights?from=2021-Q3&to=2025-Q2', '/v1/insights/export?from=2021-Q3&to=2025-Q2']) {
      const response = await send('GET', path).catch((error: unknown) => error);
      assert.ok(response instanceof Response, `${path}: no answer (${String(response)})\n${stderr}`);
      assert.ok([200, 503].includes(response.status), `${path}: ${response.status} ${await response.text()}`);
      if (response.status === 503) {
        assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
        assert.ok(Number(response.headers.get('retry-after')) > 0, 'a 503 says when to retry');
      }
      await response.arrayBuffer().catch(() => {});
    }
  };

  test('a thousand units from 2000 to 2099: the import is refused or the insights answer within limits; the process stays up', async () => {
    const response = await send('POST', '/v1/hr/cases/import', hostileRegister(1000, 3, 'Eenheid'));
    assert.ok([200, 400].includes(response.status), `import: ${response.status}`);
    if (response.status === 400) {
      const problem = (await response.json()) as { invalidParams?: { path: string; message: string }[] };
      assert.ok(problem.invalidParams?.some((p) => p.path === 'unit' && /units per organisation/.test(p.message)), JSON.stringify(problem).slice(0, 500));
    } else await response.arrayBuffer();
    await askInsights();
    await alive();
  });

  test('as many units as allowed, dense, from 2000 to 2099: insights and export answer 200 or 503; the process stays up', async () => {
    const response = await send('POST', '/v1/hr/cases/import', hostileRegister(80, 24, 'Afdeling'));
    assert.equal(response.status, 200, await response.clone().text());
    await response.arrayBuffer();
    await askInsights();
    await alive();
  });

  test('twelve 2 MB headers of commas at once: each a small 400; the process stays up', async () => {
    const commas = ','.repeat(2 * 1024 * 1024 - 16);
    const answers = await Promise.all(Array.from({ length: 12 }, () => send('POST', '/v1/hr/cases/import', commas).catch((error: unknown) => error)));
    for (const answer of answers) {
      assert.ok(answer instanceof Response, `no answer: ${String(answer)}\n${stderr}`);
      assert.equal(answer.status, 400);
      const body = await answer.text();
      assert.ok(body.length < 16 * 1024, `the problem is ${body.length} characters long`);
    }
    await alive();
  });
});

describe('a thousand-unit register from 2000 to 2099 already in the database (child process, small heap)', () => {
  // The unit cap refuses such a register at the door, but a database can hold one from before the
  // cap (or from a direct load): the table build must still stay within its limits.
  let dir: string;
  let child: ChildProcess;
  let url: string;
  let stderr = '';

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mobility-kit-insights-'));
    const loader = await startServer({ dataDir: dir, port: 0, seed: true, devAuth: true, rateLimit: false, today: () => '2025-06-10' });
    try {
      const read = readCaseCsv(hostileRegister(1000, 3, 'Eenheid'));
      assert.ok(read.ok, 'the register itself is valid CSV');
      const { created } = await upsertCases(loader.app.mobility.database.db, ORG, read.records);
      assert.equal(created, 3000);
    } finally {
      // The child opens the same folder: this process lets go of it (and of its lock) first.
      await loader.close();
    }
    ({ child, url } = await startChild({ INSIGHTS_CHILD_DATA_DIR: dir }, (text) => (stderr = (stderr + text).slice(-4000))));
  });

  after(async () => {
    await stopChild(child);
    await rm(dir, { recursive: true, force: true });
  });

  test('insights and export over the widest range answer 200 or 503 (problem with Retry-After); the process stays up', async () => {
    const token = await hrToken(url);
    for (const path of ['/v1/insights?from=2020-Q3&to=2025-Q2', '/v1/insights/export?from=2020-Q3&to=2025-Q2']) {
      const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(120_000) }).catch((error: unknown) => error);
      assert.ok(response instanceof Response, `${path}: no answer (${String(response)})\n${stderr}`);
      assert.ok([200, 503].includes(response.status), `${path}: ${response.status} ${await response.clone().text()}`);
      if (response.status === 503) {
        assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
        assert.ok(Number(response.headers.get('retry-after')) > 0, 'a 503 says when to retry');
      }
      await response.arrayBuffer().catch(() => {});
    }
    const health = await fetch(`${url}/v1/health`, { signal: AbortSignal.timeout(10_000) }).catch((error: unknown) => error);
    assert.ok(health instanceof Response && health.status === 200, `the server no longer answers /v1/health: ${String(health)}\n${stderr}`);
    assert.equal(child.exitCode, null, 'the server process is still running');
  });
});

describe('limits of the insights routes (PGlite in memory)', () => {
  let server: RunningServer;
  let token: string;
  before(async () => {
    // A time limit no table can meet: every build is stopped.
    server = await startServer({ dataDir: 'memory://', port: 0, seed: true, devAuth: true, rateLimit: false, today: () => '2025-06-10', insights: { table: { timeLimitMs: 1 } } });
    const response = await fetch(`${server.url}/v1/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'hr', organisation: ORG }) });
    token = ((await response.json()) as { token: string }).token;
  });
  after(() => server.close());

  const call = (method: string, path: string, body?: string) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'text/csv' } : {}) },
      ...(body !== undefined ? { body } : {}),
    });

  test('a table over its time limit is a 503 problem with Retry-After, for insights and export alike', async () => {
    for (const path of ['/v1/insights?from=2024-Q1&to=2025-Q2', '/v1/insights/export?from=2024-Q1&to=2025-Q2']) {
      const response = await call('GET', path);
      assert.equal(response.status, 503, path);
      assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
      assert.ok(Number(response.headers.get('retry-after')) > 0);
      const problem = (await response.json()) as { status: number; detail: string };
      assert.equal(problem.status, 503);
      assert.match(problem.detail, /insights table/);
    }
    assert.equal((await fetch(`${server.url}/v1/health`)).status, 200);
  });

  test('a query may not start before the aggregated ten years', async () => {
    const response = await call('GET', '/v1/insights?from=2015-Q1&to=2015-Q4');
    assert.equal(response.status, 400);
    const problem = (await response.json()) as { invalidParams: { path: string }[] };
    assert.deepEqual(problem.invalidParams.map((p) => p.path), ['from']);
  });

  test('a file with many bad rows lists the first 200 errors and counts the rest', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => `LIM-${i},Dienst ICT,management,2025-01-01,health,outplacement,,,0,0`);
    const response = await call('POST', '/v1/hr/cases/import', [HEADER, ...rows].join('\n'));
    assert.equal(response.status, 400);
    const problem = (await response.json()) as { rowErrors: unknown[]; omittedErrors: number; detail: string };
    assert.equal(problem.rowErrors.length, 200);
    assert.equal(problem.omittedErrors, 300);
    assert.match(problem.detail, /500 problems/);
  });

  test('a header of unknown columns lists 200 errors at most; a line of more than 40 fields is refused as such', async () => {
    const wide = Array.from({ length: 39 }, (_, i) => `kolom${i}`).join(',');
    let response = await call('POST', '/v1/hr/cases/import', `${wide}\nx\n`);
    let problem = (await response.json()) as { rowErrors: { row: number; column?: string }[]; omittedErrors?: number };
    assert.equal(response.status, 400);
    assert.ok(problem.rowErrors.length <= 200);
    assert.ok(problem.rowErrors.some((e) => e.column === 'kolom0'));
    response = await call('POST', '/v1/hr/cases/import', `${HEADER},${Array.from({ length: 31 }, (_, i) => `x${i}`).join(',')}\n`);
    problem = (await response.json()) as { rowErrors: { row: number; column?: string; message?: string }[] };
    assert.equal(response.status, 400);
    assert.deepEqual(problem.rowErrors, [{ row: 1, message: 'more than 40 fields on one line' }]);
  });

  test('a single 2 MB header of commas gets a small 400', async () => {
    const response = await call('POST', '/v1/hr/cases/import', ','.repeat(2 * 1024 * 1024 - 16));
    assert.equal(response.status, 400);
    const body = await response.text();
    assert.ok(body.length < 16 * 1024, `the problem is ${body.length} characters long`);
  });

  test('a case for a 101st unit is refused', async () => {
    const csv = [HEADER, ...Array.from({ length: 100 }, (_, i) => `UNIT-${i},Eenheid ${i},teaching,2025-01-01,health,outplacement,,,0,0`)].join('\n');
    const response = await call('POST', '/v1/hr/cases/import', csv);
    assert.equal(response.status, 400);
    const problem = (await response.json()) as { invalidParams: { path: string; message: string }[] };
    assert.deepEqual(problem.invalidParams.map((p) => p.path), ['unit']);
    assert.match(problem.invalidParams[0]!.message, /at most 100 units per organisation/);
  });
});
