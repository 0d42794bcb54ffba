import { sql, type ColumnType, type Generated, type Kysely, type Selectable } from 'kysely';
import type { CaseOutcome, CaseRecord, CaseRoute, CaseStatus, CaseTrigger, CaseUpdate, StaffGroup } from '@mobility-kit/contract';
import type { Db, Tables } from './schema.js';

/** `mobility_cases` (migration 005): pseudonymous cases, keyed by organisation and HR's case id. */
export interface MobilityCasesTable {
  organisation_id: string;
  id: string;
  unit: string;
  staff_group: StaffGroup;
  start_date: string;
  trigger: CaseTrigger;
  route: CaseRoute;
  outcome: CaseOutcome | null;
  end_date: string | null;
  /** `numeric`: both drivers read it as text; written as a number. */
  trajectory_costs: ColumnType<string | number, number, number>;
  benefit_costs: ColumnType<string | number, number, number>;
  demo: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

type CasesDb = Kysely<Tables & { mobility_cases: MobilityCasesTable }>;
const withCases = (db: Db): CasesDb => db.withTables<{ mobility_cases: MobilityCasesTable }>();

/** Map a row to the contract shape: optional fields absent rather than null. */
function toCase(r: Selectable<MobilityCasesTable>): CaseRecord {
  return {
    id: r.id,
    unit: r.unit,
    staffGroup: r.staff_group,
    startDate: r.start_date,
    trigger: r.trigger,
    route: r.route,
    ...(r.outcome !== null ? { outcome: r.outcome } : {}),
    ...(r.end_date !== null ? { endDate: r.end_date } : {}),
    trajectoryCosts: Number(r.trajectory_costs),
    benefitCosts: Number(r.benefit_costs),
  };
}

const columns = (c: CaseUpdate) => ({
  unit: c.unit,
  staff_group: c.staffGroup,
  start_date: c.startDate,
  trigger: c.trigger,
  route: c.route,
  outcome: c.outcome ?? null,
  end_date: c.endDate ?? null,
  trajectory_costs: c.trajectoryCosts,
  benefit_costs: c.benefitCosts,
});

/** What a case list may be narrowed to; every field is an equality or a date range on one column. */
export interface CaseFilter {
  unit?: string | undefined;
  staffGroup?: StaffGroup | undefined;
  trigger?: CaseTrigger | undefined;
  route?: CaseRoute | undefined;
  outcome?: CaseOutcome | undefined;
  status?: CaseStatus | undefined;
  /** `startDate` from and to (both included). */
  startedBetween?: { from: string; to: string } | undefined;
}

/** One page of an organisation's cases by id; `next` is the last id when more follow. */
export async function listCases(
  db: Db,
  organisation: string,
  input: CaseFilter & { limit: number; after?: string | undefined },
): Promise<{ items: CaseRecord[]; next: string | null }> {
  let query = withCases(db).selectFrom('mobility_cases').selectAll().where('organisation_id', '=', organisation);
  if (input.unit !== undefined) query = query.where('unit', '=', input.unit);
  if (input.staffGroup !== undefined) query = query.where('staff_group', '=', input.staffGroup);
  if (input.trigger !== undefined) query = query.where('trigger', '=', input.trigger);
  if (input.route !== undefined) query = query.where('route', '=', input.route);
  if (input.outcome !== undefined) query = query.where('outcome', '=', input.outcome);
  if (input.status === 'open') query = query.where('end_date', 'is', null);
  if (input.status === 'closed') query = query.where('end_date', 'is not', null);
  if (input.startedBetween !== undefined) {
    query = query.where('start_date', '>=', input.startedBetween.from).where('start_date', '<=', input.startedBetween.to);
  }
  if (input.after !== undefined) query = query.where('id', '>', input.after);
  const rows = await query.orderBy('id').limit(input.limit + 1).execute();
  const page = rows.slice(0, input.limit);
  return { items: page.map(toCase), next: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null };
}

/** Every case of an organisation, for aggregation. */
export async function allCases(db: Db, organisation: string): Promise<CaseRecord[]> {
  const rows = await withCases(db).selectFrom('mobility_cases').selectAll().where('organisation_id', '=', organisation).orderBy('id').execute();
  return rows.map(toCase);
}

/** The distinct units an organisation has cases for. */
export async function caseUnits(db: Db, organisation: string): Promise<string[]> {
  const rows = await withCases(db).selectFrom('mobility_cases').select('unit').distinct().where('organisation_id', '=', organisation).execute();
  return rows.map((row) => row.unit);
}

export async function findCase(db: Db, organisation: string, id: string): Promise<CaseRecord | undefined> {
  const row = await withCases(db)
    .selectFrom('mobility_cases')
    .selectAll()
    .where('organisation_id', '=', organisation)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toCase(row) : undefined;
}

/** Insert a case; `false` when the id is already in use in the organisation. */
export async function insertCase(db: Db, organisation: string, record: CaseRecord): Promise<boolean> {
  const result = await withCases(db)
    .insertInto('mobility_cases')
    .values({ organisation_id: organisation, id: record.id, ...columns(record) })
    .onConflict((oc) => oc.columns(['organisation_id', 'id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** Replace a case; `false` when there is no such case in the organisation. */
export async function updateCase(db: Db, organisation: string, id: string, update: CaseUpdate): Promise<boolean> {
  const result = await withCases(db)
    .updateTable('mobility_cases')
    .set({ ...columns(update), updated_at: sql`now()` })
    .where('organisation_id', '=', organisation)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteCase(db: Db, organisation: string, id: string): Promise<boolean> {
  const result = await withCases(db)
    .deleteFrom('mobility_cases')
    .where('organisation_id', '=', organisation)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** How many of `ids` the organisation already has a case under. */
export async function countExistingCases(db: Db, organisation: string, ids: readonly string[]): Promise<number> {
  let count = 0;
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await withCases(db)
      .selectFrom('mobility_cases')
      .select('id')
      .where('organisation_id', '=', organisation)
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    count += rows.length;
  }
  return count;
}

/**
 * Store every record (insert or replace by id) in one transaction: an import is all or nothing.
 * Returns how many were new and how many replaced an existing case.
 */
export async function upsertCases(db: Db, organisation: string, records: readonly CaseRecord[]): Promise<{ created: number; updated: number }> {
  return withCases(db).transaction().execute(async (trx) => {
    const ids = records.map((r) => r.id);
    const existing = new Set<string>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await trx
        .selectFrom('mobility_cases')
        .select('id')
        .where('organisation_id', '=', organisation)
        .where('id', 'in', ids.slice(i, i + 500))
        .execute();
      for (const row of rows) existing.add(row.id);
    }
    for (let i = 0; i < records.length; i += 200) {
      const values = records.slice(i, i + 200).map((r) => ({ organisation_id: organisation, id: r.id, ...columns(r), demo: false }));
      await trx
        .insertInto('mobility_cases')
        .values(values)
        .onConflict((oc) =>
          oc.columns(['organisation_id', 'id']).doUpdateSet((eb) => ({
            unit: eb.ref('excluded.unit'),
            staff_group: eb.ref('excluded.staff_group'),
            start_date: eb.ref('excluded.start_date'),
            trigger: eb.ref('excluded.trigger'),
            route: eb.ref('excluded.route'),
            outcome: eb.ref('excluded.outcome'),
            end_date: eb.ref('excluded.end_date'),
            trajectory_costs: eb.ref('excluded.trajectory_costs'),
            benefit_costs: eb.ref('excluded.benefit_costs'),
            demo: false,
            updated_at: sql`now()`,
          })),
        )
        .execute();
    }
    return { created: records.length - existing.size, updated: existing.size };
  });
}

/** Replace the demo cases (and only those) with `records`, per organisation. */
export async function replaceDemoCases(db: Db, rows: readonly (CaseRecord & { organisation: string })[]): Promise<void> {
  const cases = withCases(db);
  await cases.deleteFrom('mobility_cases').where('demo', '=', true).execute();
  for (let i = 0; i < rows.length; i += 200) {
    await cases
      .insertInto('mobility_cases')
      .values(rows.slice(i, i + 200).map(({ organisation, id, ...rest }) => ({ organisation_id: organisation, id, ...columns(rest), demo: true })))
      // A case an institution entered itself under the same id is never overwritten.
      .onConflict((oc) => oc.columns(['organisation_id', 'id']).doNothing())
      .execute();
  }
}
