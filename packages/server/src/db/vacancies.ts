import { sql, type ExpressionBuilder, type Selectable } from 'kysely';
import type { Vacancy, VacancyFilter } from '@mobility-kit/contract';
import type { VacancyCursor } from '../cursor.js';
import type { Db, OrganisationsTable, Tables, VacanciesTable } from './schema.js';

type VacancyRow = Selectable<VacanciesTable> & { organisation_name: string; organisation_sector: OrganisationsTable['sector'] };
type Eb = ExpressionBuilder<Tables & { v: VacanciesTable; o: OrganisationsTable }, 'v' | 'o'>;

/** Who is looking: anonymous callers see public vacancies only. */
export interface Audience {
  /** Id of the caller's organisation, or `null` when anonymous. */
  readonly organisation: string | null;
}

/**
 * What the audience may see, as SQL: public; plus internal of the own organisation; plus sector
 * vacancies of the own organisation and of every organisation sharing a network with it.
 */
function visibleTo(eb: Eb, audience: Audience) {
  const org = audience.organisation;
  if (org === null) return eb('v.visibility', '=', 'public');
  return eb.or([
    eb('v.visibility', '=', 'public'),
    eb.and([eb('v.visibility', '=', 'internal'), eb('v.organisation_id', '=', org)]),
    eb.and([
      eb('v.visibility', '=', 'sector'),
      eb.or([
        eb('v.organisation_id', '=', org),
        eb(sql<boolean>`o.networks && (select own.networks from organisations own where own.id = ${org})`, '=', true),
      ]),
    ]),
  ]);
}

/** Open, not yet expired (validThrough is the last day the vacancy is open). */
function isListed(eb: Eb, today: string) {
  return eb.and([eb('v.status', '=', 'open'), eb('v.valid_through', '>=', today)]);
}

/** `%term%` for ILIKE with the wildcards in the term taken literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function baseQuery(db: Db) {
  return db
    .selectFrom('vacancies as v')
    .innerJoin('organisations as o', 'o.id', 'v.organisation_id')
    .selectAll('v')
    .select(['o.name as organisation_name', 'o.sector as organisation_sector']);
}

export interface ListVacanciesInput {
  readonly filter: VacancyFilter;
  readonly limit: number;
  readonly after?: VacancyCursor | undefined;
  readonly today: string;
  readonly audience: Audience;
}

/** One page of visible vacancies, newest first; `next` is the position after it when more follow. */
export async function listVacancies(db: Db, input: ListVacanciesInput): Promise<{ items: Vacancy[]; next: VacancyCursor | null }> {
  const { filter, limit, after, today, audience } = input;
  const terms = (filter.q ?? '').split(/\s+/).filter(Boolean).slice(0, 10);
  const rows = await baseQuery(db)
    .where((eb) => {
      const conditions = [isListed(eb, today), visibleTo(eb, audience)];
      for (const term of terms) {
        const pattern = likePattern(term);
        conditions.push(
          eb(
            sql<boolean>`(v.title ilike ${pattern} escape '\\' or v.summary ilike ${pattern} escape '\\' or v.description ilike ${pattern} escape '\\' or v.unit ilike ${pattern} escape '\\' or o.name ilike ${pattern} escape '\\')`,
            '=',
            true,
          ),
        );
      }
      if (filter.kind) conditions.push(eb('v.kind', '=', filter.kind));
      if (filter.visibility) conditions.push(eb('v.visibility', '=', filter.visibility));
      if (filter.organisation) conditions.push(eb('v.organisation_id', '=', filter.organisation));
      // Range overlap: the vacancy's hours meet the requested range somewhere.
      if (filter.hoursMin !== undefined) conditions.push(eb('v.hours_max', '>=', filter.hoursMin));
      if (filter.hoursMax !== undefined) conditions.push(eb('v.hours_min', '<=', filter.hoursMax));
      if (after) {
        conditions.push(
          eb.or([
            eb('v.date_posted', '<', after.datePosted),
            eb.and([eb('v.date_posted', '=', after.datePosted), eb('v.id', '>', after.id)]),
          ]),
        );
      }
      return eb.and(conditions);
    })
    .orderBy('v.date_posted', 'desc')
    .orderBy('v.id', 'asc')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toVacancy),
    next: rows.length > limit && last ? { datePosted: last.date_posted, id: last.id } : null,
  };
}

/** A vacancy by id when it is listed and visible to the audience; `undefined` otherwise (no existence leak). */
export async function findVacancy(db: Db, id: string, today: string, audience: Audience): Promise<Vacancy | undefined> {
  const row = await baseQuery(db)
    .where((eb) => eb.and([eb('v.id', '=', id), isListed(eb, today), visibleTo(eb, audience)]))
    .executeTakeFirst();
  return row ? toVacancy(row) : undefined;
}

/** Map a row to the contract shape: optional fields absent rather than null. */
function toVacancy(r: VacancyRow): Vacancy {
  const optional = <K extends string, T>(key: K, value: T | null | undefined) =>
    (value === null || value === undefined ? {} : { [key]: value }) as Partial<Record<K, T>>;
  return {
    id: r.id,
    title: r.title,
    ...optional('summary', r.summary),
    description: r.description,
    kind: r.kind,
    visibility: r.visibility,
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
