import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Db } from './schema.js';

export interface Migration {
  /** The number prefix, e.g. `001`. */
  readonly version: string;
  readonly name: string;
  readonly sql: string;
}

/**
 * Advisory lock key shared by every instance: when two servers start at once on one PostgreSQL,
 * the second waits until the first has migrated, then finds nothing left to do.
 */
const MIGRATION_LOCK_KEY = 7_345_001;

const fileName = /^(\d{3,})_([a-z0-9_]+)\.sql$/;

/** Read `NNN_name.sql` files from a folder, ordered by number. */
export async function readMigrations(dir: string): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => fileName.test(f)).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const [, version, name] = fileName.exec(file)!;
    migrations.push({ version: version!, name: name!, sql: await readFile(join(dir, file), 'utf8') });
  }
  const versions = new Set(migrations.map((m) => m.version));
  if (versions.size !== migrations.length) throw new Error(`Duplicate migration numbers in ${dir}`);
  return migrations;
}

/**
 * Apply every migration not yet recorded in `schema_migrations`, in order, in one transaction
 * under an advisory lock. Returns the versions applied by this call (empty when up to date).
 */
export async function migrate(db: Db, migrations: readonly Migration[]): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${sql.lit(MIGRATION_LOCK_KEY)})`.execute(trx);
    await sql`create table if not exists schema_migrations (
      version text primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`.execute(trx);
    const done = new Set((await trx.selectFrom('schema_migrations').select('version').execute()).map((r) => r.version));
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await sql.raw(migration.sql).execute(trx);
      await trx.insertInto('schema_migrations').values({ version: migration.version, name: migration.name }).execute();
      applied.push(migration.version);
    }
    return applied;
  });
}
