import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import {
  DevTokenResponse,
  HrRegulations,
  problemTypes,
  regulationsHistoryChangesLimit,
  regulationsHistoryLimit,
  type CalculatorParameterOverrides,
  type Role,
} from '@mobility-kit/contract';
import { openDatabase } from '../src/db/connect.js';
import { migrate, readMigrations } from '../src/db/migrate.js';
import { migrationsDir } from '../src/paths.js';
import { startServer, type RunningServer } from '../src/index.js';
import { expectProblem, probePostgres, scratchDatabase, type Engine, type ScratchDatabase } from './helpers.js';

const probe = await probePostgres();

const OURS = 'hogeschool-utrecht';
const THEIRS = 'hogeschool-van-amsterdam';

const first: CalculatorParameterOverrides = {
  maxDailyWage: [
    { value: 290.67, validFrom: '2025-01-01', status: 'V', source: 'UWV, maximumdagloon per 1 januari 2025' },
    { value: null, validFrom: '2025-07-01', status: 'U', source: 'Not yet published' },
  ],
  asuMonths: [{ value: { perServiceYear: 1, max: 34 }, validFrom: '2017-04-01', status: 'U', source: 'Union texts' }],
  holidayPayRate: [{ value: 0.08, validFrom: '2017-01-01', status: 'V', source: 'CAO hbo art. H-4' }],
};

/** Fills in the unknown July value, adds a 2026 value, drops the holiday pay rate, keeps the ASU rule. */
const second: CalculatorParameterOverrides = {
  maxDailyWage: [
    { value: 290.67, validFrom: '2025-01-01', status: 'V', source: 'UWV, maximumdagloon per 1 januari 2025' },
    { value: 295.12, validFrom: '2025-07-01', status: 'V', source: 'UWV, maximumdagloon per 1 juli 2025' },
    { value: 304.25, validFrom: '2026-01-01', status: 'V', source: 'Staatscourant 2025, 42324' },
  ],
  // The same rule with its keys in another order is no change.
  asuMonths: [{ value: { max: 34, perServiceYear: 1 }, validFrom: '2017-04-01', status: 'U', source: 'Union texts' }],
};

for (const engine of ['pglite', 'postgres'] as const satisfies readonly Engine[]) {
  if (engine === 'postgres' && !('url' in probe)) {
    test('regulations history on PostgreSQL', (t) => t.skip(`PostgreSQL not reachable: ${probe.reason}`));
    continue;
  }

  describe(`regulations history on ${engine}`, () => {
    let db: ScratchDatabase;
    let server: RunningServer;

    async function devToken(role: Role, organisation: string, subject?: string): Promise<string> {
      const response = await fetch(`${server.url}/v1/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role, organisation, ...(subject ? { subject } : {}) }),
      });
      assert.equal(response.status, 200);
      return DevTokenResponse.parse(await response.json()).token;
    }

    const put = async (parameters: CalculatorParameterOverrides, token: string) => {
      const response = await fetch(`${server.url}/v1/regulations`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ parameters }),
      });
      assert.equal(response.status, 200, await response.clone().text());
    };

    const getHr = (token?: string) => fetch(`${server.url}/v1/hr/regulations`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

    async function history(token: string): Promise<HrRegulations> {
      const response = await getHr(token);
      assert.equal(response.status, 200, await response.clone().text());
      assert.equal(response.headers.get('cache-control'), 'no-store');
      return HrRegulations.parse(await response.json()) as HrRegulations;
    }

    before(async () => {
      db = await scratchDatabase(engine, probe);
      server = await startServer({ ...db.options, port: 0, seed: true, devAuth: true, rateLimit: false });
    });

    after(async () => {
      await server?.close();
      await db?.drop();
    });

    test('an organisation that never set values: no parameters, no history', async () => {
      const body = await history(await devToken('hr', OURS));
      assert.equal(body.organisation, OURS);
      assert.equal(body.updatedAt, null);
      assert.deepEqual(body.parameters, {});
      assert.deepEqual(body.history, []);
      assert.equal(body.historyTruncated, false);
    });

    test('every replacement is recorded with who and when, entry by entry; a repeated PUT adds nothing', async () => {
      const alice = await devToken('hr', OURS, 'hr-alice');
      const bob = await devToken('admin', OURS, 'admin-bob');
      await put(first, alice);
      await put(second, bob);
      await put(second, bob); // a retried PUT
      const body = await history(alice);
      assert.deepEqual(body.parameters, { ...second, asuMonths: first.asuMonths });
      assert.equal(body.updatedBy, 'admin-bob');
      assert.equal(body.history.length, 2);
      const [latest, earliest] = body.history;
      assert.equal(latest!.by, 'admin-bob');
      assert.equal(latest!.initial, false);
      assert.ok(Date.parse(latest!.at) >= Date.parse(earliest!.at));
      assert.deepEqual(
        latest!.changes.map((c) => [c.parameter, c.validFrom, c.before?.value ?? null, c.after?.value ?? null]),
        [
          ['maxDailyWage', '2025-07-01', null, 295.12],
          ['maxDailyWage', '2026-01-01', null, 304.25],
          ['holidayPayRate', '2017-01-01', 0.08, null],
        ],
      );
      const filledIn = latest!.changes[0]!;
      assert.equal(filledIn.before?.status, 'U', 'the entry before the change, as it was');
      assert.equal(filledIn.after?.status, 'V');
      assert.equal(latest!.changes[1]!.before, null, 'an added entry has no before');
      assert.equal(latest!.changes[2]!.after, null, 'a removed entry has no after');
      assert.equal(earliest!.by, 'hr-alice');
      assert.equal(earliest!.changes.length, 4, 'the first set: every entry added');
      assert.ok(earliest!.changes.every((c) => c.before === null && c.after !== null));
    });

    test('only HR or admin of the organisation itself: anonymous 401, employee 403, other HR sees its own history', async () => {
      await expectProblem(await getHr(), 401);
      await expectProblem(await getHr(await devToken('employee', OURS)), 403, problemTypes.forbidden);
      const theirs = await history(await devToken('hr', THEIRS));
      assert.equal(theirs.organisation, THEIRS);
      assert.deepEqual(theirs.history, []);
    });

    test(`at most ${regulationsHistoryLimit} replacements are listed; the oldest listed is compared with the one before it`, async () => {
      const token = await devToken('hr', THEIRS, 'hr-carol');
      const total = regulationsHistoryLimit + 3;
      for (let i = 0; i < total; i += 1) {
        await put({ fullTimeHoursPerWeek: [{ value: 30 + (i % 20) + (i >= 20 ? 0.5 : 0), validFrom: '2017-01-01', status: 'V', source: `round ${i}` }] }, token);
      }
      const body = await history(token);
      assert.equal(body.history.length, regulationsHistoryLimit);
      assert.equal(body.historyTruncated, true);
      assert.ok(body.history.every((revision) => revision.changes.length === 1 && revision.changes[0]!.before !== null));
      assert.equal(body.history[0]!.changes[0]!.after?.source, `round ${total - 1}`);
      assert.equal(body.history.at(-1)!.changes[0]!.after?.source, `round ${total - regulationsHistoryLimit}`);
      const kept = await sql<{ n: number }>`select count(*)::int as n from regulation_revisions where organisation_id = ${THEIRS}`.execute(
        server.app.mobility.database.db,
      );
      assert.equal(kept.rows[0]!.n, regulationsHistoryLimit + 1, 'older revisions are deleted');
    });

    test(`the answer lists at most ${regulationsHistoryChangesLimit} entry changes in all, however large the replacements`, async () => {
      const token = await devToken('hr', 'hanzehogeschool-groningen', 'hr-erin');
      const perPut = 100;
      const puts = Math.floor(regulationsHistoryChangesLimit / perPut) + 3;
      for (let round = 0; round < puts; round += 1) {
        const entries = Array.from({ length: perPut }, (_, i) => ({
          value: 200 + i + round / 100,
          validFrom: `${1950 + i}-01-01`,
          status: 'V' as const,
          source: `round ${round}`,
        }));
        await put({ maxDailyWage: entries }, token);
      }
      const body = await history(token);
      const listed = body.history.reduce((sum, revision) => sum + revision.changes.length, 0);
      assert.ok(listed <= regulationsHistoryChangesLimit, `${listed} changes listed`);
      assert.equal(body.history.length, regulationsHistoryChangesLimit / perPut, 'as many whole replacements as fit');
      assert.equal(body.historyTruncated, true);
      assert.equal(body.history[0]!.changes[0]!.after?.source, `round ${puts - 1}`, 'the newest first');
    });
  });

  test(`migration 014 records the sets stored before it as each organisation's initial revision on ${engine}`, async (t) => {
    if (engine === 'postgres' && !('url' in probe)) return t.skip(`PostgreSQL not reachable: ${probe.reason}`);
    const scratch = await scratchDatabase(engine, probe);
    const database = await openDatabase(scratch.options);
    try {
      const all = await readMigrations(migrationsDir);
      await migrate(database.db, all.filter((m) => m.version < '014'));
      await sql`insert into organisations (id, name, sector) values ('org', 'Org', 'hbo'), ('empty', 'Empty', 'hbo'), ('none', 'None', 'hbo')`.execute(database.db);
      await sql`insert into regulations (organisation_id, updated_at, updated_by) values ('org', '2025-05-01T10:00:00Z', 'hr-dave'), ('empty', '2025-06-01T10:00:00Z', null)`.execute(database.db);
      await sql`insert into regulation_parameters (organisation_id, name, valid_from, value, status, source, position) values
        ('org', 'maxDailyWage', '2025-01-01', '290.67', 'V', 'UWV', 0),
        ('org', 'maxDailyWage', '2024-07-01', '282.95', 'V', 'UWV 2024', 1),
        ('org', 'asuMonths', '2017-04-01', '{"perServiceYear": 1, "max": 34}', 'U', 'Union', 0)`.execute(database.db);
      await migrate(database.db, all);
      const rows = (
        await sql<{ organisation_id: string; revision: number; recorded_at: Date; recorded_by: string | null; parameters: unknown; initial: boolean }>`
          select organisation_id, revision, recorded_at, recorded_by, parameters, initial from regulation_revisions order by organisation_id`.execute(database.db)
      ).rows;
      assert.deepEqual(rows.map((r) => r.organisation_id), ['empty', 'org'], 'one revision per organisation that had a set');
      const org = rows[1]!;
      assert.equal(org.revision, 1);
      assert.equal(org.initial, true);
      assert.equal(org.recorded_by, 'hr-dave');
      assert.equal(new Date(org.recorded_at).toISOString(), '2025-05-01T10:00:00.000Z');
      const parameters = (typeof org.parameters === 'string' ? JSON.parse(org.parameters) : org.parameters) as Record<string, unknown>;
      assert.deepEqual(parameters, {
        maxDailyWage: [
          { value: 290.67, validFrom: '2025-01-01', status: 'V', source: 'UWV' },
          { value: 282.95, validFrom: '2024-07-01', status: 'V', source: 'UWV 2024' },
        ],
        asuMonths: [{ value: { perServiceYear: 1, max: 34 }, validFrom: '2017-04-01', status: 'U', source: 'Union' }],
      });
      const empty = rows[0]!;
      assert.deepEqual(typeof empty.parameters === 'string' ? JSON.parse(empty.parameters) : empty.parameters, {});
    } finally {
      await database.close();
      await scratch.drop();
    }
  });
}
