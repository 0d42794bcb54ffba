/**
 * Keys the server makes once and every instance on the same database shares (`server_secrets`,
 * migration 010), such as the key that signs the `access` parameter of photo sources. The first
 * instance that needs a key creates it; a race between two is settled by the primary key.
 */
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Tables } from './schema.js';

type SecretTables = { server_secrets: { name: string; secret: Buffer | Uint8Array; created_at: Date } };

/** The 32-byte key called `name`, created now when there is none yet. */
export async function serverSecret(database: Kysely<Tables>, name: string): Promise<Buffer> {
  const db = database.withTables<SecretTables>();
  await db
    .insertInto('server_secrets')
    .values({ name, secret: randomBytes(32), created_at: sql<Date>`now()` })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db.selectFrom('server_secrets').select('secret').where('name', '=', name).executeTakeFirstOrThrow();
  return Buffer.from(row.secret);
}
