/**
 * `POST /v1/events` on PGlite and on PostgreSQL: anonymous counts per type and day, nothing else
 * accepted, nothing identifying stored, and a tight rate limit.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import { problemTypes, UsageEventAccepted, usageEventTypes } from '@mobility-kit/contract';
import { startServer, type RunningServer } from '../src/index.js';
import { usageEventCounts } from '../src/db/events.js';
import { eventRateLimit } from '../src/routes/events.js';
import { expectProblem, invalidParamNames, probePostgres, scratchDatabase, type Engine, type ScratchDatabase } from './helpers.js';

const probe = await probePostgres();

for (const engine of ['pglite', 'postgres'] as const satisfies readonly Engine[]) {
  if (engine === 'postgres' && !('url' in probe)) {
    test('events API on PostgreSQL', (t) => t.skip(`PostgreSQL not reachable: ${probe.reason}`));
    continue;
  }

  describe(`events API on ${engine}`, () => {
    let db: ScratchDatabase;
    let server: RunningServer;
    /** The server's "today"; tests move it to check that days are counted apart. */
    let day = '2025-03-10';

    /**
     * The client address the server sees. The server believes X-Forwarded-For from a loopback
     * proxy (as behind a load balancer), so each test speaks from its own address and no test
     * spends another's rate-limit budget.
     */
    let address = 0;
    const nextAddress = () => `10.0.0.${(address += 1)}`;
    let client = nextAddress();
    beforeEach(() => {
      client = nextAddress();
    });

    const post = (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
      fetch(`${server.url}/v1/events`, {
        method: 'POST',
        headers: { 'x-forwarded-for': client, ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });

    const counts = () => usageEventCounts(server.app.mobility.database.db);
    const countOf = async (type: string, on: string) => (await counts()).find((c) => c.type === type && c.day === on)?.count ?? 0;

    before(async () => {
      db = await scratchDatabase(engine, probe);
      // The default rate limiting stays on: the events route has its own, tighter limit.
      server = await startServer({ ...db.options, port: 0, today: () => day });
    });
    after(async () => {
      await server?.close();
      await db?.drop();
    });

    test('an event is accepted with 202 and counted once for its type and day', async () => {
      day = '2025-03-10';
      const before = await countOf('career-test-completed', day);
      const response = await post({ type: 'career-test-completed' });
      assert.equal(response.status, 202);
      assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      assert.deepEqual(UsageEventAccepted.parse(await response.json()), { accepted: true });
      assert.equal(await countOf('career-test-completed', day), before + 1);

      await post({ type: 'career-test-completed' });
      await post({ type: 'career-test-completed' });
      assert.equal(await countOf('career-test-completed', day), before + 3);
      assert.equal(await countOf('widget-view', day), 0, 'another type is not touched');
    });

    test('every contract type is counted in its own row', async () => {
      day = '2025-03-11';
      for (const type of usageEventTypes) assert.equal((await post({ type })).status, 202, type);
      const rows = (await counts()).filter((c) => c.day === day);
      assert.deepEqual(
        rows.map((r) => [r.type, r.count]),
        [...usageEventTypes].sort().map((type) => [type, 1]),
      );
    });

    test('a new day starts a new count', async () => {
      day = '2025-03-12';
      await post({ type: 'calculator-session' });
      day = '2025-03-13';
      await post({ type: 'calculator-session' });
      await post({ type: 'calculator-session' });
      assert.equal(await countOf('calculator-session', '2025-03-12'), 1);
      assert.equal(await countOf('calculator-session', '2025-03-13'), 2);
    });

    test('concurrent events are all counted (atomic upsert)', async () => {
      day = '2025-03-14';
      const responses = await Promise.all(Array.from({ length: 10 }, () => post({ type: 'widget-view' })));
      assert.deepEqual(responses.map((r) => r.status), Array(10).fill(202));
      assert.equal(await countOf('widget-view', day), 10);
    });

    test('an unknown type is a 400 problem naming `type`, and nothing is stored', async () => {
      day = '2025-03-15';
      const problem = await expectProblem(await post({ type: 'career-test-answers' }), 400, problemTypes.invalidRequest);
      assert.deepEqual(invalidParamNames(problem), ['type']);
      assert.equal(problem.invalidParams?.[0]?.in, 'body');
      assert.match(problem.invalidParams?.[0]?.message ?? '', /career-test-completed/);
      assert.deepEqual((await counts()).filter((c) => c.day === day), []);
    });

    test('an extra field is refused and named: answers, scores or identity cannot ride along', async () => {
      day = '2025-03-15';
      for (const extra of ['code', 'scores', 'answers', 'userId', 'timestamp']) {
        const problem = await expectProblem(await post({ type: 'career-test-completed', [extra]: 'SAE' }), 400, problemTypes.invalidRequest);
        assert.deepEqual(invalidParamNames(problem), [extra], extra);
      }
      assert.deepEqual((await counts()).filter((c) => c.day === day), []);
    });

    test('a missing type, a non-object body and invalid JSON are 400 problems', async () => {
      assert.deepEqual(invalidParamNames(await expectProblem(await post({}), 400)), ['type']);
      assert.deepEqual(invalidParamNames(await expectProblem(await post({ type: 42 }), 400)), ['type']);
      await expectProblem(await post(['career-test-completed']), 400);
      await expectProblem(await post('{"type":'), 400);
      await expectProblem(await post('type=career-test-completed', { 'content-type': 'application/x-www-form-urlencoded' }), 415);
    });

    test('the stored table has only type, day and count: no identity, address, agent or time of day', async () => {
      const kdb = server.app.mobility.database.db;
      const columns = await sql<{ column_name: string; data_type: string }>`
        select column_name, data_type from information_schema.columns
        where table_name = 'usage_event_counts' and table_schema = current_schema()
        order by ordinal_position`.execute(kdb);
      assert.deepEqual(
        columns.rows.map((c) => [c.column_name, c.data_type]),
        [
          ['type', 'text'],
          ['day', 'date'],
          ['count', 'bigint'],
        ],
      );
      // And the rows hold exactly what the columns promise: an event type, a calendar day, a number.
      const raw = await sql<Record<string, unknown>>`select * from usage_event_counts`.execute(kdb);
      assert.ok(raw.rows.length > 0);
      for (const row of raw.rows) {
        assert.deepEqual(Object.keys(row).sort(), ['count', 'day', 'type']);
        assert.ok((usageEventTypes as readonly string[]).includes(String(row.type)));
      }
      const serialised = JSON.stringify(raw.rows, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
      assert.doesNotMatch(serialised, /127\.0\.0\.1|::1|node|undici|Mozilla/i);
    });

    test(`more than ${eventRateLimit.max} events a minute from one address are refused with 429`, async () => {
      day = '2025-03-16';
      const statuses: number[] = [];
      for (let i = 0; i < eventRateLimit.max; i++) statuses.push((await post({ type: 'widget-view' })).status);
      assert.deepEqual(statuses, Array(eventRateLimit.max).fill(202));
      const refused = await post({ type: 'widget-view' });
      await expectProblem(refused, 429, problemTypes.rateLimited);
      assert.ok(Number(refused.headers.get('retry-after')) > 0, 'Retry-After is set');
      assert.equal(await countOf('widget-view', day), eventRateLimit.max, 'refused events are not counted');

      // Another address has its own budget, and other routes keep the general limit.
      client = nextAddress();
      assert.equal((await post({ type: 'widget-view' })).status, 202);
      assert.equal((await fetch(`${server.url}/v1/health`, { headers: { 'x-forwarded-for': client } })).status, 200);
    });
  });
}
