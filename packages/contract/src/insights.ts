/**
 * Stuurinformatie: anonymised management information on mobility trajectories.
 *
 * HR records each trajectory as a **pseudonymous case**: a case id HR chooses (never a personnel
 * number), the unit, the staff group, dates, closed categories and two cost figures. There is no
 * field for a name, a birth date or free text, and the schemas are strict, so none can be added by
 * sending it. Case records never leave the HR routes of their own organisation.
 *
 * The dashboard sees only **aggregates** per quarter and unit, each cell either a value or marked
 * suppressed. A cell that would describe fewer than `k` people is suppressed, and further cells are
 * suppressed so that no hidden value can be recomputed from totals, from the other staff group or
 * from neighbouring quarters. The rules travel with the data ({@link DisclosureRules}) so the
 * dashboard can show a works council exactly what is counted and what is never collected.
 */
import * as z from 'zod/mini';
import { usageEventTypes } from './events.js';
import { OrganisationRef, Slug } from './organisation.js';
import { CalendarDate, page } from './vacancy.js';

/** Who a case is about, in the broadest terms: teaching staff (OP) or support staff (OBP). */
export const staffGroups = ['teaching', 'support'] as const;
export type StaffGroup = (typeof staffGroups)[number];

/**
 * Why the trajectory started: a reorganisation, the end of a temporary contract, a work conflict,
 * the employee's own wish, or health.
 */
export const caseTriggers = ['reorganisation', 'end-of-contract', 'conflict', 'own-wish', 'health'] as const;
export type CaseTrigger = (typeof caseTriggers)[number];

/**
 * The route of the trajectory: redeployment within the organisation, placement with another
 * employer, a secondment (detachering), an outplacement agency, or unemployment benefits (WW/BWW).
 */
export const caseRoutes = ['internal-redeployment', 'external-placement', 'secondment', 'outplacement', 'ww-bww'] as const;
export type CaseRoute = (typeof caseRoutes)[number];

/** How a closed trajectory ended. */
export const caseOutcomes = ['internal-job', 'external-job', 'self-employed', 'benefits', 'retired', 'other'] as const;
export type CaseOutcome = (typeof caseOutcomes)[number];

/**
 * A case id chosen by HR, e.g. `2025-REORG-017`: letters, digits and dashes, at least one letter.
 * Ids of digits only are refused because they look like personnel numbers, which must never be used.
 */
export const CaseId = z.string().check(
  z.minLength(1),
  z.maxLength(40),
  z.regex(/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/, { message: 'must be letters, digits and single dashes' }),
  z.refine((id) => /[A-Za-z]/.test(id), { message: 'must contain a letter: a personnel number must not be used as case id' }),
);

/** The name of an organisational unit (faculty, institute, service): the finest breakdown there is. */
export const UnitName = z.string().check(
  z.minLength(1),
  z.maxLength(100),
  z.refine((name) => name.trim() === name && !/[\u0000-\u001f\u007f]/.test(name), {
    message: 'must not start or end with spaces or contain control characters',
  }),
);

/** An amount in euros, at most two decimals. */
const Euros = z.number().check(
  z.minimum(0),
  z.maximum(10_000_000),
  z.refine((v) => Number.isFinite(v) && Math.abs(Math.round(v * 100) - v * 100) < 1e-6, { message: 'must have at most two decimals' }),
);

/**
 * A case date: from 2000 on, and not past 2099. Mobility records older than that do not exist in any
 * system this feeds from, and a typo such as 0202 would otherwise stretch the quarterly table over
 * centuries.
 */
const CaseDate = CalendarDate.check(
  z.refine((d: string) => d >= '2000-01-01' && d <= '2099-12-31', { message: 'must be a date from 2000 to 2099' }),
);

/** Everything about a case except its id. */
const caseShape = {
  unit: UnitName,
  staffGroup: z.enum(staffGroups),
  /** First day of the trajectory. */
  startDate: CaseDate,
  trigger: z.enum(caseTriggers),
  route: z.enum(caseRoutes),
  /** Present exactly when `endDate` is: how the trajectory ended. */
  outcome: z.optional(z.enum(caseOutcomes)),
  /** Last day of the trajectory; not before `startDate`. */
  endDate: z.optional(CaseDate),
  /** Costs of the trajectory itself (coaching, training, outplacement), euros. */
  trajectoryCosts: Euros,
  /** Costs of benefits borne by the employer (WW/BWW own-risk), euros. */
  benefitCosts: Euros,
};

type CaseFields = { outcome?: string | undefined; endDate?: string | undefined; startDate: string };

const outcomeMatchesEnd = (c: CaseFields) => (c.outcome === undefined) === (c.endDate === undefined);
const endNotBeforeStart = (c: CaseFields) => c.endDate === undefined || c.endDate >= c.startDate;
const caseChecks = [
  z.refine<CaseFields>(outcomeMatchesEnd, { message: 'outcome and endDate go together: give both for a closed case, neither for an open one', path: ['endDate'] }),
  z.refine<CaseFields>(endNotBeforeStart, { message: 'must not be before startDate', path: ['endDate'] }),
] as const;

/** A pseudonymous case record as HR sees it. */
export const CaseRecord = z.strictObject({ id: CaseId, ...caseShape }).check(...caseChecks);
export type CaseRecord = z.infer<typeof CaseRecord>;

/** `POST /v1/hr/cases`: a new case in the caller's organisation, under an id HR chooses. */
export const CaseCreate = CaseRecord;
export type CaseCreate = z.infer<typeof CaseCreate>;

/** `PUT /v1/hr/cases/{id}`: every field of an existing case except its id (a closed case can be reopened by leaving out outcome and endDate). */
export const CaseUpdate = z.strictObject(caseShape).check(...caseChecks);
export type CaseUpdate = z.infer<typeof CaseUpdate>;

export const CaseIdParams = z.object({ id: CaseId });

export const CasePage = page(CaseRecord);
export type CasePage = z.infer<typeof CasePage>;

/** Whether a case is still running (`open`: no end date) or has ended (`closed`). */
export const caseStatuses = ['open', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** A year (`2025`) or a quarter (`2025-Q1`) from 2000 to 2099: when the cases of a list started. */
export const CaseStartPeriod = z.string().check(
  z.regex(/^20[0-9]{2}(?:-Q[1-4])?$/, { message: 'must be a year such as 2025 or a quarter such as 2025-Q1' }),
);
export type CaseStartPeriod = z.infer<typeof CaseStartPeriod>;

/** The first and last day (`YYYY-MM-DD`, both included) of a {@link CaseStartPeriod}. */
export function caseStartPeriodDays(period: CaseStartPeriod): { from: string; to: string } {
  const year = period.slice(0, 4);
  if (period.length === 4) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const quarter = Number(period.slice(6));
  const first = (quarter - 1) * 3 + 1;
  const lastDay = ['03-31', '06-30', '09-30', '12-31'][quarter - 1]!;
  return { from: `${year}-${String(first).padStart(2, '0')}-01`, to: `${year}-${lastDay}` };
}

/**
 * `GET /v1/hr/cases`: the organisation's cases by id, cursor-paginated, optionally only those of
 * one unit, staff group, trigger, route or outcome, started in one year or quarter, or open or closed.
 */
export const CaseListQuery = z.strictObject({
  unit: z.optional(UnitName),
  staffGroup: z.optional(z.enum(staffGroups)),
  trigger: z.optional(z.enum(caseTriggers)),
  route: z.optional(z.enum(caseRoutes)),
  outcome: z.optional(z.enum(caseOutcomes)),
  status: z.optional(z.enum(caseStatuses)),
  /** Only cases whose `startDate` falls in this year or quarter. */
  started: z.optional(CaseStartPeriod),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
});
export type CaseListQuery = z.infer<typeof CaseListQuery>;

/** `DELETE /v1/hr/cases/{id}` answer. */
export const CaseDeleted = z.strictObject({ id: CaseId, deleted: z.literal(true) });
export type CaseDeleted = z.infer<typeof CaseDeleted>;

/**
 * The columns of a case CSV file, in this order when a server writes one. The header row names
 * them; any other column (such as a name) makes the whole file invalid.
 */
export const caseCsvColumns = [
  'id',
  'unit',
  'staffGroup',
  'startDate',
  'trigger',
  'route',
  'outcome',
  'endDate',
  'trajectoryCosts',
  'benefitCosts',
] as const;
export type CaseCsvColumn = (typeof caseCsvColumns)[number];

/**
 * The columns a case CSV file may leave out: `outcome` and `endDate` (an open case). Every other
 * column of {@link caseCsvColumns} is required in the header; an empty cost field counts as 0.
 */
export const optionalCaseCsvColumns = ['outcome', 'endDate'] as const satisfies readonly CaseCsvColumn[];

/** Most data rows one CSV import may hold. */
export const maxCaseCsvRows = 10_000;

/** Most fields a line of a case CSV file may hold (the header included); a longer line ends the reading. */
export const maxCaseCsvFields = 40;

/** Most errors an import answer lists; `omittedErrors` counts the rest. */
export const maxListedCsvErrors = 200;

/**
 * Most distinct units one organisation may record cases for. Units are the finest breakdown of the
 * dashboard; the table's size grows with their number, so a write that would exceed this is refused.
 */
export const maxUnitsPerOrganisation = 100;

/**
 * `POST /v1/hr/cases/import` query: `dryRun=true` reads and checks the file exactly as an import
 * would (the rows, the unit limit, which ids exist) and answers the same, but stores nothing.
 */
export const CaseImportQuery = z.strictObject({
  dryRun: z.optional(z.stringbool({ truthy: ['true'], falsy: ['false'] })),
});
export type CaseImportQuery = z.input<typeof CaseImportQuery>;

/** Longest CSV text one import takes, in characters (2 MiB). */
export const maxCaseCsvLength = 2 * 1024 * 1024;

/** `POST /v1/hr/cases/import` body: CSV text (`text/csv`, UTF-8, comma or semicolon separated). */
export const CaseCsv = z.string().check(z.minLength(1), z.maxLength(maxCaseCsvLength));

/** One problem in an imported CSV file. `row` counts lines of the file from 1 (the header). */
export const CsvRowError = z.object({
  row: z.number().check(z.int(), z.minimum(1)),
  /** The column concerned, or absent when the row as a whole is wrong. */
  column: z.optional(z.string()),
  message: z.string(),
});
export type CsvRowError = z.infer<typeof CsvRowError>;

/** How many errors were found but not listed: absent or 0 when the list is complete. */
const OmittedErrors = z.optional(z.number().check(z.int(), z.minimum(0)));

/**
 * `POST /v1/hr/cases/import` answer. An import is all or nothing: when any row is invalid, nothing
 * is stored and the answer is a 400 problem document ({@link CaseImportProblem}) listing the row
 * errors; otherwise every row is stored (cases with a known id are replaced) and `errors` is empty.
 * Error lists are capped at {@link maxListedCsvErrors}; `omittedErrors` counts what was left out.
 */
export const CaseImportResult = z.object({
  created: z.number().check(z.int(), z.minimum(0)),
  updated: z.number().check(z.int(), z.minimum(0)),
  errors: z.array(CsvRowError).check(z.maxLength(maxListedCsvErrors)),
  omittedErrors: OmittedErrors,
  /** `true` when the file was only checked (`dryRun`): `created` and `updated` say what an import would do, nothing was stored. */
  dryRun: z.optional(z.boolean()),
});
export type CaseImportResult = z.infer<typeof CaseImportResult>;

/**
 * The 400 problem of a rejected import: a problem document with the row errors, at most
 * {@link maxListedCsvErrors} of them (header and rows alike); `omittedErrors` counts the errors
 * found beyond that. Reading stops at the first line with more than {@link maxCaseCsvFields} fields.
 */
export const CaseImportProblem = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.literal(400),
  detail: z.optional(z.string()),
  rowErrors: z.array(CsvRowError).check(z.maxLength(maxListedCsvErrors)),
  omittedErrors: OmittedErrors,
});
export type CaseImportProblem = z.infer<typeof CaseImportProblem>;

/** A calendar quarter, `YYYY-Qn`: the smallest period insights are reported for. */
export const Quarter = z.string().check(z.regex(/^(19|20)[0-9]{2}-Q[1-4]$/, { message: 'must be a quarter such as 2025-Q1' }));
export type Quarter = z.infer<typeof Quarter>;

/** Most quarters one insights query may span (five years). */
export const maxInsightsQuarters = 20;

/**
 * Most quarters a server aggregates: the current quarter and the 39 before it (ten years). A query
 * may not start before them. Cases dated earlier count only as the stock still open at the start;
 * dates after the current quarter are plans, not events: a case starting later is not counted yet,
 * and one ending later counts as open. So a register of dates from 2000 to 2099 costs no more than
 * ten years.
 */
export const maxInsightsTableQuarters = 40;

const quartersOrdered = (q: { from: string; to: string }) => q.from <= q.to;

/** `GET /v1/insights`: a range of quarters, optionally one unit and one staff group. */
export const InsightsQuery = z
  .strictObject({
    from: Quarter,
    to: Quarter,
    unit: z.optional(UnitName),
    staffGroup: z.optional(z.enum(staffGroups)),
  })
  .check(z.refine(quartersOrdered, { message: 'must not be before from', path: ['to'] }));
export type InsightsQuery = z.infer<typeof InsightsQuery>;

/** `GET /v1/insights/export`: like {@link InsightsQuery}, without a unit (benchmarks compare whole institutions). */
export const BenchmarkQuery = z
  .strictObject({
    from: Quarter,
    to: Quarter,
    staffGroup: z.optional(z.enum(staffGroups)),
  })
  .check(z.refine(quartersOrdered, { message: 'must not be before from', path: ['to'] }));
export type BenchmarkQuery = z.infer<typeof BenchmarkQuery>;

/**
 * Why a cell is not shown: `below-threshold` — it would describe fewer than `k` people (primary
 * suppression); `secondary` — it would let a below-threshold cell be recomputed from totals or
 * neighbouring quarters.
 */
export const suppressionReasons = ['below-threshold', 'secondary'] as const;
export type SuppressionReason = (typeof suppressionReasons)[number];

/** One number of the dashboard: a value, or suppressed with the reason. Never a zero in place of a hidden value. */
export const InsightsCell = z.union([
  z.strictObject({ value: z.number().check(z.minimum(0)) }),
  z.strictObject({ suppressed: z.literal(true), reason: z.enum(suppressionReasons) }),
]);
export type InsightsCell = z.infer<typeof InsightsCell>;

/** Whether a cell carries a value (as opposed to being suppressed). */
export const isShownCell = (cell: InsightsCell): cell is { value: number } => 'value' in cell;

const cellsBy = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, InsightsCell])) as { [K in T[number]]: typeof InsightsCell });

/**
 * The figures of one quarter for one unit (or all units together when `unit` is `null`).
 * - `inflow`: cases that started in the quarter;
 * - `inProgress`: cases open at the end of the quarter;
 * - `outflow`: cases that ended in the quarter, also by route and by outcome;
 * - `medianDurationDays`: median length (start to end, in days) of the cases that ended;
 * - `trajectoryCosts`, `benefitCosts`: euros, summed over the cases that ended in the quarter.
 *   They are shown only when `outflow` is shown (costs only for groups that are shown).
 *
 * Per unit: `inProgress` = previous quarter's `inProgress` + `inflow` − `outflow`.
 */
export const InsightsRow = z.strictObject({
  quarter: Quarter,
  /** The unit, or `null` for the organisation as a whole. */
  unit: z.nullable(UnitName),
  inflow: InsightsCell,
  inProgress: InsightsCell,
  outflow: InsightsCell,
  outflowByRoute: cellsBy(caseRoutes),
  outflowByOutcome: cellsBy(caseOutcomes),
  medianDurationDays: InsightsCell,
  trajectoryCosts: InsightsCell,
  benefitCosts: InsightsCell,
});
export type InsightsRow = z.infer<typeof InsightsRow>;

/** The count measures of a row (everything that counts people). */
export const insightsCountMeasures = ['inflow', 'inProgress', 'outflow'] as const;

/** What the dashboard counts, named so an element can explain each in plain language. */
export const countedFigures = [
  'inflow',
  'in-progress',
  'outflow-by-route',
  'outflow-by-outcome',
  'median-duration',
  'trajectory-costs',
  'benefit-costs',
  'usage-counts',
] as const;
export type CountedFigure = (typeof countedFigures)[number];

/** What is never collected, not even in case records. */
export const neverCollectedData = [
  'name',
  'personnel-number',
  'date-of-birth',
  'free-text',
  'career-test-answers',
  'calculator-inputs',
  'ip-address',
] as const;
export type NeverCollectedData = (typeof neverCollectedData)[number];

/** The identities secondary suppression guards against (see the server's disclosure module). */
export const protectedIdentities = [
  'unit-totals',
  'staff-group-totals',
  'route-and-outcome-totals',
  'quarter-to-quarter-flow',
] as const;
export type ProtectedIdentity = (typeof protectedIdentities)[number];

/** Lowest threshold any server may use. */
export const minimumDisclosureThreshold = 5;

/** The disclosure rules in force, as data: the element turns them into plain language. */
export const DisclosureRules = z.strictObject({
  /** A cell describing fewer than `k` people is suppressed. */
  k: z.number().check(z.int(), z.minimum(minimumDisclosureThreshold)),
  minimumK: z.literal(minimumDisclosureThreshold),
  smallestPeriod: z.literal('quarter'),
  smallestGroup: z.literal('unit'),
  /** Secondary suppression protects against recomputation through these sums. */
  protectedIdentities: z.array(z.enum(protectedIdentities)),
  /** Costs and durations are shown only for groups whose count is shown. */
  costsOnlyForShownGroups: z.literal(true),
  counted: z.array(z.enum(countedFigures)),
  neverCollected: z.array(z.enum(neverCollectedData)),
});
export type DisclosureRules = z.infer<typeof DisclosureRules>;

/** Usage counts are published rounded down to a multiple of this number. */
export const usageCountRounding = 10;

/**
 * Usage counts of one closed quarter: each suppressed below `k` like any other cell, and otherwise
 * rounded down to a multiple of {@link usageCountRounding}.
 */
export const UsageQuarter = z.strictObject({
  quarter: Quarter,
  counts: cellsBy(usageEventTypes),
});
export type UsageQuarter = z.infer<typeof UsageQuarter>;

/**
 * Anonymous usage counts (no identity, per event type and day). They carry no organisation, so
 * `scope: 'server'` says they cover everything this server counted.
 *
 * Anyone may send an event, so anyone could add known events to a quarter and watch a hidden count
 * cross the threshold, which would give the hidden value away. Hence: only *closed* quarters are
 * listed (the current quarter is left out of `quarters` until it has ended, and no event can be
 * added to a closed one), and a count is rounded down to a multiple of `roundedTo`
 * ({@link usageCountRounding}).
 */
export const InsightsUsage = z.strictObject({
  scope: z.literal('server'),
  /** The closed quarters of the query, in order. */
  quarters: z.array(UsageQuarter),
  /** Counts are multiples of this number (rounded down); absent from servers that did not round. */
  roundedTo: z.optional(z.number().check(z.int(), z.minimum(1))),
});
export type InsightsUsage = z.infer<typeof InsightsUsage>;

/** `GET /v1/insights` answer. */
export const Insights = z.strictObject({
  organisation: OrganisationRef,
  query: InsightsQuery,
  generatedAt: z.iso.datetime({ offset: true }),
  rules: DisclosureRules,
  quarters: z.array(Quarter),
  /** The units with rows in `rows`, by name. */
  units: z.array(UnitName),
  /** Per quarter: one row per unit; without a `unit` filter also one row with `unit: null` (all units). */
  rows: z.array(InsightsRow),
  usage: InsightsUsage,
});
export type Insights = z.infer<typeof Insights>;

/** Marks a JSON document as a mobility-kit benchmark export. */
export const benchmarkFormat = 'mobility-kit/insights-benchmark';

/**
 * `GET /v1/insights/export`: an institution's suppressed aggregates for the whole organisation, to
 * share with other institutions; the dashboard loads several side by side. It holds no unit rows
 * and nothing that is not already in the dashboard.
 */
export const BenchmarkExport = z.strictObject({
  format: z.literal(benchmarkFormat),
  contractVersion: z.string().check(z.regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/)),
  institution: z.strictObject({ id: Slug, name: z.string().check(z.minLength(1), z.maxLength(200)) }),
  period: z.strictObject({ from: Quarter, to: Quarter }),
  staffGroup: z.optional(z.enum(staffGroups)),
  exportedAt: z.iso.datetime({ offset: true }),
  rules: DisclosureRules,
  /** One row per quarter, `unit: null`. */
  rows: z.array(InsightsRow).check(
    z.maxLength(maxInsightsQuarters),
    z.refine((rows) => rows.every((r) => r.unit === null), { message: 'a benchmark holds whole-organisation rows only (unit null)' }),
  ),
});
export type BenchmarkExport = z.infer<typeof BenchmarkExport>;

/** The quarter a calendar date (`YYYY-MM-DD`) falls in. */
export function quarterOf(date: string): Quarter {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** Every quarter from `from` to `to`, both included, in order. */
export function quarterRange(from: Quarter, to: Quarter): Quarter[] {
  const out: Quarter[] = [];
  let index = quarterIndex(from);
  const last = quarterIndex(to);
  while (index <= last) out.push(quarterAt(index++));
  return out;
}

/** A quarter as a running number (year × 4 + quarter − 1), for arithmetic. */
export function quarterIndex(quarter: Quarter): number {
  return Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(6)) - 1;
}

/** The quarter of a running number from {@link quarterIndex}. */
export function quarterAt(index: number): Quarter {
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}
