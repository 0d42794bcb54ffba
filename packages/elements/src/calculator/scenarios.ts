/**
 * Runs the scenarios of the form through `simulate` and puts them on one footing, so that "working
 * pays" can be read off: the same months, the same totals, the same scale. Pure; no DOM.
 */
import {
  ParameterError,
  roundCents,
  simulate,
  type IncomeLayer,
  type MonthRow,
  type ParameterOverrides,
  type ScenarioResult,
} from '@mobility-kit/rules';
import type { ScenarioKey, ScenarioPlan } from './form-model.js';

/** Columns of the timeline, in stacking order from the axis up: income from work first. */
export const timelineLayers = ['income', 'suppletion', 'ww', 'avu', 'ru', 'asu', 'extraAsu'] as const;
export type TimelineLayer = (typeof timelineLayers)[number];

export type LayerTotals = Readonly<Record<TimelineLayer | 'total', number>>;

/** One scenario, computed. */
export interface ScenarioOutcome {
  readonly key: ScenarioKey;
  readonly result: ScenarioResult;
  /** The rows within the comparison period. */
  readonly rows: readonly MonthRow[];
  /** Sums over {@link rows}, per layer and in total, to the cent. */
  readonly totals: LayerTotals;
  /** The first row after the comparison period when the scenario pays on (loonsuppletie until AOW). */
  readonly continuesWith?: MonthRow;
}

/** Every scenario of one calculation. */
export interface CalculationOutcome {
  readonly scenarios: readonly ScenarioOutcome[];
  /**
   * Months compared: the benefit period of staying unemployed. Income from a job goes on after it,
   * but benefits do not, so this is where the scenarios differ.
   */
  readonly horizon: number;
  /** Highest row total of any scenario: one scale for every chart. */
  readonly maxRowTotal: number;
  /** The institution's parameters were given but `simulate` refused them: the shipped table was used. */
  readonly overridesRejected: boolean;
  /** Whether the institution's parameters were used. */
  readonly overridesApplied: boolean;
}

function totalsOf(rows: readonly MonthRow[]): LayerTotals {
  const sum = (pick: (row: MonthRow) => number) => roundCents(rows.reduce((acc, row) => acc + pick(row), 0));
  return {
    income: sum((r) => r.income),
    suppletion: sum((r) => r.suppletion),
    ww: sum((r) => r.ww),
    avu: sum((r) => r.avu),
    ru: sum((r) => r.ru),
    asu: sum((r) => r.asu),
    extraAsu: sum((r) => r.extraAsu),
    total: sum((r) => r.total),
  };
}

/**
 * Computes every scenario. Overrides `simulate` rejects (a malformed set from a server) never stop
 * the calculation: it falls back to the shipped table and says so in `overridesRejected`.
 *
 * @throws {ScenarioInputError} when an input is refused by the rules (the form shows it at the field).
 */
export function runScenarios(plans: readonly ScenarioPlan[], parameters?: ParameterOverrides): CalculationOutcome {
  let overridesRejected = false;
  const run = (plan: ScenarioPlan): ScenarioResult => {
    if (parameters && !overridesRejected) {
      try {
        return simulate(plan.input, { parameters });
      } catch (error) {
        if (!(error instanceof ParameterError)) throw error;
        overridesRejected = true;
      }
    }
    return simulate(plan.input);
  };
  let results = plans.map((plan) => ({ plan, result: run(plan) }));
  // One refused override means every scenario must use the same (shipped) table.
  if (overridesRejected && parameters) results = plans.map((plan) => ({ plan, result: simulate(plan.input) }));

  const horizon = results.find((r) => r.plan.key === 'unemployed')?.result.months.length ?? 0;
  const scenarios = results.map(({ plan, result }): ScenarioOutcome => {
    const rows = result.months.slice(0, horizon);
    const next = result.months[horizon];
    return { key: plan.key, result, rows, totals: totalsOf(rows), ...(next ? { continuesWith: next } : {}) };
  });
  const maxRowTotal = Math.max(0, ...scenarios.flatMap((s) => s.rows.map((row) => row.total)));
  return {
    scenarios,
    horizon,
    maxRowTotal,
    overridesRejected,
    overridesApplied: parameters !== undefined && !overridesRejected,
  };
}

/** The amount of one timeline layer in a row. */
export const rowAmount = (row: MonthRow, layer: TimelineLayer): number => row[layer];

/** Layers with any amount in the rows: the columns and bands worth showing. */
export function layersInUse(rows: readonly MonthRow[]): TimelineLayer[] {
  return timelineLayers.filter((layer) => rows.some((row) => row[layer] !== 0));
}

/** Benefit layers of the rules that a timeline layer corresponds to (income has none). */
export const isBenefitLayer = (layer: TimelineLayer): layer is IncomeLayer => layer !== 'income';
