import { sql } from 'kysely';
import type { Db } from '../db/schema.js';
import { withVacancyTables } from '../db/vacancies.js';
import { demoOrganisationRows, demoSeedVersion, generateDemoVacancies } from './generate.js';
import { seedDemoCases } from './cases.js';
import { demoStoriesVersion, seedDemoStories } from './stories.js';
import { seedDemoFeedSources } from './feed-sources.js';

export { demoOrganisations, demoNetworks } from './organisations.js';
export { generateDemoVacancies, demoVacancyCount } from './generate.js';

const SEED_LOCK_KEY = 7_345_002;

/** What {@link seedDemoData} did. */
export type SeedOutcome = 'created' | 'refreshed' | 'unchanged';

/**
 * Load the demo organisations and vacancies. Idempotent: on the day it last ran (same generator
 * version) it does nothing; on another day it replaces the demo vacancies in one transaction so
 * their dates move with today. Rows not written by the seed are never touched.
 */
export async function seedDemoData(db: Db, today: string): Promise<SeedOutcome> {
  const seedKey = `v${demoSeedVersion}.s${demoStoriesVersion}:${today}`;
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${sql.lit(SEED_LOCK_KEY)})`.execute(trx);
    const state = await trx.selectFrom('seed_state').select('seed_key').where('name', '=', 'demo').executeTakeFirst();
    if (state?.seed_key === seedKey) return 'unchanged';

    for (const row of demoOrganisationRows()) {
      await trx
        .insertInto('organisations')
        .values(row)
        .onConflict((oc) =>
          oc
            .column('id')
            .doUpdateSet({ name: row.name, sector: row.sector, city: row.city, networks: row.networks, website: row.website, updated_at: sql`now()` })
            // An organisation an institution created itself keeps its own data.
            .where('organisations.demo', '=', true),
        )
        .execute();
    }
    await seedDemoCases(trx, today);
    await trx.deleteFrom('vacancies').where('demo', '=', true).execute();
    const rows = generateDemoVacancies(today);
    for (let i = 0; i < rows.length; i += 60) {
      await withVacancyTables(trx)
        .insertInto('vacancies')
        .values(rows.slice(i, i + 60))
        // Never overwrite a vacancy someone else created under the same id.
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
    await seedDemoStories(trx, today);
    await seedDemoFeedSources(trx, today);
    await trx
      .insertInto('seed_state')
      .values({ name: 'demo', seed_key: seedKey })
      .onConflict((oc) => oc.column('name').doUpdateSet({ seed_key: seedKey, seeded_at: sql`now()` }))
      .execute();
    return state ? 'refreshed' : 'created';
  });
}
