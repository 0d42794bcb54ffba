import { sql, type Kysely } from 'kysely';
import type { Tables } from '../db/schema.js';

/** The demo feed source of Hogeschool Utrecht: switched off (its host does not exist), with one earlier report. */
export const demoFeedSourceId = '5eed0000-0000-4000-8000-000000000001';

/**
 * A stored feed source for the demo organisation, so that the HR workspace shows a source and a run
 * report out of the box. Never overwrites a source with the same id; switched off, so the
 * scheduler leaves it alone.
 */
export async function seedDemoFeedSources(trx: Kysely<Tables>, today: string): Promise<void> {
  const inserted = await sql`
    insert into feed_sources (id, organisation_id, name, url, interval_minutes, enabled, created_by, updated_by)
    values (${demoFeedSourceId}, 'hogeschool-utrecht', 'Werken bij HU (voorbeeld)', 'https://werkenbij.example.nl/hogeschool-utrecht/vacatures.rss', 1440, false, 'demo', 'demo')
    on conflict (id) do nothing returning id`.execute(trx);
  if (inserted.rows.length === 0) return;
  const skips = [
    { index: 4, externalId: 'HU-2025-031', title: 'Docent Bouwkunde', reason: 'invalid-date', detail: 'validThrough "31-02-2025" is not a date' },
    { index: 9, externalId: 'HU-2025-040', reason: 'missing-title', detail: 'the item has no title' },
  ];
  await sql`
    insert into feed_source_runs (id, source_id, organisation_id, trigger, outcome, started_at, finished_at, items, created, updated, unchanged, closed, skipped, skips, warnings)
    values ('5eed0000-0000-4000-8000-000000000101', ${demoFeedSourceId}, 'hogeschool-utrecht', 'scheduled', 'succeeded',
      ${`${today}T06:00:00+01:00`}::timestamptz, ${`${today}T06:00:04+01:00`}::timestamptz, 14, 9, 2, 1, 1, 2, ${JSON.stringify(skips)}::jsonb, '[]'::jsonb)
    on conflict (id) do nothing`.execute(trx);
}
