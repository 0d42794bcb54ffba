import * as z from 'zod/mini';
import {
  contractTypes,
  languages,
  priorityGroups,
  riasecTypes,
  salaryPeriods,
  vacancyKinds,
  visibilities,
  workplaces,
} from './vocabulary.js';
import { OrganisationRef, Slug } from './organisation.js';

/** A calendar date, `YYYY-MM-DD`. Dates in the contract carry no time zone: they are Dutch calendar days. */
export const CalendarDate = z.iso.date();

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

/**
 * Query parameters of `GET /v1/vacancies`. Every value arrives as a string in the URL; numbers are
 * coerced. Unknown parameters are rejected so that a typo never silently widens a search.
 */
export const VacancyListQuery = z.strictObject({
  q: z.optional(z.string().check(z.maxLength(maxQueryLength))),
  kind: z.optional(z.enum(vacancyKinds)),
  visibility: z.optional(z.enum(visibilities)),
  organisation: z.optional(Slug),
  hoursMin: z.optional(z.coerce.number().check(z.minimum(0), z.maximum(60))),
  hoursMax: z.optional(z.coerce.number().check(z.minimum(0), z.maximum(60))),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
});
export type VacancyListQuery = z.infer<typeof VacancyListQuery>;
/** The filter a client passes: the query without paging. */
export type VacancyFilter = Omit<VacancyListQuery, 'cursor' | 'limit'>;

export const defaultPageSize = 20;
export const VacancyIdParams = z.object({ id: Slug });
