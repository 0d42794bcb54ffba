// PostgreSQL stopped and started again under a running server: the process survives, health and
// the API answer 503 while the database is down, and the pool reconnects by itself afterwards.
// It needs a PostgreSQL of its own to stop (never the shared one): scripts/private-postgres.mjs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { Health, problemTypes, type VacancyCreate } from '@mobility-kit/contract';
import { startServer } from '../src/index.js';
import { isDatabaseUnavailable } from '../src/db/connect.js';
import { expectProblem } from './helpers.js';
import { createPrivateCluster, privateClusterPrerequisites } from '../../../scripts/private-postgres.mjs';

function missingPrerequisite(): string | undefined {
  if (!process.env.TEST_DATABASE_URL) return 'TEST_DATABASE_URL is not set (PostgreSQL tests are off)';
  const prerequisites = privateClusterPrerequisites();
  return prerequisites.ok ? undefined : prerequisites.reason;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const missing = missingPrerequisite();
if (missing) {
  test('PostgreSQL restart under a running server', (t) => t.skip(`SKIPPED: ${missing}`));
} else {
  test('PostgreSQL restart under a running server: no crash, clean 503s, reconnect, no lost writes', { timeout: 60_000 }, async () => {
    const cluster = await createPrivateCluster();
    const server = await startServer({ port: 0, databaseUrl: cluster.url, seed: true, devAuth: true, rateLimit: false });
    try {
      const { url } = server;
      const organisation = ((await (await fetch(`${url}/v1/organisations`)).json()) as { items: { id: string }[] }).items[0]!.id;
      const { token } = (await (
        await fetch(`${url}/v1/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'hr', organisation }) })
      ).json()) as { token: string };
      const validThrough = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
      const write = (id: string) =>
        fetch(`${url}/v1/hr/vacancies`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            id,
            title: `Docent herstart ${id}`,
            description: 'Geschreven terwijl de database herstart.',
            kind: 'vacancy',
            visibility: 'public',
            location: { city: 'Utrecht', pc4: '3511' },
            workplace: 'onsite',
            hoursPerWeek: { min: 24, max: 32 },
            contract: 'permanent',
            validThrough,
            interests: ['S'],
            skills: [],
            language: 'nl',
          } satisfies VacancyCreate),
          signal: AbortSignal.timeout(15_000),
        });
      assert.equal((await fetch(`${url}/v1/health`)).status, 200);

      // A connection checked out of the pool and idle between two queries when PostgreSQL goes
      // away: its client emits 'error', which must not become an uncaught exception.
      const { db } = server.app.mobility.database;
      const held = await db.connection().execute(async (connection) => {
        await sql`select 1`.execute(connection);
        // Concurrent writes while PostgreSQL shuts down: each either acknowledged or a clean 503.
        const ids = Array.from({ length: 24 }, (_, i) => `${organisation}-herstart-${String(i).padStart(2, '0')}`);
        const writes = ids.map(async (id, i) => {
          await sleep(i * 15);
          return { id, response: await write(id) };
        });
        await sleep(120);
        cluster.stop();
        const results = await Promise.all(writes);
        await sleep(200);
        const afterStop = await sql`select 1`.execute(connection).then(
          () => undefined,
          (error: unknown) => error,
        );
        return { results, afterStop };
      });
      assert.ok(held.afterStop !== undefined && isDatabaseUnavailable(held.afterStop), `a query on the broken connection fails as unavailable: ${String(held.afterStop)}`);

      // Down: health says so, the API answers 503 problems, promptly.
      const started = performance.now();
      const health = await fetch(`${url}/v1/health`);
      assert.equal(health.status, 503);
      assert.equal(health.headers.get('retry-after'), '5');
      const body = Health.parse(await health.json());
      assert.equal(body.database, 'unavailable');
      assert.equal(body.status, 'degraded');
      await expectProblem(await fetch(`${url}/v1/vacancies?q=docent&limit=20`), 503, problemTypes.unavailable);
      await expectProblem(await fetch(`${url}/v1/organisations`), 503, problemTypes.unavailable);
      const refused = await write(`${organisation}-herstart-down`);
      assert.equal(refused.headers.get('retry-after'), '5');
      await expectProblem(refused, 503, problemTypes.unavailable);
      assert.ok(performance.now() - started < 7_000, 'answers while down come within the connection timeout');

      const acknowledged: string[] = [];
      const failed: string[] = [`${organisation}-herstart-down`];
      for (const { id, response } of held.results) {
        if (response.status === 201) acknowledged.push(id);
        else {
          await expectProblem(response, 503, problemTypes.unavailable);
          failed.push(id);
        }
      }
      assert.ok(failed.length > 1, 'some writes met the outage');

      // Up again, same server process: health recovers within a bounded time by itself.
      cluster.start();
      const up = performance.now();
      let healthy = false;
      while (!healthy && performance.now() - up < 10_000) {
        healthy = (await fetch(`${url}/v1/health`)).status === 200;
        if (!healthy) await sleep(100);
      }
      assert.ok(healthy, 'health is ok again within 10 s');
      assert.equal((await fetch(`${url}/v1/vacancies?q=docent&limit=20`)).status, 200);

      // Retrying a failed write tells whether it was stored after all (409) or not (201).
      for (const id of failed) assert.ok([201, 409].includes((await write(id)).status), id);
      const stored = await db.selectFrom('vacancies').select('id').where('id', 'like', `${organisation}-herstart-%`).execute();
      const storedIds = stored.map((row) => row.id).sort();
      assert.deepEqual(storedIds, [...acknowledged, ...failed].sort(), 'every write stored exactly once');
      for (const id of acknowledged) assert.ok(storedIds.includes(id), `acknowledged ${id} is stored`);
    } finally {
      await server.close();
      cluster.remove();
    }
  });
}
