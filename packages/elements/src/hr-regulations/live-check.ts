/**
 * The live check: one worked example of the calculator (example D of the domain description — a
 * wage above the maximum dagloon, 20 years of work history of which 10 before 2016, age 45 — with
 * 10 years of hbo service, so the follow-on benefit applies too) computed with `simulate` from
 * `@mobility-kit/rules`, the code the calculator itself runs, once with the values in force and once
 * with the value being typed. Pure; no DOM, nothing sent anywhere.
 */
import { ParameterError, ScenarioInputError, roundCents, simulate, type ParameterOverrides, type ScenarioInput, type ScenarioResult } from '@mobility-kit/rules';
import type { CalculatorParameterEntry, CalculatorParameterName, CalculatorParameterOverrides } from '@mobility-kit/contract';

/** The example's person; the first day of unemployment is chosen per checked value. */
export const exampleCase = {
  birthDate: '1980-06-01',
  annualWage: 96_000,
  hoursPerWeek: 38,
  weeksWorkedLast36: 36,
  workedYears: 20,
  hboServiceYears: 10,
  yearsWithEmployer: 10,
} as const satisfies Omit<ScenarioInput, 'unemploymentDate'>;

/** The first day the 2017 BWRHBO covers; the example never starts earlier. */
const regimeFrom = '2017-04-01';

/** The figures of the example that a value can change, in the order they are shown. */
export const exampleFigureKeys = [
  'wwMonths',
  'wwFirst',
  'wwLater',
  'avuFirst',
  'ruMonths',
  'ruMonthly',
  'asuMonths',
  'asuMonthly',
  'extraAsuMonths',
  'budget',
  'total',
] as const;
export type ExampleFigure = (typeof exampleFigureKeys)[number];

/** Whether a figure is an amount in euros (else a number of months). */
export const isMoneyFigure = (key: ExampleFigure): boolean => !key.endsWith('Months');

export type ExampleFigures = Readonly<Record<ExampleFigure, number>>;

function figuresOf(result: ScenarioResult): ExampleFigures {
  const rows = result.months;
  const highest = (pick: (row: (typeof rows)[number]) => number) => roundCents(Math.max(0, ...rows.map(pick)));
  return {
    wwMonths: result.ww.durationMonths,
    wwFirst: rows[0]?.ww ?? 0,
    wwLater: rows[2]?.ww ?? 0,
    avuFirst: rows[0]?.avu ?? 0,
    ruMonths: result.bwrhbo.ruMonths,
    // A layer that starts or ends inside a month pays part of a month there; its highest row is a whole one.
    ruMonthly: highest((row) => row.ru),
    asuMonths: result.bwrhbo.asuMonths,
    asuMonthly: highest((row) => row.asu),
    extraAsuMonths: result.bwrhbo.extraAsuMonths,
    budget: result.reintegrationBudget,
    total: roundCents(rows.reduce((sum, row) => sum + row.total, 0)),
  };
}

/**
 * The example's first day of unemployment for an entry: today while the entry is in force (so the
 * example is the one an employee would see now), otherwise the entry's first day; never before the
 * 2017 regulation.
 */
export function exampleDate(entry: Pick<CalculatorParameterEntry, 'validFrom'>, series: readonly Pick<CalculatorParameterEntry, 'validFrom'>[], today: string): string {
  const next = series
    .map((e) => e.validFrom)
    .filter((date) => date > entry.validFrom)
    .sort()[0];
  const inForceToday = entry.validFrom <= today && (next === undefined || today < next);
  const date = inForceToday ? today : entry.validFrom;
  return date < regimeFrom ? regimeFrom : date;
}

/** The example computed with `parameters`; `undefined` when the rules cannot use them. */
export function computeExample(date: string, parameters: CalculatorParameterOverrides): ExampleFigures | undefined {
  try {
    return figuresOf(simulate({ ...exampleCase, unemploymentDate: date }, { parameters: parameters as ParameterOverrides }));
  } catch (error) {
    // Values the rules refuse, or a date they cannot use: there is no example to show, never a broken page.
    if (error instanceof ParameterError || error instanceof ScenarioInputError) return undefined;
    throw error;
  }
}

/** Before and after a change of one parameter's series. */
export interface LiveCheck {
  readonly date: string;
  readonly before?: ExampleFigures;
  /** Absent while the typed value is not accepted yet. */
  readonly after?: ExampleFigures;
  /** Figures whose value differs; empty when the change does not touch the example. */
  readonly changed: readonly ExampleFigure[];
}

export function liveCheck(
  date: string,
  current: CalculatorParameterOverrides,
  name: CalculatorParameterName,
  candidate: readonly CalculatorParameterEntry[] | undefined,
): LiveCheck {
  const before = computeExample(date, current);
  const after = candidate ? computeExample(date, { ...current, [name]: candidate }) : undefined;
  const changed = before && after ? exampleFigureKeys.filter((key) => Math.abs(before[key] - after[key]) >= 0.005) : [];
  return { date, ...(before ? { before } : {}), ...(after ? { after } : {}), changed };
}
