import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { routes, type OperationId, type Problem } from '@mobility-kit/contract';
import { probePostgres, type Engine } from './helpers.js';
import {
  appRoutes,
  assertProblem,
  assertSameRoutes,
  contractRouteKeys,
  createResourcesOfA,
  encodeRequest,
  ORG_A,
  somePublicVacancy,
  startHardeningServer,
  validRequest,
  type HardeningServer,
  type RouteKey,
  type SampleIds,
  type SampleRequest,
} from './hardening-support.js';

const probe = await probePostgres();

/** Fixed seed: a failure prints its seed and path, and `FUZZ_SEED=… FUZZ_RUNS=…` replays or widens a run. */
const seed = Number(process.env.FUZZ_SEED ?? 20251110);
const injectRuns = Number(process.env.FUZZ_RUNS ?? 30);
const httpRuns = Math.max(3, Math.round(injectRuns / 6));

/**
 * Every route of the app, with the request the fuzzer starts from: contract routes by operation id,
 * the static and preflight routes by a request of their own. A route the app gains without a row
 * here fails the first test.
 */
const fuzzTable: Record<RouteKey, OperationId | ((ids: SampleIds) => SampleRequest)> = {
  'GET /v1/vacancies': 'listVacancies',
  'GET /v1/vacancies/:id': 'getVacancy',
  'GET /v1/hr/vacancies': 'listHrVacancies',
  'POST /v1/hr/vacancies': 'createVacancy',
  'PATCH /v1/hr/vacancies/:id': 'updateVacancy',
  'POST /v1/hr/vacancies/:id/close': 'closeVacancy',
  'POST /v1/hr/vacancies/:id/reopen': 'reopenVacancy',
  'GET /v1/vacancies/feed.atom': 'getVacancyFeed',
  'GET /v1/vacancies/:id/jobposting.jsonld': 'getVacancyJobPosting',
  'GET /v1/organisations': 'listOrganisations',
  'GET /v1/health': 'getHealth',
  'GET /v1/me': 'getMe',
  'GET /v1/regulations': 'getRegulations',
  'PUT /v1/regulations': 'putRegulations',
  'POST /v1/events': 'createEvent',
  'GET /v1/stories': 'listStories',
  'GET /v1/hr/stories': 'listHrStories',
  'GET /v1/hr/stories/:id': 'getHrStory',
  'POST /v1/hr/stories': 'createStory',
  'PATCH /v1/hr/stories/:id': 'updateStory',
  'POST /v1/hr/stories/:id/approve': 'approveStory',
  'POST /v1/hr/stories/:id/withdraw': 'withdrawStory',
  'POST /v1/hr/stories/:id/consents': 'recordStoryConsent',
  'POST /v1/hr/stories/:id/consents/withdraw': 'withdrawStoryConsent',
  'GET /v1/hr/cases': 'listCases',
  'POST /v1/hr/cases': 'createCase',
  'POST /v1/hr/cases/import': 'importCases',
  'GET /v1/hr/cases/:id': 'getCase',
  'PUT /v1/hr/cases/:id': 'updateCase',
  'DELETE /v1/hr/cases/:id': 'deleteCase',
  'GET /v1/insights': 'getInsights',
  'GET /v1/insights/export': 'exportInsights',
  'GET /v1/hr/feeds': 'listFeedSources',
  'POST /v1/hr/feeds': 'createFeedSource',
  'GET /v1/hr/feeds/:id': 'getFeedSource',
  'PUT /v1/hr/feeds/:id': 'updateFeedSource',
  'DELETE /v1/hr/feeds/:id': 'deleteFeedSource',
  'POST /v1/hr/feeds/:id/run': 'runFeedSource',
  'GET /v1/hr/feeds/:id/runs': 'listFeedRuns',
  'POST /v1/hr/media': 'uploadMedia',
  'GET /v1/media/:id': 'getMedia',
  'POST /v1/dev/token': 'createDevToken',
  'GET /v1/hr/regulations': 'getHrRegulations',
  'GET /*': () => ({ method: 'GET', url: '/index.html' }),
  'GET /demo-assets/*': () => ({ method: 'GET', url: '/demo-assets/portraits/samira.svg' }),
  'OPTIONS /*': () => ({
    method: 'OPTIONS',
    url: '/v1/vacancies',
    headers: { origin: 'https://intranet.example', 'access-control-request-method': 'GET' },
  }),
};

/** Names a route's query schema knows, so the fuzzer hits real parameters as often as made-up ones. */
function queryNamesOf(operation: OperationId | undefined): string[] {
  const route = operation ? (routes[operation] as { query?: { shape?: Record<string, unknown> } }) : undefined;
  return Object.keys(route?.query?.shape ?? {});
}

/** Top-level fields of a route's JSON body schema. */
function bodyNamesOf(operation: OperationId | undefined): string[] {
  const route = operation ? (routes[operation] as { body?: { shape?: Record<string, unknown> } }) : undefined;
  return Object.keys(route?.body?.shape ?? {});
}

/** `encodeURIComponent` for any string: a lone surrogate (which it refuses) becomes U+FFFD, as a browser would send it. */
const encode = (value: string): string =>
  encodeURIComponent(value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));

/** Calendar dates at and past the contract's range (1900-01-01 … 2100-12-31), and one that is not on the calendar. */
const boundaryDates = ['0000-01-01', '1899-12-31', '1900-01-01', '2100-12-31', '2101-01-01', '9999-12-31', '2024-02-30'] as const;

const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 60 });

/** Strings that break naive parsers: escapes, encodings, numbers out of range, unicode, SQL and HTML. */
const nasty = fc.constantFrom(
  '',
  ' ',
  '%',
  '%zz',
  '%E0%A4%A',
  '%00',
  '%C0%AF',
  '..%2F..%2Fetc%2Fpasswd',
  "' OR 1=1--",
  '<script>alert(1)</script>',
  '\u0000',
  '\uFFFF',
  '\uD800',
  '﷽',
  '𝕏𝕐',
  'e\u0301',
  '-1',
  '0',
  '1e309',
  '9007199254740993',
  'NaN',
  'Infinity',
  'null',
  'true',
  '[]',
  '{}',
  '__proto__',
  '2025-02-30',
  '2024-Q5',
  ORG_A,
  'public',
  'internal',
  'intranet',
  'relevance',
  'distance',
  '3584',
  'Utrecht',
  'teaching',
);
const huge = fc.integer({ min: 1_000, max: 12_000 }).map((n) => 'ä'.repeat(n));
const queryValue = fc.oneof(
  { weight: 3, arbitrary: nasty },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: printable },
  { weight: 1, arbitrary: huge },
  { weight: 1, arbitrary: fc.integer().map(String) },
);

/** `%` garbage sent unencoded, so the server's own decoder meets it. */
const rawGarbage = fc.constantFrom('%', '%zz', '%E0%A4%A', '%%%', '%u0041', '%2', '%FF%FE', '%C0%80');

function queryArbitrary(names: string[]): fc.Arbitrary<string> {
  const name = fc.oneof(
    { weight: 4, arbitrary: names.length > 0 ? fc.constantFrom(...names) : fc.constant('q') },
    { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'limit[]', 'q[a]', 'a.b', '', '%', 'cursor') },
    { weight: 1, arbitrary: printable },
  );
  const pair = fc.oneof(
    { weight: 5, arbitrary: fc.tuple(name, queryValue).map(([n, v]) => `${encode(n)}=${encode(v)}`) },
    { weight: 1, arbitrary: fc.tuple(name, rawGarbage).map(([n, v]) => `${encode(n)}=${v}`) },
    { weight: 1, arbitrary: name.map((n) => encode(n)) },
  );
  return fc.array(pair, { maxLength: 8 }).map((pairs) => pairs.join('&'));
}

function deep(depth: number): string {
  return `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`;
}

function bodyArbitrary(names: string[], valid: unknown): fc.Arbitrary<string | undefined> {
  const field = names.length > 0 ? fc.constantFrom(...names) : printable;
  const validObject = valid !== null && typeof valid === 'object' && !Array.isArray(valid) ? (valid as Record<string, unknown>) : {};
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(valid === undefined ? undefined : typeof valid === 'string' ? valid : JSON.stringify(valid)) },
    { weight: 3, arbitrary: fc.tuple(field, fc.jsonValue({ maxDepth: 3 })).map(([k, v]) => JSON.stringify({ ...validObject, [k]: v })) },
    // Text the database cannot hold (NUL), unpaired surrogates, escapes and numbers out of range, in real fields.
    { weight: 3, arbitrary: fc.tuple(field, nasty).map(([k, v]) => JSON.stringify({ ...validObject, [k]: v })) },
    { weight: 2, arbitrary: fc.dictionary(field, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }).map((o) => JSON.stringify(o)) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.integer({ min: 10, max: 3_000 }).map(deep) },
    { weight: 1, arbitrary: fc.tuple(field, fc.integer({ min: 1_000, max: 80_000 })).map(([k, n]) => JSON.stringify({ ...validObject, [k]: 'x'.repeat(n) })) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '',
        '{',
        '{"a":',
        'nul',
        "{'a':1}",
        '[1,]',
        '\u0000',
        '{"__proto__":{"polluted":true}}',
        '{"constructor":{"prototype":{"polluted":true}}}',
        '"just a string"',
        '12',
        'null',
        '\uFEFF{}',
        'id,unit\n1,2\n',
      ),
    },
  );
}

const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'application/json; charset=latin1',
  'text/plain',
  'text/csv',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/problem+json',
  '',
  ';;;',
  'application/json/../csv',
);

const method = fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS');

interface Generated {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

function requestArbitrary(key: RouteKey, sample: SampleRequest, tokens: string[]): fc.Arbitrary<Generated> {
  const operation = typeof fuzzTable[key] === 'string' ? (fuzzTable[key] as OperationId) : undefined;
  const [samplePath, sampleQuery] = sample.url.split('?') as [string, string | undefined];
  const idArbitrary = fc.oneof(
    { weight: 2, arbitrary: queryValue.map((v) => encode(v)) },
    { weight: 1, arbitrary: rawGarbage },
    { weight: 1, arbitrary: fc.integer({ min: 150, max: 400 }).map((n) => 'a'.repeat(n)) },
  );
  const path = key.includes(':id')
    ? fc.oneof({ weight: 2, arbitrary: fc.constant(samplePath) }, { weight: 3, arbitrary: idArbitrary.map((id) => samplePath.replace(/(\/v1\/[a-z/]+\/)[^/]+/, `$1${id}`)) })
    : key.endsWith('*')
      ? fc.oneof(fc.constant(samplePath), fc.constantFrom('/', '/index.html', '/nope.js', '/..%2F..%2Fetc%2Fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/demo-assets/../package.json', '/demo-assets/%00.svg', '/%E0%A4%A'))
      : fc.constant(samplePath);
  const query = fc.oneof({ weight: 1, arbitrary: fc.constant(sampleQuery ?? '') }, { weight: 3, arbitrary: queryArbitrary(queryNamesOf(operation)) });
  const authorization = fc.option(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...tokens) }, { weight: 1, arbitrary: printable }), { freq: 5 });
  const headers = fc.record(
    {
      authorization,
      accept: fc.option(fc.constantFrom('application/json', 'application/problem+json', 'text/html', '*/*', 'application/xml', 'application/atom+xml', ';q=x', ''), { freq: 2 }),
      'if-none-match': fc.option(fc.oneof(fc.constantFrom('*', '"abc"', 'W/"x"', '"', 'W/'), printable), { freq: 3 }),
      'accept-language': fc.option(fc.oneof(fc.constantFrom('en', 'nl-NL', 'xx', '*'), printable), { freq: 3 }),
      'content-type': fc.option(contentType, { freq: 3 }),
      origin: fc.option(fc.constantFrom('https://intranet.example', 'https://evil.example', 'null'), { freq: 3 }),
      // Retried writes: good keys (often the same one, so replays and 422s happen) and bad ones.
      'idempotency-key': fc.option(fc.oneof(fc.constantFrom('fuzz-key-1', 'fuzz-key-2', '', ' ', 'x'.repeat(256)), printable), { freq: 3 }),
    },
    { requiredKeys: [] },
  );
  return fc
    .record({
      method: fc.oneof({ weight: 4, arbitrary: fc.constant(sample.method) }, { weight: 1, arbitrary: method }),
      path,
      query,
      headers,
      body: bodyArbitrary(bodyNamesOf(operation), sample.body),
    })
    .map(({ method: m, path: p, query: q, headers: h, body }) => {
      const clean: Record<string, string> = { ...sample.headers };
      for (const [name, value] of Object.entries(h)) if (typeof value === 'string') clean[name] = value;
      if (body !== undefined && clean['content-type'] === undefined) clean['content-type'] = sample.contentType ?? 'application/json';
      return { method: m, url: q ? `${p}?${q}` : p, headers: clean, ...(body === undefined || m === 'GET' || m === 'HEAD' ? {} : { payload: body }) };
    });
}

/** One request over a real socket, headers exactly as given. */
function overHttp(base: string, generated: Generated): Promise<{ status: number; contentType: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${base}${generated.url}`, { method: generated.method, headers: generated.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, contentType: response.headers['content-type'], body: Buffer.concat(chunks).toString('utf8') }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(generated.payload);
  });
}

/** Write bytes on a fresh connection and collect every status line and media type the server answers with. */
function overSocket(port: number, bytes: string, waitMs = 1_500): Promise<{ status: number; contentType: string; raw: string }[]> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    const finish = () => {
      socket.destroy();
      const answers = received
        .split(/(?=HTTP\/1\.1 \d{3})/)
        .filter((part) => part.startsWith('HTTP/1.1'))
        .map((raw) => ({ status: Number(raw.slice(9, 12)), contentType: /\r\ncontent-type: *([^\r\n]*)/i.exec(raw)?.[1] ?? '', raw }));
      resolve(answers);
    };
    const timer = setTimeout(finish, waitMs);
    socket.on('data', (chunk) => (received += chunk.toString('utf8')));
    socket.on('close', () => {
      clearTimeout(timer);
      finish();
    });
    socket.on('error', (error) => {
      if ((error as NodeJS.ErrnoException).code === 'ECONNRESET') return;
      clearTimeout(timer);
      reject(error);
    });
    socket.write(bytes);
  });
}

for (const engine of ['pglite', 'postgres'] as const satisfies readonly Engine[]) {
  if (engine === 'postgres' && !('url' in probe)) {
    test('fuzzing on PostgreSQL', (t) => t.skip(`PostgreSQL not reachable: ${probe.reason}`));
    continue;
  }

  describe(`fuzzing every route on ${engine}`, () => {
    let h: HardeningServer;
    let ids: SampleIds;
    let tokens: string[];
    const statuses = new Map<number, number>();

    const check = (key: string, generated: Generated, status: number, contentTypeHeader: string | undefined, body: string) => {
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      const context = `${key}: ${generated.method} ${generated.url.slice(0, 200)} ${JSON.stringify(generated.headers).slice(0, 300)} body ${String(generated.payload).slice(0, 200)}`;
      assert.ok(status < 500, `${context}: ${status} ${body.slice(0, 300)}`);
      if (status >= 400) assertProblem(status, contentTypeHeader, body, generated.method, context);
    };

    before(async () => {
      const started = Date.now();
      h = await startHardeningServer(engine, probe);
      console.log(`# fuzz server on ${engine} up in ${Date.now() - started} ms`);
      ids = { ...(await createResourcesOfA(h.app, h.tokens.hrA)), publicVacancy: await somePublicVacancy(h.app) };
      tokens = [
        ...Object.values(h.tokens).map((t) => `Bearer ${t}`),
        ...Object.values(h.badAuthorization),
        `Bearer ${h.tokens.hrA}`,
        `Bearer ${h.tokens.hrA}`,
      ];
    });
    after(async () => {
      const started = Date.now();
      await h?.close();
      console.log(`# fuzz server on ${engine} closed in ${Date.now() - started} ms`);
    });

    test('the fuzz table has a row for every route of the app and of the contract', () => {
      assertSameRoutes(appRoutes(h.app), Object.keys(fuzzTable), 'fuzz table');
      const contract = contractRouteKeys();
      for (const [key, operation] of contract) assert.equal(fuzzTable[key], operation, `contract route ${operation} (${key})`);
    });

    const sampleOf = (key: RouteKey): SampleRequest => {
      const row = fuzzTable[key]!;
      return typeof row === 'string' ? validRequest(row, ids) : row(ids);
    };

    test(`app.inject: ${injectRuns} generated requests per route, seed ${seed}`, async () => {
      for (const [index, key] of (Object.keys(fuzzTable) as RouteKey[]).entries()) {
        await fc.assert(
          fc.asyncProperty(requestArbitrary(key, sampleOf(key), tokens), async (generated) => {
            const response = await h.app.inject({
              method: generated.method as 'GET',
              url: generated.url,
              headers: generated.headers,
              ...(generated.payload === undefined ? {} : { payload: generated.payload }),
            });
            check(key, generated, response.statusCode, response.headers['content-type'] as string | undefined, response.body);
          }),
          { seed: seed + index, numRuns: injectRuns, endOnFailure: true, includeErrorInReport: true },
        );
      }
      // The generators must reach handlers, not only the 400 path, or they test little.
      const answered = [...statuses].filter(([s]) => s < 400).reduce((sum, [, n]) => sum + n, 0);
      const total = [...statuses.values()].reduce((a, b) => a + b, 0);
      console.log(`# ${total} requests on ${engine}, by status: ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`);
      assert.ok(answered / total > 0.1, `only ${answered} of ${total} generated requests got past validation: ${JSON.stringify([...statuses])}`);
      for (const status of [400, 401, 404]) assert.ok((statuses.get(status) ?? 0) > 0, `no ${status} was provoked: ${JSON.stringify([...statuses])}`);
    });

    test(`real HTTP: ${httpRuns} generated requests per route, seed ${seed}`, async () => {
      for (const [index, key] of (Object.keys(fuzzTable) as RouteKey[]).entries()) {
        await fc.assert(
          fc.asyncProperty(requestArbitrary(key, sampleOf(key), tokens), async (generated) => {
            const response = await overHttp(h.server.url, generated);
            check(key, generated, response.status, response.contentType, response.body);
          }),
          { seed: seed + 1_000 + index, numRuns: httpRuns, endOnFailure: true, includeErrorInReport: true },
        );
      }
    });

    test('text the database cannot hold, in every text field of every write, with a token that may write', async () => {
      const writes = (Object.keys(routes) as OperationId[]).filter((id) => routes[id].method !== 'GET' && routes[id].method !== 'DELETE');
      let sent = 0;
      for (const operation of writes) {
        for (const value of ['\u0000', 'vóór\u0000na', '\uD800', 'x\uDFFFy']) {
          const sample = validRequest(operation, { ...ids, ...(await createResourcesOfA(h.app, h.tokens.hrA)) });
          // Every string in the body, nested ones too, one at a time; a CSV body is one string.
          const paths: string[][] = [];
          const walk = (node: unknown, path: string[]) => {
            if (typeof node === 'string') paths.push(path);
            else if (node !== null && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
          };
          walk(sample.body, []);
          for (const path of paths) {
            const body = path.length === 0 ? `${String(sample.body)}${value}` : structuredClone(sample.body);
            if (path.length > 0) {
              let node = body as Record<string, unknown>;
              for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
              node[path.at(-1)!] = value;
            }
            const { headers, payload } = encodeRequest({ ...sample, body }, h.tokens.hrA);
            const generated: Generated = { method: sample.method, url: sample.url, headers, ...(payload === undefined ? {} : { payload }) };
            const response = await h.app.inject({ method: sample.method as 'POST', url: sample.url, headers, ...(payload === undefined ? {} : { payload }) });
            check(`${operation} ${path.join('.') || '(body)'}`, generated, response.statusCode, response.headers['content-type'] as string | undefined, response.body);
            sent++;
          }
        }
      }
      assert.ok(sent > 100, `only ${sent} requests`);
    });

    test('boundary dates in every date field of every route: outside 1900–2100 or not on the calendar → 400 naming the field', async () => {
      let sent = 0;
      for (const operation of Object.keys(routes) as OperationId[]) {
        const route = routes[operation] as { query?: { shape?: Record<string, { safeParse(v: unknown): { success: boolean } }> } };
        // Query parameters that are calendar dates: they take a date and refuse what is not one.
        const dateQueryNames = Object.entries(route.query?.shape ?? {})
          .filter(([, schema]) => schema.safeParse('2024-05-01').success && !schema.safeParse('2024-05-0x').success)
          .map(([name]) => name);
        const fresh = async () => validRequest(operation, { ...ids, ...(await createResourcesOfA(h.app, h.tokens.hrA)) });
        const probeSample = await fresh();
        const bodyDatePaths: string[][] = [];
        const walk = (node: unknown, path: string[]) => {
          if (typeof node === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(node)) bodyDatePaths.push(path);
          else if (node !== null && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
        };
        if (typeof probeSample.body !== 'string') walk(probeSample.body, []);
        const csvDate = typeof probeSample.body === 'string' && /\d{4}-\d{2}-\d{2}/.test(probeSample.body);
        for (const date of boundaryDates) {
          const outOfRange = date !== '1900-01-01' && date !== '2100-12-31';
          const send = async (sample: SampleRequest, field: string) => {
            const { headers, payload } = encodeRequest(sample, h.tokens.hrA);
            const response = await h.app.inject({ method: sample.method as 'POST', url: sample.url, headers, ...(payload === undefined ? {} : { payload }) });
            const generated: Generated = { method: sample.method, url: sample.url, headers, ...(payload === undefined ? {} : { payload }) };
            const context = `${operation} ${field}=${date}`;
            check(context, generated, response.statusCode, response.headers['content-type'] as string | undefined, response.body);
            if (outOfRange) {
              assert.equal(response.statusCode, 400, `${context}: ${response.statusCode} ${response.body.slice(0, 300)}`);
              if (field !== '(csv)') {
                const names = ((response.json() as Problem).invalidParams ?? []).map((p) => p.path);
                assert.ok(names.some((n) => n === field || n.endsWith(`.${field.split('.').at(-1)}`)), `${context}: the problem names ${names.join(', ')}`);
              }
            }
            sent++;
          };
          for (const name of dateQueryNames) {
            const sample = await fresh();
            const url = new URL(sample.url, 'http://x');
            url.searchParams.set(name, date);
            await send({ ...sample, url: `${url.pathname}${url.search}` }, name);
          }
          for (const path of bodyDatePaths) {
            const sample = await fresh();
            const body = structuredClone(sample.body) as Record<string, unknown>;
            let node = body;
            for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
            node[path.at(-1)!] = date;
            await send({ ...sample, body }, path.join('.'));
          }
          if (csvDate) {
            const sample = await fresh();
            await send({ ...sample, body: (sample.body as string).replace(/\d{4}-\d{2}-\d{2}/, date) }, '(csv)');
          }
        }
      }
      assert.ok(sent > 50, `only ${sent} requests`);
    });

    test('a URL longer than the header limit, and broken framing, are answered as problems', async () => {
      const port = Number(new URL(h.server.url).port);
      const cases: [string, string][] = [
        ['over-long URL', `GET /v1/vacancies?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`],
        ['Content-Length shorter than the body', `POST /v1/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\n\r\n{"type":"widget-view"}`],
        ['Content-Length not a number', `POST /v1/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n{}`],
        ['two different Content-Lengths', `POST /v1/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}`],
        ['Content-Length and chunked', `POST /v1/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`],
        ['not HTTP', 'HELLO\r\n\r\n'],
        ['a header without a colon', 'GET /v1/health HTTP/1.1\r\nHost: x\r\nbroken header\r\n\r\n'],
      ];
      for (const [label, bytes] of cases) {
        const answers = await overSocket(port, bytes);
        assert.ok(answers.length > 0, `${label}: no answer`);
        for (const answer of answers) {
          assert.ok(answer.status < 500, `${label}: ${answer.status}`);
          if (answer.status >= 400) assert.match(answer.contentType, /^application\/problem\+json/, `${label}: ${answer.raw.slice(0, 300)}`);
        }
      }
      // Content-Length longer than the body: the server waits for the rest, then gives up without a 5xx.
      const truncated = await overSocket(port, `POST /v1/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"type":`, 500);
      for (const answer of truncated) assert.ok(answer.status < 500, `truncated body: ${answer.raw.slice(0, 200)}`);
    });

    test('the server still answers its health check, in process and over HTTP', async () => {
      const injected = await h.app.inject({ method: 'GET', url: '/v1/health' });
      assert.equal(injected.statusCode, 200, injected.body);
      const response = await fetch(`${h.server.url}/v1/health`);
      assert.equal(response.status, 200);
      assert.equal(((await response.json()) as { database: string }).database, 'ok');
    });
  });
}
