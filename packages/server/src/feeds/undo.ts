import { sql, type Transaction } from 'kysely';
import type { Tables } from '../db/schema.js';
import { vacancyContentColumnNames } from '../db/vacancy-row.js';
import type { FeedDb, FeedTables } from './tables.js';

/** What a run wrote, so that a failure part-way can put every row back as it was. */
export class UndoLog {
  /** Vacancies (and their feed items) the run created. */
  private readonly created: string[] = [];
  /** Feed items the run created: `[feed, source_key]`. */
  private readonly createdItems: [string, string][] = [];
  /** Rows as they were before the run changed them, as JSON of the whole row. */
  private readonly vacancies = new Map<string, unknown>();
  private readonly items = new Map<string, unknown>();

  get empty(): boolean {
    return this.created.length === 0 && this.vacancies.size === 0 && this.items.size === 0;
  }

  async remember(trx: Transaction<Tables & FeedTables>, feed: string, vacancyIds: readonly string[], sourceKeys: readonly string[]): Promise<void> {
    const newVacancies = vacancyIds.filter((id) => !this.vacancies.has(id));
    if (newVacancies.length > 0) {
      const rows = await sql<{ id: string; row: unknown }>`select id, to_jsonb(v) - 'search' as row from vacancies v where id in (${sql.join(newVacancies)})`.execute(trx);
      for (const row of rows.rows) this.vacancies.set(row.id, row.row);
    }
    const newItems = sourceKeys.filter((key) => !this.items.has(key));
    if (newItems.length > 0) {
      const rows = await sql<{ source_key: string; row: unknown }>`select source_key, to_jsonb(f) as row from vacancy_feed_items f
        where feed = ${feed} and source_key in (${sql.join(newItems)})`.execute(trx);
      for (const row of rows.rows) this.items.set(row.source_key, row.row);
    }
  }

  added(vacancyId: string, feed: string, sourceKey: string): void {
    this.created.push(vacancyId);
    this.createdItems.push([feed, sourceKey]);
  }

  /** Put everything back, in batches (each its own transaction). */
  async revert(db: FeedDb): Promise<void> {
    if (this.empty) return;
    for (const ids of chunks(this.created, 500)) {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('vacancy_feed_items').where('vacancy_id', 'in', ids).execute();
        await trx.deleteFrom('vacancies').where('id', 'in', ids).execute();
      });
    }
    const restored = ['status', 'closed_at', 'source', 'updated_at', ...vacancyContentColumnNames];
    for (const rows of chunks([...this.vacancies.values()], 200)) {
      await sql`update vacancies v set ${sql.join(restored.map((column) => sql`${sql.id(column)} = b.${sql.id(column)}`))}
        from jsonb_populate_recordset(null::vacancies, ${JSON.stringify(rows)}::jsonb) b where v.id = b.id`.execute(db);
    }
    for (const rows of chunks([...this.items.values()], 500)) {
      await sql`update vacancy_feed_items f set content_hash = b.content_hash, last_seen_at = b.last_seen_at
        from jsonb_populate_recordset(null::vacancy_feed_items, ${JSON.stringify(rows)}::jsonb) b
        where f.feed = b.feed and f.source_key = b.source_key`.execute(db);
    }
  }
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

