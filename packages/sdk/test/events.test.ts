/**
 * `client.events.create` against the real reference server: the event is counted, the request
 * carries exactly the event, invalid events never leave the client, and a retried POST carries one
 * `Idempotency-Key`.
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, test } from 'node:test';
import { problemTypes } from '@mobility-kit/contract';
import { startServer, type RunningServer } from '@mobility-kit/server';
import { createMobilityClient, MobilityHttpError, MobilityValidationError } from '../src/index.js';

const DAY = '2025-06-02';

/** Every request the client made: method, URL and body as sent. */
interface Sent {
  method: string;
  url: string;
  body: string | null;
}

function recordingFetch(sent: Sent[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    sent.push({ method: request.method, url: request.url, body: request.body ? await request.clone().text() : null });
    return fetch(request);
  };
}

let server: RunningServer;

/** The count the server stored for `type` today, read from its own database. */
async function storedCount(type: string): Promise<number> {
  const db = server.app.mobility.database.db.withTables<{ usage_event_counts: { type: string; day: string; count: number | string } }>();
  const row = await db.selectFrom('usage_event_counts').select('count').where('type', '=', type).where('day', '=', DAY).executeTakeFirst();
  return Number(row?.count ?? 0);
}

before(async () => {
  // Rate limiting stays on (the default): the events route's own limit is part of what is tested.
  server = await startServer({ port: 0, dataDir: 'memory://', today: () => DAY });
});
after(async () => {
  await server?.close();
});

describe('client.events.create against the reference server', () => {
  test('counts the event and sends exactly {"type":…} as a POST', async () => {
    const sent: Sent[] = [];
    const client = createMobilityClient({ baseUrl: server.url, fetch: recordingFetch(sent) });
    const before = await storedCount('career-test-completed');
    assert.deepEqual(await client.events.create({ type: 'career-test-completed' }), { accepted: true });
    assert.equal(await storedCount('career-test-completed'), before + 1);
    assert.deepEqual(sent, [{ method: 'POST', url: `${server.url}/v1/events`, body: '{"type":"career-test-completed"}' }]);
  });

  test('a signed-in client still sends the event without its token: the count says nothing about who', async () => {
    const headers: (string | null)[] = [];
    const client = createMobilityClient({
      baseUrl: server.url,
      getToken: () => 'eyJ.employee-token.sig',
      fetch: async (input, init) => {
        const request = new Request(input, init);
        headers.push(request.headers.get('authorization'));
        return fetch(request);
      },
    });
    assert.deepEqual(await client.events.create({ type: 'career-test-completed' }), { accepted: true });
    assert.deepEqual(headers, [null]);
    // Routes that do take a sign-in still get it.
    await client.vacancies.list({ limit: 1 }).catch(() => undefined);
    assert.equal(headers[1], 'Bearer eyJ.employee-token.sig');
  });

  test('an event with an unknown type or an extra field is refused before anything is sent', async () => {
    const sent: Sent[] = [];
    const client = createMobilityClient({ baseUrl: server.url, fetch: recordingFetch(sent) });
    const unknown = await client.events.create({ type: 'test-answers' } as never).catch((error: unknown) => error);
    assert.ok(unknown instanceof MobilityValidationError);
    assert.deepEqual(unknown.issues.map((issue) => issue.path), ['type']);
    const extra = await client.events.create({ type: 'career-test-completed', code: 'SAE' } as never).catch((error: unknown) => error);
    assert.ok(extra instanceof MobilityValidationError);
    assert.match(JSON.stringify(extra.issues), /code/);
    assert.deepEqual(sent, [], 'nothing reached the network');
  });

  test('an aborted call rejects with the abort reason and sends nothing', async () => {
    const sent: Sent[] = [];
    const client = createMobilityClient({ baseUrl: server.url, fetch: recordingFetch(sent) });
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(client.events.create({ type: 'widget-view' }, { signal: controller.signal }), { name: 'AbortError' });
    assert.deepEqual(sent, []);
  });

  test('a 429 is retried up to the limit with one Idempotency-Key, then reported', async () => {
    const sent: Sent[] = [];
    const keys: (string | null)[] = [];
    const recording = recordingFetch(sent);
    const client = createMobilityClient({
      baseUrl: server.url,
      fetch: async (input, init) => {
        keys.push((input instanceof Request ? input.headers : new Headers(init?.headers)).get('idempotency-key'));
        return recording(input, init);
      },
      retry: { limit: 3, maxRetryAfterMs: 0 },
    });
    // Spend this address's event budget (30 a minute) over raw HTTP.
    let status = 0;
    for (let i = 0; i < 40 && status !== 429; i++) {
      status = (await fetch(`${server.url}/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":"widget-view"}' })).status;
    }
    assert.equal(status, 429, 'the route limit is reached');
    const before = await storedCount('calculator-session');
    const error = await client.events.create({ type: 'calculator-session' }).catch((e: unknown) => e);
    assert.ok(error instanceof MobilityHttpError);
    assert.equal(error.status, 429);
    assert.equal(error.problem.type, problemTypes.rateLimited);
    assert.equal(sent.length, 4, 'the first attempt and three retries');
    assert.equal(new Set(keys).size, 1, 'one key for the call');
    assert.ok(keys[0]);
    assert.equal(await storedCount('calculator-session'), before);
  });
});
