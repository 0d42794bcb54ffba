import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { openDatabase, statementTimeoutMs, type DatabaseHandle } from '../src/db/connect.js';
import { probePostgres, scratchDatabase, type ScratchDatabase } from './helpers.js';

// Requests run under a per-statement timeout so an overloaded database answers 503 instead of
// hanging; migrations and bulk loads must not: they run through `maintenance`, without it.
const probe = await probePostgres();

describe('PostgreSQL statement timeouts: requests bounded, maintenance not', { skip: 'reason' in probe ? probe.reason : false }, () => {
  let scratch: ScratchDatabase;
  let database: DatabaseHandle;
  before(async () => {
    scratch = await scratchDatabase('postgres', probe);
    database = await openDatabase(scratch.options);
  });
  after(async () => {
    await database?.close();
    await scratch?.drop();
  });

  const timeoutOf = async (db: DatabaseHandle['db']) =>
    (await sql<{ statement_timeout: string }>`show statement_timeout`.execute(db)).rows[0]?.statement_timeout;

  test('the request pool cancels a statement after the timeout', async () => {
    assert.equal(await timeoutOf(database.db), `${statementTimeoutMs / 1000}s`);
  });

  test('maintenance work runs without a statement timeout, in the same schema, and its connection is closed after', async () => {
    const seen = await database.maintenance(async (db) => ({
      timeout: await timeoutOf(db),
      schema: (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s,
    }));
    assert.equal(seen.timeout, '0');
    assert.equal(seen.schema, (await sql<{ s: string }>`select current_schema() as s`.execute(database.db)).rows[0]?.s);
    assert.equal(await timeoutOf(database.db), `${statementTimeoutMs / 1000}s`, 'the request pool keeps its timeout');
  });
});

describe('PGlite maintenance', () => {
  test('runs the work on the one embedded database', async () => {
    const database = await openDatabase({ dataDir: 'memory://' });
    try {
      assert.equal(await database.maintenance(async (db) => (await sql<{ n: number }>`select 41 + 1 as n`.execute(db)).rows[0]?.n), 42);
    } finally {
      await database.close();
    }
  });
});
