import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { sql, type Insertable } from 'kysely';
import type { VacanciesTable } from '../src/db/schema.js';
import { Health, problemTypes, Vacancy } from '@mobility-kit/contract';
import { buildServer, startServer, type ServerOptions } from '../src/index.js';
import { migrate, readMigrations } from '../src/db/migrate.js';
import { migrationsDir } from '../src/paths.js';
import { addDays, demoVacancyCount } from '../src/seed/generate.js';
import { seedDemoData } from '../src/seed/index.js';
import { expectProblem, probePostgres, scratchDatabase, type Engine } from './helpers.js';

const DAY1 = '2025-05-01';
const DAY2 = addDays(DAY1, 10);
const probe = await probePostgres();
const quiet = { port: 0, rateLimit: false } as const;

for (const engine of ['pglite', 'postgres'] as const satisfies readonly Engine[]) {
  if (engine === 'postgres' && !('url' in probe)) {
    test('server lifecycle on PostgreSQL', (t) => t.skip(`PostgreSQL not reachable: ${probe.reason}`));
    continue;
  }

  describe(`server lifecycle on ${engine}`, () => {
    test('migrations run once, data persists across restarts, the seed refreshes only demo rows', async () => {
      const scratch = await scratchDatabase(engine, probe, 'folder');
      const options = (day: string): ServerOptions & { port: number } => ({ ...scratch.options, ...quiet, seed: true, today: () => day });
      try {
        // First start: an empty database is migrated and seeded.
        const first = await startServer(options(DAY1));
        let kdb = first.app.mobility.database.db;
        const migrationsBefore = await kdb.selectFrom('schema_migrations').selectAll().orderBy('version').execute();
        assert.deepEqual(migrationsBefore.map((m) => m.version), (await readMigrations(migrationsDir)).map((m) => m.version));
        const seedBefore = await kdb.selectFrom('seed_state').selectAll().execute();
        await kdb.insertInto('organisations').values({ id: 'eigen-organisatie', name: 'Eigen Organisatie', sector: 'care', city: 'Zwolle', networks: [], website: null }).execute();
        const own: Insertable<VacanciesTable> = {
          id: 'eigen-vacature', organisation_id: 'eigen-organisatie', title: 'Verpleegkundige', description: 'Eigen tekst.', kind: 'vacancy',
          visibility: 'public', unit: null, summary: null, city: 'Zwolle', pc4: '8017', lat: 52.498, lon: 6.0937, workplace: 'onsite',
          hours_min: 24, hours_max: 32, salary: null, contract: 'permanent', date_posted: addDays(DAY1, -5), valid_through: addDays(DAY2, 30),
          start_date: null, interests: ['S'], skills: [], apply_url: null, contact: null, language: 'nl', source: null,
        };
        await kdb.insertInto('vacancies').values(own).execute();
        const demo = await kdb.selectFrom('vacancies').select(['id', 'date_posted', 'valid_through']).where('demo', '=', true).where('visibility', '=', 'public').orderBy('id').executeTakeFirstOrThrow();
        const ownBefore = Vacancy.parse(await (await fetch(`${first.url}/v1/vacancies/eigen-vacature`)).json());
        await first.close();

        // Same day: nothing to migrate, nothing to seed, everything still there.
        const second = await startServer(options(DAY1));
        kdb = second.app.mobility.database.db;
        assert.deepEqual(await kdb.selectFrom('schema_migrations').selectAll().orderBy('version').execute(), migrationsBefore);
        assert.deepEqual(await migrate(kdb, await readMigrations(migrationsDir)), []);
        assert.deepEqual(await kdb.selectFrom('seed_state').selectAll().execute(), seedBefore);
        assert.equal(await seedDemoData(kdb, DAY1), 'unchanged');
        assert.deepEqual(Vacancy.parse(await (await fetch(`${second.url}/v1/vacancies/eigen-vacature`)).json()), ownBefore);
        await second.close();

        // Ten days later: demo dates move with today, our own rows are untouched.
        let current = DAY2;
        const third = await startServer({ ...options(DAY2), today: () => current });
        kdb = third.app.mobility.database.db;
        const moved = Vacancy.parse(await (await fetch(`${third.url}/v1/vacancies/${demo.id}`)).json());
        assert.equal(moved.datePosted, addDays(demo.date_posted, 10));
        assert.equal(moved.validThrough, addDays(demo.valid_through, 10));
        const demoCount = await kdb.selectFrom('vacancies').select((eb) => eb.fn.countAll<string>().as('n')).where('demo', '=', true).executeTakeFirstOrThrow();
        assert.equal(Number(demoCount.n), demoVacancyCount);
        assert.deepEqual(Vacancy.parse(await (await fetch(`${third.url}/v1/vacancies/eigen-vacature`)).json()), ownBefore);
        const ownOrg = await kdb.selectFrom('organisations').selectAll().where('id', '=', 'eigen-organisatie').executeTakeFirstOrThrow();
        assert.equal(ownOrg.demo, false);
        assert.notDeepEqual(await kdb.selectFrom('seed_state').selectAll().execute(), seedBefore);
        // A server that keeps running refreshes the demo on the first request of a new day.
        current = addDays(DAY2, 1);
        const nextDay = Vacancy.parse(await (await fetch(`${third.url}/v1/vacancies/${demo.id}`)).json());
        assert.equal(nextDay.datePosted, addDays(demo.date_posted, 11));
        await third.close();
      } finally {
        await scratch.drop();
      }
    });

    test('a new migration is applied once; a failing one leaves nothing behind', async () => {
      const scratch = await scratchDatabase(engine, probe);
      const app = await buildServer({ ...scratch.options, rateLimit: false });
      try {
        const kdb = app.mobility.database.db;
        const real = await readMigrations(migrationsDir);
        const extra = { version: '900', name: 'test_extra', sql: 'create table test_extra (x int);\ninsert into test_extra values (1), (2);' };
        assert.deepEqual(await migrate(kdb, [...real, extra]), ['900']);
        assert.deepEqual(await migrate(kdb, [...real, extra]), []);
        const broken = { version: '901', name: 'test_broken', sql: 'create table test_broken (x int);\nselect no_such_column from test_broken;' };
        await assert.rejects(migrate(kdb, [...real, extra, broken]));
        const left = await sql<{ name: string | null }>`select to_regclass('test_broken')::text as name`.execute(kdb);
        assert.equal(left.rows[0]?.name, null);
        const versions = (await kdb.selectFrom('schema_migrations').select('version').execute()).map((r) => r.version);
        assert.ok(versions.includes('900') && !versions.includes('901'));
      } finally {
        await app.close();
        await scratch.drop();
      }
    });

    if (engine === 'postgres') {
      test('two instances starting at once on one database both come up', async () => {
        const scratch = await scratchDatabase(engine, probe);
        try {
          const servers = await Promise.all([1, 2].map(() => startServer({ ...scratch.options, ...quiet, seed: true, today: () => DAY1 })));
          const kdb = servers[0]!.app.mobility.database.db;
          const migrations = await kdb.selectFrom('schema_migrations').select('version').execute();
          assert.equal(migrations.length, (await readMigrations(migrationsDir)).length);
          const count = await kdb.selectFrom('vacancies').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
          assert.equal(Number(count.n), demoVacancyCount);
          for (const s of servers) assert.equal((await fetch(`${s.url}/v1/health`)).status, 200);
          await Promise.all(servers.map((s) => s.close()));
        } finally {
          await scratch.drop();
        }
      });
    }

    test('health is 503 and routes answer 503 problems when the database is gone', async () => {
      const scratch = await scratchDatabase(engine, probe);
      const server = await startServer({ ...scratch.options, ...quiet, seed: true, today: () => DAY1 });
      try {
        assert.equal((await fetch(`${server.url}/v1/health`)).status, 200);
        await server.app.mobility.database.close();
        const health = await fetch(`${server.url}/v1/health`);
        assert.equal(health.status, 503);
        const body = Health.parse(await health.json());
        assert.equal(body.database, 'unavailable');
        assert.equal(body.status, 'degraded');
        await expectProblem(await fetch(`${server.url}/v1/vacancies`), 503, problemTypes.unavailable);
        await expectProblem(await fetch(`${server.url}/v1/organisations`), 503, problemTypes.unavailable);
      } finally {
        await server.close();
        await scratch.drop();
      }
    });
  });
}

describe('server options (PGlite in memory)', () => {
  test('without devAuth the dev token route does not exist', async () => {
    const server = await startServer({ dataDir: 'memory://', ...quiet, seed: true });
    try {
      const response = await fetch(`${server.url}/v1/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role: 'hr', organisation: 'hogeschool-utrecht' }),
      });
      await expectProblem(response, 404, problemTypes.notFound);
      // Without a verifier, any bearer token is rejected rather than ignored.
      const withToken = await fetch(`${server.url}/v1/vacancies`, { headers: { authorization: 'Bearer eyJhbGciOiJFUzI1NiJ9.e30.c2ln' } });
      await expectProblem(withToken, 401, problemTypes.unauthorized);
    } finally {
      await server.close();
    }
  });

  test('an unexpected error is a 500 problem without internals; static roots are served', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mobility-kit-static-'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Intranet</title><script type="module" src="/app.js"></script>');
    await writeFile(join(dir, 'app.js'), 'console.log("hallo");');
    const app = await buildServer({ dataDir: 'memory://', rateLimit: false, staticRoots: [{ root: dir, prefix: '/' }] });
    app.get('/v1/test-boom', async () => {
      throw new Error('geheime details uit /var/lib/db');
    });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.server.address();
      const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      const response = await fetch(`${url}/v1/test-boom`);
      const text = await response.clone().text();
      await expectProblem(response, 500, problemTypes.internal);
      assert.doesNotMatch(text, /geheime|\/var\/lib|Error:/);

      const page = await fetch(`${url}/`);
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type') ?? '', /text\/html/);
      assert.match(await page.text(), /<title>Intranet<\/title>/);
      assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
      const script = await fetch(`${url}/app.js`);
      assert.equal(script.status, 200);
      assert.match(script.headers.get('content-type') ?? '', /javascript/);
      await expectProblem(await fetch(`${url}/missing.js`), 404, problemTypes.notFound);
      // The API still wins over the static folder.
      assert.equal((await fetch(`${url}/v1/health`)).status, 200);
    } finally {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('the rate limit answers 429 problems with Retry-After', async () => {
    const server = await startServer({ dataDir: 'memory://', port: 0, rateLimit: { max: 3, timeWindowMs: 60_000 } });
    try {
      for (let i = 0; i < 3; i++) assert.equal((await fetch(`${server.url}/v1/organisations`)).status, 200);
      const limited = await fetch(`${server.url}/v1/organisations`);
      assert.ok(Number(limited.headers.get('retry-after')) > 0);
      await expectProblem(limited, 429, problemTypes.rateLimited);
    } finally {
      await server.close();
    }
  });
});
