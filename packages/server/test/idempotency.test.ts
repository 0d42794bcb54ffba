import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { problemTypes, routes } from '@mobility-kit/contract';
import { expectProblem, invalidParamNames, probePostgres, type Engine } from './helpers.js';
import { startHardeningServer, storyBody, vacancyBody, type HardeningServer } from './hardening-support.js';

const probe = await probePostgres();

for (const engine of ['pglite', 'postgres'] as const satisfies readonly Engine[]) {
  if (engine === 'postgres' && !('url' in probe)) {
    test('idempotency keys on PostgreSQL', (t) => t.skip(`PostgreSQL not reachable: ${probe.reason}`));
    continue;
  }

  describe(`Idempotency-Key on POST routes, on ${engine}`, () => {
    let h: HardeningServer;
    before(async () => {
      h = await startHardeningServer(engine, probe);
    });
    after(async () => {
      await h?.close();
    });

    const post = (path: string, body: unknown, key: string | undefined, token: string | undefined = h.tokens.hrA) =>
      fetch(`${h.server.url}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(key === undefined ? {} : { 'idempotency-key': key }),
        },
        body: JSON.stringify(body),
      });
    const db = () => h.app.mobility.database.db;
    const storiesNamed = async (name: string) =>
      Number((await sql<{ n: string }>`select count(*) as n from stories where display_name = ${name}`.execute(db())).rows[0]!.n);

    test('a POST repeated with the same key and request is answered once: one row, the same answer replayed', async () => {
      const key = randomUUID();
      const body = storyBody({ displayName: `Replay ${key.slice(0, 8)}` });
      const first = await post(routes.createStory.path, body, key);
      assert.equal(first.status, 201, await first.clone().text());
      assert.equal(first.headers.get('idempotent-replayed'), null);
      const firstBody = await first.text();
      const second = await post(routes.createStory.path, body, key);
      assert.equal(second.status, 201);
      assert.equal(second.headers.get('idempotent-replayed'), 'true');
      assert.equal(await second.text(), firstBody);
      assert.equal(await storiesNamed(body.displayName), 1, 'the retry wrote a second story');
      // Without a key, the same body is a new write.
      assert.equal((await post(routes.createStory.path, body, undefined)).status, 201);
      assert.equal(await storiesNamed(body.displayName), 2);
    });

    test('a body nested thousands deep is a 400 naming the limit, with or without a key (it was a 500 with one)', async () => {
      const nested = (depth: number) => '{"a":['.repeat(depth) + '1' + ']}'.repeat(depth);
      for (const key of [randomUUID(), undefined]) {
        const response = await fetch(`${h.server.url}${routes.createEvent.path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
          body: nested(5000),
        });
        const problem = await expectProblem(response, 400, problemTypes.invalidRequest);
        assert.match(JSON.stringify(problem.invalidParams), /more than 32 levels deep/);
      }
      // The contract's own bodies stay well inside the limit.
      const event = await post(routes.createEvent.path, { type: 'career-test-completed' }, randomUUID(), undefined);
      assert.equal(event.status, 202);
    });

    test('the same key with a different body is a 422 problem, and writes nothing', async () => {
      const key = randomUUID();
      const body = storyBody({ displayName: `Reuse ${key.slice(0, 8)}` });
      assert.equal((await post(routes.createStory.path, body, key)).status, 201);
      const other = await post(routes.createStory.path, { ...body, quote: 'Iets anders.' }, key);
      await expectProblem(other, 422, problemTypes.idempotencyKeyReused);
      // The same key on another route is another request too.
      await expectProblem(await post(routes.createVacancy.path, vacancyBody(), key), 422, problemTypes.idempotencyKeyReused);
      assert.equal(await storiesNamed(body.displayName), 1);
    });

    test('a replay repeats the Location of a created resource', async () => {
      const key = randomUUID();
      const first = await post(routes.createVacancy.path, vacancyBody(), key);
      assert.equal(first.status, 201, await first.clone().text());
      const location = first.headers.get('location');
      assert.ok(location?.startsWith('/v1/vacancies/'));
      const second = await post(routes.createVacancy.path, vacancyBody(), key);
      assert.equal(second.status, 201);
      assert.equal(second.headers.get('location'), location);
      assert.equal(second.headers.get('idempotent-replayed'), 'true');
    });

    test('keys belong to a caller: another caller with the same key writes its own row', async () => {
      const key = randomUUID();
      const body = storyBody({ displayName: `Own ${key.slice(0, 8)}` });
      assert.equal((await post(routes.createStory.path, body, key, h.tokens.hrA)).status, 201);
      const other = await post(routes.createStory.path, body, key, h.tokens.hrB);
      assert.equal(other.status, 201, await other.clone().text());
      assert.equal(other.headers.get('idempotent-replayed'), null);
      assert.equal(await storiesNamed(body.displayName), 2);
    });

    test('an anonymous public POST (a usage event) is replayed too', async () => {
      const key = randomUUID();
      const first = await post(routes.createEvent.path, { type: 'widget-view' }, key, undefined);
      assert.equal(first.status, 202);
      const second = await post(routes.createEvent.path, { type: 'widget-view' }, key, undefined);
      assert.equal(second.status, 202);
      assert.equal(second.headers.get('idempotent-replayed'), 'true');
    });

    test('a repeat while the first request is still being handled is a 409 problem', async () => {
      const key = randomUUID();
      const body = storyBody({ displayName: `Busy ${key.slice(0, 8)}` });
      // Claim the key as the first request does, before its answer is stored.
      const first = await post(routes.createStory.path, body, key);
      assert.equal(first.status, 201);
      await sql`update idempotency_keys set status = null, body = null where key = ${key}`.execute(db());
      const busy = await post(routes.createStory.path, body, key);
      await expectProblem(busy, 409, problemTypes.conflict);
      assert.equal(await storiesNamed(body.displayName), 1);
    });

    test('an expired key is pruned and free again', async () => {
      const key = randomUUID();
      const body = storyBody({ displayName: `Expired ${key.slice(0, 8)}` });
      assert.equal((await post(routes.createStory.path, body, key)).status, 201);
      await sql`update idempotency_keys set expires_at = now() - interval '1 minute' where key = ${key}`.execute(db());
      const again = await post(routes.createStory.path, body, key);
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('idempotent-replayed'), null);
      assert.equal(await storiesNamed(body.displayName), 2);
    });

    test('a key that is not 1–255 visible ASCII characters is a 400 naming the header', async () => {
      for (const bad of ['', 'met spatie', 'é', 'x'.repeat(256)]) {
        const response = await fetch(`${h.server.url}${routes.createEvent.path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': Buffer.from(bad, 'utf8').toString('latin1') },
          body: JSON.stringify({ type: 'widget-view' }),
        });
        const problem = await expectProblem(response, 400, problemTypes.invalidRequest);
        assert.deepEqual(invalidParamNames(problem), ['idempotency-key'], JSON.stringify(bad));
      }
      assert.equal((await post(routes.createEvent.path, { type: 'widget-view' }, 'x'.repeat(255), undefined)).status, 202);
    });
  });
}
