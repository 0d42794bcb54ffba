/**
 * Regulations: the incentive calculator's parameters as an institution has verified them (the tops
 * of CAO hbo salary scales, holiday pay and year-end bonus rates, the ASU duration …), each value
 * dated and with its source. Only parameters travel: the calculator runs in the employee's browser
 * and nothing an employee types into it is ever sent. Parameter values are public facts, so anyone
 * may read them; HR staff of the organisation set them.
 *
 * The value shapes mirror the parameter table of `@mobility-kit/rules`, which takes
 * `Regulations['parameters']` as its `ParameterOverrides` unchanged.
 */
import * as z from 'zod/mini';
import { Slug } from './organisation.js';
import { CalendarDate } from './vacancy.js';
import { calculatorParameterNames, calculatorParameterStatuses, type CalculatorParameterName } from './vocabulary.js';

/**
 * The limits of the calculator, declared once. The parameter schemas below and the input schemas
 * the calculator form checks typed values with are built from them. `@mobility-kit/rules` imports
 * their types only (no zod at run time) and ties its own domain limits to these literals, so a
 * change here that the rules do not follow fails to compile.
 */
export const calculatorBounds = {
  /** AOW age in months: 60 (720) to 75 (900) years. */
  aowAgeMonths: { min: 720, max: 900 },
  /** Full-time hours per week under the CAO hbo: more than 0, at most 60. */
  fullTimeHoursPerWeek: { above: 0, max: 60 },
  /** Hours per week of the lost job or a new one: more than 0, at most the 168 hours of a week. */
  hoursPerWeek: { above: 0, max: 168 },
  /** Weeks worked in the 36 weeks before the first day of unemployment. */
  weeksWorkedLast36: { min: 0, max: 36 },
  /** A worked calendar year counts as feitelijk arbeidsverleden from 1998 on; earlier years count as fictief. */
  workedYear: { min: 1998 },
  /** Worked years given as a count. */
  workedYears: { min: 0, max: 100 },
  /** Annual SV-wage in euros. */
  annualWage: { above: 0, max: 10_000_000 },
  /** Years of hbo service or with the last employer. */
  serviceYears: { min: 0, max: 60 },
  /** A monthly amount of income in euros. */
  monthlyAmount: { min: 0, max: 1_000_000 },
  /** A row of the month axis (1 = the first month of unemployment). */
  month: { min: 1, max: 600 },
  /** Age in full years on the first day of unemployment. */
  age: { min: 15 },
} as const;
export type CalculatorBounds = typeof calculatorBounds;

const b = calculatorBounds;
const between = (bounds: { readonly min: number; readonly max: number }) => z.number().check(z.minimum(bounds.min), z.maximum(bounds.max));
const wholeBetween = (bounds: { readonly min: number; readonly max: number }) => z.int().check(z.minimum(bounds.min), z.maximum(bounds.max));
const aboveUpTo = (bounds: { readonly above: number; readonly max: number }) => z.number().check(z.gt(bounds.above), z.maximum(bounds.max));

/**
 * What the calculator accepts of an employee, by input path (the paths of `simulate`'s input
 * issues). Nothing an employee types is sent anywhere: the calculator form checks the values it
 * read from its fields with these before it calculates.
 */
export const calculatorInputSchemas = {
  annualWage: aboveUpTo(b.annualWage),
  hoursPerWeek: aboveUpTo(b.hoursPerWeek),
  weeksWorkedLast36: wholeBetween(b.weeksWorkedLast36),
  workedYears: wholeBetween(b.workedYears),
  hboServiceYears: between(b.serviceYears),
  yearsWithEmployer: between(b.serviceYears),
  'newJob.monthlyWage': between(b.monthlyAmount),
  'newJob.startMonth': wholeBetween(b.month),
  'newJob.hoursPerWeek': aboveUpTo(b.hoursPerWeek),
  'otherIncome.monthlyAmount': between(b.monthlyAmount),
  'otherIncome.fromMonth': wholeBetween(b.month),
  'otherIncome.toMonth': wholeBetween(b.month),
} as const satisfies Record<string, z.ZodMiniType<number>>;
export type CalculatorInputPath = keyof typeof calculatorInputSchemas;

/** The bounds of the parameter values, so the server never stores a value the calculator would refuse. */
const positiveAmount = z.number().check(z.refine((v) => v > 0, { message: 'must be a positive amount' }));
const nonNegative = z.number().check(z.minimum(0));
const fraction = z.number().check(z.minimum(0), z.refine((v) => v < 1, { message: 'must be a fraction below 1' }));

/** Duration of the aansluitende uitkering (ASU): months per full year of hbo service, capped at `max`. */
export const CalculatorAsuDurationRule = z.strictObject({
  perServiceYear: nonNegative,
  max: nonNegative,
});
export type CalculatorAsuDurationRule = z.infer<typeof CalculatorAsuDurationRule>;

/** Maximum re-integratiebudget (€) by age in full years on the first day of unemployment. */
export const CalculatorReintegrationBudgetBands = z.strictObject({
  under40: nonNegative,
  from40: nonNegative,
  from50: nonNegative,
});
export type CalculatorReintegrationBudgetBands = z.infer<typeof CalculatorReintegrationBudgetBands>;

/** The value schema of every parameter. */
const valueSchemas = {
  /** Maximum dagloon (€ per day) in force from the entry's date. */
  maxDailyWage: positiveAmount,
  /** AOW age in months for people who reach it in the calendar year of `validFrom`. */
  aowAgeMonths: z.number().check(z.int(), z.minimum(b.aowAgeMonths.min), z.maximum(b.aowAgeMonths.max)),
  /** Top of CAO hbo salary scale 12, € per month, full time, without allowances. */
  scale12TopMonthly: positiveAmount,
  /** Top of CAO hbo salary scale 10, € per month, full time, without allowances. */
  scale10TopMonthly: positiveAmount,
  /** CAO hbo vakantietoelage as a fraction of salary (0.08 = 8 %). */
  holidayPayRate: fraction,
  /** CAO hbo eindejaarsuitkering as a fraction of salary. */
  yearEndBonusRate: fraction,
  asuMonths: CalculatorAsuDurationRule,
  /** Whether the extra-ASU cap (70 % of the top of scale 10) includes holiday pay and year-end bonus. */
  extraAsuCapIncludesAllowances: z.boolean(),
  reintegrationBudget: CalculatorReintegrationBudgetBands,
  /** Full-time hours per week under the CAO hbo. */
  fullTimeHoursPerWeek: z.number().check(
    z.refine((v) => v > b.fullTimeHoursPerWeek.above, { message: 'must be more than 0 hours' }),
    z.maximum(b.fullTimeHoursPerWeek.max),
  ),
  /** How long loonsuppletie is paid: months from the start of the new job, or until AOW age. */
  suppletionMaxMonths: z.union([nonNegative, z.literal('until-aow')], { error: "must be a number of months or 'until-aow'" }),
} as const satisfies Record<CalculatorParameterName, z.ZodMiniType>;

/** The value type of every parameter, by name. */
export type CalculatorParameterValues = { [K in CalculatorParameterName]: z.output<(typeof valueSchemas)[K]> };

/** Where a value comes from, in words a reader can check: a CAO article, a regulation, a URL. */
export const CalculatorParameterSource = z.string().check(
  z.minLength(1),
  z.maxLength(500),
  // An empty string already fails `minLength`; this catches the blank one that would pass it.
  z.refine((s) => s === '' || s.trim() !== '', { message: 'must name where the value comes from' }),
);

function entry<T extends z.ZodMiniType>(value: T) {
  return z.strictObject({
    /** `null`: a new value applies from `validFrom` but is not known yet; the calculator keeps the previous one and warns. */
    value: z.nullable(value),
    /** First day (inclusive) the value applies. */
    validFrom: CalendarDate,
    status: z.enum(calculatorParameterStatuses),
    source: CalculatorParameterSource,
  });
}

/** The dated entries of one parameter: distinct dates, at least one known value. */
function series<T extends z.ZodMiniType>(value: T) {
  return z.array(entry(value)).check(
    z.minLength(1),
    z.maxLength(100),
    z.superRefine((entries, ctx) => {
      const seen = new Set<string>();
      entries.forEach((e, index) => {
        if (seen.has(e.validFrom)) {
          ctx.addIssue({ code: 'custom', message: 'repeats the date of an earlier entry', path: [index, 'validFrom'], input: e.validFrom });
        }
        seen.add(e.validFrom);
      });
      // Generic over the value schema, so the entry type is not resolved here; `value` is always present.
      if (entries.length > 0 && (entries as unknown as readonly { readonly value: unknown }[]).every((e) => e.value === null)) {
        ctx.addIssue({ code: 'custom', message: 'needs at least one entry with a known value', path: [], input: entries });
      }
    }),
  );
}

/**
 * An institution's verified parameters, by name. A parameter that is present replaces the whole
 * shipped series of the calculator for that parameter; an absent one keeps the shipped series.
 */
export const CalculatorParameterOverrides = z.strictObject({
  maxDailyWage: z.optional(series(valueSchemas.maxDailyWage)),
  aowAgeMonths: z.optional(series(valueSchemas.aowAgeMonths)),
  scale12TopMonthly: z.optional(series(valueSchemas.scale12TopMonthly)),
  scale10TopMonthly: z.optional(series(valueSchemas.scale10TopMonthly)),
  holidayPayRate: z.optional(series(valueSchemas.holidayPayRate)),
  yearEndBonusRate: z.optional(series(valueSchemas.yearEndBonusRate)),
  asuMonths: z.optional(series(valueSchemas.asuMonths)),
  extraAsuCapIncludesAllowances: z.optional(series(valueSchemas.extraAsuCapIncludesAllowances)),
  reintegrationBudget: z.optional(series(valueSchemas.reintegrationBudget)),
  fullTimeHoursPerWeek: z.optional(series(valueSchemas.fullTimeHoursPerWeek)),
  suppletionMaxMonths: z.optional(series(valueSchemas.suppletionMaxMonths)),
});
export type CalculatorParameterOverrides = z.infer<typeof CalculatorParameterOverrides>;

/** One dated value of parameter `K`, as stored and served. */
export type CalculatorParameterEntry<K extends CalculatorParameterName = CalculatorParameterName> = NonNullable<
  CalculatorParameterOverrides[K]
>[number];

/** `GET /v1/regulations?organisation=…` and the answer to a `PUT`. */
export const Regulations = z.object({
  organisation: Slug,
  /** When the set was last replaced; `null` when the organisation has never set any. */
  updatedAt: z.nullable(z.iso.datetime({ offset: true })),
  /**
   * Identifier (token subject) of the HR staff member who last replaced the set. Only in the answer
   * to HR's own `PUT`: the public `GET` leaves it out, since who entered a value is not public.
   */
  updatedBy: z.optional(z.string().check(z.minLength(1), z.maxLength(255))),
  parameters: CalculatorParameterOverrides,
});
export type Regulations = z.infer<typeof Regulations>;

/** `PUT /v1/regulations` body: the complete new set. The organisation is the caller's own, from the token. */
export const RegulationsUpdate = z.strictObject({
  parameters: CalculatorParameterOverrides,
});
export type RegulationsUpdate = z.infer<typeof RegulationsUpdate>;

/** `GET /v1/regulations` query. */
export const RegulationsQuery = z.strictObject({
  organisation: Slug,
});
export type RegulationsQuery = z.infer<typeof RegulationsQuery>;

// Compile-time guard: the overrides object has exactly one member per parameter name.
type SameKeys<A, B> = [Exclude<keyof A, B>, Exclude<B, keyof A>] extends [never, never] ? true : false;
type Holds<T extends true> = T;
type OverridesCoverEveryName = Holds<SameKeys<CalculatorParameterOverrides, CalculatorParameterName>>;

/** How many replacements of the set the HR answer reports, newest first. */
export const regulationsHistoryLimit = 50;

/**
 * Most entry changes one replacement can make: every entry of every parameter removed and as many
 * added (11 parameters × 100 entries × 2).
 */
export const regulationsChangesPerRevisionLimit = 2200;

/**
 * Most entry changes the HR answer lists in all, so its size stays bounded however large the
 * replacements were: older replacements that would exceed it are left out (`historyTruncated`).
 * The newest replacement is always listed.
 */
export const regulationsHistoryChangesLimit = regulationsChangesPerRevisionLimit;

/** How deeply a recorded value may nest: the richest parameter (a banded table) needs three levels. */
const maxRecordedValueNesting = 8;

/** Whether arrays and objects in `value` nest at most `limit` levels deep, checked without recursion. */
function nestingWithin(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= limit) return false;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, depth + 1]);
  }
  return true;
}

/**
 * An entry as it was recorded. Its value is checked where it enters (`PUT`); the history repeats
 * what was stored then, which a later, stricter version of a value schema must still be able to show.
 */
const recordedEntry = z.object({
  value: z.unknown().check(z.refine((value) => nestingWithin(value, maxRecordedValueNesting), { message: `must not be nested more than ${maxRecordedValueNesting} levels deep` })),
  validFrom: CalendarDate,
  status: z.enum(calculatorParameterStatuses),
  source: z.string(),
});

/** One dated entry that a replacement added, changed or removed. `before`/`after` are `null` for an added/removed entry. */
export const RegulationsChange = z.object({
  parameter: z.enum(calculatorParameterNames),
  validFrom: CalendarDate,
  before: z.nullable(recordedEntry),
  after: z.nullable(recordedEntry),
});
export type RegulationsChange = z.infer<typeof RegulationsChange>;

/** One replacement of the set (`PUT /v1/regulations`) as the server recorded it. */
export const RegulationsRevision = z.object({
  /** When the set was replaced. */
  at: z.iso.datetime({ offset: true }),
  /** Token subject of the HR staff member who replaced it; absent when the token carried none. */
  by: z.optional(z.string().check(z.minLength(1), z.maxLength(255))),
  /**
   * `true` for the oldest recorded state when nothing before it is known (the set as it stood when
   * history began to be kept): its entries may have been entered earlier than `at`.
   */
  initial: z.boolean(),
  /** What the replacement changed, entry by entry. */
  changes: z.array(RegulationsChange).check(z.maxLength(regulationsChangesPerRevisionLimit)),
});
export type RegulationsRevision = z.infer<typeof RegulationsRevision>;

/**
 * `GET /v1/hr/regulations`: the caller's own organisation's parameters as HR sees them (with who
 * last replaced them) and the latest replacements, newest first, at most {@link regulationsHistoryLimit}.
 */
export const HrRegulations = z.object({
  ...Regulations.shape,
  history: z.array(RegulationsRevision).check(z.maxLength(regulationsHistoryLimit)),
  /** `true` when older replacements exist than the ones listed (beyond the count or the size limit). */
  historyTruncated: z.boolean(),
});
export type HrRegulations = z.infer<typeof HrRegulations>;
