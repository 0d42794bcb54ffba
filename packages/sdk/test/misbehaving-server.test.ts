/**
 * The client against real HTTP servers that answer badly: wrong data, wrong media types, cut-off
 * bodies, slowness, rate limits and outages. Each server is a node:http fixture on port 0.
 */
import { strict as assert } from 'node:assert';
import { after, describe, test } from 'node:test';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { routes } from '@mobility-kit/contract';
import {
  createMobilityClient,
  isMobilityError,
  MobilityError,
  MobilityHttpError,
  MobilityNetworkError,
  MobilityTimeoutError,
  MobilityValidationError,
  type MobilityClientOptions,
} from '../src/index.js';
import { createTransport } from '../src/transport.js';
import { sampleHealth, sampleVacancy, sendJson, sendProblem, serve, type FixtureHandler, type FixtureServer } from './fixture-server.js';

const open: FixtureServer[] = [];
after(async () => {
  await Promise.all(open.map((s) => s.close()));
});

async function fixture(handler: FixtureHandler, options: Partial<MobilityClientOptions> = {}) {
  const server = await serve(handler);
  open.push(server);
  return { server, client: createMobilityClient({ baseUrl: server.url, ...options }) };
}

/** Resolve with the rejection of `promise`; fail when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected the call to reject');
}

const page = (items: unknown[], nextCursor: string | null = null) => ({ items, nextCursor });

describe('valid answers', () => {
  test('list parses a page and sends Accept, Accept-Language and a fresh token per request', async () => {
    let calls = 0;
    const { server, client } = await fixture((_req, res) => sendJson(res, 200, page([sampleVacancy()])), {
      locale: 'en',
      getToken: async () => `token-${++calls}`,
    });
    const first = await client.vacancies.list();
    await client.vacancies.list();
    assert.equal(first.items[0]?.title, 'Docent ICT');
    assert.equal(first.nextCursor, null);
    assert.equal(calls, 2);
    assert.deepEqual(
      server.requests.map((r) => r.headers.authorization),
      ['Bearer token-1', 'Bearer token-2'],
    );
    assert.equal(server.requests[0]?.headers['accept-language'], 'en');
    assert.match(server.requests[0]?.headers.accept ?? '', /application\/json/);
    assert.equal(server.requests[0]?.url, '/v1/vacancies');
  });

  test('a getter that returns no token sends no Authorization header', async () => {
    let calls = 0;
    const { server, client } = await fixture((_req, res) => sendJson(res, 200, { items: [], nextCursor: null }), {
      getToken: () => (++calls === 1 ? null : ''),
    });
    await client.vacancies.list();
    await client.vacancies.list();
    assert.equal(calls, 2);
    assert.equal(server.requests[0]?.headers.authorization, undefined);
    assert.equal(server.requests[1]?.headers.authorization, undefined);
  });

  test('a token getter that throws rejects the call with its error, unretried', async () => {
    const failure = new Error('session expired');
    const { server, client } = await fixture((_req, res) => sendJson(res, 200, { items: [], nextCursor: null }), {
      getToken: () => Promise.reject(failure),
    });
    assert.equal(await rejection(client.vacancies.list()), failure);
    assert.equal(server.requests.length, 0);
  });

  test('a route that takes no sign-in is sent without the token and without asking for one', async () => {
    let calls = 0;
    const { server, client } = await fixture((_req, res) => sendJson(res, 200, sampleHealth()), {
      getToken: () => {
        calls++;
        return 'token-1';
      },
    });
    await client.health();
    assert.equal(calls, 0);
    assert.equal(server.requests[0]?.headers.authorization, undefined);
  });

  test('a base URL with a path and a trailing slash keeps the path', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, sampleHealth()));
    open.push(server);
    const client = createMobilityClient({ baseUrl: `${server.url}/api/` });
    assert.equal(client.baseUrl, `${server.url}/api`);
    await client.health();
    assert.equal(server.requests[0]?.url, '/api/v1/health');
  });

  test('filters: blank values are dropped, numbers are sent as text, paging passes through', async () => {
    const { server, client } = await fixture((_req, res) => sendJson(res, 200, page([])));
    await client.vacancies.list({ q: 'docent', kind: undefined, organisation: '', hoursMin: 16, limit: 5, cursor: 'abc' });
    await client.vacancies.list({ q: '   ' });
    const first = new URL(server.requests[0]?.url ?? '', server.url);
    assert.deepEqual(Object.fromEntries(first.searchParams), { q: 'docent', hoursMin: '16', limit: '5', cursor: 'abc' });
    assert.equal(server.requests[1]?.url, '/v1/vacancies');
  });

  test('a 503 that carries a health report is an answer: degraded, not retried', async () => {
    const { server, client } = await fixture((_req, res) =>
      sendJson(res, 503, sampleHealth({ status: 'degraded', database: 'unavailable' }), { 'retry-after': '0' }),
    );
    const health = await client.health();
    assert.equal(health.status, 'degraded');
    assert.equal(health.database, 'unavailable');
    assert.equal(server.requests.length, 1);
  });

  test('iterate follows nextCursor across pages', async () => {
    const { server, client } = await fixture((req, res) => {
      const cursor = new URL(req.url, 'http://x').searchParams.get('cursor');
      const n = cursor === null ? 0 : Number(cursor);
      const items = [sampleVacancy({ id: `v-${n}` }), sampleVacancy({ id: `v-${n + 1}` })];
      sendJson(res, 200, page(items, n < 4 ? String(n + 2) : null));
    });
    const ids: string[] = [];
    for await (const vacancy of client.vacancies.iterate({ kind: 'vacancy', limit: 2 })) ids.push(vacancy.id);
    assert.deepEqual(ids, ['v-0', 'v-1', 'v-2', 'v-3', 'v-4', 'v-5']);
    assert.equal(server.requests.length, 3);
    assert.ok(server.requests.every((r) => r.url.includes('kind=vacancy') && r.url.includes('limit=2')));
  });

  test('iterate stops with a validation error when the server repeats its cursor', async () => {
    const { server, client } = await fixture((_req, res) => sendJson(res, 200, page([sampleVacancy()], 'same')));
    const error = await rejection((async () => {
      for await (const _ of client.vacancies.iterate()) void _;
    })());
    assert.ok(error instanceof MobilityValidationError);
    assert.deepEqual(error.issues, [{ path: 'nextCursor', message: 'repeats the cursor of the page it ends' }]);
    assert.equal(server.requests.length, 2);
  });
});

describe('data that breaks the contract → MobilityValidationError', () => {
  test('wrong types name the field and what was expected', async () => {
    const { client } = await fixture((_req, res) =>
      sendJson(res, 200, page([sampleVacancy(), sampleVacancy({ title: 42, hoursPerWeek: { min: '24', max: 32 } })])),
    );
    const error = await rejection(client.vacancies.list());
    assert.ok(error instanceof MobilityValidationError);
    assert.equal(error.kind, 'validation');
    assert.equal(error.name, 'MobilityValidationError');
    assert.equal(error.operationId, 'listVacancies');
    assert.deepEqual(error.issues, [
      { path: 'items.1.title', message: 'expected string' },
      { path: 'items.1.hoursPerWeek.min', message: 'expected number' },
    ]);
    assert.match(error.message, /Response of listVacancies does not match the contract: items\.1\.title: expected string \(and 1 more issue\)/);
  });

  test('missing fields and bad enum values', async () => {
    const broken = sampleVacancy({ kind: 'job' }) as Record<string, unknown>;
    delete broken.description;
    const { client } = await fixture((_req, res) => sendJson(res, 200, broken));
    const error = await rejection(client.vacancies.get('docent-ict-groningen'));
    assert.ok(error instanceof MobilityValidationError);
    assert.equal(error.operationId, 'getVacancy');
    assert.deepEqual(
      error.issues.map((i) => i.path),
      ['description', 'kind'],
    );
    assert.equal(error.issues[0]?.message, 'expected string');
    assert.match(error.issues[1]?.message ?? '', /^expected one of "vacancy", "assignment"/);
  });

  test('organisations without items', async () => {
    const { client } = await fixture((_req, res) => sendJson(res, 200, [{ id: 'x' }]));
    const error = await rejection(client.organisations.list());
    assert.ok(error instanceof MobilityValidationError);
    assert.deepEqual(error.issues, [{ path: '(root)', message: 'expected object' }]);
  });

  test('invalid JSON', async () => {
    const { client } = await fixture((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"items": [}');
    });
    const error = await rejection(client.vacancies.list());
    assert.ok(error instanceof MobilityValidationError);
    assert.equal(error.issues[0]?.path, '(root)');
    assert.match(error.issues[0]?.message ?? '', /^is not valid JSON/);
  });

  test('an empty 200 body', async () => {
    const { client } = await fixture((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end();
    });
    const error = await rejection(client.health());
    assert.ok(error instanceof MobilityValidationError);
    assert.deepEqual(error.issues, [{ path: '(root)', message: 'is empty, expected a JSON document' }]);
  });

  test('a body cut off mid-document (the message itself complete)', async () => {
    const whole = JSON.stringify(page([sampleVacancy(), sampleVacancy()]));
    const { client } = await fixture((_req, res) => {
      // Chunked and properly ended: HTTP sees a complete message, JSON does not.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(whole.slice(0, Math.floor(whole.length / 2)));
    });
    const error = await rejection(client.vacancies.list());
    assert.ok(error instanceof MobilityValidationError);
    assert.match(error.issues[0]?.message ?? '', /^is not valid JSON/);
  });

  test('an HTML page served with 200 (a portal or SPA fallback)', async () => {
    const { server, client } = await fixture((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Intranet</title><p>Welkom</p>');
    });
    const error = await rejection(client.vacancies.list());
    assert.ok(error instanceof MobilityValidationError);
    assert.deepEqual(error.issues, [{ path: '(root)', message: 'expected application/json, got text/html; charset=utf-8' }]);
    assert.equal(server.requests.length, 1);
  });

  test('valid JSON with the wrong content type', async () => {
    const { client } = await fixture((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(JSON.stringify(sampleHealth()));
    });
    const error = await rejection(client.health());
    assert.ok(error instanceof MobilityValidationError);
    assert.match(error.issues[0]?.message ?? '', /got text\/plain/);
  });

  test('a success status the route does not declare', async () => {
    const { client } = await fixture((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const error = await rejection(client.organisations.list());
    assert.ok(error instanceof MobilityValidationError);
    assert.match(error.issues[0]?.message ?? '', /status 204/);
  });
});

describe('bad input from the caller → MobilityValidationError without a request', () => {
  test('a filter out of range, of the wrong value or with an unknown key', async () => {
    const { server, client } = await fixture((_req, res) => sendJson(res, 200, page([])));
    const error = await rejection(
      client.vacancies.list({ hoursMin: 99, kind: 'job', colour: 'blue' } as unknown as Parameters<typeof client.vacancies.list>[0]),
    );
    assert.ok(error instanceof MobilityValidationError);
    assert.equal(error.operationId, 'listVacancies');
    assert.deepEqual(error.issues, [
      { path: 'kind', message: 'expected one of "vacancy", "assignment", "secondment", "internship", "project"' },
      { path: 'hoursMin', message: 'must be at most 60' },
      { path: 'colour', message: 'is not a known parameter' },
    ]);
    assert.match(error.message, /^Query of listVacancies does not match the contract/);
    assert.equal(server.requests.length, 0);
  });

  test('a limit that is not a whole number, and NaN', async () => {
    const { server, client } = await fixture((_req, res) => sendJson(res, 200, page([])));
    const a = await rejection(client.vacancies.list({ limit: 2.5 }));
    const b = await rejection(client.vacancies.list({ hoursMax: Number.NaN }));
    assert.ok(a instanceof MobilityValidationError && b instanceof MobilityValidationError);
    assert.equal(a.issues[0]?.path, 'limit');
    assert.equal(b.issues[0]?.path, 'hoursMax');
    assert.equal(server.requests.length, 0);
  });

  test('an id that is not a slug', async () => {
    const { server, client } = await fixture((_req, res) => sendJson(res, 200, sampleVacancy()));
    const error = await rejection(client.vacancies.get('../admin'));
    assert.ok(error instanceof MobilityValidationError);
    assert.equal(error.issues[0]?.path, 'id');
    assert.equal(server.requests.length, 0);
  });

  test('bad client options throw at once', () => {
    assert.throws(() => createMobilityClient({ baseUrl: '' }), TypeError);
    assert.throws(() => createMobilityClient({ baseUrl: '/api', timeoutMs: 0 }), /timeoutMs/);
    assert.throws(() => createMobilityClient({ baseUrl: '/api', retry: -1 }), /retry\.limit/);
    assert.throws(() => createMobilityClient({ baseUrl: '/api', retry: { maxRetryAfterMs: Number.NaN } }), RangeError);
  });
});

describe('error answers → MobilityHttpError', () => {
  test('a problem document comes through whole, extension members included', async () => {
    const problem = {
      type: 'urn:mobility-kit:problem:not-found',
      title: 'Vacancy not found',
      status: 404,
      detail: 'No vacancy "gone" is visible to you.',
      instance: '/v1/vacancies/gone',
      traceId: 'abc',
    };
    const { server, client } = await fixture((_req, res) => sendJson(res, 404, problem, { 'content-type': 'application/problem+json' }));
    const error = await rejection(client.vacancies.get('gone'));
    assert.ok(error instanceof MobilityHttpError);
    assert.equal(error.kind, 'http');
    assert.equal(error.name, 'MobilityHttpError');
    assert.equal(error.status, 404);
    assert.equal(error.operationId, 'getVacancy');
    assert.deepEqual(error.problem, problem);
    assert.equal(error.message, 'getVacancy failed with 404 Vacancy not found: No vacancy "gone" is visible to you.');
    assert.equal(server.requests[0]?.url, '/v1/vacancies/gone');
  });

  test('an HTML 502 from a proxy gets a synthesised problem and is not retried', async () => {
    const { server, client } = await fixture((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
    });
    const error = await rejection(client.vacancies.list());
    assert.ok(error instanceof MobilityHttpError);
    assert.equal(error.status, 502);
    assert.deepEqual(error.problem, { type: 'about:blank', title: 'Bad Gateway', status: 502 });
    assert.equal(server.requests.length, 1);
  });

  test('a JSON error body that is not a problem document gets a synthesised problem', async () => {
    const { client } = await fixture((_req, res) => sendJson(res, 400, { error: 'bad' }));
    const error = await rejection(client.vacancies.list());
    assert.ok(error instanceof MobilityHttpError);
    assert.deepEqual(error.problem, { type: 'about:blank', title: 'Bad Request', status: 400 });
  });

  test('a health 503 that is not a health report is an HTTP error', async () => {
    const { client } = await fixture((_req, res) => sendProblem(res, 503, 'Down for maintenance'));
    const error = await rejection(client.health());
    assert.ok(error instanceof MobilityHttpError);
    assert.equal(error.status, 503);
    assert.equal(error.problem.title, 'Down for maintenance');
  });
});

describe('retries', () => {
  test('503 with Retry-After: 1, then 200: one retry after waiting about a second', async () => {
    const { server, client } = await fixture((_req, res, i) =>
      i === 0 ? sendProblem(res, 503, 'Busy', { 'retry-after': '1' }) : sendJson(res, 200, page([sampleVacancy()])),
    );
    const result = await client.vacancies.list();
    assert.equal(result.items.length, 1);
    assert.equal(server.requests.length, 2);
    const [first, second] = server.requests;
    assert.ok(second!.at - first!.at >= 900, `waited ${second!.at - first!.at} ms`);
  });

  test('Retry-After as an HTTP date', async () => {
    const { server, client } = await fixture((_req, res, i) =>
      i === 0
        ? sendProblem(res, 503, 'Busy', { 'retry-after': new Date(Date.now() + 2000).toUTCString() })
        : sendJson(res, 200, page([])),
    );
    assert.deepEqual(await client.vacancies.list(), page([]));
    assert.equal(server.requests.length, 2);
    const [first, second] = server.requests;
    // HTTP dates have whole seconds, so the wait is between one and two seconds.
    assert.ok(second!.at - first!.at >= 900, `waited ${second!.at - first!.at} ms`);
  });

  test('Retry-After longer than maxRetryAfterMs is capped', async () => {
    const { server, client } = await fixture(
      (_req, res, i) => (i === 0 ? sendProblem(res, 429, 'Slow down', { 'retry-after': '120' }) : sendJson(res, 200, page([]))),
      { retry: { maxRetryAfterMs: 50 } },
    );
    const started = Date.now();
    assert.deepEqual(await client.vacancies.list(), page([]));
    assert.equal(server.requests.length, 2);
    assert.ok(Date.now() - started < 60_000);
  });

  test('429 is retried up to the limit, then reported with its problem', async () => {
    const { server, client } = await fixture((_req, res) => sendProblem(res, 429, 'Too many requests', { 'retry-after': '0' }), {
      retry: 1,
    });
    const error = await rejection(client.organisations.list());
    assert.ok(error instanceof MobilityHttpError);
    assert.equal(error.status, 429);
    assert.equal(error.problem.title, 'Too many requests');
    assert.equal(server.requests.length, 2);
  });

  test('429 twice, then success, with the default limit of two retries', async () => {
    const { server, client } = await fixture((_req, res, i) =>
      i < 2 ? sendProblem(res, 429, 'Slow down', { 'retry-after': '0' }) : sendJson(res, 200, { items: [] }),
    );
    assert.deepEqual(await client.organisations.list(), []);
    assert.equal(server.requests.length, 3);
  });

  test('the token is asked again for the retry', async () => {
    let calls = 0;
    const { server, client } = await fixture(
      (_req, res, i) => (i === 0 ? sendProblem(res, 503, 'Busy', { 'retry-after': '0' }) : sendJson(res, 200, page([]))),
      { getToken: () => `t${++calls}` },
    );
    await client.vacancies.list();
    assert.deepEqual(
      server.requests.map((r) => r.headers.authorization),
      ['Bearer t1', 'Bearer t2'],
    );
  });

  for (const status of [500, 400, 502, 504]) {
    test(`${status} is never retried`, async () => {
      const { server, client } = await fixture((_req, res) => sendProblem(res, status, 'Nope', { 'retry-after': '0' }));
      const error = await rejection(client.vacancies.list());
      assert.ok(error instanceof MobilityHttpError);
      assert.equal(error.status, status);
      assert.equal(server.requests.length, 1);
    });
  }

  test('retry: 0 switches retries off', async () => {
    const { server, client } = await fixture((_req, res) => sendProblem(res, 503, 'Busy', { 'retry-after': '0' }), { retry: 0 });
    await rejection(client.vacancies.list());
    assert.equal(server.requests.length, 1);
  });

  test('a POST is retried after a 503 and a dropped connection, with one Idempotency-Key', async () => {
    // The transport the public client is built on, with a POST route (createDevToken).
    const server = await serve((_req, res, i) => {
      if (i === 0) sendProblem(res, 503, 'Busy', { 'retry-after': '0' });
      else if (i === 1) res.socket?.destroy();
      else sendJson(res, 200, { token: 'eyJ.dev.sig', tokenType: 'Bearer', expiresIn: 3600 });
    });
    open.push(server);
    const transport = createTransport({
      baseUrl: server.url,
      getToken: undefined,
      locale: undefined,
      fetch: undefined,
      timeoutMs: 5_000,
      retryLimit: 2,
      maxRetryAfterMs: 1_000,
    });
    const body = { role: 'employee', organisation: 'hanzehogeschool' };
    assert.equal((await transport.send(routes.createDevToken, { body })).token, 'eyJ.dev.sig');
    assert.equal(server.requests.length, 3);
    const keys = server.requests.map((request) => request.headers['idempotency-key']);
    assert.match(String(keys[0]), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.deepEqual(keys, [keys[0], keys[0], keys[0]]);
    for (const request of server.requests) {
      assert.equal(request.method, 'POST');
      assert.deepEqual(JSON.parse(request.body), body);
    }

    // PATCH stays unretried: no key makes it safe to repeat.
    const patchServer = await serve((_req, res) => sendProblem(res, 503, 'Busy', { 'retry-after': '0' }));
    open.push(patchServer);
    const patchTransport = createTransport({
      baseUrl: patchServer.url,
      getToken: undefined,
      locale: undefined,
      fetch: undefined,
      timeoutMs: 5_000,
      retryLimit: 2,
      maxRetryAfterMs: 1_000,
    });
    const error = await rejection(patchTransport.send(routes.updateVacancy, { params: { id: 'docent-ict' }, body: { title: 'Docent' } }));
    assert.ok(error instanceof MobilityHttpError);
    assert.equal(patchServer.requests.length, 1);
    assert.equal(patchServer.requests[0]?.headers['idempotency-key'], undefined);

    // A GET is retried in the same situation, without a key.
    const getServer = await serve((_req, res, i) => {
      if (i === 0) res.socket?.destroy();
      else sendJson(res, 200, sampleHealth());
    });
    open.push(getServer);
    const getTransport = createTransport({
      baseUrl: getServer.url,
      getToken: undefined,
      locale: undefined,
      fetch: undefined,
      timeoutMs: 5_000,
      retryLimit: 2,
      maxRetryAfterMs: 1_000,
    });
    assert.equal((await getTransport.send(routes.getHealth)).status, 'ok');
    assert.equal(getServer.requests.length, 2);
    assert.equal(getServer.requests[1]?.headers['idempotency-key'], undefined);
  });
});

describe('no answer: network errors and timeouts', () => {
  test('connection refused → MobilityNetworkError with the cause', async () => {
    // Take a free port and release it, so nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));

    const client = createMobilityClient({ baseUrl: `http://127.0.0.1:${port}`, retry: 0 });
    const error = await rejection(client.health());
    assert.ok(error instanceof MobilityNetworkError);
    assert.equal(error.kind, 'network');
    assert.equal(error.name, 'MobilityNetworkError');
    assert.ok(error.cause instanceof Error);
    assert.match(error.message, /^GET http:\/\/127\.0\.0\.1:\d+\/v1\/health failed: .*ECONNREFUSED/);
  });

  test('a body cut off by the connection (shorter than its Content-Length) is a network failure, retried', async () => {
    const whole = JSON.stringify(sampleHealth());
    const { server, client } = await fixture((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': whole.length });
      res.write(whole.slice(0, 20));
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const error = await rejection(client.health());
    assert.ok(error instanceof MobilityNetworkError);
    assert.equal(server.requests.length, 3);
  });

  test('a slow body past the timeout → MobilityTimeoutError, not retried', { timeout: 10_000 }, async () => {
    const { server, client } = await fixture(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"items": [');
        // …and never more.
      },
      { timeoutMs: 300 },
    );
    const error = await rejection(client.vacancies.list());
    assert.ok(error instanceof MobilityTimeoutError);
    assert.equal(error.kind, 'timeout');
    assert.equal(error.name, 'MobilityTimeoutError');
    assert.equal(error.timeoutMs, 300);
    assert.match(error.message, /GET http:\/\/127\.0\.0\.1:\d+\/v1\/vacancies did not complete within 300 ms/);
    assert.equal(server.requests.length, 1);
  });

  test('no headers at all within the timeout', { timeout: 10_000 }, async () => {
    const { client } = await fixture(() => undefined, { timeoutMs: 200 });
    assert.ok((await rejection(client.health())) instanceof MobilityTimeoutError);
  });
});

describe('aborting', () => {
  test('abort mid-request rejects with an AbortError, unwrapped and not retried', { timeout: 10_000 }, async () => {
    const { server, client } = await fixture(() => undefined);
    const controller = new AbortController();
    const pending = client.vacancies.list({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await rejection(pending);
    assert.ok(error instanceof DOMException);
    assert.equal(error.name, 'AbortError');
    assert.equal(isMobilityError(error), false);
    assert.equal(server.requests.length, 1);
  });

  test('abort while the body streams in', { timeout: 10_000 }, async () => {
    const { client } = await fixture((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"items": [');
    });
    const controller = new AbortController();
    const reason = new Error('user left the page');
    setTimeout(() => controller.abort(reason), 100);
    assert.equal(await rejection(client.vacancies.list({}, { signal: controller.signal })), reason);
  });

  test('abort during a Retry-After wait stops at once', { timeout: 10_000 }, async () => {
    const { server, client } = await fixture((_req, res) => sendProblem(res, 503, 'Busy', { 'retry-after': '5' }));
    const controller = new AbortController();
    const pending = client.vacancies.list({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 200);
    const started = Date.now();
    const error = await rejection(pending);
    assert.equal((error as Error).name, 'AbortError');
    assert.ok(Date.now() - started < 4_000);
    assert.equal(server.requests.length, 1);
  });

  test('an already aborted signal sends nothing', async () => {
    const { server, client } = await fixture((_req, res) => sendJson(res, 200, sampleHealth()));
    const error = await rejection(client.health({ signal: AbortSignal.abort() }));
    assert.equal((error as Error).name, 'AbortError');
    assert.equal(server.requests.length, 0);
  });
});

describe('error classes', () => {
  test('every error is a MobilityError and an Error; isMobilityError also knows errors of another bundled copy', () => {
    const http = new MobilityHttpError({ status: 500, operationId: 'getHealth', problem: { type: 'about:blank', title: 'Internal Server Error', status: 500 } });
    assert.ok(http instanceof MobilityError && http instanceof Error);
    assert.equal(isMobilityError(http), true);
    assert.equal(isMobilityError(new Error('x')), false);
    assert.equal(isMobilityError({ kind: 'http' }), false);
    assert.equal(isMobilityError(null), false);
    // What a second copy of this module creates: another class, the same registry brand.
    const foreign = Object.defineProperty(new Error('from another copy'), Symbol.for('@mobility-kit/sdk/error'), { value: true });
    assert.equal(isMobilityError(foreign), true);
  });

  test('a custom fetch is used, called as a plain function', async () => {
    const seen: string[] = [];
    const client = createMobilityClient({
      baseUrl: 'https://api.example.invalid',
      fetch: async function (this: unknown, input, init) {
        assert.equal(this, undefined);
        const request = new Request(input, init);
        seen.push(request.url);
        return Response.json(sampleHealth());
      },
    });
    assert.equal((await client.health()).status, 'ok');
    assert.deepEqual(seen, ['https://api.example.invalid/v1/health']);
  });
});
