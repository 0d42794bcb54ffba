/**
 * `simulate`: one scenario of an employee, from inputs to a month-by-month timeline with every
 * figure explained. Pure: the reference date is the input's `unemploymentDate`, never the clock.
 *
 * A short pipeline of stages, each in the file of its rules: regime, WW (ww.ts), BWRHBO layers
 * (bwrhbo.ts), loonsuppletie (suppletion.ts), month axis (month-axis.ts) and budget (bwrhbo.ts).
 * Every stage records what it used and explains in the one `Trace`, in this order.
 */
import { AowFacts } from './aow.js';
import { bwrhboStage, emptyBwrhbo, regimeStage, reintegrationBudgetStage } from './bwrhbo.js';
import { monthAxisStage } from './month-axis.js';
import { ParameterError, ParameterSet } from './parameters.js';
import type { ScenarioContext } from './scenario-context.js';
import { noSuppletion, suppletionStage } from './suppletion.js';
import { Trace } from './trace.js';
import type { ScenarioInput, ScenarioResult, SimulateOptions, WwResult } from './types.js';
import { checkScenarioInput } from './validate.js';
import { workedYearList, workHistory, wwStage } from './ww.js';

/**
 * Calculates WW, BWRHBO (AVU, RU, ASU, extra ASU), loonsuppletie and the re-integratiebudget for one
 * scenario, month by month, with explanations and warnings.
 *
 * @param input What the employee enters; money in euros, gross.
 * @param options Institution overrides of the parameter table and the proportional income switch.
 * @returns The timeline, the figures behind it, warnings and explanation steps.
 * @throws {ScenarioInputError} when the input is incomplete or inconsistent (every field at fault is listed).
 * @throws {ParameterError} when an override is malformed.
 *
 * @example
 * const result = simulate({
 *   unemploymentDate: '2026-03-01', birthDate: '1988-05-10', annualWage: 60000, hoursPerWeek: 36,
 *   weeksWorkedLast36: 36, workedYears: 10, hboServiceYears: 10, yearsWithEmployer: 10,
 * });
 * result.ww.durationMonths; // 10
 * result.months[0]?.ww;     // 3750
 */
export function simulate(input: ScenarioInput, options: SimulateOptions = {}): ScenarioResult {
  const checked = checkScenarioInput(input);
  if (options.proportionalIncomeOffset !== undefined && typeof options.proportionalIncomeOffset !== 'boolean') {
    throw new ParameterError('proportionalIncomeOffset', 'must be true or false');
  }
  const trace = new Trace(new ParameterSet(options.parameters));
  const origin = checked.unemploymentDate;
  const workedYears = workedYearList(checked.workedYears, origin.year);
  const context: ScenarioContext = {
    input,
    trace,
    origin,
    birthDate: checked.birthDate,
    aow: new AowFacts(checked.birthDate, origin, trace),
    workedYears,
    history: workHistory(workedYears, checked.birthDate.year, origin.year),
  };
  if (!regimeStage(context)) return uncovered(context);

  const ww = wwStage(context);
  const bwrhbo = bwrhboStage(context, ww);
  const suppletion = suppletionStage(context, ww, bwrhbo);
  const axis = monthAxisStage(context, ww, bwrhbo, suppletion, options.proportionalIncomeOffset ?? true);
  const reintegrationBudget = reintegrationBudgetStage(context, ww.eligible);

  return {
    covered: true,
    ww: { ...ww, endedByIncomeInMonth: axis.endedByIncomeInMonth },
    bwrhbo: bwrhbo.result,
    suppletion: suppletion.suppletion,
    aow: context.aow.result,
    layers: axis.layers,
    milestones: axis.milestones,
    months: axis.months,
    reintegrationBudget,
    warnings: trace.warnings,
    explanations: trace.explanations,
  };
}

/** The result for a first day of unemployment the calculator does not cover: every figure 0. */
function uncovered({ input, trace, aow, history }: ScenarioContext): ScenarioResult {
  const ww: WwResult = {
    eligible: false,
    reasons: ['regime-unsupported'],
    durationMonths: 0,
    duration2015Months: 0,
    workHistory: history,
    dailyWage: { uncapped: 0, capped: 0 },
    monthlyWage: { uncapped: 0, capped: 0 },
    endedByIncomeInMonth: null,
  };
  return {
    covered: false,
    ww,
    bwrhbo: emptyBwrhbo('unsupported'),
    suppletion: noSuppletion(input.newJob ? 'no-bwrhbo' : 'no-new-job'),
    aow: aow.result,
    layers: [],
    milestones: [],
    months: [],
    reintegrationBudget: 0,
    warnings: trace.warnings,
    explanations: trace.explanations,
  };
}
