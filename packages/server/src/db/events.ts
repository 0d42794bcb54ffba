import { sql, type ColumnType, type Kysely } from 'kysely';
import type { UsageEventType } from '@mobility-kit/contract';
import type { Db, Tables } from './schema.js';

/**
 * `usage_event_counts` (migration 003): one row per event type and calendar day. There is no
 * column for who, where from or when exactly — by design, see the migration.
 */
export interface UsageEventCountsTable {
  type: string;
  /** `YYYY-MM-DD`, Europe/Amsterdam. */
  day: ColumnType<string, string, never>;
  /** `bigint`: node-postgres reads it as a string, PGlite as a number; see {@link usageEventCounts}. */
  count: ColumnType<string | number | bigint, number, number>;
}

type EventsDb = Kysely<Tables & { usage_event_counts: UsageEventCountsTable }>;

const withEvents = (db: Db): EventsDb => db.withTables<{ usage_event_counts: UsageEventCountsTable }>();

/** Count one event of `type` on `day` (`YYYY-MM-DD`): one atomic upsert, safe under concurrency. */
export async function countUsageEvent(db: Db, type: UsageEventType, day: string): Promise<void> {
  await withEvents(db)
    .insertInto('usage_event_counts')
    .values({ type, day, count: 1 })
    .onConflict((conflict) => conflict.columns(['type', 'day']).doUpdateSet({ count: sql`usage_event_counts.count + 1` }))
    .execute();
}

/** One stored count. */
export interface UsageEventCount {
  readonly type: string;
  readonly day: string;
  readonly count: number;
}

/** Stored counts, oldest day first, optionally for days `from`–`to` (inclusive, `YYYY-MM-DD`). */
export async function usageEventCounts(db: Db, range: { from?: string; to?: string } = {}): Promise<UsageEventCount[]> {
  let query = withEvents(db)
    .selectFrom('usage_event_counts')
    // `to_char` keeps the day a calendar date: no driver turns it into a JavaScript Date in some time zone.
    .select(['type', sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day'), 'count'])
    .orderBy('day')
    .orderBy('type');
  if (range.from) query = query.where('day', '>=', range.from);
  if (range.to) query = query.where('day', '<=', range.to);
  const rows = await query.execute();
  return rows.map((row) => ({ type: row.type, day: row.day, count: Number(row.count) }));
}
