/**
 * The client against the real reference server over HTTP: seeded demo data in an in-memory
 * PGlite database, development tokens for the authenticated cases.
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, test } from 'node:test';
import { DevTokenResponse, Problem, problemTypes, type Vacancy } from '@mobility-kit/contract';
import { startServer, type RunningServer } from '@mobility-kit/server';
import { createMobilityClient, MobilityHttpError, type MobilityClient } from '../src/index.js';

let server: RunningServer;
let anonymous: MobilityClient;

before(async () => {
  server = await startServer({ port: 0, dataDir: 'memory://', seed: true, devAuth: true, rateLimit: false });
  anonymous = createMobilityClient({ baseUrl: server.url, locale: 'nl' });
});
after(async () => {
  await server?.close();
});

async function devToken(organisation: string): Promise<string> {
  const response = await fetch(`${server.url}/v1/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role: 'employee', organisation }),
  });
  assert.equal(response.status, 200);
  return DevTokenResponse.parse(await response.json()).token;
}

/** Every vacancy the server lists, walked page by page over raw HTTP — independent of the client. */
async function rawAll(query: Record<string, string> = {}, token?: string): Promise<Vacancy[]> {
  const all: Vacancy[] = [];
  let cursor: string | null = null;
  do {
    const params: URLSearchParams = new URLSearchParams({ ...query, limit: '100', ...(cursor ? { cursor } : {}) });
    const response: Response = await fetch(`${server.url}/v1/vacancies?${params}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    assert.equal(response.status, 200);
    const page = (await response.json()) as { items: Vacancy[]; nextCursor: string | null };
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

async function collect(iterator: AsyncIterable<Vacancy>): Promise<Vacancy[]> {
  const items: Vacancy[] = [];
  for await (const item of iterator) items.push(item);
  return items;
}

describe('reference server', () => {
  test('health', async () => {
    const health = await anonymous.health();
    assert.equal(health.status, 'ok');
    assert.equal(health.database, 'ok');
    assert.ok(!Number.isNaN(Date.parse(health.time)));
  });

  test('organisations', async () => {
    const organisations = await anonymous.organisations.list();
    assert.ok(organisations.length > 1);
    assert.equal(new Set(organisations.map((o) => o.id)).size, organisations.length);
  });

  test('list a page, then get one of its vacancies', async () => {
    const page = await anonymous.vacancies.list({ limit: 5 });
    assert.equal(page.items.length, 5);
    assert.equal(typeof page.nextCursor, 'string');
    assert.ok(page.items.every((v) => v.visibility === 'public'), 'anonymous callers see public vacancies only');
    const first = page.items[0]!;
    assert.deepEqual(await anonymous.vacancies.get(first.id), first);
  });

  test('iterate walks every page and yields what the server holds, once each, in order', async () => {
    const expected = await rawAll();
    assert.ok(expected.length > 20, `the seed has ${expected.length} public vacancies`);
    const walked = await collect(anonymous.vacancies.iterate({ limit: 7 }));
    assert.equal(walked.length, expected.length);
    assert.deepEqual(
      walked.map((v) => v.id),
      expected.map((v) => v.id),
    );
    assert.equal(new Set(walked.map((v) => v.id)).size, walked.length);
  });

  test('filters: kind, organisation, hours and free text', async () => {
    const all = await rawAll();
    const sample = all[Math.floor(all.length / 2)]!;

    const ofKind = await collect(anonymous.vacancies.iterate({ kind: sample.kind, limit: 50 }));
    assert.ok(ofKind.length > 0 && ofKind.length <= all.length);
    assert.ok(ofKind.every((v) => v.kind === sample.kind));
    assert.equal(ofKind.length, all.filter((v) => v.kind === sample.kind).length);

    const ofOrganisation = await collect(anonymous.vacancies.iterate({ organisation: sample.organisation.id }));
    assert.ok(ofOrganisation.some((v) => v.id === sample.id));
    assert.ok(ofOrganisation.every((v) => v.organisation.id === sample.organisation.id));

    // The hours filter is a range overlap: the vacancy's hours meet 32–36 somewhere.
    const hours = await collect(anonymous.vacancies.iterate({ hoursMin: 32, hoursMax: 36, limit: 100 }));
    assert.ok(hours.every((v) => v.hoursPerWeek.max >= 32 && v.hoursPerWeek.min <= 36));
    assert.equal(hours.length, all.filter((v) => v.hoursPerWeek.max >= 32 && v.hoursPerWeek.min <= 36).length);

    const word = sample.title.split(/\s+/).find((w) => w.length >= 5) ?? sample.title;
    const found = await collect(anonymous.vacancies.iterate({ q: word, limit: 100 }));
    assert.ok(found.some((v) => v.id === sample.id), `searching "${word}" finds "${sample.title}"`);
    assert.ok(found.length < all.length);
  });

  test('a token widens the results: internal vacancies of the own organisation appear', async () => {
    const organisations = await anonymous.organisations.list();
    const anonymousIds = new Set((await rawAll()).map((v) => v.id));
    let checked = 0;
    for (const organisation of organisations) {
      const token = await devToken(organisation.id);
      let tokenCalls = 0;
      const employee = createMobilityClient({
        baseUrl: server.url,
        getToken: () => {
          tokenCalls++;
          return token;
        },
      });
      const internal = await collect(employee.vacancies.iterate({ visibility: 'internal', limit: 100 }));
      if (internal.length === 0) continue;
      checked++;
      assert.ok(tokenCalls > 0);
      assert.ok(internal.every((v) => v.visibility === 'internal' && v.organisation.id === organisation.id));
      assert.ok(internal.every((v) => !anonymousIds.has(v.id)), 'internal vacancies are not visible anonymously');
      assert.deepEqual((await anonymous.vacancies.list({ visibility: 'internal' })).items, []);

      const everything = await collect(employee.vacancies.iterate({ limit: 100 }));
      assert.ok(everything.length >= anonymousIds.size + internal.length);

      // And one of them, fetched by id: found with the token, not found without.
      const one = internal[0]!;
      assert.deepEqual(await employee.vacancies.get(one.id), one);
      const error = await anonymous.vacancies.get(one.id).then(
        () => assert.fail('an internal vacancy must not be served anonymously'),
        (e: unknown) => e,
      );
      assert.ok(error instanceof MobilityHttpError && error.status === 404);
      break;
    }
    assert.equal(checked, 1, 'the seed has an organisation with internal vacancies');
  });

  test('a bad filter sent raw gets a 400 problem document naming each parameter', async () => {
    const response = await fetch(`${server.url}/v1/vacancies?hoursMin=abc&colour=blue`);
    assert.equal(response.status, 400);
    assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
    const problem = Problem.parse(await response.json());
    assert.equal(problem.type, problemTypes.invalidRequest);
    assert.deepEqual(problem.invalidParams?.map((p) => p.path).sort(), ['colour', 'hoursMin']);
  });

  test('the same bad filter through the client fails before it is sent', async () => {
    let sent = 0;
    const client = createMobilityClient({
      baseUrl: server.url,
      fetch: (input, init) => {
        sent++;
        return fetch(input, init);
      },
    });
    await assert.rejects(client.vacancies.list({ hoursMin: Number.NaN }), { name: 'MobilityValidationError' });
    assert.equal(sent, 0);
  });

  test("a 400 the server decides (a cursor it never issued) is a MobilityHttpError with the server's problem", async () => {
    const error = await anonymous.vacancies.list({ cursor: 'not-a-real-cursor' }).then(
      () => assert.fail('expected a 400'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof MobilityHttpError);
    assert.equal(error.status, 400);
    assert.equal(error.operationId, 'listVacancies');
    assert.equal(error.problem.type, problemTypes.invalidRequest);
    assert.deepEqual(
      error.problem.invalidParams?.map((p) => p.path),
      ['cursor'],
    );
  });

  test('an unknown vacancy → MobilityHttpError 404 with the problem document', async () => {
    const error = await anonymous.vacancies.get('bestaat-niet').then(
      () => assert.fail('expected a 404'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof MobilityHttpError);
    assert.equal(error.kind, 'http');
    assert.equal(error.status, 404);
    assert.equal(error.operationId, 'getVacancy');
    assert.equal(error.problem.type, problemTypes.notFound);
    assert.equal(error.problem.status, 404);
    assert.equal(typeof error.problem.title, 'string');
  });

  test('abort mid-request rejects with an AbortError', async () => {
    const controller = new AbortController();
    let started = 0;
    const client = createMobilityClient({
      baseUrl: server.url,
      fetch: (input, init) => {
        started++;
        // The request is on its way to the server when the caller gives up.
        const pending = fetch(input, init);
        controller.abort();
        return pending;
      },
    });
    const error = await client.vacancies.list({ limit: 100 }, { signal: controller.signal }).then(
      () => assert.fail('expected an abort'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof DOMException);
    assert.equal(error.name, 'AbortError');
    assert.equal(started, 1, 'an abort is not retried');
  });
});
