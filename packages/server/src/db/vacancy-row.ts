import type { Vacancy } from '@mobility-kit/contract';

/**
 * The content of a vacancy as the HR routes and the feed importer both write it: everything but
 * the id, the organisation, the source and the audit columns.
 */
export type VacancyContent = Omit<Vacancy, 'id' | 'organisation' | 'source' | 'interests' | 'skills'> & {
  readonly interests?: readonly string[] | undefined;
  readonly skills?: readonly string[] | undefined;
};

/** Longest vacancy id: the contract's `Slug`. */
const maxVacancyIdLength = 64;

/**
 * Vacancy ids are namespaced by organisation: every new id starts with the organisation's id and a
 * hyphen, whether the server makes it up (HR writes, feed imports) or HR sends it. So an id in use
 * can only be one of the caller's own, and a 409 never confirms another organisation's vacancy.
 * Rows stored before the rule keep their ids.
 */
export const vacancyIdPrefix = (organisation: string): string => `${organisation}-`;

/**
 * A new id for a vacancy of `organisation`: the prefix, a readable slug (shortened to fit) and
 * `tail`, which makes it unique.
 */
export function organisationVacancyId(organisation: string, readable: string, tail: string): string {
  const prefix = vacancyIdPrefix(organisation);
  const room = maxVacancyIdLength - prefix.length - tail.length - 1;
  const middle = room > 0 ? readable.slice(0, room).replace(/-+$/, '') : '';
  return `${prefix}${middle ? `${middle}-` : ''}${tail}`;
}

/** JSON for a `jsonb` column, written as a string (node-postgres would turn arrays into SQL arrays). */
export const jsonColumn = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

/** Stages in date order, `null` when there are none. */
export const sortedStages = <T extends { readonly from: string }>(stages: readonly T[] | null | undefined): T[] | null =>
  stages && stages.length > 0 ? [...stages].sort((a, b) => (a.from < b.from ? -1 : 1)) : null;

/** The one vacancy-to-row mapping: the columns a vacancy's content is stored in. */
export function vacancyContentColumns(v: VacancyContent) {
  return {
    title: v.title,
    summary: v.summary ?? null,
    description: v.description,
    kind: v.kind,
    visibility: v.visibility,
    stages: jsonColumn(sortedStages(v.stages)),
    priority: jsonColumn(v.priority),
    unit: v.unit ?? null,
    city: v.location.city,
    pc4: v.location.pc4 ?? null,
    lat: v.location.lat ?? null,
    lon: v.location.lon ?? null,
    workplace: v.workplace,
    hours_min: v.hoursPerWeek.min,
    hours_max: v.hoursPerWeek.max,
    salary: jsonColumn(v.salary),
    contract: v.contract,
    date_posted: v.datePosted,
    valid_through: v.validThrough,
    start_date: v.startDate ?? null,
    interests: [...(v.interests ?? [])],
    skills: [...(v.skills ?? [])],
    apply_url: v.applyUrl ?? null,
    contact: jsonColumn(v.contact),
    language: v.language,
  };
}

/** The columns {@link vacancyContentColumns} writes, for statements that name them. */
export const vacancyContentColumnNames = Object.keys(
  vacancyContentColumns({
    title: '',
    description: '',
    kind: 'vacancy',
    visibility: 'public',
    location: { city: '' },
    workplace: 'onsite',
    hoursPerWeek: { min: 0, max: 0 },
    contract: 'permanent',
    datePosted: '2000-01-01',
    validThrough: '2000-01-01',
    language: 'nl',
  }),
) as (keyof ReturnType<typeof vacancyContentColumns>)[];
