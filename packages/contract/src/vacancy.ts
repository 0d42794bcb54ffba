import * as z from 'zod/mini';
import {
  contractTypes,
  languages,
  priorityGroups,
  riasecTypes,
  salaryPeriods,
  sectors,
  vacancyKinds,
  visibilities,
  workplaces,
  type Visibility,
} from './vocabulary.js';
import { OrganisationRef, Slug } from './organisation.js';

import { CalendarDate } from './dates.js';
import { containsHtml, linkTargetsAllowed } from './restricted-markdown.js';

export { CalendarDate };

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** A range of weekly hours; `min` ≤ `max`. FTE follows from a 38-hour week. */
export const HoursPerWeek = z
  .object({
    min: z.number().check(z.minimum(0), z.maximum(60)),
    max: z.number().check(z.minimum(0), z.maximum(60)),
  })
  .check(z.refine((h) => h.min <= h.max, { message: 'min must not exceed max', path: ['max'] }));

/** Pay as schema.org `baseSalary`, with the CAO hbo scale where it applies. Amounts are gross euros. */
export const Salary = z.object({
  scale: z.optional(z.string().check(z.maxLength(20))),
  min: z.optional(z.number().check(z.minimum(0))),
  max: z.optional(z.number().check(z.minimum(0))),
  currency: z.literal('EUR'),
  period: z.enum(salaryPeriods),
});

export const Location = z.object({
  city: text(100),
  /** Four-digit Dutch postcode area. */
  pc4: z.optional(z.string().check(z.regex(/^[1-9][0-9]{3}$/))),
  lat: z.optional(z.number().check(z.minimum(-90), z.maximum(90))),
  lon: z.optional(z.number().check(z.minimum(-180), z.maximum(180))),
});

/** A dated publication stage: from `from` on, the vacancy is visible to `visibility`. */
export const PublicationStage = z.object({
  visibility: z.enum(visibilities),
  from: CalendarDate,
});

/** Candidates in `group` go first (voorrang) until `until`. */
export const Priority = z.object({
  group: z.enum(priorityGroups),
  until: CalendarDate,
});

export const Contact = z.object({
  name: z.optional(z.string().check(z.maxLength(200))),
  email: z.optional(z.email()),
  phone: z.optional(z.string().check(z.maxLength(40))),
});

/** Where an imported vacancy came from. */
export const VacancySource = z.object({
  feed: z.string().check(z.maxLength(200)),
  url: z.optional(z.url()),
  externalId: z.optional(z.string().check(z.maxLength(500))),
  importedAt: z.iso.datetime({ offset: true }),
});

/**
 * An opportunity: a position, a klus, a detachering, a docentstage or a project role.
 * Field names follow schema.org `JobPosting` where one exists. `description` is plain text or the
 * restricted Markdown subset (paragraphs, lists, emphasis, links) — never HTML.
 */
export const Vacancy = z.object({
  id: Slug,
  title: text(200),
  summary: z.optional(z.string().check(z.maxLength(500))),
  description: z.string().check(z.maxLength(20_000)),
  kind: z.enum(vacancyKinds),
  /** The visibility in force today for this vacancy (the current publication stage). */
  visibility: z.enum(visibilities),
  stages: z.optional(z.array(PublicationStage)),
  priority: z.optional(Priority),
  organisation: OrganisationRef,
  unit: z.optional(z.string().check(z.maxLength(200))),
  location: Location,
  workplace: z.enum(workplaces),
  hoursPerWeek: HoursPerWeek,
  salary: z.optional(Salary),
  contract: z.enum(contractTypes),
  datePosted: CalendarDate,
  validThrough: CalendarDate,
  startDate: z.optional(CalendarDate),
  interests: z.array(z.enum(riasecTypes)).check(z.maxLength(3)),
  skills: z.array(z.string().check(z.maxLength(60))).check(z.maxLength(30)),
  applyUrl: z.optional(z.url()),
  contact: z.optional(Contact),
  language: z.enum(languages),
  source: z.optional(VacancySource),
  /** Kilometres, one decimal, as the crow flies from the place asked for; present only when the list was asked with `near`. */
  distanceKm: z.optional(z.number().check(z.minimum(0))),
});
export type Vacancy = z.infer<typeof Vacancy>;

/** One page of a cursor-paginated list. `nextCursor` is opaque; `null` on the last page. */
export const page = <T extends z.ZodMiniType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.nullable(z.string()),
  });

export const VacancyPage = page(Vacancy);
export type VacancyPage = z.infer<typeof VacancyPage>;

/** Longest free-text query the API accepts. */
export const maxQueryLength = 200;

/** Orders of `GET /v1/vacancies`: best match (needs `q`), newest first, closing soonest, nearest (needs `near`). */
export const vacancySorts = ['relevance', 'newest', 'closing', 'distance'] as const;
export type VacancySort = (typeof vacancySorts)[number];

/** Default radius for `near` when `radiusKm` is not given: people rarely move to a job further away. */
export const defaultRadiusKm = 40;

/** A CAO scale number (the hbo CAO runs from 1 to 18). */
const caoScale = z.coerce.number().check(z.int(), z.minimum(1), z.maximum(18));

/** A four-digit Dutch postcode area (PC4). */
export const pc4Pattern = /^[1-9][0-9]{3}$/;

/**
 * Query parameters of `GET /v1/vacancies`. Every value arrives as a string in the URL; numbers are
 * coerced. Unknown parameters are rejected so that a typo never silently widens a search.
 *
 * - `q`: free text with Dutch and English stemming (*docenten* finds *docent*).
 * - `near`: a PC4 (`3511`) or a place name (`Utrecht`); `radiusKm` (default {@link defaultRadiusKm})
 *   only with `near`. Results then carry `distanceKm`.
 * - `scaleMin`/`scaleMax`: CAO scale numbers; vacancies without a numeric scale do not match.
 * - `closingAfter`: vacancies whose `validThrough` is on or after this date.
 * - `sort`: default `relevance` when `q` is given, else `newest`. `relevance` needs `q`, `distance` needs `near`.
 */
export const VacancyListQuery = z
  .strictObject({
    q: z.optional(z.string().check(z.maxLength(maxQueryLength))),
    kind: z.optional(z.enum(vacancyKinds)),
    visibility: z.optional(z.enum(visibilities)),
    organisation: z.optional(Slug),
    sector: z.optional(z.enum(sectors)),
    hoursMin: z.optional(z.coerce.number().check(z.minimum(0), z.maximum(60))),
    hoursMax: z.optional(z.coerce.number().check(z.minimum(0), z.maximum(60))),
    scaleMin: z.optional(caoScale),
    scaleMax: z.optional(caoScale),
    contract: z.optional(z.enum(contractTypes)),
    closingAfter: z.optional(CalendarDate),
    near: z.optional(
      z.string().check(
        z.maxLength(100),
        z.refine((v) => v.trim().length > 0, { message: 'must be a postcode (1234) or a place name' }),
      ),
    ),
    radiusKm: z.optional(z.coerce.number().check(z.minimum(1), z.maximum(300))),
    sort: z.optional(z.enum(vacancySorts)),
    limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
    cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
  })
  .check(
    z.refine((v) => v.hoursMin === undefined || v.hoursMax === undefined || v.hoursMin <= v.hoursMax, {
      message: 'must not be less than hoursMin',
      path: ['hoursMax'],
    }),
    z.refine((v) => v.scaleMin === undefined || v.scaleMax === undefined || v.scaleMin <= v.scaleMax, {
      message: 'must not be less than scaleMin',
      path: ['scaleMax'],
    }),
    z.refine((v) => v.radiusKm === undefined || v.near !== undefined, { message: 'needs near', path: ['radiusKm'] }),
    z.refine((v) => v.sort !== 'relevance' || (v.q ?? '').trim() !== '', { message: 'relevance needs q', path: ['sort'] }),
    z.refine((v) => v.sort !== 'distance' || v.near !== undefined, { message: 'distance needs near', path: ['sort'] }),
  );
export type VacancyListQuery = z.infer<typeof VacancyListQuery>;
/** The filter a client passes: the query without paging. */
export type VacancyFilter = Omit<VacancyListQuery, 'cursor' | 'limit'>;

export const defaultPageSize = 20;
export const VacancyIdParams = z.object({ id: Slug });

const visibilityRank: Readonly<Record<Visibility, number>> = { internal: 0, sector: 1, public: 2 };

/**
 * The visibility in force on `today`: that of the last stage whose `from` is on or before today,
 * else the base visibility. Stages are ordered by `from`.
 */
export function effectiveVisibility(
  base: Visibility,
  stages: readonly { readonly visibility: Visibility; readonly from: string }[] | undefined,
  today: string,
): Visibility {
  let current = base;
  for (const stage of stages ?? []) if (stage.from <= today) current = stage.visibility;
  return current;
}

/**
 * Text in the restricted Markdown subset (paragraphs, lists, emphasis, links to http(s), mailto or
 * paths; see `restricted-markdown.ts`). Raw HTML is refused, so the text can be rendered without a
 * sanitiser guessing intent.
 */
export const MarkdownText = (max: number) =>
  z.string().check(
    z.maxLength(max),
    z.refine((v) => !containsHtml(v), { message: 'must not contain HTML tags; use Markdown (paragraphs, lists, emphasis, links)' }),
    z.refine(linkTargetsAllowed, { message: 'links may only point to http(s) addresses, mailto: or paths' }),
  );

const stagesAreOrdered = (base: Visibility | undefined, stages: readonly { visibility: Visibility; from: string }[] | null | undefined) => {
  if (!stages) return true;
  let previous = base === undefined ? -1 : visibilityRank[base];
  let from = '';
  for (const stage of stages) {
    if (stage.from <= from || visibilityRank[stage.visibility] <= previous) return false;
    previous = visibilityRank[stage.visibility];
    from = stage.from;
  }
  return true;
};
const stagesMessage = 'must open wider at each step (internal → sector → public) on strictly later dates';

/** The fields HR sets on a vacancy; shared by the create and update bodies and the HR view. */
const vacancyContentShape = {
  title: text(200),
  summary: z.optional(z.string().check(z.maxLength(500))),
  description: MarkdownText(20_000),
  kind: z.enum(vacancyKinds),
  /** Who sees it before the first stage starts (or always, without stages). */
  visibility: z.enum(visibilities),
  /** Dated widenings: from `from` on, the vacancy is visible to `visibility`. */
  stages: z.optional(z.array(PublicationStage).check(z.maxLength(3))),
  priority: z.optional(Priority),
  unit: z.optional(z.string().check(z.maxLength(200))),
  location: Location,
  workplace: z.enum(workplaces),
  hoursPerWeek: HoursPerWeek,
  salary: z.optional(Salary),
  contract: z.enum(contractTypes),
  /** The last day on which one can apply. */
  validThrough: CalendarDate,
  startDate: z.optional(CalendarDate),
  interests: z.optional(z.array(z.enum(riasecTypes)).check(z.maxLength(3))),
  skills: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(60))).check(z.maxLength(30))),
  applyUrl: z.optional(z.url({ protocol: /^https?$/ })),
  contact: z.optional(Contact),
  language: z.enum(languages),
};

/**
 * The rule for an id sent with a new vacancy; also the `id` field's description in the OpenAPI
 * document. The server checks the prefix (the contract does not know the caller).
 */
export const vacancyCreateIdDescription =
  "Vacancy ids are namespaced by organisation: an id sent here must start with the caller's organisation id followed by a hyphen " +
  '(e.g. `hogeschool-utrecht-docent-ict-2025`), else the answer is a 400 problem naming `id`. An id already in use is a 409 and is always ' +
  "one of the organisation's own vacancies; another organisation's ids are never confirmed. Left out, the server makes one up with the same " +
  'prefix from the title. Vacancies stored before this rule keep their ids.';

/**
 * The `id` of {@link VacancyCreate}: a slug; its prefix rule is {@link vacancyCreateIdDescription},
 * attached by the OpenAPI generator (a description here would pull zod's registry code into every
 * browser bundle).
 */
export const VacancyCreateId = Slug;

/**
 * `POST /v1/hr/vacancies`: a new vacancy of the caller's own organisation. `id` is derived from the
 * title when left out (see {@link vacancyCreateIdDescription}); `datePosted` defaults to today.
 */
export const VacancyCreate = z
  .strictObject({
    id: z.optional(VacancyCreateId),
    ...vacancyContentShape,
    datePosted: z.optional(CalendarDate),
  })
  .check(
    z.refine((v) => stagesAreOrdered(v.visibility, v.stages), { message: stagesMessage, path: ['stages'] }),
    z.refine((v) => v.datePosted === undefined || v.validThrough >= v.datePosted, { message: 'must not be before datePosted', path: ['validThrough'] }),
  );
export type VacancyCreate = z.infer<typeof VacancyCreate>;

/**
 * `PATCH /v1/hr/vacancies/{id}`: change any field HR sets. `null` removes an optional field.
 * Closing has its own route; a vacancy is never deleted.
 */
export const VacancyUpdate = z
  .strictObject({
    title: z.optional(vacancyContentShape.title),
    summary: z.optional(z.nullable(z.string().check(z.maxLength(500)))),
    description: z.optional(vacancyContentShape.description),
    kind: z.optional(vacancyContentShape.kind),
    visibility: z.optional(vacancyContentShape.visibility),
    stages: z.optional(z.nullable(z.array(PublicationStage).check(z.maxLength(3)))),
    priority: z.optional(z.nullable(Priority)),
    unit: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
    location: z.optional(Location),
    workplace: z.optional(vacancyContentShape.workplace),
    hoursPerWeek: z.optional(HoursPerWeek),
    salary: z.optional(z.nullable(Salary)),
    contract: z.optional(vacancyContentShape.contract),
    datePosted: z.optional(CalendarDate),
    validThrough: z.optional(CalendarDate),
    startDate: z.optional(z.nullable(CalendarDate)),
    interests: vacancyContentShape.interests,
    skills: vacancyContentShape.skills,
    applyUrl: z.optional(z.nullable(z.url({ protocol: /^https?$/ }))),
    contact: z.optional(z.nullable(Contact)),
    language: z.optional(vacancyContentShape.language),
  })
  .check(
    // Stages are checked against the final visibility by the server when only one of the two is sent.
    z.refine((v) => stagesAreOrdered(v.visibility, v.stages), { message: stagesMessage, path: ['stages'] }),
    z.refine((v) => v.datePosted === undefined || v.validThrough === undefined || v.validThrough >= v.datePosted, {
      message: 'must not be before datePosted',
      path: ['validThrough'],
    }),
  );
export type VacancyUpdate = z.infer<typeof VacancyUpdate>;

/** Whether a stage list fits a base visibility (each stage wider, dates strictly ascending). */
export function stagesFit(
  base: Visibility,
  stages: readonly { visibility: Visibility; from: string }[] | null | undefined,
): boolean {
  return stagesAreOrdered(base, stages);
}

export const vacancyStatuses = ['open', 'closed'] as const;
export type VacancyStatus = (typeof vacancyStatuses)[number];

/**
 * A vacancy as HR of its organisation manages it: everything, whether listed or not, with its
 * status and audit trail. `visibility` is the base HR set; `currentVisibility` the one in force today.
 */
export const HrVacancy = z.extend(Vacancy, {
  currentVisibility: z.enum(visibilities),
  status: z.enum(vacancyStatuses),
  /** Token subject of whoever created it; `null` for imported and demo vacancies. */
  createdBy: z.nullable(z.string().check(z.maxLength(255))),
  createdAt: z.iso.datetime({ offset: true }),
  updatedBy: z.nullable(z.string().check(z.maxLength(255))),
  updatedAt: z.iso.datetime({ offset: true }),
  closedAt: z.optional(z.iso.datetime({ offset: true })),
});
export type HrVacancy = z.infer<typeof HrVacancy>;

export const HrVacancyPage = page(HrVacancy);
export type HrVacancyPage = z.infer<typeof HrVacancyPage>;

/** Query of `GET /v1/hr/vacancies`: every vacancy of the own organisation, newest first, closed and unpublished ones included. */
export const HrVacancyListQuery = z.strictObject({
  status: z.optional(z.enum(vacancyStatuses)),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
});
export type HrVacancyListQuery = z.infer<typeof HrVacancyListQuery>;

/**
 * `POST /v1/hr/vacancies/{id}/reopen`: open a closed vacancy again. A vacancy whose closing date
 * (`validThrough`) lies before today is only reopened when the same request moves `validThrough`
 * to today or later; otherwise the answer is a 400 problem naming `validThrough`, because a
 * reopened vacancy that nobody can see or apply to would only mislead. Reopening an open vacancy
 * changes nothing but a `validThrough` that is sent.
 */
export const VacancyReopen = z.strictObject({
  /** A new last day on which one can apply; needed when the stored one has passed. */
  validThrough: z.optional(CalendarDate),
});
export type VacancyReopen = z.infer<typeof VacancyReopen>;
