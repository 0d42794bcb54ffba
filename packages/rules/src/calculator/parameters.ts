/**
 * The dated parameter table of the calculator and its resolution on a date.
 *
 * Statutory rules that never change by date (26 of 36 weeks, 261 days, 21.75 days a month …) live in
 * the rule code with their status in the explanation. Everything that changes with a pay round, a
 * half-year indexation or a CAO text an institution still has to check is a parameter here, with
 * `{ value, validFrom, status, source }` per entry.
 */
import { calculatorParameterNames, calculatorParameterStatuses } from '@mobility-kit/contract/vocabulary';
import type {
  CalculatorBounds,
  CalculatorAsuDurationRule,
  CalculatorParameterName,
  CalculatorParameterStatus,
  CalculatorParameterValues,
  CalculatorReintegrationBudgetBands,
} from '@mobility-kit/contract';
import { compareDates, parseIsoDate, type CivilDate } from './dates.js';

/**
 * How far a value can be trusted: `V` verified against an official or sector source, `V2` from a
 * secondary source (union, news, trade press), `D` derived arithmetic, `U` unverified.
 */
export type ParameterStatus = CalculatorParameterStatus;

/** Every parameter status, in order of trust. */
export const parameterStatuses: readonly ParameterStatus[] = calculatorParameterStatuses;

/** Duration rule of the aansluitende uitkering (ASU): months per full year of hbo service, capped. */
export type AsuDurationRule = Readonly<CalculatorAsuDurationRule>;

/** Maximum re-integratiebudget by age (full years) on the first day of unemployment. */
export type ReintegrationBudgetBands = Readonly<CalculatorReintegrationBudgetBands>;

/** The value type of every parameter, by name. */
export interface ParameterValues {
  /** Maximum dagloon (€ per day) in force on a date. */
  maxDailyWage: number;
  /** AOW age in months for people who reach it in the calendar year of `validFrom`. */
  aowAgeMonths: number;
  /** Top of CAO hbo salary scale 12, € per month, full time, without allowances. */
  scale12TopMonthly: number;
  /** Top of CAO hbo salary scale 10, € per month, full time, without allowances. */
  scale10TopMonthly: number;
  /** CAO hbo vakantietoelage as a fraction of salary (0.08 = 8 %). */
  holidayPayRate: number;
  /** CAO hbo eindejaarsuitkering as a fraction of salary. */
  yearEndBonusRate: number;
  /** Duration of the aansluitende uitkering. */
  asuMonths: AsuDurationRule;
  /** Whether the extra-ASU cap (70 % of the top of scale 10) includes holiday pay and year-end bonus. */
  extraAsuCapIncludesAllowances: boolean;
  /** Maximum re-integratiebudget by age band. */
  reintegrationBudget: ReintegrationBudgetBands;
  /** Full-time hours per week under the CAO hbo; turns the scale-12 top into an hourly wage for loonsuppletie. */
  fullTimeHoursPerWeek: number;
  /** How long loonsuppletie is paid, in months from the start of the new job, or until AOW age. */
  suppletionMaxMonths: number | 'until-aow';
}

/** Name of a parameter in the table. */
export type ParameterName = CalculatorParameterName;

/** Every parameter name, in a stable order. */
export const parameterNames: readonly ParameterName[] = calculatorParameterNames;

// The contract's schemas (what an institution stores on the server) and this table must agree on
// every parameter's value type; this fails to compile when one of them changes alone.
type Agree<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
type ValuesAgreeWithContract = Holds<Agree<ParameterValues, CalculatorParameterValues>>;

/**
 * One dated value. `value: null` means "a new value applies from this date but it is not known":
 * the calculator then uses the previous known value and warns.
 */
export interface ParameterEntry<T> {
  readonly value: T | null;
  /** ISO date from which the value applies (inclusive). */
  readonly validFrom: string;
  readonly status: ParameterStatus;
  /** Where the value comes from, in words a reader can check. */
  readonly source: string;
}

/** A full table: for every parameter its entries, in any order. */
export type ParameterTable = {
  readonly [K in ParameterName]: readonly ParameterEntry<ParameterValues[K]>[];
};

/** One entry an institution puts in; omitted fields default to `validFrom: '1900-01-01'`, `status: 'V'`, `source: 'institution'`. */
export interface ParameterOverrideEntry<T> {
  readonly value: T | null;
  readonly validFrom?: string;
  readonly status?: ParameterStatus;
  readonly source?: string;
}

/**
 * What an institution may override per parameter: a bare value (applies on every date, status `V`),
 * one entry, or a list of entries that replaces the shipped series.
 */
export type ParameterOverride<T> = T | ParameterOverrideEntry<T> | readonly ParameterOverrideEntry<T>[];

/** Institution overrides of the shipped table, by parameter name. */
export type ParameterOverrides = { readonly [K in ParameterName]?: ParameterOverride<ParameterValues[K]> };

const placeholderSource =
  'Indicative placeholder, not taken from the CAO hbo text: an institution must enter the official value';

/**
 * The table shipped with the library. Values with status `U` must be replaced by an institution
 * (through `ParameterOverrides`) before figures depending on them are more than an indication.
 */
export const defaultParameterTable: ParameterTable = {
  maxDailyWage: [
    { value: 274.44, validFrom: '2024-01-01', status: 'V', source: 'UWV, maximumdagloon per 1 januari 2024' },
    { value: 282.95, validFrom: '2024-07-01', status: 'V', source: 'UWV, maximumdagloon per 1 juli 2024' },
    { value: 290.67, validFrom: '2025-01-01', status: 'V', source: 'UWV, maximumdagloon per 1 januari 2025' },
    { value: null, validFrom: '2025-07-01', status: 'U', source: 'Maximumdagloon per 1 juli 2025 not known to this table' },
    { value: 304.25, validFrom: '2026-01-01', status: 'V2', source: 'Announced maximumdagloon per 1 januari 2026 (secondary source)' },
    { value: null, validFrom: '2026-07-01', status: 'U', source: 'Maximumdagloon per 1 juli 2026 not yet published' },
  ],
  aowAgeMonths: [
    { value: 65 * 12 + 9, validFrom: '2017-01-01', status: 'U', source: 'Statutory AOW age (Algemene Ouderdomswet), not checked for this table' },
    { value: 66 * 12, validFrom: '2018-01-01', status: 'U', source: 'Statutory AOW age (Algemene Ouderdomswet), not checked for this table' },
    { value: 66 * 12 + 4, validFrom: '2019-01-01', status: 'U', source: 'Statutory AOW age (Algemene Ouderdomswet), not checked for this table' },
    { value: 66 * 12 + 7, validFrom: '2022-01-01', status: 'U', source: 'Statutory AOW age (Algemene Ouderdomswet), not checked for this table' },
    { value: 66 * 12 + 10, validFrom: '2023-01-01', status: 'U', source: 'Statutory AOW age (Algemene Ouderdomswet), not checked for this table' },
    { value: 67 * 12, validFrom: '2024-01-01', status: 'U', source: 'Statutory AOW age (Algemene Ouderdomswet), not checked for this table' },
    { value: 67 * 12, validFrom: '2025-01-01', status: 'V', source: 'AOW age 67 for 2025–2027 (Algemene Ouderdomswet)' },
    { value: 67 * 12 + 3, validFrom: '2028-01-01', status: 'V', source: 'AOW age 67 years and 3 months in 2028 (Algemene Ouderdomswet)' },
    { value: 67 * 12 + 3, validFrom: '2029-01-01', status: 'U', source: 'AOW age from 2029 assumed equal to 2028; set by law five years ahead' },
  ],
  scale12TopMonthly: [{ value: 6800, validFrom: '2024-01-01', status: 'U', source: placeholderSource }],
  scale10TopMonthly: [{ value: 5100, validFrom: '2024-01-01', status: 'U', source: placeholderSource }],
  holidayPayRate: [{ value: 0.08, validFrom: '2017-01-01', status: 'U', source: 'CAO hbo vakantietoelage 8 %, not checked against the current CAO text' }],
  yearEndBonusRate: [{ value: 0.083, validFrom: '2017-01-01', status: 'U', source: 'CAO hbo eindejaarsuitkering 8.3 %, not checked against the current CAO text' }],
  asuMonths: [
    { value: { perServiceYear: 1, max: 34 }, validFrom: '2017-04-01', status: 'U', source: 'Union texts: 1 month per year of service; news: at most 34 months' },
  ],
  extraAsuCapIncludesAllowances: [
    { value: false, validFrom: '2017-04-01', status: 'U', source: 'CAO hbo text on the extra ASU cap not checked; read as the bare top of scale 10' },
  ],
  reintegrationBudget: [
    { value: { under40: 8000, from40: 10000, from50: 12000 }, validFrom: '2017-04-01', status: 'V2', source: 'CAO hbo persoonsgebonden re-integratietraject (secondary source)' },
  ],
  fullTimeHoursPerWeek: [{ value: 38, validFrom: '2017-01-01', status: 'U', source: 'Full-time week of the CAO hbo assumed at 38 hours' }],
  suppletionMaxMonths: [
    { value: 'until-aow', validFrom: '2017-04-01', status: 'U', source: 'Working hypothesis: loonsuppletie is paid for as long as the new job pays' },
  ],
};

/** A parameter value as used on one date, with the entry it came from. */
export interface ResolvedParameter<T> {
  readonly name: ParameterName;
  readonly value: T;
  readonly validFrom: string;
  readonly status: ParameterStatus;
  readonly source: string;
  /** True when the value came from the institution's overrides rather than the shipped table. */
  readonly overridden: boolean;
  /** Set when the entry in force on the date has no known value and an earlier one stands in. */
  readonly unknownEntry?: { readonly validFrom: string; readonly status: ParameterStatus; readonly source: string };
  /** True when the date lies before the first entry of the series and the first value stands in. */
  readonly beforeTable: boolean;
}

/**
 * The AOW ages in months the calculator can find an AOW date for: 60 to 75 years. Its type ties it
 * to the contract's bounds of the parameter, so the two cannot differ.
 */
export const aowAgeRange: { readonly min: CalculatorBounds['aowAgeMonths']['min']; readonly max: CalculatorBounds['aowAgeMonths']['max'] } = {
  min: 720,
  max: 900,
};

/** A clear error for a parameter table or override that cannot be used. */
export class ParameterError extends Error {
  override readonly name = 'ParameterError';
  constructor(
    /** The parameter at fault (or the unknown key that was given). */
    readonly parameter: string,
    message: string,
  ) {
    super(`${parameter}: ${message}`);
  }
}

interface Series<T> {
  readonly entries: readonly (ParameterEntry<T> & { readonly from: CivilDate })[];
  readonly overridden: boolean;
}

function isEntry<T>(value: unknown): value is ParameterOverrideEntry<T> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'value' in value;
}

function toEntries<T>(override: ParameterOverride<T>): ParameterEntry<T>[] {
  const list: readonly unknown[] = Array.isArray(override) ? override : [isEntry<T>(override) ? override : { value: override }];
  return list.map((item) => {
    if (!isEntry<T>(item)) throw new TypeError('each entry needs a `value`');
    return {
      value: item.value,
      validFrom: item.validFrom ?? '1900-01-01',
      status: item.status ?? 'V',
      source: item.source ?? 'institution',
    };
  });
}

/**
 * Checks that a value has the shape its parameter needs and can be calculated with; returns a
 * message or undefined. How much is plausible (a holiday pay rate below 100 %, a full-time week of
 * at most 60 hours) is the contract's to declare and check where values enter: the server refuses
 * them on `PUT /v1/regulations` and the SDK on the way back.
 */
function valueProblem(name: ParameterName, value: unknown): string | undefined {
  const positive = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v > 0;
  const nonNegative = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  switch (name) {
    case 'maxDailyWage':
    case 'scale12TopMonthly':
    case 'scale10TopMonthly':
      return positive(value) ? undefined : 'must be a positive amount';
    case 'holidayPayRate':
    case 'yearEndBonusRate':
      return nonNegative(value) ? undefined : 'must be a fraction of 0 or more';
    case 'aowAgeMonths':
      return Number.isInteger(value) && (value as number) >= aowAgeRange.min && (value as number) <= aowAgeRange.max
        ? undefined
        : `must be whole months between ${aowAgeRange.min / 12} and ${aowAgeRange.max / 12} years`;
    case 'fullTimeHoursPerWeek':
      return positive(value) ? undefined : 'must be a positive number of hours per week';
    case 'extraAsuCapIncludesAllowances':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'suppletionMaxMonths':
      return value === 'until-aow' || nonNegative(value) ? undefined : "must be a number of months or 'until-aow'";
    case 'asuMonths': {
      const rule = value as Partial<AsuDurationRule> | null;
      return typeof rule === 'object' && rule !== null && nonNegative(rule.perServiceYear) && nonNegative(rule.max)
        ? undefined
        : 'must be { perServiceYear, max } with non-negative numbers';
    }
    case 'reintegrationBudget': {
      const bands = value as Partial<ReintegrationBudgetBands> | null;
      return typeof bands === 'object' && bands !== null && nonNegative(bands.under40) && nonNegative(bands.from40) && nonNegative(bands.from50)
        ? undefined
        : 'must be { under40, from40, from50 } with non-negative amounts';
    }
  }
}

function buildSeries<T>(name: ParameterName, entries: readonly ParameterEntry<T>[], overridden: boolean): Series<T> {
  if (entries.length === 0) throw new ParameterError(name, 'needs at least one entry');
  const parsed = entries.map((entry) => {
    const from = parseIsoDate(entry.validFrom);
    if (!from) throw new ParameterError(name, `validFrom "${String(entry.validFrom)}" is not an ISO date (YYYY-MM-DD)`);
    if (!parameterStatuses.includes(entry.status)) throw new ParameterError(name, `status "${String(entry.status)}" is not one of V, V2, D, U`);
    if (typeof entry.source !== 'string') throw new ParameterError(name, 'source must be text');
    if (entry.value !== null) {
      const problem = valueProblem(name, entry.value);
      if (problem) throw new ParameterError(name, `value ${JSON.stringify(entry.value)} ${problem}`);
    }
    return { ...entry, from };
  });
  parsed.sort((a, b) => compareDates(a.from, b.from));
  if (!parsed.some((entry) => entry.value !== null)) throw new ParameterError(name, 'needs at least one entry with a known value');
  return { entries: parsed, overridden };
}

/**
 * The shipped table with an institution's overrides applied, ready to be read on a date.
 * Throws `ParameterError` when an override is malformed.
 */
export class ParameterSet {
  readonly #series: { [K in ParameterName]: Series<ParameterValues[K]> };

  constructor(overrides: ParameterOverrides = {}, table: ParameterTable = defaultParameterTable) {
    if (typeof overrides !== 'object' || overrides === null) throw new ParameterError('parameters', 'must be an object');
    for (const key of Object.keys(overrides)) {
      if (!(parameterNames as readonly string[]).includes(key)) throw new ParameterError(key, 'is not a known parameter');
    }
    const series = {} as Record<ParameterName, Series<unknown>>;
    for (const name of parameterNames) {
      const override = overrides[name];
      if (override === undefined) {
        series[name] = buildSeries<unknown>(name, table[name], false);
      } else {
        let entries: ParameterEntry<unknown>[];
        try {
          entries = toEntries<unknown>(override);
        } catch (error) {
          throw new ParameterError(name, (error as Error).message);
        }
        series[name] = buildSeries(name, entries, true);
      }
    }
    this.#series = series as { [K in ParameterName]: Series<ParameterValues[K]> };
  }

  /** The value of `name` in force on `date`, with where it came from. */
  resolve<K extends ParameterName>(name: K, date: CivilDate): ResolvedParameter<ParameterValues[K]> {
    const { entries, overridden } = this.#series[name];
    let index = -1;
    for (let i = 0; i < entries.length; i += 1) {
      if (compareDates(entries[i]!.from, date) <= 0) index = i;
    }
    const beforeTable = index < 0;
    const inForce = entries[Math.max(index, 0)]!;
    let used = inForce;
    if (inForce.value === null) {
      // Walk back to the latest known value; failing that (unknown first entry), forward to the first known one.
      const earlier = entries.slice(0, Math.max(index, 0)).reverse().find((entry) => entry.value !== null);
      used = earlier ?? entries.find((entry) => entry.value !== null)!;
    }
    return {
      name,
      value: used.value as ParameterValues[K],
      validFrom: used.validFrom,
      status: used.status,
      source: used.source,
      overridden,
      beforeTable,
      ...(inForce.value === null && !beforeTable
        ? { unknownEntry: { validFrom: inForce.validFrom, status: inForce.status, source: inForce.source } }
        : {}),
    };
  }
}
