/**
 * Every POST carries an `Idempotency-Key` and is retried like an idempotent request: the client
 * against the real reference server behind a relay that fails the first POST with a 503.
 */
import { strict as assert } from 'node:assert';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, test } from 'node:test';
import { DevTokenResponse, idempotentReplayedHeader, problemTypes, type HrVacancy, type VacancyCreate } from '@mobility-kit/contract';
import { startServer, type RunningServer } from '@mobility-kit/server';
import { createMobilityClient, type MobilityClient } from '../src/index.js';

const OWN = 'hogeschool-utrecht';
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** What the relay saw of one request, and what it answered. */
interface Seen {
  method: string;
  path: string;
  key: string | null;
  body: string;
  answered: number;
  /** What the server itself answered (for a lost answer: what never reached the client). */
  upstream?: { status: number; replayed: string | null; body: string };
}

/**
 * How the relay treats the first POST: `refuse` answers 503 without passing it on; `lose` passes it
 * on and then answers 503 instead of the server's answer, as a proxy that drops a stored write's
 * answer would. Everything else is relayed.
 */
let mode: 'refuse' | 'lose' = 'refuse';
let seen: Seen[] = [];
let server: RunningServer;
let relay: Server;
let relayUrl: string;
let hr: MobilityClient;

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });

const unavailable = JSON.stringify({ type: problemTypes.unavailable, title: 'Service unavailable', status: 503 });

before(async () => {
  server = await startServer({ port: 0, dataDir: 'memory://', seed: true, devAuth: true, rateLimit: false });
  relay = createServer(async (request, response) => {
    const body = await readBody(request);
    const method = request.method ?? 'GET';
    const key = typeof request.headers['idempotency-key'] === 'string' ? request.headers['idempotency-key'] : null;
    const first = method === 'POST' && !seen.some((s) => s.method === 'POST');
    if (first && mode === 'refuse') {
      seen.push({ method, path: request.url ?? '/', key, body, answered: 503 });
      response.writeHead(503, { 'content-type': 'application/problem+json', 'retry-after': '0' });
      response.end(unavailable);
      return;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string' && name !== 'host' && name !== 'connection' && name !== 'content-length') headers.set(name, value);
    }
    const upstream = await fetch(`${server.url}${request.url ?? '/'}`, { method, headers, ...(body ? { body } : {}) });
    const answer = Buffer.from(await upstream.arrayBuffer());
    const fromServer = { status: upstream.status, replayed: upstream.headers.get(idempotentReplayedHeader), body: answer.toString('utf8') };
    if (first && mode === 'lose') {
      seen.push({ method, path: request.url ?? '/', key, body, answered: 503, upstream: fromServer });
      response.writeHead(503, { 'content-type': 'application/problem+json', 'retry-after': '0' });
      response.end(unavailable);
      return;
    }
    seen.push({ method, path: request.url ?? '/', key, body, answered: upstream.status, upstream: fromServer });
    response.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
    response.end(answer);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  relayUrl = `http://127.0.0.1:${(relay.address() as AddressInfo).port}`;

  const tokenResponse = await fetch(`${server.url}/v1/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role: 'hr', organisation: OWN }),
  });
  const { token } = DevTokenResponse.parse(await tokenResponse.json());
  hr = createMobilityClient({ baseUrl: relayUrl, getToken: () => token, retry: { limit: 2, maxRetryAfterMs: 100 } });
});
beforeEach(() => {
  seen = [];
  mode = 'refuse';
});
after(async () => {
  relay?.closeAllConnections();
  await new Promise<void>((resolve) => (relay ? relay.close(() => resolve()) : resolve()));
  await server?.close();
});

const vacancy = (title: string): VacancyCreate => ({
  title,
  description: 'Je begeleidt collega’s bij hun volgende stap.',
  kind: 'vacancy',
  visibility: 'public',
  location: { city: 'Utrecht', pc4: '3584' },
  workplace: 'hybrid',
  hoursPerWeek: { min: 24, max: 32 },
  contract: 'temporary',
  validThrough: '2099-12-31',
  language: 'nl',
});

describe('Idempotency-Key on POST', () => {
  test('a POST answered 503 is retried with the same key and the same body', async () => {
    const created = await hr.vacancies.create(vacancy('Adviseur loopbaan (retry)'));
    assert.equal(created.title, 'Adviseur loopbaan (retry)');
    const posts = seen.filter((s) => s.method === 'POST');
    assert.deepEqual(
      posts.map((s) => [s.path, s.answered]),
      [
        ['/v1/hr/vacancies', 503],
        ['/v1/hr/vacancies', 201],
      ],
    );
    assert.match(posts[0]!.key ?? '', uuid, 'the first attempt carries a UUID key');
    assert.equal(posts[1]!.key, posts[0]!.key, 'the retry carries the same key');
    assert.equal(posts[1]!.body, posts[0]!.body);
  });

  test('a POST whose answer is lost after the server took it is retried with the same key', async () => {
    mode = 'lose';
    const created = await hr.vacancies.create(vacancy('Adviseur loopbaan (lost answer)'));
    assert.equal(created.title, 'Adviseur loopbaan (lost answer)');
    const posts = seen.filter((s) => s.method === 'POST');
    assert.deepEqual(
      posts.map((s) => s.answered),
      [503, 201],
    );
    assert.match(posts[0]!.key ?? '', uuid);
    assert.equal(posts[1]!.key, posts[0]!.key);
  });

  test('a POST stored but answered 503 is not stored twice by the retry: the retry gets the stored answer', async () => {
    mode = 'lose';
    const title = 'Adviseur loopbaan (stored, answered 503)';
    const created = await hr.vacancies.create(vacancy(title));
    const posts = seen.filter((s) => s.method === 'POST');
    assert.deepEqual(
      posts.map((s) => [s.answered, s.upstream?.status]),
      [
        [503, 201],
        [201, 201],
      ],
      'the server took the first attempt; the relay lost its answer',
    );
    const first = JSON.parse(posts[0]!.upstream!.body) as HrVacancy;
    assert.equal(posts[0]!.upstream!.replayed, null, 'the first attempt ran the request');
    assert.equal(posts[1]!.upstream!.replayed, 'true', 'the retry is answered from the store');
    assert.equal(created.id, first.id, 'the retry returns the vacancy the first attempt created');
    assert.equal(posts[1]!.upstream!.body, posts[0]!.upstream!.body, 'the retry returns the stored answer as it was');

    // The organisation's own list (closed and unpublished included): exactly one row with this title.
    const mine: HrVacancy[] = [];
    let cursor: string | undefined;
    do {
      const page = await hr.vacancies.listHr({ limit: 100, ...(cursor ? { cursor } : {}) });
      mine.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    assert.deepEqual(
      mine.filter((v) => v.title === title).map((v) => v.id),
      [first.id],
      'one write, one row',
    );
  });

  test('two separate calls carry different keys; a GET carries none', async () => {
    mode = 'lose';
    seen = [{ method: 'POST', path: '(none)', key: null, body: '', answered: 0 }]; // no fault this time
    await hr.vacancies.create(vacancy('Eerste'));
    await hr.vacancies.create(vacancy('Tweede'));
    await hr.events.create({ type: 'widget-view' });
    await hr.vacancies.list({ limit: 1 });
    const posts = seen.slice(1).filter((s) => s.method === 'POST');
    assert.equal(posts.length, 3, 'one attempt each');
    const keys = posts.map((s) => s.key);
    for (const key of keys) assert.match(key ?? '', uuid);
    assert.equal(new Set(keys).size, 3, 'every call has its own key');
    assert.deepEqual(
      seen.slice(1).filter((s) => s.method !== 'POST').map((s) => s.key),
      [null],
    );
  });
});
