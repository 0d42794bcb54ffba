/**
 * Input and result shapes of `simulate`. Field names follow the calculator specification; they are
 * the public API an institution's portal calls.
 */
import type { ParameterName, ParameterOverrides, ParameterStatus } from './parameters.js';

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** A new employment (or self-employment) that starts during the benefit period. */
export interface NewJob {
  /** Row (benefit month, 1-based) from which the new job pays. */
  readonly startMonth: number;
  /** Gross monthly wage of the new job, on the same basis as `annualWage / 12` (holiday pay and year-end bonus included). */
  readonly monthlyWage: number;
  /** Hours per week of the new job. */
  readonly hoursPerWeek: number;
  /** `true` for an employment contract; `false` for self-employment (which never gets loonsuppletie). */
  readonly contract: boolean;
}

/**
 * Income from work that is not `newJob` — part-time work during the WW, a klus — in rows
 * `fromMonth` to `toMonth` inclusive (open-ended without `toMonth`). It counts for the WW income
 * deduction and the 87.5 % rule, never for loonsuppletie.
 */
export interface OtherIncome {
  readonly fromMonth: number;
  readonly toMonth?: number;
  /** Gross income per month in those rows. */
  readonly monthlyAmount: number;
}

/** What the employee enters. All money in euros, gross. */
export interface ScenarioInput {
  /** First day of unemployment; selects the parameter table and the BWRHBO regime. */
  readonly unemploymentDate: IsoDate;
  /** Date of birth: fictief arbeidsverleden, age bands and the AOW date. */
  readonly birthDate: IsoDate;
  /** Annual SV-wage of the reference year (gross, holiday pay and year-end bonus included). */
  readonly annualWage: number;
  /** Contract hours per week of the lost job. */
  readonly hoursPerWeek: number;
  /** Weeks with paid work in the 36 weeks before the first day of unemployment (wekeneis). */
  readonly weeksWorkedLast36: number;
  /**
   * Calendar years from 1998, before the unemployment year, with at least 208 paid hours: either the
   * list of those years or their number. A number means that many consecutive years immediately
   * before the unemployment year.
   */
  readonly workedYears: number | readonly number[];
  /** Full years of service in the hbo sector. */
  readonly hboServiceYears: number;
  /** Years with the last employer (fractions allowed: 1 year and 11 months is 1 + 11/12). */
  readonly yearsWithEmployer: number;
  /** Whether a sociaal plan applies; default `false`. */
  readonly socialPlan?: boolean;
  /** A new job from benefit month `startMonth` on. */
  readonly newJob?: NewJob;
  /** Other income from work, by row. */
  readonly otherIncome?: readonly OtherIncome[];
}

/** Options of `simulate`. */
export interface SimulateOptions {
  /** Values an institution has verified; they replace the shipped table entries. */
  readonly parameters?: ParameterOverrides;
  /**
   * When the capped maandloon is used, deduct income in proportion (`income × capped / uncapped`)
   * rather than in full. Default `true`.
   */
  readonly proportionalIncomeOffset?: boolean;
}

/** Why the WW is absent or short: `wekeneis` (no WW), `jareneis` (3 months), `aow-age` (no WW), `regime-unsupported`. */
export type WwReason = 'wekeneis' | 'jareneis' | 'aow-age' | 'regime-unsupported';

/** Arbeidsverleden in years. */
export interface WorkHistory {
  /** Fictief arbeidsverleden: calendar years from the year of turning 18 up to and including 1997. */
  readonly fictitious: number;
  /** Feitelijk arbeidsverleden: worked calendar years from 1998 up to the year before unemployment. */
  readonly actual: number;
  /** T = fictitious + actual. */
  readonly total: number;
  /** P = the part of T before 2016, fictitious years included. */
  readonly before2016: number;
}

/** An amount before and after the maximum dagloon. */
export interface CappedAmount {
  readonly uncapped: number;
  readonly capped: number;
}

export interface WwResult {
  readonly eligible: boolean;
  /** Rules that were not met, e.g. `['jareneis']`. */
  readonly reasons: readonly WwReason[];
  /** W, the WW entitlement in months; may end in .5. */
  readonly durationMonths: number;
  /** The WW-2015 duration used by the BWRHBO repair benefit. */
  readonly duration2015Months: number;
  readonly workHistory: WorkHistory;
  /** Dagloon in € per day (full precision). */
  readonly dailyWage: CappedAmount;
  /** Maandloon in € per month (full precision). */
  readonly monthlyWage: CappedAmount;
  /** Row in which the WW ended because income stayed above 87.5 % for two months in a row; otherwise `null`. */
  readonly endedByIncomeInMonth: number | null;
}

export interface BwrhboResult {
  /** `'2017'` for unemployment from 2017-04-01; `'unsupported'` before that. */
  readonly regime: '2017' | 'unsupported';
  /** Whether BWRHBO applies at all (2017 regime and WW). */
  readonly applies: boolean;
  /** Months of reparatie-uitkering (RU). */
  readonly ruMonths: number;
  readonly asuEligible: boolean;
  /** Months of aansluitende uitkering (ASU). */
  readonly asuMonths: number;
  readonly extraAsuEligible: boolean;
  /** Months of extra ASU up to the AOW date. */
  readonly extraAsuMonths: number;
  /** Monthly cap of RU and ASU: 70 % × scale-12 top × (1 + holiday pay + year-end bonus). */
  readonly capMonthly: number;
  /** Monthly cap of the extra ASU: 70 % of the top of scale 10 (allowances per parameter). */
  readonly extraAsuCapMonthly: number;
}

/** Why loonsuppletie is not paid. */
export type SuppletionReason =
  | 'no-new-job'
  | 'no-bwrhbo'
  | 'not-a-contract'
  | 'starts-after-benefits'
  | 'hourly-wage-not-lower'
  | 'above-scale-12';

export interface SuppletionResult {
  readonly eligible: boolean;
  readonly reasons: readonly SuppletionReason[];
  /** € per hour of the lost job. */
  readonly oldHourlyWage: number;
  /** € per hour of the new job (0 without a new job). */
  readonly newHourlyWage: number;
  /** € per hour at the top of scale 12, allowances included. */
  readonly scale12HourlyMax: number;
  /** (min(old hourly, scale-12 hourly) − new hourly) × new hours per month, before the ceiling. */
  readonly monthlyBase: number;
}

/** A layer of income on the month axis. `avu` and `suppletion` run alongside the others; `ww`, `ru`, `asu`, `extraAsu` follow each other. */
export type IncomeLayer = 'ww' | 'avu' | 'ru' | 'asu' | 'extraAsu' | 'suppletion';

/** An interval `[from, to)` on the month axis (month 0 = first day of unemployment). */
export interface LayerInterval {
  readonly layer: IncomeLayer;
  readonly from: number;
  readonly to: number;
}

/** The part of a row one layer pays: its monthly rate over `[from, to)`; amount = rate × (to − from). */
export interface MonthSegment extends LayerInterval {
  /** Monthly rate in full precision, after the income deduction. */
  readonly monthlyRate: number;
}

/** Something worth a note in a row. */
export type MonthNote = 'ww-suspended-income' | 'ww-ended-income' | 'aow' | 'new-job-start';

/** One row of the timeline: row `month` covers `[month − 1, month)`. Amounts rounded to cents. */
export interface MonthRow {
  readonly month: number;
  /** Calendar date on which the row starts. */
  readonly startDate: IsoDate;
  readonly ww: number;
  readonly avu: number;
  readonly ru: number;
  readonly asu: number;
  readonly extraAsu: number;
  readonly suppletion: number;
  /** Income from work in the row (new job and other income). */
  readonly income: number;
  /** Sum of the rounded amounts above. */
  readonly total: number;
  readonly segments: readonly MonthSegment[];
  readonly notes: readonly MonthNote[];
}

/** A phase boundary to mark on a timeline. */
export interface Milestone {
  readonly kind:
    | 'ww-rate-change'
    | 'avu-rate-change'
    | 'ww-end'
    | 'ru-start'
    | 'asu-start'
    | 'extra-asu-start'
    | 'benefits-end'
    | 'new-job-start'
    | 'aow';
  /** Position on the month axis. */
  readonly month: number;
  readonly date: IsoDate;
}

/** Codes of the caveats a result can carry. */
export type WarningCode =
  | 'unverified-parameter'
  | 'max-daily-wage-unknown'
  | 'parameter-unknown'
  | 'parameter-before-table'
  | 'regime-unsupported'
  | 'unverified-rule';

export interface ScenarioWarning {
  readonly code: WarningCode;
  readonly parameter?: ParameterName;
  /** For `unverified-rule`: the rule whose formula is a working hypothesis. */
  readonly rule?: ExplanationStep;
}

/** A parameter as it was used in a figure. */
export interface ParameterUse {
  readonly name: ParameterName;
  readonly value: unknown;
  readonly validFrom: IsoDate;
  readonly status: ParameterStatus;
  readonly source: string;
  readonly overridden: boolean;
  /** The entry in force whose value is not known, when an earlier value stands in. */
  readonly unknownEntry?: { readonly validFrom: IsoDate; readonly status: ParameterStatus; readonly source: string };
}

/** Stable keys of the explanation steps; a user interface translates them. */
export type ExplanationStep =
  | 'regime'
  | 'wekeneis'
  | 'aow-date'
  | 'work-history'
  | 'jareneis'
  | 'ww-duration'
  | 'ww-2015-duration'
  | 'daily-wage'
  | 'max-daily-wage'
  | 'monthly-wage'
  | 'ww-percentage'
  | 'income-deduction'
  | 'ww-ended-by-income'
  | 'avu'
  | 'ru'
  | 'asu'
  | 'extra-asu'
  | 'suppletion'
  | 'reintegration-budget';

/** A scalar a step reports. */
export type ExplanationValue = number | string | boolean | null;

/** One step of the explanation: which rule, which inputs and parameters, which result. */
export interface Explanation {
  readonly step: ExplanationStep;
  /** How firm the rule itself is (V, V2, D, U). */
  readonly status: ParameterStatus;
  readonly inputs: Readonly<Record<string, ExplanationValue>>;
  readonly result: Readonly<Record<string, ExplanationValue>>;
  readonly parameters: readonly ParameterUse[];
}

/** The AOW date and where it falls on the month axis. */
export interface AowResult {
  readonly date: IsoDate;
  readonly ageMonths: number;
  /** Position on the month axis; rows never extend past it. */
  readonly month: number;
}

/** Everything `simulate` computes. */
export interface ScenarioResult {
  /** `false` when the calculator does not cover the situation (unemployment before 2017-04-01): every figure is then 0. */
  readonly covered: boolean;
  readonly ww: WwResult;
  readonly bwrhbo: BwrhboResult;
  readonly suppletion: SuppletionResult;
  readonly aow: AowResult;
  /** The intervals each layer actually pays, after the AOW cut-off and an income-ended WW. */
  readonly layers: readonly LayerInterval[];
  readonly milestones: readonly Milestone[];
  readonly months: readonly MonthRow[];
  /** Maximum re-integratiebudget in euros (a budget for a trajectory, never income). */
  readonly reintegrationBudget: number;
  readonly warnings: readonly ScenarioWarning[];
  readonly explanations: readonly Explanation[];
}
