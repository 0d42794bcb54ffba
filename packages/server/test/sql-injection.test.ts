import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { routes, type OperationId } from '@mobility-kit/contract';
import { probePostgres, type Engine } from './helpers.js';
import {
  createResourcesOfA,
  encodeRequest,
  somePublicVacancy,
  startHardeningServer,
  validRequest,
  type HardeningServer,
  type SampleIds,
  type SampleRequest,
} from './hardening-support.js';

const probe = await probePostgres();

/** Classic payloads: quoting, comments, stacked queries, UNION, escapes, dollar quoting, casts. */
const payloads = [
  "' OR 1=1--",
  "' OR '1'='1",
  '" OR ""="',
  "'; DROP TABLE vacancies;--",
  "x'); DROP TABLE organisations; --",
  "' UNION SELECT id, name, sector, city, null, null FROM organisations--",
  "1 UNION ALL SELECT NULL,NULL,NULL--",
  "'; INSERT INTO organisations (id, name, sector) VALUES ('pwned','pwned','hbo');--",
  "\\'; DELETE FROM cases;--",
  "\\\\' OR 1=1 #",
  "'/**/OR/**/1=1/*",
  "admin'--",
  "$$; DROP TABLE stories; $$",
  "$tag$ OR 1=1 $tag$",
  "E'\\x27 OR 1=1",
  "'::text || (select current_user) || '",
  "1; COPY organisations TO PROGRAM 'id';",
  "%' AND 1=1 AND '%'='",
  "_%",
];

/** Would stall each request for seconds if the database ever executed them. */
const sleepSeconds = 3;
const sleepers = [
  `'; SELECT pg_sleep(${sleepSeconds});--`,
  `' || pg_sleep(${sleepSeconds}) || '`,
  `1) OR pg_sleep(${sleepSeconds}) IS NULL--`,
  `$$; SELECT pg_sleep(${sleepSeconds}); $$`,
  `'||(SELECT pg_sleep(${sleepSeconds}))::text||'`,
];

/** A string that matches nothing and has no meaning to SQL: the answer every payload must equal. */
const harmless = 'zzqx-onbekend';

/** Fields that change between two identical requests. */
const volatile = new Set(['time', 'generatedAt', 'exportedAt']);
/**
 * What an answer says, without what echoes the request (insights repeat their query and unit; the
 * Atom feed names its own URL, so its entries count).
 */
const stable = (body: string, input: string): unknown => {
  try {
    return JSON.parse(body, (key, value: unknown) => (volatile.has(key) ? undefined : value === input ? '(input)' : value));
  } catch {
    return [...body.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]);
  }
};
/** The payload's words without the SQL around them: what a search for it means to the full-text parser. */
const wordsOf = (payload: string): string => payload.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Every string input of the GET routes: query parameters from the contract's schemas, and path ids. */
function readInputs(): { operation: OperationId; name: string; where: 'query' | 'path' }[] {
  const inputs: { operation: OperationId; name: string; where: 'query' | 'path' }[] = [];
  for (const operation of Object.keys(routes) as OperationId[]) {
    const route = routes[operation] as { method: string; path: string; query?: { shape?: Record<string, unknown> } };
    if (route.method !== 'GET') continue;
    for (const name of Object.keys(route.query?.shape ?? {})) inputs.push({ operation, name, where: 'query' });
    if (route.path.includes('{id}')) inputs.push({ operation, name: 'id', where: 'path' });
  }
  return inputs;
}

/** Put a value into one input of a valid request. */
function withInput(request: SampleRequest, name: string, where: 'query' | 'path', value: string): SampleRequest {
  const url = new URL(request.url, 'http://x');
  if (where === 'query') {
    url.searchParams.set(name, value);
    return { ...request, url: `${url.pathname}${url.search}` };
  }
  // The id is the segment after the collection name.
  return { ...request, url: request.url.replace(/^(\/v1\/(?:hr\/)?[a-z]+\/)[^/?]+/, `$1${encodeURIComponent(value)}`) };
}

for (const engine of ['pglite', 'postgres'] as const satisfies readonly Engine[]) {
  if (engine === 'postgres' && !('url' in probe)) {
    test('SQL injection on PostgreSQL', (t) => t.skip(`PostgreSQL not reachable: ${probe.reason}`));
    continue;
  }

  describe(`SQL injection is inert on ${engine}`, () => {
    let h: HardeningServer;
    let ids: SampleIds;

    const send = async (request: SampleRequest, token = h.tokens.hrA) => {
      const { headers, payload } = encodeRequest(request, token);
      const started = performance.now();
      const response = await h.app.inject({ method: request.method as 'GET', url: request.url, headers, ...(payload === undefined ? {} : { payload }) });
      return { status: response.statusCode, body: response.body, json: () => response.json() as Record<string, unknown>, ms: performance.now() - started };
    };

    /** Every table of the server's schema with its row count. */
    const tableCounts = async (): Promise<Map<string, number>> => {
      const db = h.app.mobility.database.db;
      const tables = await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`.execute(db);
      const counts = new Map<string, number>();
      for (const { name } of tables.rows) {
        const result = await sql<{ n: string }>`select count(*) as n from ${sql.table(name)}`.execute(db);
        counts.set(name, Number(result.rows[0]!.n));
      }
      return counts;
    };

    before(async () => {
      h = await startHardeningServer(engine, probe);
      ids = { ...(await createResourcesOfA(h.app, h.tokens.hrA)), publicVacancy: await somePublicVacancy(h.app) };
    });
    after(async () => {
      await h?.close();
    });

    test('in every string parameter of every GET route: the same answer as a harmless string, nothing changed', async () => {
      const before = await tableCounts();
      assert.ok(before.size >= 5 && (before.get('vacancies') ?? 0) > 0, `tables: ${JSON.stringify([...before])}`);
      const inputs = readInputs();
      assert.ok(inputs.length >= 20, `only ${inputs.length} inputs found`);
      const differences: string[] = [];
      for (const { operation, name, where } of inputs) {
        const valid = validRequest(operation, ids);
        const baseline = await send(withInput(valid, name, where, harmless));
        for (const payload of payloads) {
          const answer = await send(withInput(valid, name, where, payload));
          assert.ok(answer.status < 500, `${operation} ${name}=${payload}: ${answer.status} ${answer.body}`);
          if (answer.status === 400) continue;
          const same = (other: { status: number; body: string }, input: string) =>
            answer.status === other.status && JSON.stringify(stable(answer.body, payload)) === JSON.stringify(stable(other.body, input));
          if (same(baseline, harmless)) continue;
          // A free-text search may match the payload's words (or, with none left, everything, as an
          // empty search does): then it must answer exactly as for those words without the SQL.
          const words = wordsOf(payload);
          const wordsOnly = words ? withInput(valid, name, where, words) : { ...valid, url: valid.url.replace(new RegExp(`[?&]${name}=[^&]*`), '') };
          if (name === 'q' && same(await send(wordsOnly), words)) continue;
          differences.push(`${operation} ${where} ${name}=${payload}: ${answer.status} ${answer.body.slice(0, 200)} vs ${baseline.status} ${baseline.body.slice(0, 200)}`);
        }
      }
      assert.deepEqual(differences, [], differences.join('\n'));
      assert.deepEqual(await tableCounts(), before, 'reads changed the database');
    });

    test('in every string field of every JSON body: stored as text or refused, never executed', async () => {
      const before = await tableCounts();
      const writes = (Object.keys(routes) as OperationId[]).filter((id) => {
        const route = routes[id] as { method: string; bodyMediaType?: string; body?: unknown };
        return route.method !== 'GET' && route.body !== undefined && route.bodyMediaType !== 'text/csv';
      });
      assert.ok(writes.length >= 8, `only ${writes.length} write routes`);
      let tried = 0;
      let stored = 0;
      const createdVacancies: string[] = [];
      for (const operation of writes) {
        const body = validRequest(operation, ids).body as Record<string, unknown>;
        for (const [field, value] of Object.entries(body)) {
          if (typeof value !== 'string') continue;
          for (const payload of payloads) {
            // Writes on one resource get a fresh one, so a close or withdraw earlier changes nothing here.
            const fresh = validRequest(operation, routes[operation].path.includes('{id}') ? { ...ids, ...(await createResourcesOfA(h.app, h.tokens.hrA)) } : ids);
            const answer = await send({ ...fresh, body: { ...(fresh.body as object), [field]: payload } });
            tried++;
            assert.ok(answer.status < 500, `${operation} ${field}=${payload}: ${answer.status} ${answer.body}`);
            assert.ok([200, 201, 202, 400].includes(answer.status), `${operation} ${field}=${payload}: ${answer.status} ${answer.body}`);
            if (answer.status === 400) continue;
            stored++;
            const echoed = answer.json()[field];
            if (typeof echoed === 'string') assert.equal(echoed, payload, `${operation} ${field}: stored as something else`);
            if (operation === 'createVacancy') createdVacancies.push(String(answer.json().id));
            // An organisation keeps at most 20 feed sources: each stored payload is checked, then removed.
            if (operation === 'createFeedSource') {
              const removed = await send({ method: 'DELETE', url: `/v1/hr/feeds/${String(answer.json().id)}` });
              assert.equal(removed.status, 200, removed.body);
            }
          }
        }
      }
      assert.ok(tried > 100 && stored > 0, `${tried} payloads sent, ${stored} stored`);
      const afterCounts = await tableCounts();
      assert.deepEqual([...afterCounts.keys()], [...before.keys()], 'a table appeared or disappeared');
      assert.equal(afterCounts.get('organisations'), before.get('organisations'), 'organisations changed');
      assert.ok((afterCounts.get('vacancies') ?? 0) >= (before.get('vacancies') ?? 0) + createdVacancies.length);
      // A stored payload reads back as the text it was.
      for (const id of createdVacancies.slice(0, 3)) {
        const read = await send({ method: 'GET', url: `/v1/vacancies/${id}` });
        assert.equal(read.status, 200, read.body);
      }
    });

    test('the search finds a payload stored as text, literally', async () => {
      const title = "Medewerker O'Brien-zaken; DROP TABLE vacancies;--";
      const valid = validRequest('createVacancy', ids);
      const created = await send({ ...valid, body: { ...(valid.body as object), title } });
      assert.equal(created.status, 201, created.body);
      const found = await send({ method: 'GET', url: `/v1/vacancies?q=${encodeURIComponent("O'Brien-zaken")}&limit=100` });
      assert.equal(found.status, 200);
      assert.ok((found.json().items as { title: string }[]).some((v) => v.title === title), 'not found by its own words');
      assert.ok(((await tableCounts()).get('vacancies') ?? 0) > 0, 'vacancies still there');
    });

    test(`pg_sleep payloads are never executed: no request takes the ${sleepSeconds} s they ask for`, async () => {
      const targets: [OperationId, string, 'query' | 'path'][] = [
        ['listVacancies', 'q', 'query'],
        ['listVacancies', 'near', 'query'],
        ['listVacancies', 'cursor', 'query'],
        ['getVacancy', 'id', 'path'],
        ['getRegulations', 'organisation', 'query'],
        ['listHrStories', 'cursor', 'query'],
        ['getCase', 'id', 'path'],
      ];
      for (const [operation, name, where] of targets) {
        const valid = validRequest(operation, ids);
        const baseline = await send(withInput(valid, name, where, harmless));
        for (const payload of sleepers) {
          const answer = await send(withInput(valid, name, where, payload));
          assert.ok(answer.status < 500, `${operation} ${name}: ${answer.status}`);
          // Relative to the harmless twin, so a busy machine does not fail the test; a sleep would add 3000 ms.
          assert.ok(answer.ms < baseline.ms + sleepSeconds * 1000 * 0.6, `${operation} ${name}=${payload}: ${Math.round(answer.ms)} ms vs ${Math.round(baseline.ms)} ms`);
        }
      }
      const vacancy = validRequest('createVacancy', ids);
      for (const payload of sleepers) {
        const answer = await send({ ...vacancy, body: { ...(vacancy.body as object), title: payload } });
        assert.equal(answer.status, 201, answer.body);
        assert.ok(answer.ms < sleepSeconds * 1000 * 0.6 + 1_000, `createVacancy title=${payload}: ${Math.round(answer.ms)} ms`);
      }
    });

    test('a real round trip still works and every table is still there', async () => {
      const response = await fetch(`${h.server.url}/v1/vacancies?q=${encodeURIComponent("' OR 1=1--")}`);
      assert.equal(response.status, 200);
      const counts = await tableCounts();
      for (const table of ['vacancies', 'organisations', 'stories', 'story_consents', 'mobility_cases', 'regulations']) assert.ok(counts.has(table), `${table} is gone`);
    });
  });
}
