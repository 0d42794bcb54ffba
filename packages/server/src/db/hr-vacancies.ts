import { randomBytes } from 'node:crypto';
import { sql, type Insertable, type Updateable } from 'kysely';
import {
  problemTypes,
  stagesFit,
  type HrVacancy,
  type HrVacancyListQuery,
  type VacancyCreate,
  type VacancyUpdate,
} from '@mobility-kit/contract';
import type { VacancyCursor } from '../cursor.js';
import { invalidRequest, ProblemError } from '../problems.js';
import { slugify } from '../slug.js';
import type { Db, VacanciesTable } from './schema.js';
import { jsonColumn as json, organisationVacancyId, sortedStages, vacancyContentColumns, vacancyIdPrefix } from './vacancy-row.js';
import { toVacancy, vacancyRowQuery, withVacancyTables, type VacancyDb, type VacancyRow, type VacancySearchColumns } from './vacancies.js';

type Row = Insertable<VacanciesTable & VacancySearchColumns>;

const iso = (value: Date | string): string => (value instanceof Date ? value : new Date(value)).toISOString();

/** The HR view of a row: the base visibility as set, the one in force today, status and audit trail. */
function toHrVacancy(r: VacancyRow): HrVacancy {
  return {
    ...toVacancy(r),
    visibility: r.visibility,
    currentVisibility: r.effective_visibility,
    status: r.status,
    createdBy: r.created_by,
    createdAt: iso(r.created_at),
    updatedBy: r.updated_by,
    updatedAt: iso(r.updated_at),
    ...(r.closed_at ? { closedAt: iso(r.closed_at) } : {}),
  };
}

/** One vacancy of an organisation, whatever its status or dates; `undefined` for another organisation's. */
export async function findOrganisationVacancy(db: Db, organisation: string, id: string, today: string): Promise<HrVacancy | undefined> {
  return findIn(withVacancyTables(db), organisation, id, today);
}

async function findIn(vdb: VacancyDb, organisation: string, id: string, today: string): Promise<HrVacancy | undefined> {
  const row = await vacancyRowQuery(vdb, today)
    .where('v.id', '=', id)
    .where('v.organisation_id', '=', organisation)
    .executeTakeFirst();
  return row ? toHrVacancy(row) : undefined;
}

/** Every vacancy of an organisation, newest first (date posted, then id), closed and unpublished ones included. */
export async function listOrganisationVacancies(
  db: Db,
  input: { organisation: string; status?: HrVacancyListQuery['status']; limit: number; after?: VacancyCursor | undefined; today: string },
): Promise<{ items: HrVacancy[]; next: VacancyCursor | null }> {
  let query = vacancyRowQuery(withVacancyTables(db), input.today).where('v.organisation_id', '=', input.organisation);
  if (input.status) query = query.where('v.status', '=', input.status);
  const after = input.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('v.date_posted', '<', after.datePosted),
        eb.and([eb('v.date_posted', '=', after.datePosted), eb('v.id', '>', after.id)]),
      ]),
    );
  }
  const rows = await query.orderBy('v.date_posted', 'desc').orderBy('v.id', 'asc').limit(input.limit + 1).execute();
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return { items: page.map(toHrVacancy), next: rows.length > input.limit && last ? { datePosted: last.date_posted, id: last.id } : null };
}

/**
 * A fresh id: the organisation's prefix, the title as a slug, and a random tail so two vacancies
 * with one title never collide.
 */
function newId(organisation: string, title: string): string {
  return organisationVacancyId(organisation, slugify(title) || 'vacature', randomBytes(3).toString('hex'));
}

/**
 * Store a new vacancy of `organisation`, written by `subject` (the token's subject). An explicit id
 * must start with the organisation's prefix (see {@link vacancyIdPrefix}), else a 400 whatever the
 * id; so an id in use, a 409, can only be one of the organisation's own vacancies.
 */
export async function insertVacancy(db: Db, organisation: string, subject: string, body: VacancyCreate, today: string): Promise<HrVacancy> {
  const vdb = withVacancyTables(db);
  const prefix = vacancyIdPrefix(organisation);
  if (body.id !== undefined && !body.id.startsWith(prefix)) {
    throw invalidRequest(
      [{ in: 'body', path: 'id', message: `must start with "${prefix}": your organisation's id followed by a hyphen` }],
      `Vacancy ids are namespaced by organisation: start the id with "${prefix}", or leave it out to have one made up.`,
    );
  }
  const id = body.id ?? newId(organisation, body.title);
  const { id: _explicit, ...content } = body;
  const row: Row = {
    id,
    organisation_id: organisation,
    ...vacancyContentColumns({ ...content, datePosted: body.datePosted ?? today }),
    source: null,
    created_by: subject || null,
    updated_by: subject || null,
  };
  if (row.valid_through < row.date_posted) {
    throw invalidRequest([{ in: 'body', path: 'validThrough', message: 'must not be before datePosted' }]);
  }
  const inserted = await vdb.insertInto('vacancies').values(row).onConflict((oc) => oc.column('id').doNothing()).returning('id').executeTakeFirst();
  if (!inserted) {
    throw new ProblemError({ type: problemTypes.conflict, title: 'Conflict', status: 409, detail: `The id "${id}" is already in use; choose another or leave it out.` });
  }
  return (await findOrganisationVacancy(db, organisation, id, today))!;
}

/**
 * Apply a patch to a vacancy of `organisation`. `undefined` when it has no vacancy with this id.
 * Rules that span fields already stored (stages against the visibility, validThrough against
 * datePosted) are checked on the result.
 */
export async function updateVacancy(
  db: Db,
  organisation: string,
  id: string,
  subject: string,
  patch: VacancyUpdate,
  today: string,
): Promise<HrVacancy | undefined> {
  const vdb = withVacancyTables(db);
  return vdb.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('vacancies')
      .select(['visibility', 'stages', 'date_posted', 'valid_through'])
      .where('id', '=', id)
      .where('organisation_id', '=', organisation)
      .forUpdate()
      .executeTakeFirst();
    if (!current) return undefined;
    const visibility = patch.visibility ?? current.visibility;
    const stages = patch.stages === undefined ? current.stages : patch.stages;
    if (!stagesFit(visibility, sortedStages(stages))) {
      throw invalidRequest([
        { in: 'body', path: patch.stages === undefined ? 'visibility' : 'stages', message: 'stages must open wider than the visibility at each step (internal → sector → public)' },
      ]);
    }
    const datePosted = patch.datePosted ?? current.date_posted;
    const validThrough = patch.validThrough ?? current.valid_through;
    if (validThrough < datePosted) {
      throw invalidRequest([{ in: 'body', path: patch.validThrough === undefined ? 'datePosted' : 'validThrough', message: 'validThrough must not be before datePosted' }]);
    }
    const set: Updateable<VacanciesTable & VacancySearchColumns> = { updated_by: subject || null, updated_at: sql`now()` as unknown as Date };
    if (patch.title !== undefined) set.title = patch.title;
    if (patch.summary !== undefined) set.summary = patch.summary;
    if (patch.description !== undefined) set.description = patch.description;
    if (patch.kind !== undefined) set.kind = patch.kind;
    if (patch.visibility !== undefined) set.visibility = patch.visibility;
    if (patch.stages !== undefined) set.stages = json(sortedStages(patch.stages));
    if (patch.priority !== undefined) set.priority = json(patch.priority);
    if (patch.unit !== undefined) set.unit = patch.unit;
    if (patch.location !== undefined) {
      set.city = patch.location.city;
      set.pc4 = patch.location.pc4 ?? null;
      set.lat = patch.location.lat ?? null;
      set.lon = patch.location.lon ?? null;
    }
    if (patch.workplace !== undefined) set.workplace = patch.workplace;
    if (patch.hoursPerWeek !== undefined) {
      set.hours_min = patch.hoursPerWeek.min;
      set.hours_max = patch.hoursPerWeek.max;
    }
    if (patch.salary !== undefined) set.salary = json(patch.salary);
    if (patch.contract !== undefined) set.contract = patch.contract;
    if (patch.datePosted !== undefined) set.date_posted = patch.datePosted;
    if (patch.validThrough !== undefined) set.valid_through = patch.validThrough;
    if (patch.startDate !== undefined) set.start_date = patch.startDate;
    if (patch.interests !== undefined) set.interests = patch.interests;
    if (patch.skills !== undefined) set.skills = patch.skills;
    if (patch.applyUrl !== undefined) set.apply_url = patch.applyUrl;
    if (patch.contact !== undefined) set.contact = json(patch.contact);
    if (patch.language !== undefined) set.language = patch.language;
    await trx.updateTable('vacancies').set(set).where('id', '=', id).where('organisation_id', '=', organisation).execute();
    return (await findIn(trx, organisation, id, today))!;
  });
}

/**
 * Close a vacancy of `organisation`: never listed again, never deleted. Closing a closed vacancy
 * keeps its first closing time. `undefined` when the organisation has no vacancy with this id.
 */
export async function closeVacancy(db: Db, organisation: string, id: string, subject: string, today: string): Promise<HrVacancy | undefined> {
  const vdb = withVacancyTables(db);
  await vdb
    .updateTable('vacancies')
    .set({ status: 'closed', closed_at: sql`now()` as unknown as Date, updated_by: subject || null, updated_at: sql`now()` as unknown as Date })
    .where('id', '=', id)
    .where('organisation_id', '=', organisation)
    .where('status', '=', 'open')
    .execute();
  // Already closed (left as it was) and not this organisation's (not found) both end here.
  return findOrganisationVacancy(db, organisation, id, today);
}

/**
 * Open a vacancy of `organisation` again, optionally with a new closing date. A closing date before
 * `today` (stored or sent) is refused with a 400 naming `validThrough`: a reopened vacancy nobody can
 * see or apply to would only mislead. Reopening an open vacancy keeps it open and applies only a sent
 * `validThrough`. `undefined` when the organisation has no vacancy with this id.
 */
export async function reopenVacancy(
  db: Db,
  organisation: string,
  id: string,
  subject: string,
  input: { validThrough?: string | undefined },
  today: string,
): Promise<HrVacancy | undefined> {
  const vdb = withVacancyTables(db);
  return vdb.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('vacancies')
      .select(['status', 'date_posted', 'valid_through'])
      .where('id', '=', id)
      .where('organisation_id', '=', organisation)
      .forUpdate()
      .executeTakeFirst();
    if (!current) return undefined;
    const validThrough = input.validThrough ?? current.valid_through;
    if (validThrough < today) {
      throw invalidRequest(
        [
          {
            in: 'body',
            path: 'validThrough',
            message:
              input.validThrough === undefined
                ? `the closing date ${current.valid_through} has passed; send a new validThrough on or after ${today} to reopen`
                : `must be on or after ${today} to reopen`,
          },
        ],
        'A vacancy whose closing date has passed is only reopened with a new closing date.',
      );
    }
    if (validThrough < current.date_posted) {
      throw invalidRequest([{ in: 'body', path: 'validThrough', message: 'must not be before datePosted' }]);
    }
    if (current.status === 'open' && input.validThrough === undefined) return (await findIn(trx, organisation, id, today))!;
    const set: Updateable<VacanciesTable & VacancySearchColumns> = {
      status: 'open',
      closed_at: null,
      valid_through: validThrough,
      updated_by: subject || null,
      updated_at: sql`now()` as unknown as Date,
    };
    await trx.updateTable('vacancies').set(set).where('id', '=', id).where('organisation_id', '=', organisation).execute();
    return (await findIn(trx, organisation, id, today))!;
  });
}
