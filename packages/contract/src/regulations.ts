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
import { calculatorParameterStatuses, type CalculatorParameterName } from './vocabulary.js';

/** The bounds the calculator itself enforces, so the server never stores a value it would refuse. */
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
  aowAgeMonths: z.number().check(z.int(), z.minimum(60 * 12), z.maximum(75 * 12)),
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
  fullTimeHoursPerWeek: z.number().check(z.refine((v) => v > 0, { message: 'must be more than 0 hours' }), z.maximum(60)),
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
