/**
 * @mobility-kit/rules — pure domain logic of mobility-kit. No network, no DOM, no clock.
 *
 * The incentive calculator: `simulate(input, options)` computes WW, BWRHBO, loonsuppletie and the
 * re-integratiebudget month by month, with every figure explained.
 */
export { simulate } from './calculator/simulate.js';
export { ScenarioInputError, type ScenarioInputIssue } from './calculator/validate.js';
export {
  ParameterError,
  ParameterSet,
  defaultParameterTable,
  parameterNames,
  parameterStatuses,
  type AsuDurationRule,
  type ParameterEntry,
  type ParameterName,
  type ParameterOverride,
  type ParameterOverrideEntry,
  type ParameterOverrides,
  type ParameterStatus,
  type ParameterTable,
  type ParameterValues,
  type ReintegrationBudgetBands,
  type ResolvedParameter,
} from './calculator/parameters.js';
export { roundCents } from './calculator/readings.js';
export type * from './calculator/types.js';
export * from './career-test/index.js';
export * from './insights/disclosure.js';
