import { sql, type ColumnType, type Kysely, type RawBuilder, type Selectable } from 'kysely';
import {
  defaultRadiusKm,
  type Vacancy,
  type VacancyFilter,
  type VacancySort,
  type Visibility,
} from '@mobility-kit/contract';
import { filterFingerprint, type VacancyListCursor } from '../cursor.js';
import { invalidRequest } from '../problems.js';
import { resolvePlace, type PlaceTables, type Point } from './places.js';
import type { Db, OrganisationsTable, Tables, VacanciesTable } from './schema.js';

/** JSON stored in `jsonb`: written as a JSON string (node-postgres would turn arrays into SQL arrays). */
type Json<T> = ColumnType<T | null, string | null, string | null>;

/** The columns migration 006 adds to `vacancies`. */
export interface VacancySearchColumns {
  stages: Json<NonNullable<Vacancy['stages']>>;
  priority: Json<NonNullable<Vacancy['priority']>>;
  created_by: string | null;
  updated_by: string | null;
  closed_at: Date | null;
  /** Maintained by a trigger; never written by the application. */
  search: ColumnType<string | null, never, never>;
}

// A type alias, not an interface: Kysely's `withTables` needs an implicit index signature.
export type VacancyTables = { vacancies: VacancySearchColumns } & PlaceTables;
export type VacancyDb = Kysely<Tables & VacancyTables>;

/** The server's database seen with the columns and tables of migration 006. */
export const withVacancyTables = (db: Db): VacancyDb => db.withTables<VacancyTables>();

type FullVacancyRow = Selectable<VacanciesTable & VacancySearchColumns>;
export type VacancyRow = Omit<FullVacancyRow, 'search'> & {
  organisation_name: string;
  organisation_sector: OrganisationsTable['sector'];
  /** The visibility in force on the day asked. */
  effective_visibility: Visibility;
};

/** Who is looking: anonymous callers see public vacancies only. */
export interface Audience {
  /** Id of the caller's organisation, or `null` when anonymous. */
  readonly organisation: string | null;
}

/** The visibility in force on `today` (the last stage begun, else the base), as SQL. */
export const effectiveVisibilitySql = (today: string): RawBuilder<Visibility> =>
  sql<Visibility>`vacancy_visibility_on(v.visibility, v.stages, ${today}::date)`;

/**
 * What the audience may see today, as SQL: public; plus internal of the own organisation; plus
 * sector vacancies of the own organisation and of every organisation sharing a network with it.
 * Always by the effective visibility, so a dated stage opens a vacancy wider on its day.
 */
function visibleTo(audience: Audience, today: string): RawBuilder<boolean> {
  const visibility = effectiveVisibilitySql(today);
  const org = audience.organisation;
  if (org === null) return sql<boolean>`${visibility} = 'public'`;
  return sql<boolean>`(${visibility} = 'public'
    or (${visibility} = 'internal' and v.organisation_id = ${org})
    or (${visibility} = 'sector' and (v.organisation_id = ${org}
        or o.networks && (select own.networks from organisations own where own.id = ${org}))))`;
}

/** Open, not yet expired (validThrough is the last day the vacancy is open). */
const isListed = (today: string) => sql<boolean>`(v.status = 'open' and v.valid_through >= ${today}::date)`;

/** `%term%` for ILIKE with the wildcards in the term taken literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Rows joined with their organisation, with the visibility in force on `today`. */
function baseQuery(db: VacancyDb, today: string) {
  return db
    .selectFrom('vacancies as v')
    .innerJoin('organisations as o', 'o.id', 'v.organisation_id')
    .select([
      'v.id', 'v.organisation_id', 'v.title', 'v.summary', 'v.description', 'v.kind', 'v.visibility', 'v.unit', 'v.city', 'v.pc4',
      'v.lat', 'v.lon', 'v.workplace', 'v.hours_min', 'v.hours_max', 'v.salary', 'v.contract', 'v.date_posted', 'v.valid_through',
      'v.start_date', 'v.interests', 'v.skills', 'v.apply_url', 'v.contact', 'v.language', 'v.source', 'v.status', 'v.demo',
      'v.created_at', 'v.updated_at', 'v.stages', 'v.priority', 'v.created_by', 'v.updated_by', 'v.closed_at',
      'o.name as organisation_name', 'o.sector as organisation_sector',
    ])
    .select(effectiveVisibilitySql(today).as('effective_visibility'));
}

/**
 * What `listVacancies` needs. `filter` is the parsed `VacancyListQuery` without `cursor` and
 * `limit` (so its cross-field rules have already been checked); `after` continues a list.
 */
export interface ListVacanciesInput {
  readonly filter: VacancyFilter;
  readonly limit: number;
  readonly after?: VacancyListCursor | undefined;
  /** Today's Dutch calendar date, `YYYY-MM-DD`: decides expiry and publication stages. */
  readonly today: string;
  readonly audience: Audience;
}

/** One page of a vacancy list; `next` is the position after it when more follow. */
export interface VacancyListPage {
  readonly items: Vacancy[];
  readonly next: VacancyListCursor | null;
}

/** The order a filter is listed in: the one asked for, else relevance with `q`, else newest. */
export function sortOf(filter: VacancyFilter): VacancySort {
  return filter.sort ?? ((filter.q ?? '').trim() !== '' ? 'relevance' : 'newest');
}

/** The fingerprint a cursor carries: the filter with the order resolved and `q` trimmed. */
export function listFingerprint(filter: VacancyFilter): string {
  return filterFingerprint({ ...filter, q: filter.q?.trim() || undefined, sort: sortOf(filter) });
}

const tsquery = (q: string) => sql`(websearch_to_tsquery('dutch', ${q}) || websearch_to_tsquery('english', ${q}))`;

/** Distance in km (rounded to metres, as exact numeric) from a point to a vacancy's location, by haversine. */
function distanceSql(point: Point): RawBuilder<string> {
  const lat = sql`coalesce(v.lat, pl.lat)`;
  const lon = sql`coalesce(v.lon, pl.lon)`;
  return sql<string>`round((2 * 6371.0088 * asin(least(1, sqrt(
    power(sin(radians(${lat} - ${point.lat}::float8) / 2), 2)
    + cos(radians(${point.lat}::float8)) * cos(radians(${lat})) * power(sin(radians(${lon} - ${point.lon}::float8) / 2), 2)
  ))))::numeric, 3)`;
}

interface SortKey {
  readonly expr: RawBuilder<unknown>;
  readonly direction: 'asc' | 'desc';
  readonly cast: 'date' | 'numeric';
}

/**
 * Rows after a keyset position: lexicographic over the sort keys, then the id. Written out as
 * `k1 > a or (k1 = a and k2 > b) or …` so it works whatever mix of directions the keys have.
 */
function afterPosition(keys: readonly SortKey[], values: readonly string[], id: string): RawBuilder<boolean> {
  const typed = (key: SortKey, value: string) => (key.cast === 'date' ? sql`${value}::date` : sql`${value}::numeric`);
  const branches: RawBuilder<unknown>[] = [];
  for (let i = 0; i <= keys.length; i++) {
    const equal = keys.slice(0, i).map((key, j) => sql`${key.expr} = ${typed(key, values[j]!)}`);
    const last =
      i < keys.length
        ? sql`${keys[i]!.expr} ${sql.raw(keys[i]!.direction === 'asc' ? '>' : '<')} ${typed(keys[i]!, values[i]!)}`
        : sql`v.id > ${id}`;
    branches.push(sql`(${sql.join([...equal, last], sql` and `)})`);
  }
  return sql<boolean>`(${sql.join(branches, sql` or `)})`;
}

/**
 * One page of the vacancies the audience may see on `today`, filtered and sorted as asked.
 *
 * - `q` is matched with Dutch and English stemming (title weighs most); a query that leaves no
 *   search terms (only punctuation or stop words in both languages) falls back to substring
 *   matching of every word, so a search never fails.
 * - `near` is a PC4 or a place name; an unknown one is a 400 problem naming `near`.
 * - A cursor only continues the list (sort and filter) it came from; anything else is a 400 naming `cursor`.
 */
export async function listVacancies(plain: Db, input: ListVacanciesInput): Promise<VacancyListPage> {
  const db = withVacancyTables(plain);
  const { filter, limit, after, today, audience } = input;
  const sort = sortOf(filter);
  const fingerprint = listFingerprint(filter);
  if (after && (after.sort !== sort || after.filter !== fingerprint)) {
    throw invalidRequest([{ in: 'query', path: 'cursor', message: 'belongs to another sort or filter; start again without a cursor' }]);
  }

  const q = (filter.q ?? '').trim();
  let fullText = false;
  if (q !== '') {
    const probe = await sql<{ n: number }>`select numnode(${tsquery(q)}) as n`.execute(db);
    fullText = Number(probe.rows[0]?.n ?? 0) > 0;
  }
  let point: Point | undefined;
  if (filter.near !== undefined) {
    point = await resolvePlace(plain, filter.near);
    if (!point) {
      throw invalidRequest(
        [{ in: 'query', path: 'near', message: 'unknown postcode or place' }],
        `Unknown postcode or place: "${filter.near.trim()}". Give a four-digit postcode (3511) or a Dutch place name (Utrecht).`,
      );
    }
  }

  const rank = fullText ? sql<string>`round(ts_rank_cd(v.search, ${tsquery(q)})::numeric, 6)` : sql<string>`0::numeric`;
  const distance = point ? distanceSql(point) : sql<string>`null::numeric`;
  const keys: readonly SortKey[] =
    sort === 'newest'
      ? [{ expr: sql`v.date_posted`, direction: 'desc', cast: 'date' }]
      : sort === 'closing'
        ? [{ expr: sql`v.valid_through`, direction: 'asc', cast: 'date' }]
        : sort === 'relevance'
          ? [{ expr: rank, direction: 'desc', cast: 'numeric' }, { expr: sql`v.date_posted`, direction: 'desc', cast: 'date' }]
          : [{ expr: distance, direction: 'asc', cast: 'numeric' }, { expr: sql`v.date_posted`, direction: 'desc', cast: 'date' }];

  const conditions: RawBuilder<boolean>[] = [isListed(today), visibleTo(audience, today)];
  if (fullText) conditions.push(sql<boolean>`v.search @@ ${tsquery(q)}`);
  else {
    for (const term of q.split(/\s+/).filter(Boolean).slice(0, 10)) {
      const p = likePattern(term);
      conditions.push(
        sql<boolean>`(v.title ilike ${p} escape '\\' or v.summary ilike ${p} escape '\\' or v.description ilike ${p} escape '\\' or v.unit ilike ${p} escape '\\' or o.name ilike ${p} escape '\\')`,
      );
    }
  }
  if (filter.kind) conditions.push(sql<boolean>`v.kind = ${filter.kind}`);
  if (filter.visibility) conditions.push(sql<boolean>`${effectiveVisibilitySql(today)} = ${filter.visibility}`);
  if (filter.organisation) conditions.push(sql<boolean>`v.organisation_id = ${filter.organisation}`);
  if (filter.sector) conditions.push(sql<boolean>`o.sector = ${filter.sector}`);
  if (filter.contract) conditions.push(sql<boolean>`v.contract = ${filter.contract}`);
  if (filter.closingAfter) conditions.push(sql<boolean>`v.valid_through >= ${filter.closingAfter}::date`);
  // Range overlap: the vacancy's hours meet the requested range somewhere.
  if (filter.hoursMin !== undefined) conditions.push(sql<boolean>`v.hours_max >= ${filter.hoursMin}`);
  if (filter.hoursMax !== undefined) conditions.push(sql<boolean>`v.hours_min <= ${filter.hoursMax}`);
  // Only numeric CAO scales take part; the CASE keeps the cast away from "LB" and friends.
  const scale = sql`(case when v.salary ->> 'scale' ~ '^[0-9]{1,2}$' then (v.salary ->> 'scale')::int end)`;
  if (filter.scaleMin !== undefined) conditions.push(sql<boolean>`${scale} >= ${filter.scaleMin}`);
  if (filter.scaleMax !== undefined) conditions.push(sql<boolean>`${scale} <= ${filter.scaleMax}`);
  if (point) conditions.push(sql<boolean>`${distance} <= ${filter.radiusKm ?? defaultRadiusKm}`);
  if (after) conditions.push(afterPosition(keys, after.keys, after.id));

  let query = baseQuery(db, today)
    .leftJoin('places as pl', 'pl.pc4', 'v.pc4')
    .select([sql<string>`${rank}::text`.as('rank_key'), sql<string | null>`${distance}::text`.as('distance_key')]);
  for (const condition of conditions) query = query.where(condition);
  for (const key of keys) query = query.orderBy(key.expr, key.direction);
  const rows = await query.orderBy('v.id', 'asc').limit(limit + 1).execute();

  const page = rows.slice(0, limit);
  const last = page.at(-1);
  let next: VacancyListCursor | null = null;
  if (rows.length > limit && last) {
    const values =
      sort === 'newest' ? [last.date_posted]
      : sort === 'closing' ? [last.valid_through]
      : sort === 'relevance' ? [last.rank_key, last.date_posted]
      : [last.distance_key ?? '0', last.date_posted];
    next = { sort, filter: fingerprint, keys: values, id: last.id };
  }
  return {
    items: page.map((row) => {
      const vacancy = toVacancy(row);
      return point && row.distance_key !== null ? { ...vacancy, distanceKm: Math.round(Number(row.distance_key) * 10) / 10 } : vacancy;
    }),
    next,
  };
}

/** A vacancy by id when it is listed and visible to the audience today; `undefined` otherwise (no existence leak). */
export async function findVacancy(db: Db, id: string, today: string, audience: Audience): Promise<Vacancy | undefined> {
  const row = await baseQuery(withVacancyTables(db), today)
    .where('v.id', '=', id)
    .where(isListed(today))
    .where(visibleTo(audience, today))
    .executeTakeFirst();
  return row ? toVacancy(row) : undefined;
}

export const optional = <K extends string, T>(key: K, value: T | null | undefined) =>
  (value === null || value === undefined ? {} : { [key]: value }) as Partial<Record<K, T>>;

/** Map a row to the contract shape: optional fields absent rather than null; `visibility` is the one in force. */
export function toVacancy(r: VacancyRow): Vacancy {
  return {
    id: r.id,
    title: r.title,
    ...optional('summary', r.summary),
    description: r.description,
    kind: r.kind,
    visibility: r.effective_visibility,
    ...optional('stages', r.stages && r.stages.length > 0 ? [...r.stages].sort((a, b) => (a.from < b.from ? -1 : 1)) : null),
    ...optional('priority', r.priority),
    organisation: { id: r.organisation_id, name: r.organisation_name, sector: r.organisation_sector },
    ...optional('unit', r.unit),
    location: {
      city: r.city,
      ...optional('pc4', r.pc4),
      ...optional('lat', r.lat),
      ...optional('lon', r.lon),
    },
    workplace: r.workplace,
    hoursPerWeek: { min: r.hours_min, max: r.hours_max },
    ...optional('salary', r.salary),
    contract: r.contract,
    datePosted: r.date_posted,
    validThrough: r.valid_through,
    ...optional('startDate', r.start_date),
    interests: r.interests as Vacancy['interests'],
    skills: r.skills,
    ...optional('applyUrl', r.apply_url),
    ...optional('contact', r.contact),
    language: r.language,
    ...optional('source', r.source),
  };
}

/** Internal: the joined row query, for the HR view of the same rows. */
export const vacancyRowQuery = baseQuery;
