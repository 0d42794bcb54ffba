import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { problemTypes, routes, type OperationId } from '@mobility-kit/contract';
import { startServer, type RunningServer } from '../src/index.js';
import { eventRateLimit } from '../src/routes/events.js';
import { probePostgres, scratchDatabase, type Engine, type ScratchDatabase } from './helpers.js';
import {
  assertProblem,
  createResourcesOfA,
  encodeRequest,
  somePublicVacancy,
  startHardeningServer,
  validRequest,
  type HardeningServer,
  type SampleIds,
} from './hardening-support.js';

const probe = await probePostgres();
const ALLOWED = 'https://intranet.example';
const DISALLOWED = 'https://evil.example';

/** The headers every answer carries, whatever produced it: a route, the static files or an error. */
function assertSecurityHeaders(response: Response, context: string): void {
  const csp = response.headers.get('content-security-policy') ?? '';
  // Error answers sent before any hook runs carry a stricter policy of their own ('none').
  assert.match(csp, /default-src '(self|none)'/, `${context}: CSP ${csp}`);
  assert.match(csp, /frame-ancestors [^;]+/, `${context}: CSP without frame-ancestors`);
  assert.match(csp, /object-src 'none'/, `${context}: CSP without object-src 'none'`);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff', `${context}: nosniff`);
  assert.match(response.headers.get('x-frame-options') ?? '', /^(SAMEORIGIN|DENY)$/, `${context}: X-Frame-Options`);
  assert.equal(response.headers.get('referrer-policy'), 'no-referrer', `${context}: Referrer-Policy`);
  assert.match(response.headers.get('strict-transport-security') ?? '', /max-age=\d{7,}/, `${context}: HSTS`);
  assert.equal(response.headers.get('x-powered-by'), null, `${context}: X-Powered-By`);
  assert.equal(response.headers.get('server'), null, `${context}: Server`);
}

for (const engine of ['pglite', 'postgres'] as const satisfies readonly Engine[]) {
  if (engine === 'postgres' && !('url' in probe)) {
    test('HTTP policies on PostgreSQL', (t) => t.skip(`PostgreSQL not reachable: ${probe.reason}`));
    continue;
  }

  describe(`HTTP policies on ${engine}`, () => {
    let h: HardeningServer;
    let ids: SampleIds;
    const get = (path: string, init: RequestInit = {}) => fetch(`${h.server.url}${path}`, init);

    before(async () => {
      h = await startHardeningServer(engine, probe);
      ids = { ...(await createResourcesOfA(h.app, h.tokens.hrA)), publicVacancy: await somePublicVacancy(h.app) };
    });
    after(async () => {
      await h?.close();
    });

    describe('security headers', () => {
      test('on API answers', async () => {
        for (const path of ['/v1/vacancies', `/v1/vacancies/${ids.publicVacancy}`, '/v1/organisations', '/v1/health', '/v1/vacancies/feed.atom']) {
          const response = await get(path);
          assert.equal(response.status, 200, path);
          assertSecurityHeaders(response, path);
        }
        const signedIn = await get('/v1/hr/vacancies', { headers: { authorization: `Bearer ${h.tokens.hrA}` } });
        assert.equal(signedIn.status, 200);
        assertSecurityHeaders(signedIn, 'GET /v1/hr/vacancies');
      });

      test('on static files', async () => {
        for (const [path, type] of [
          ['/', /^text\/html/],
          ['/index.html', /^text\/html/],
          ['/app.js', /javascript/],
          ['/demo-assets/portraits/samira.svg', /^image\/svg\+xml/],
        ] as const) {
          const response = await get(path);
          assert.equal(response.status, 200, path);
          assert.match(response.headers.get('content-type') ?? '', type, path);
          assertSecurityHeaders(response, path);
        }
      });

      test('on every kind of error answer, which is a problem document', async () => {
        const cases: [string, string, RequestInit, number][] = [
          ['unknown path', '/v1/nothing-here', {}, 404],
          ['unknown static file', '/nope.js', {}, 404],
          ['invalid query', '/v1/vacancies?limit=0', {}, 400],
          ['undecodable path', '/v1/vacancies/%E0%A4%A', {}, 400],
          // Too long for the parameter, so the router falls through to the static files at `/`.
          ['over-long path parameter', `/v1/vacancies/${'a'.repeat(300)}`, {}, 404],
          ['no token', '/v1/hr/vacancies', {}, 401],
          ['bad token', '/v1/hr/vacancies', { headers: { authorization: 'Bearer a.b.c' } }, 401],
          ['wrong role', '/v1/hr/cases', { headers: { authorization: `Bearer ${h.tokens.employeeA}` } }, 403],
          ['wrong method', '/v1/organisations', { method: 'DELETE' }, 405],
          ['wrong media type', '/v1/events', { method: 'POST', body: 'type=widget-view', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415],
          ['invalid JSON', '/v1/events', { method: 'POST', body: '{', headers: { 'content-type': 'application/json' } }, 400],
          ['body too large', '/v1/events', { method: 'POST', body: JSON.stringify({ type: 'x'.repeat(70_000) }), headers: { 'content-type': 'application/json' } }, 413],
        ];
        for (const [label, path, init, status] of cases) {
          const response = await get(path, init);
          const body = await response.text();
          assert.equal(response.status, status, `${label}: ${body}`);
          assertProblem(status, response.headers.get('content-type') ?? undefined, body, init.method ?? 'GET', label);
          assertSecurityHeaders(response, label);
          assert.match(response.headers.get('cache-control') ?? '', /no-store/, `${label}: errors are not stored`);
        }
      });
    });

    describe('caching of authenticated answers', () => {
      const requiredRoutes = (Object.keys(routes) as OperationId[]).filter((id) => routes[id].auth === 'required');

      for (const operation of requiredRoutes) {
        test(`${operation}: a signed-in answer is never stored`, async () => {
          // HR of A may call every signed-in route; writes on one resource get fresh ones.
          const fresh = routes[operation].method !== 'GET' && routes[operation].path.includes('{id}');
          const request = validRequest(operation, fresh ? { ...ids, ...(await createResourcesOfA(h.app, h.tokens.hrA)) } : ids);
          const { headers, payload } = encodeRequest(request, h.tokens.hrA);
          const response = await get(request.url, { method: request.method, headers, ...(payload === undefined ? {} : { body: typeof payload === 'string' ? payload : new Uint8Array(payload) }) });
          assert.ok(response.status >= 200 && response.status < 300, `${operation}: ${response.status} ${await response.clone().text()}`);
          assert.match(response.headers.get('cache-control') ?? '(none)', /no-store/, `${operation}: Cache-Control`);
          assert.equal(response.headers.get('etag'), null, `${operation}: an ETag invites a shared cache to revalidate`);
        });
      }

      test('routes where a token is optional: the signed-in answer is private, the anonymous one public', async () => {
        for (const path of ['/v1/vacancies', `/v1/vacancies/${ids.vacancy}`, '/v1/stories?channel=intranet']) {
          const signedIn = await get(path, { headers: { authorization: `Bearer ${h.tokens.employeeA}` } });
          assert.equal(signedIn.status, 200, path);
          assert.match(signedIn.headers.get('cache-control') ?? '', /no-store/, path);
          assert.match(signedIn.headers.get('vary') ?? '', /Authorization/i, `${path}: Vary`);
        }
        const anonymous = await get('/v1/vacancies');
        assert.match(anonymous.headers.get('cache-control') ?? '', /^public, max-age=\d+$/);
        assert.ok(anonymous.headers.get('etag'));
      });
    });

    describe('CORS', () => {
      test('an allowed origin is echoed, with Vary: Origin and no credentials', async () => {
        const response = await get('/v1/vacancies', { headers: { origin: ALLOWED } });
        assert.equal(response.headers.get('access-control-allow-origin'), ALLOWED);
        assert.match(response.headers.get('vary') ?? '', /Origin/);
        // Bearer tokens, no cookies: credentialed CORS is never offered.
        assert.equal(response.headers.get('access-control-allow-credentials'), null);
        const exposed = (response.headers.get('access-control-expose-headers') ?? '').split(/,\s*/);
        for (const name of ['ETag', 'Retry-After', 'WWW-Authenticate']) assert.ok(exposed.includes(name), `exposes ${name}`);
      });

      test('error answers carry CORS too, so the embedding page can read the problem', async () => {
        for (const [path, status] of [['/v1/hr/cases', 401], ['/v1/nothing', 404], ['/v1/vacancies?limit=0', 400]] as const) {
          const response = await get(path, { headers: { origin: ALLOWED } });
          assert.equal(response.status, status);
          assert.equal(response.headers.get('access-control-allow-origin'), ALLOWED, path);
        }
      });

      test('a disallowed origin gets no CORS headers, and no null or wildcard', async () => {
        for (const origin of [DISALLOWED, 'null', 'https://intranet.example.evil.example', 'http://intranet.example']) {
          const response = await get('/v1/vacancies', { headers: { origin } });
          assert.equal(response.status, 200);
          assert.equal(response.headers.get('access-control-allow-origin'), null, origin);
          const preflight = await get('/v1/hr/vacancies', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
          assert.equal(preflight.headers.get('access-control-allow-origin'), null, `${origin} preflight`);
        }
      });

      test('a preflight names the methods and headers the API uses', async () => {
        const response = await get('/v1/hr/vacancies/x', {
          method: 'OPTIONS',
          headers: { origin: ALLOWED, 'access-control-request-method': 'PATCH', 'access-control-request-headers': 'authorization, content-type' },
        });
        assert.equal(response.status, 204);
        assert.equal(response.headers.get('access-control-allow-origin'), ALLOWED);
        const methods = (response.headers.get('access-control-allow-methods') ?? '').split(/,\s*/);
        for (const method of new Set(Object.values(routes).map((r) => r.method))) assert.ok(methods.includes(method), `allows ${method}`);
        const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/,\s*/);
        for (const name of ['authorization', 'content-type', 'accept-language', 'if-none-match']) assert.ok(allowed.includes(name), `allows ${name}`);
        assert.equal(response.headers.get('access-control-max-age'), '600');
        assert.equal(response.headers.get('access-control-allow-credentials'), null);
      });

      test('without configured origins there is no CORS at all', async () => {
        const scratch = await scratchDatabase(engine, probe);
        const plain = await startServer({ ...scratch.options, port: 0, rateLimit: false });
        try {
          const response = await fetch(`${plain.url}/v1/organisations`, { headers: { origin: ALLOWED } });
          assert.equal(response.status, 200);
          assert.equal(response.headers.get('access-control-allow-origin'), null);
          assert.equal(response.headers.get('cross-origin-resource-policy'), 'same-origin');
          const preflight = await fetch(`${plain.url}/v1/organisations`, { method: 'OPTIONS', headers: { origin: ALLOWED, 'access-control-request-method': 'GET' } });
          assert.equal(preflight.headers.get('access-control-allow-origin'), null);
          assert.equal(preflight.status, 405);
          assertProblem(405, preflight.headers.get('content-type') ?? undefined, await preflight.text(), 'OPTIONS', 'preflight without CORS');
        } finally {
          await plain.close();
          await scratch.drop();
        }
      });
    });
  });

  describe(`rate limits on ${engine}`, () => {
    const max = 5;
    let scratch: ScratchDatabase;
    let server: RunningServer;

    before(async () => {
      scratch = await scratchDatabase(engine, probe);
      server = await startServer({ ...scratch.options, port: 0, devAuth: true, rateLimit: { max, timeWindowMs: 60_000 }, corsOrigins: [ALLOWED] });
      // Two organisations to sign tokens for, without the time the whole demo data takes.
      await server.app.mobility.database.db
        .insertInto('organisations')
        .values(['hogeschool-utrecht', 'hogeschool-van-amsterdam'].map((id) => ({ id, name: id, sector: 'hbo' as const, city: null, networks: [], website: null })))
        .execute();
    });
    after(async () => {
      await server?.close();
      await scratch?.drop();
    });

    /** A request from a client address, as a proxy on the loopback interface reports it. */
    const from = (ip: string, path = '/v1/organisations', init: { method?: 'GET' | 'POST'; headers?: Record<string, string>; payload?: string } = {}) =>
      server.app.inject({ method: init.method ?? 'GET', url: path, headers: { 'x-forwarded-for': ip, ...init.headers }, ...(init.payload ? { payload: init.payload } : {}) });

    test(`the ${max + 1}th request in a window is a 429 problem with Retry-After, over real HTTP`, async () => {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i <= max; i++) {
        last = await fetch(`${server.url}/v1/organisations`, { headers: { origin: ALLOWED } });
        statuses.push(last.status);
        if (i < max) await last.arrayBuffer();
      }
      assert.deepEqual(statuses, [...Array(max).fill(200), 429]);
      const body = await last!.text();
      assertProblem(429, last!.headers.get('content-type') ?? undefined, body, 'GET', '429');
      assert.equal(JSON.parse(body).type, problemTypes.rateLimited);
      const retryAfter = Number(last!.headers.get('retry-after'));
      assert.ok(Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= 60, `Retry-After ${last!.headers.get('retry-after')}`);
      assert.equal(last!.headers.get('access-control-allow-origin'), ALLOWED, 'the embedding page can read the 429');
      assert.equal(last!.headers.get('x-ratelimit-limit'), String(max));
      assert.equal(last!.headers.get('x-ratelimit-remaining'), '0');
    });

    test('buckets are per client address: another address is not limited', async () => {
      for (let i = 0; i < max; i++) assert.equal((await from('10.1.0.1')).statusCode, 200);
      assert.equal((await from('10.1.0.1')).statusCode, 429);
      assert.equal((await from('10.1.0.2')).statusCode, 200);
    });

    test('buckets are per address, not per principal: a second token from the same address shares the bucket', async () => {
      const token = async (organisation: string) =>
        ((await from('10.2.0.9', '/v1/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ role: 'hr', organisation }) })).json() as { token: string }).token;
      // Tokens come from another address, so they do not use up the bucket under test.
      const [a, b] = [await token('hogeschool-utrecht'), await token('hogeschool-van-amsterdam')];
      assert.ok(a && b);
      for (let i = 0; i < max; i++) assert.equal((await from('10.2.0.1', '/v1/vacancies', { headers: { authorization: `Bearer ${a}` } })).statusCode, 200);
      const other = await from('10.2.0.1', '/v1/vacancies', { headers: { authorization: `Bearer ${b}` } });
      assert.equal(other.statusCode, 429);
      assert.match(String(other.headers['content-type']), /^application\/problem\+json/);
    });

    test('X-Forwarded-For from a client on the internet is not believed', async () => {
      const remote = (forwarded: string) =>
        server.app.inject({ method: 'GET', url: '/v1/organisations', remoteAddress: '203.0.113.7', headers: { 'x-forwarded-for': forwarded } });
      for (let i = 0; i < max; i++) assert.equal((await remote(`10.3.0.${i}`)).statusCode, 200);
      const sixth = await remote('10.3.0.99');
      assert.equal(sixth.statusCode, 429, 'a made-up forwarded address picked a fresh bucket');
    });

    test(`events have their own, tighter limit of ${eventRateLimit.max} per minute`, async () => {
      const wide = await scratchDatabase(engine, probe);
      const roomy = await startServer({ ...wide.options, port: 0, rateLimit: { max: 1_000, timeWindowMs: 60_000 } });
      try {
        const post = () => roomy.app.inject({ method: 'POST', url: '/v1/events', headers: { 'content-type': 'application/json' }, payload: { type: 'widget-view' } });
        for (let i = 0; i < eventRateLimit.max; i++) assert.equal((await post()).statusCode, 202);
        const limited = await post();
        assert.equal(limited.statusCode, 429);
        assertProblem(429, limited.headers['content-type'] as string, limited.body, 'POST', 'events 429');
        assert.ok(Number(limited.headers['retry-after']) > 0);
        assert.equal((await roomy.app.inject({ method: 'GET', url: '/v1/organisations' })).statusCode, 200, 'the general limit is untouched');
      } finally {
        await roomy.close();
        await wide.drop();
      }
    });
  });
}
