/**
 * The form of one dated value of a calculator parameter: what it asks per parameter, how typed text
 * becomes an entry, and which field a problem belongs to. The contract's schema
 * (`CalculatorParameterOverrides`) is the one check: the candidate series is parsed with it and every
 * issue lands on the field its path names. Pure; no DOM.
 */
import {
  CalculatorParameterOverrides,
  calculatorParameterStatuses,
  type CalculatorParameterEntry,
  type CalculatorParameterName,
  type CalculatorParameterStatus,
  type InvalidParam,
} from '@mobility-kit/contract';
import { isMobilityError, type MobilityHttpError, type MobilityValidationError } from '@mobility-kit/sdk';
import { parseDecimal } from '../shared/decimal.js';

/** A part of a value the form asks for separately. */
export type ValuePart =
  | 'amount'
  | 'rate'
  | 'years'
  | 'months'
  | 'hours'
  | 'flag'
  | 'perServiceYear'
  | 'max'
  | 'under40'
  | 'from40'
  | 'from50'
  | 'suppletionKind'
  | 'suppletionMonths';

/** Every field of the form. `unknown` is the "not known yet" box (a `null` value). */
export type EntryField = 'validFrom' | 'unknown' | 'status' | 'source' | ValuePart;

/** How a part is typed and shown: its unit decides how a limit in a message is formatted. */
export type PartUnit = 'money' | 'percent' | 'years' | 'months' | 'hours' | 'choice';

export interface PartDefinition {
  readonly part: ValuePart;
  readonly unit: PartUnit;
  /** Whole numbers only. */
  readonly whole?: boolean;
}

/** The parts of each parameter's value, in the order the form shows them. */
export const valueParts: Readonly<Record<CalculatorParameterName, readonly PartDefinition[]>> = {
  maxDailyWage: [{ part: 'amount', unit: 'money' }],
  aowAgeMonths: [
    { part: 'years', unit: 'years', whole: true },
    { part: 'months', unit: 'months', whole: true },
  ],
  scale12TopMonthly: [{ part: 'amount', unit: 'money' }],
  scale10TopMonthly: [{ part: 'amount', unit: 'money' }],
  holidayPayRate: [{ part: 'rate', unit: 'percent' }],
  yearEndBonusRate: [{ part: 'rate', unit: 'percent' }],
  asuMonths: [
    { part: 'perServiceYear', unit: 'months' },
    { part: 'max', unit: 'months' },
  ],
  extraAsuCapIncludesAllowances: [{ part: 'flag', unit: 'choice' }],
  reintegrationBudget: [
    { part: 'under40', unit: 'money' },
    { part: 'from40', unit: 'money' },
    { part: 'from50', unit: 'money' },
  ],
  fullTimeHoursPerWeek: [{ part: 'hours', unit: 'hours' }],
  suppletionMaxMonths: [
    { part: 'suppletionKind', unit: 'choice' },
    { part: 'suppletionMonths', unit: 'months' },
  ],
};

/** What the form holds: the text of every field, as typed. */
export type EntryFormValues = Partial<Record<EntryField, string>>;

/** Why a field is not accepted; the element words it in the active language. */
export type EntryProblem =
  | 'required'
  | 'notANumber'
  | 'notAWholeNumber'
  | 'notADate'
  | 'tooLow'
  | 'tooHigh'
  | 'mustBePositive'
  | 'belowHundredPercent'
  | 'duplicateDate'
  | 'needsKnownValue'
  | 'sourceBlank'
  | 'tooLong'
  | 'invalid';

export interface EntryFieldError {
  readonly problem: EntryProblem;
  /** The limit crossed, in the unit of the value as stored (a fraction for a rate, months for an age). */
  readonly limit?: number;
}

export type EntryErrors = Partial<Record<EntryField, EntryFieldError>>;

const text = (values: EntryFormValues, field: EntryField): string => (values[field] ?? '').trim();

/** Text for a number in a field: the way a Dutch reader types it, without grouping. */
function numberText(n: unknown, lang: string): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) return '';
  const rounded = Math.round(n * 1e6) / 1e6;
  const s = String(rounded);
  return lang === 'nl' ? s.replace('.', ',') : s;
}

/** The form's fields for an existing entry (to change it), or for a new one after `latest`. */
export function formValuesOf(name: CalculatorParameterName, entry: CalculatorParameterEntry | undefined, lang: string): EntryFormValues {
  const values: EntryFormValues = {
    validFrom: entry?.validFrom ?? '',
    status: entry?.status ?? 'V',
    source: entry?.source ?? '',
    unknown: entry && entry.value === null ? 'true' : '',
  };
  const value: unknown = entry?.value ?? null;
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  switch (name) {
    case 'maxDailyWage':
    case 'scale12TopMonthly':
    case 'scale10TopMonthly':
      values.amount = numberText(value, lang);
      break;
    case 'holidayPayRate':
    case 'yearEndBonusRate':
      values.rate = typeof value === 'number' ? numberText(value * 100, lang) : '';
      break;
    case 'aowAgeMonths':
      values.years = typeof value === 'number' ? String(Math.floor(value / 12)) : '';
      values.months = typeof value === 'number' ? String(value % 12) : '';
      break;
    case 'fullTimeHoursPerWeek':
      values.hours = numberText(value, lang);
      break;
    case 'extraAsuCapIncludesAllowances':
      values.flag = value === true ? 'yes' : value === false ? 'no' : '';
      break;
    case 'asuMonths':
      values.perServiceYear = numberText(record.perServiceYear, lang);
      values.max = numberText(record.max, lang);
      break;
    case 'reintegrationBudget':
      values.under40 = numberText(record.under40, lang);
      values.from40 = numberText(record.from40, lang);
      values.from50 = numberText(record.from50, lang);
      break;
    case 'suppletionMaxMonths':
      values.suppletionKind = value === 'until-aow' ? 'until-aow' : typeof value === 'number' ? 'months' : '';
      values.suppletionMonths = numberText(value, lang);
      break;
  }
  return values;
}

/** A typed number, or the problem with it. */
function readNumber(values: EntryFormValues, definition: PartDefinition, errors: EntryErrors): number | undefined {
  const raw = text(values, definition.part);
  const n = parseDecimal(raw);
  if (n === undefined) errors[definition.part] = { problem: 'required' };
  else if (Number.isNaN(n)) errors[definition.part] = { problem: 'notANumber' };
  else if (definition.whole && !Number.isInteger(n)) errors[definition.part] = { problem: 'notAWholeNumber' };
  else return n;
  return undefined;
}

/** The value the fields describe (`null` for "not known yet"); `undefined` when a part is missing or unreadable. */
function readValue(name: CalculatorParameterName, values: EntryFormValues, errors: EntryErrors): unknown {
  if (values.unknown === 'true') return null;
  const parts = valueParts[name];
  const num = (part: ValuePart) => readNumber(values, parts.find((p) => p.part === part)!, errors);
  switch (name) {
    case 'maxDailyWage':
    case 'scale12TopMonthly':
    case 'scale10TopMonthly':
      return num('amount');
    case 'holidayPayRate':
    case 'yearEndBonusRate': {
      const percent = num('rate');
      // Percent to fraction without the binary noise of a plain division (8.3 / 100 = 0.08300000000000001).
      return percent === undefined ? undefined : Math.round(percent * 1e6) / 1e8;
    }
    case 'aowAgeMonths': {
      const years = num('years');
      const months = num('months');
      if (months !== undefined && (months < 0 || months > 11)) {
        errors.months = { problem: months < 0 ? 'tooLow' : 'tooHigh', limit: months < 0 ? 0 : 11 };
        return undefined;
      }
      return years === undefined || months === undefined ? undefined : years * 12 + months;
    }
    case 'fullTimeHoursPerWeek':
      return num('hours');
    case 'extraAsuCapIncludesAllowances': {
      const flag = text(values, 'flag');
      if (flag !== 'yes' && flag !== 'no') {
        errors.flag = { problem: 'required' };
        return undefined;
      }
      return flag === 'yes';
    }
    case 'asuMonths': {
      const perServiceYear = num('perServiceYear');
      const max = num('max');
      return perServiceYear === undefined || max === undefined ? undefined : { perServiceYear, max };
    }
    case 'reintegrationBudget': {
      const under40 = num('under40');
      const from40 = num('from40');
      const from50 = num('from50');
      return under40 === undefined || from40 === undefined || from50 === undefined ? undefined : { under40, from40, from50 };
    }
    case 'suppletionMaxMonths': {
      const kind = text(values, 'suppletionKind');
      if (kind === 'until-aow') return 'until-aow';
      if (kind !== 'months') {
        errors.suppletionKind = { problem: 'required' };
        return undefined;
      }
      return num('suppletionMonths');
    }
  }
}

/** The field a value issue belongs to: the member of an object value, else the value's one number. */
function valueField(name: CalculatorParameterName, rest: readonly PropertyKey[]): ValuePart {
  const parts = valueParts[name];
  const member = rest[0];
  if (typeof member === 'string' && parts.some((p) => p.part === member)) return member as ValuePart;
  if (name === 'aowAgeMonths') return 'years';
  if (name === 'suppletionMaxMonths') return 'suppletionMonths';
  return parts[0]!.part;
}

interface IssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message?: string;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
}

const customProblems: Readonly<Record<string, EntryProblem>> = {
  'must be a positive amount': 'mustBePositive',
  'must be more than 0 hours': 'mustBePositive',
  'must be a fraction below 1': 'belowHundredPercent',
  'repeats the date of an earlier entry': 'duplicateDate',
  'needs at least one entry with a known value': 'needsKnownValue',
  'must name where the value comes from': 'sourceBlank',
};

/**
 * The field and problem of one issue about the entry at `index` of `name`'s series, as the
 * contract's schema reports it (`[name, index, member, …]`) or the server's problem names it
 * (`parameters.name.index.member`). `undefined` for an issue about another entry.
 */
export function fieldOfIssue(name: CalculatorParameterName, index: number, issue: IssueLike): { field: EntryField; error: EntryFieldError } | undefined {
  const path = issue.path[0] === 'parameters' ? issue.path.slice(1) : issue.path;
  if (path[0] !== name) return undefined;
  const problemOf = (): EntryFieldError => {
    if (issue.code === 'too_small') return { problem: 'tooLow', ...(typeof issue.minimum === 'number' ? { limit: issue.minimum } : {}) };
    if (issue.code === 'too_big') return { problem: 'tooHigh', ...(typeof issue.maximum === 'number' ? { limit: issue.maximum } : {}) };
    if (issue.code === 'invalid_format') return { problem: 'notADate' };
    if (issue.code === 'invalid_type' && issue.message?.includes('int')) return { problem: 'notAWholeNumber' };
    return { problem: customProblems[issue.message ?? ''] ?? 'invalid' };
  };
  // A problem of the whole series: no entry with a known value.
  if (path.length === 1) return { field: 'unknown', error: { problem: 'needsKnownValue' } };
  if (Number(path[1]) !== index) return undefined;
  const member = path[2];
  const error = problemOf();
  if (member === 'validFrom') return { field: 'validFrom', error: error.problem === 'invalid' || error.problem === 'tooLow' || error.problem === 'tooHigh' ? { problem: 'notADate' } : error };
  if (member === 'source') return { field: 'source', error: error.problem === 'tooLow' ? { problem: 'required' } : error.problem === 'tooHigh' ? { problem: 'tooLong', ...(error.limit !== undefined ? { limit: error.limit } : {}) } : error };
  if (member === 'status') return { field: 'status', error: { problem: 'required' } };
  if (member === 'value') return { field: valueField(name, path.slice(3)), error };
  return undefined;
}

/** A server or SDK answer's issues as paths: the problem's `invalidParams` or the client's own check of the body. */
export function issuesOfError(error: unknown): IssueLike[] {
  if (!isMobilityError(error)) return [];
  let described: readonly { readonly path: string; readonly message: string }[] = [];
  if (error.kind === 'http') described = (error as MobilityHttpError).problem.invalidParams ?? [];
  else if (error.kind === 'validation') described = (error as MobilityValidationError).issues;
  // Both carry the contract's dotted path and its English sentence (`describeIssue`); the limit is read back from it.
  return described.map((param) => ({
    code: /at least/.test(param.message) ? 'too_small' : /at most/.test(param.message) ? 'too_big' : 'custom',
    path: param.path.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key)),
    message: param.message,
    ...numberIn(param.message, /at least (-?[\d.]+)/, 'minimum'),
    ...numberIn(param.message, /at most (-?[\d.]+)/, 'maximum'),
  }));
}

function numberIn(message: string, pattern: RegExp, key: 'minimum' | 'maximum'): Partial<Record<'minimum' | 'maximum', number>> {
  const match = pattern.exec(message);
  return match ? { [key]: Number(match[1]) } : {};
}

/** The outcome of reading the form. */
export interface EntryCheck {
  /** The candidate series (the parameter's entries with this one put in), when every field is accepted. */
  readonly series?: CalculatorParameterEntry[];
  readonly errors: EntryErrors;
}

/**
 * Reads the form into an entry, puts it into `entries` (replacing the one at `index`, or added when
 * `index` is `undefined`) and checks the series with the contract. Never throws.
 */
export function checkEntry(
  name: CalculatorParameterName,
  entries: readonly CalculatorParameterEntry[],
  index: number | undefined,
  values: EntryFormValues,
): EntryCheck {
  const errors: EntryErrors = {};
  const value = readValue(name, values, errors);
  const validFrom = text(values, 'validFrom');
  if (validFrom === '') errors.validFrom = { problem: 'required' };
  const source = values.source ?? '';
  if (source.trim() === '') errors.source = { problem: source === '' ? 'required' : 'sourceBlank' };
  const status = text(values, 'status');
  if (!(calculatorParameterStatuses as readonly string[]).includes(status)) errors.status = { problem: 'required' };
  const at = index ?? entries.length;
  const entry = { value: value === undefined ? null : value, validFrom, status: status as CalculatorParameterStatus, source } as CalculatorParameterEntry;
  const series = [...entries];
  series.splice(at, index === undefined ? 0 : 1, entry);
  const parsed = CalculatorParameterOverrides.safeParse({ [name]: series });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const found = fieldOfIssue(name, at, issue as IssueLike);
      // The first problem of a field is the one to fix first; a field already at fault keeps its own.
      if (found && !errors[found.field]) errors[found.field] = found.error;
    }
  }
  const clean = Object.keys(errors).length === 0 && parsed.success;
  return clean ? { series: (parsed.data[name] ?? []) as CalculatorParameterEntry[], errors } : { errors };
}

/** Server-side problems about the entry, by field; what names no field of this entry is under `form`. */
export function serverErrors(name: CalculatorParameterName, index: number, error: unknown): { fields: EntryErrors; unplaced: number } {
  const fields: EntryErrors = {};
  let unplaced = 0;
  for (const issue of issuesOfError(error)) {
    const found = fieldOfIssue(name, index, issue);
    if (found && !fields[found.field]) fields[found.field] = found.error;
    else if (!found) unplaced += 1;
  }
  return { fields, unplaced };
}
