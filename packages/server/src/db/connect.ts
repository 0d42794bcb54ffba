import { mkdir } from 'node:fs/promises';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import pg from 'pg';
import { DatabaseClosedError } from '../database-errors.js';
import { acquireDataDirLock, type AcquireOptions } from './data-dir-lock.js';
import { PGliteDialect } from './pglite-dialect.js';
import type { Db } from './schema.js';

// The error classification lives below both this module and the problem helpers (which map it to
// 503), so neither imports the other; re-exported here for callers that open databases.
export { DatabaseClosedError, isDatabaseUnavailable } from '../database-errors.js';
export { DataDirInUseError } from './data-dir-lock.js';

/** The database the server runs on, with what it takes to check and end it. */
export interface DatabaseHandle {
  readonly db: Db;
  readonly engine: 'pglite' | 'postgres';
  /** Resolves when a trivial query succeeds; rejects when the database cannot be reached. */
  ping(): Promise<void>;
  /** Idempotent. After closing, every query fails (health reports `unavailable`). */
  close(): Promise<void>;
  readonly closed: boolean;
  /**
   * Run long maintenance work — migrations, bulk loads — without the per-statement timeouts that
   * bound requests (see {@link statementTimeoutMs}): on PostgreSQL through a separate connection
   * opened for the call and closed after it; on PGlite, which has no such timeouts, through `db`.
   */
  maintenance<T>(work: (db: Db) => Promise<T>): Promise<T>;
}

export interface DatabaseOptions {
  /** PostgreSQL connection string; when set, PGlite is not used. */
  databaseUrl?: string;
  /** PGlite data folder, or `memory://` for an in-memory database. */
  dataDir?: string;
  /**
   * The exclusive lock on a PGlite data folder (see `data-dir-lock.ts`): what this process is, shown
   * to another that finds the folder in use, and how long to wait for a folder in use (default: fail
   * at once with a {@link DataDirInUseError}). Not used for `memory://` or PostgreSQL.
   */
  lock?: Pick<AcquireOptions, 'kind' | 'waitMs' | 'onWait'>;
}

/** The PGlite data folder when none is configured (`DATA_DIR`). */
export const defaultDataDir = './.data/pglite';

const DATE_OID = 1082;

/**
 * How long one SQL statement may run on PostgreSQL. With 5,000 vacancies a list or search request
 * answers within about a second at p99 even under ten concurrent requests on a busy two-core
 * machine (`npm run bench:load`); an import of a large case file runs in one transaction of many
 * short statements, each far below this.
 */
export const statementTimeoutMs = 15_000;

/** Keep `date` values as the `YYYY-MM-DD` text the database sends: a JS `Date` would shift by the time zone. */
const keepDateText = (value: string) => value;

/** Open PostgreSQL (when `databaseUrl` is set) or PGlite, as one Kysely instance. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl)
    : openPGlite(options.dataDir ?? defaultDataDir, options.lock ?? {});
}

async function openPGlite(dataDir: string, lockOptions: NonNullable<DatabaseOptions['lock']>): Promise<DatabaseHandle> {
  const inMemory = dataDir === 'memory://' || dataDir.startsWith('memory://');
  if (!inMemory) await mkdir(dataDir, { recursive: true });
  // One process per folder: taken before PGlite reads anything, released after it has closed.
  const lock = inMemory ? undefined : await acquireDataDirLock(dataDir, lockOptions);
  let pglite: PGlite;
  try {
    pglite = new PGlite(inMemory ? 'memory://' : dataDir, {
      parsers: { [pgliteTypes.DATE]: keepDateText },
    });
    await pglite.waitReady;
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db: Db = new Kysely({ dialect: new PGliteDialect(pglite) });
  let closing: Promise<void> | undefined;
  return {
    db,
    engine: 'pglite',
    maintenance: (work) => work(db),
    async ping() {
      if (pglite.closed) throw new DatabaseClosedError();
      await sql`select 1`.execute(db);
    },
    close() {
      closing ??= (async () => {
        try {
          await db.destroy();
          if (!pglite.closed) await pglite.close();
        } finally {
          lock?.release();
        }
      })();
      return closing;
    },
    get closed() {
      return closing !== undefined;
    },
  };
}

async function openPostgres(databaseUrl: string): Promise<DatabaseHandle> {
  const types = {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === DATE_OID ? keepDateText : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
  };
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    // Every wait on the database is bounded, so a request fails with a 503 instead of hanging:
    // getting a connection (also while all ten are busy), a statement on the server, and the
    // answer on the wire (a peer that vanished without closing the socket sends nothing at all).
    connectionTimeoutMillis: 5_000,
    statement_timeout: statementTimeoutMs,
    query_timeout: statementTimeoutMs + 5_000,
    // Lets the operating system notice a dead peer on a connection that sits idle in the pool.
    keepAlive: true,
    types,
  });
  // An idle client that loses its connection emits 'error' on the pool; without a listener that
  // would crash the process. The next query gets a fresh connection or a clear error.
  pool.on('error', () => {});
  // Dates are passed through as text, so make sure the server writes them as YYYY-MM-DD whatever
  // its configured DateStyle. The client queues this before any query of the checkout.
  pool.on('connect', (client) => {
    // A connection that breaks while checked out but between queries (inside a transaction, say)
    // emits 'error' on its client, and the pool listens only while the client is idle: without
    // this listener that would crash the process. The client is then unusable, its next query
    // fails (a 503), and the pool drops it on release.
    client.on('error', () => {});
    client.query('set datestyle = iso').catch(() => {});
  });
  const db: Db = new Kysely({ dialect: new PostgresDialect({ pool }) });
  let closing: Promise<void> | undefined;
  const handle: DatabaseHandle = {
    db,
    engine: 'postgres',
    async maintenance(work) {
      if (closing) throw new DatabaseClosedError();
      const maintenancePool = new pg.Pool({ connectionString: databaseUrl, max: 1, connectionTimeoutMillis: 5_000, keepAlive: true, types });
      maintenancePool.on('error', () => {});
      maintenancePool.on('connect', (client) => {
        client.on('error', () => {});
        client.query('set datestyle = iso').catch(() => {});
      });
      const maintenanceDb: Db = new Kysely({ dialect: new PostgresDialect({ pool: maintenancePool }) });
      try {
        return await work(maintenanceDb);
      } finally {
        await maintenanceDb.destroy();
      }
    },
    async ping() {
      if (closing) throw new DatabaseClosedError();
      await sql`select 1`.execute(db);
    },
    close() {
      // Kysely's destroy ends the pool.
      closing ??= db.destroy();
      return closing;
    },
    get closed() {
      return closing !== undefined;
    },
  };
  try {
    await handle.ping();
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}
