import type { ColumnType, Generated, Kysely } from 'kysely';
import { sql } from 'kysely';
import {
  calculatorParameterNames,
  type CalculatorParameterEntry,
  type CalculatorParameterName,
  type CalculatorParameterOverrides,
  type CalculatorParameterStatus,
  type HrRegulations,
  type Regulations,
} from '@mobility-kit/contract';
import { diffRegulations, regulationsRevisionsKept, type RegulationRevisionsTable, toHistory } from './regulation-history.js';
import type { Db, Tables } from './schema.js';

/** `regulations`: who last replaced an organisation's parameters, and when. */
export interface RegulationsTable {
  organisation_id: string;
  updated_at: Generated<Date>;
  updated_by: string | null;
}

/** `regulation_parameters`: one dated entry of one parameter. */
export interface RegulationParametersTable {
  organisation_id: string;
  name: string;
  valid_from: string;
  /** Written as a JSON string (node-postgres would turn arrays into SQL arrays), read back parsed. */
  value: ColumnType<unknown, string, string>;
  status: CalculatorParameterStatus;
  source: string;
  position: number;
}

interface RegulationTables extends Tables {
  regulations: RegulationsTable;
  regulation_parameters: RegulationParametersTable;
  regulation_revisions: RegulationRevisionsTable;
}

const withRegulations = (db: Db): Kysely<RegulationTables> => db.withTables<Omit<RegulationTables, keyof Tables>>();

/** Token subjects are at most 255 characters in OpenID Connect; a longer one is cut, not refused. */
const maxSubjectLength = 255;

/**
 * The regulations of `organisation`, or `undefined` when no such organisation takes part. An
 * organisation that never set any has `updatedAt: null` and no parameters.
 */
export async function findRegulations(db: Db, organisation: string): Promise<Regulations | undefined> {
  return read(withRegulations(db), organisation);
}

async function read(rdb: Kysely<RegulationTables>, organisation: string): Promise<Regulations | undefined> {
  const head = await rdb
    .selectFrom('organisations')
    .leftJoin('regulations', 'regulations.organisation_id', 'organisations.id')
    .select(['organisations.id', 'regulations.updated_at', 'regulations.updated_by'])
    .where('organisations.id', '=', organisation)
    .executeTakeFirst();
  if (!head) return undefined;
  const rows = await rdb
    .selectFrom('regulation_parameters')
    .select(['name', 'valid_from', 'value', 'status', 'source'])
    .where('organisation_id', '=', organisation)
    .orderBy('name')
    .orderBy('position')
    .execute();
  // Rows of a name the contract does not list are left out rather than served off-contract.
  const parameters: Partial<Record<CalculatorParameterName, CalculatorParameterEntry[]>> = {};
  for (const name of calculatorParameterNames) {
    const entries = rows
      .filter((row) => row.name === name)
      .map((row) => ({ value: row.value, validFrom: row.valid_from, status: row.status, source: row.source }) as CalculatorParameterEntry);
    if (entries.length > 0) parameters[name] = entries;
  }
  return {
    organisation: head.id,
    updatedAt: head.updated_at ? new Date(head.updated_at).toISOString() : null,
    ...(head.updated_by ? { updatedBy: head.updated_by } : {}),
    parameters: parameters as CalculatorParameterOverrides,
  };
}

/**
 * Replace every parameter of `organisation` with `parameters`, in one transaction: a reader sees
 * the old set or the new one, never a mix. Returns the stored document, or `undefined` when the
 * organisation does not take part.
 */
export async function replaceRegulations(
  db: Db,
  organisation: string,
  parameters: CalculatorParameterOverrides,
  updatedBy: string,
): Promise<Regulations | undefined> {
  return withRegulations(db).transaction().execute(async (trx) => {
    const exists = await trx.selectFrom('organisations').select('id').where('id', '=', organisation).executeTakeFirst();
    if (!exists) return undefined;
    const by = updatedBy === '' ? null : updatedBy.slice(0, maxSubjectLength);
    await trx
      .insertInto('regulations')
      .values({ organisation_id: organisation, updated_by: by })
      .onConflict((oc) => oc.column('organisation_id').doUpdateSet({ updated_at: sql`now()`, updated_by: by }))
      .execute();
    await trx.deleteFrom('regulation_parameters').where('organisation_id', '=', organisation).execute();
    const rows = calculatorParameterNames.flatMap((name) =>
      (parameters[name] ?? []).map((entry, position) => ({
        organisation_id: organisation,
        name,
        valid_from: entry.validFrom,
        value: JSON.stringify(entry.value),
        status: entry.status,
        source: entry.source,
        position,
      })),
    );
    if (rows.length > 0) await trx.insertInto('regulation_parameters').values(rows).execute();
    // Read back inside the transaction, so the answer is this set even when another PUT follows at once.
    const stored = await read(trx, organisation);
    if (stored) await recordRevision(trx, organisation, stored.parameters, by);
    return stored;
  });
}

/**
 * Record `parameters` as the organisation's latest revision, unless they equal the latest one (a
 * retried PUT, or a save without changes, is no change). Older revisions than the kept few go.
 */
async function recordRevision(
  trx: Kysely<RegulationTables>,
  organisation: string,
  parameters: CalculatorParameterOverrides,
  by: string | null,
): Promise<void> {
  const latest = await trx
    .selectFrom('regulation_revisions')
    .select(['revision', 'parameters'])
    .where('organisation_id', '=', organisation)
    .orderBy('revision', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (latest && diffRegulations(latest.parameters as CalculatorParameterOverrides, parameters).length === 0) return;
  const revision = (latest?.revision ?? 0) + 1;
  await trx
    .insertInto('regulation_revisions')
    .values({ organisation_id: organisation, revision, recorded_by: by, parameters: JSON.stringify(parameters), initial: false })
    .execute();
  await trx
    .deleteFrom('regulation_revisions')
    .where('organisation_id', '=', organisation)
    .where('revision', '<=', revision - regulationsRevisionsKept)
    .execute();
}

/**
 * The regulations of `organisation` as HR sees them, with the latest replacements, newest first;
 * `undefined` when no such organisation takes part.
 */
export async function findHrRegulations(db: Db, organisation: string): Promise<HrRegulations | undefined> {
  const rdb = withRegulations(db);
  const regulations = await read(rdb, organisation);
  if (!regulations) return undefined;
  const revisions = await rdb
    .selectFrom('regulation_revisions')
    .select(['revision', 'recorded_at', 'recorded_by', 'parameters', 'initial'])
    .where('organisation_id', '=', organisation)
    .orderBy('revision', 'desc')
    .limit(regulationsRevisionsKept)
    .execute();
  return { ...regulations, ...toHistory(revisions) };
}
