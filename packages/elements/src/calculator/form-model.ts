/**
 * The calculator form as data: what the employee typed (kept as text, so nothing typed is ever
 * lost or silently rewritten), its validation, and its translation into the `simulate` inputs of
 * each scenario. No DOM: tests call these functions directly.
 */
import { calculatorBounds, calculatorInputSchemas, type CalculatorInputPath } from '@mobility-kit/contract';
import type { OtherIncome, ScenarioInput } from '@mobility-kit/rules';

/** Every text field of the form, in the order it appears. */
export const calculatorFields = [
  'birthDate',
  'unemploymentDate',
  'annualWage',
  'hoursPerWeek',
  'weeksWorkedLast36',
  'workedYears',
  'hboServiceYears',
  'yearsWithEmployer',
  'jobMonthlyWage',
  'jobStartMonth',
  'jobHoursPerWeek',
  'partTimeMonthlyAmount',
  'partTimeFromMonth',
  'partTimeToMonth',
] as const;
export type CalculatorField = (typeof calculatorFields)[number];

/** What the form holds: text as typed, and the two checkboxes. */
export interface CalculatorFormValues {
  readonly fields: Readonly<Record<CalculatorField, string>>;
  readonly socialPlan: boolean;
  /** The new job is an employment contract (not self-employment). */
  readonly jobContract: boolean;
}

/** Why a field is not accepted; each maps to one translated message. */
export type FieldProblem =
  | 'required'
  | 'notANumber'
  | 'notAWholeNumber'
  | 'notADate'
  | 'tooLow'
  | 'tooHigh'
  | 'birthNotBeforeUnemployment'
  | 'tooYoung'
  | 'toBeforeFrom'
  | 'needsAmount'
  | 'rejected';

/** A problem with one field; `limit` is the bound that was crossed, where there is one. */
export interface FieldError {
  readonly problem: FieldProblem;
  readonly limit?: number;
}

export type FormErrors = Partial<Record<CalculatorField, FieldError>>;

/**
 * Defaults a user would otherwise type in most of the time. Personal facts (birth date, wage,
 * history) have no default: a guessed value there would give a confident wrong answer.
 *
 * @param today The current date (`YYYY-MM-DD`), passed in so the function stays pure.
 */
export function defaultFormValues(today: string): CalculatorFormValues {
  const [year = 2026, month = 1] = today.split('-').map(Number);
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return {
    fields: {
      birthDate: '',
      unemploymentDate: `${next.year}-${String(next.month).padStart(2, '0')}-01`,
      annualWage: '',
      hoursPerWeek: '38',
      weeksWorkedLast36: '36',
      workedYears: '',
      hboServiceYears: '',
      yearsWithEmployer: '',
      jobMonthlyWage: '',
      jobStartMonth: '4',
      jobHoursPerWeek: '',
      partTimeMonthlyAmount: '',
      partTimeFromMonth: '1',
      partTimeToMonth: '',
    },
    socialPlan: false,
    jobContract: true,
  };
}

// `parseDecimal` lives in shared/decimal.ts (the case register reads amounts the same way); re-exported here for this element's callers.
export { parseDecimal } from '../shared/decimal.js';
import { parseDecimal } from '../shared/decimal.js';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(text: string): boolean {
  const match = isoDate.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Checks a typed number against the contract's schema of the input it becomes; the limit crossed
 * comes from the schema, so the message and the check cannot disagree.
 */
function checkNumber(text: string, path: CalculatorInputPath, required: boolean): FieldError | undefined {
  const value = parseDecimal(text);
  if (value === undefined) return required ? { problem: 'required' } : undefined;
  if (Number.isNaN(value)) return { problem: 'notANumber' };
  const issue = calculatorInputSchemas[path].safeParse(value).error?.issues[0];
  if (!issue) return undefined;
  if (issue.code === 'too_small') return { problem: 'tooLow', limit: Number(issue.minimum) };
  if (issue.code === 'too_big') return { problem: 'tooHigh', limit: Number(issue.maximum) };
  return { problem: 'notAWholeNumber' };
}

/**
 * Worked years as a count are the most recent calendar years before the year of unemployment, and
 * only years from 1998 on are feitelijk: no more can have been worked than that.
 */
function checkWorkedYears(text: string, unemploymentYear: number | undefined): FieldError | undefined {
  const error = checkNumber(text, 'workedYears', true);
  if (error || unemploymentYear === undefined) return error;
  const max = Math.max(0, unemploymentYear - calculatorBounds.workedYear.min);
  return (parseDecimal(text) ?? 0) > max ? { problem: 'tooHigh', limit: max } : undefined;
}

/** Fields of the new-job scenario; the scenario is left out while its wage is empty. */
const jobFields: readonly CalculatorField[] = ['jobMonthlyWage', 'jobStartMonth', 'jobHoursPerWeek'];
/** Fields of the part-time scenario; left out while its amount is empty. */
const partTimeFields: readonly CalculatorField[] = ['partTimeMonthlyAmount', 'partTimeFromMonth', 'partTimeToMonth'];

/** Whether the employee filled in the new-job scenario. */
export const hasJobScenario = (values: CalculatorFormValues): boolean => values.fields.jobMonthlyWage.trim() !== '';
/** Whether the employee filled in the part-time scenario. */
export const hasPartTimeScenario = (values: CalculatorFormValues): boolean => values.fields.partTimeMonthlyAmount.trim() !== '';

/** Checks every field; returns only the fields at fault. */
export function validateForm(values: CalculatorFormValues): FormErrors {
  const f = values.fields;
  const errors: FormErrors = {};
  const set = (field: CalculatorField, error: FieldError | undefined) => {
    if (error) errors[field] = error;
  };

  for (const field of ['birthDate', 'unemploymentDate'] as const) {
    const text = f[field].trim();
    if (text === '') set(field, { problem: 'required' });
    else if (!validDate(text)) set(field, { problem: 'notADate' });
  }
  const unemploymentYear = errors.unemploymentDate ? undefined : Number(f.unemploymentDate.slice(0, 4));
  if (!errors.birthDate && !errors.unemploymentDate) {
    const birth = f.birthDate.trim();
    const start = f.unemploymentDate.trim();
    if (birth >= start) set('birthDate', { problem: 'birthNotBeforeUnemployment' });
    else {
      const age = Number(start.slice(0, 4)) - Number(birth.slice(0, 4)) - (start.slice(5) < birth.slice(5) ? 1 : 0);
      if (age < calculatorBounds.age.min) set('birthDate', { problem: 'tooYoung', limit: calculatorBounds.age.min });
    }
  }

  set('annualWage', checkNumber(f.annualWage, 'annualWage', true));
  set('hoursPerWeek', checkNumber(f.hoursPerWeek, 'hoursPerWeek', true));
  set('weeksWorkedLast36', checkNumber(f.weeksWorkedLast36, 'weeksWorkedLast36', true));
  set('workedYears', checkWorkedYears(f.workedYears, unemploymentYear));
  set('hboServiceYears', checkNumber(f.hboServiceYears, 'hboServiceYears', true));
  set('yearsWithEmployer', checkNumber(f.yearsWithEmployer, 'yearsWithEmployer', true));

  if (hasJobScenario(values)) {
    set('jobMonthlyWage', checkNumber(f.jobMonthlyWage, 'newJob.monthlyWage', true));
    set('jobStartMonth', checkNumber(f.jobStartMonth, 'newJob.startMonth', true));
    set('jobHoursPerWeek', checkNumber(f.jobHoursPerWeek, 'newJob.hoursPerWeek', false));
  } else if (f.jobHoursPerWeek.trim() !== '') {
    set('jobMonthlyWage', { problem: 'needsAmount' });
  }

  if (hasPartTimeScenario(values)) {
    set('partTimeMonthlyAmount', checkNumber(f.partTimeMonthlyAmount, 'otherIncome.monthlyAmount', true));
    set('partTimeFromMonth', checkNumber(f.partTimeFromMonth, 'otherIncome.fromMonth', true));
    set('partTimeToMonth', checkNumber(f.partTimeToMonth, 'otherIncome.toMonth', false));
    const from = parseDecimal(f.partTimeFromMonth);
    const to = parseDecimal(f.partTimeToMonth);
    if (!errors.partTimeFromMonth && !errors.partTimeToMonth && from !== undefined && to !== undefined && to < from) {
      set('partTimeToMonth', { problem: 'toBeforeFrom' });
    }
  } else if (f.partTimeToMonth.trim() !== '') {
    set('partTimeMonthlyAmount', { problem: 'needsAmount' });
  }
  return errors;
}

/** The fields a scenario's inputs come from: used to show an error only for the part in use. */
export const scenarioFields = { job: jobFields, partTime: partTimeFields } as const;

/** The keys of the scenarios the calculator compares. */
export type ScenarioKey = 'unemployed' | 'job' | 'partTime';

/** One scenario ready for `simulate`. */
export interface ScenarioPlan {
  readonly key: ScenarioKey;
  readonly input: ScenarioInput;
}

const num = (text: string): number => parseDecimal(text) ?? 0;

/**
 * The scenarios of a valid form: staying unemployed always; a new job (`newJob`, which can bring
 * loonsuppletie) and part-time work during the WW (`otherIncome`) when filled in.
 *
 * @throws {Error} when the form has errors (call {@link validateForm} first).
 */
export function scenarioPlans(values: CalculatorFormValues): ScenarioPlan[] {
  if (Object.keys(validateForm(values)).length > 0) throw new Error('scenarioPlans needs a valid form');
  const f = values.fields;
  const base: ScenarioInput = {
    unemploymentDate: f.unemploymentDate.trim(),
    birthDate: f.birthDate.trim(),
    annualWage: num(f.annualWage),
    hoursPerWeek: num(f.hoursPerWeek),
    weeksWorkedLast36: num(f.weeksWorkedLast36),
    workedYears: num(f.workedYears),
    hboServiceYears: num(f.hboServiceYears),
    yearsWithEmployer: num(f.yearsWithEmployer),
    socialPlan: values.socialPlan,
  };
  const plans: ScenarioPlan[] = [{ key: 'unemployed', input: base }];
  if (hasJobScenario(values)) {
    const hours = parseDecimal(f.jobHoursPerWeek) ?? base.hoursPerWeek;
    plans.push({
      key: 'job',
      input: {
        ...base,
        newJob: { startMonth: num(f.jobStartMonth), monthlyWage: num(f.jobMonthlyWage), hoursPerWeek: hours, contract: values.jobContract },
      },
    });
  }
  if (hasPartTimeScenario(values)) {
    const to = parseDecimal(f.partTimeToMonth);
    const income: OtherIncome = {
      fromMonth: num(f.partTimeFromMonth),
      monthlyAmount: num(f.partTimeMonthlyAmount),
      ...(to !== undefined ? { toMonth: to } : {}),
    };
    plans.push({ key: 'partTime', input: { ...base, otherIncome: [income] } });
  }
  return plans;
}

/**
 * The form field behind a `ScenarioInputError` issue path of `simulate`, so a rejection the form
 * did not foresee still lands next to the right field.
 */
export function fieldForIssuePath(path: string): CalculatorField | undefined {
  const direct: Record<string, CalculatorField> = {
    unemploymentDate: 'unemploymentDate',
    birthDate: 'birthDate',
    annualWage: 'annualWage',
    hoursPerWeek: 'hoursPerWeek',
    weeksWorkedLast36: 'weeksWorkedLast36',
    workedYears: 'workedYears',
    hboServiceYears: 'hboServiceYears',
    yearsWithEmployer: 'yearsWithEmployer',
    'newJob.startMonth': 'jobStartMonth',
    'newJob.monthlyWage': 'jobMonthlyWage',
    'newJob.hoursPerWeek': 'jobHoursPerWeek',
  };
  if (direct[path]) return direct[path];
  if (path.startsWith('workedYears')) return 'workedYears';
  if (path.startsWith('newJob')) return 'jobMonthlyWage';
  const other = /^otherIncome\.\d+\.(fromMonth|toMonth|monthlyAmount)$/.exec(path);
  if (other) return other[1] === 'fromMonth' ? 'partTimeFromMonth' : other[1] === 'toMonth' ? 'partTimeToMonth' : 'partTimeMonthlyAmount';
  return undefined;
}
