/**
 * Collects, while one scenario is computed, every parameter used, the warnings it calls for and the
 * explanation steps. One instance per `simulate` call, so the calculation stays pure.
 */
import type { CivilDate } from './dates.js';
import type { ParameterName, ParameterSet, ParameterStatus, ParameterValues, ResolvedParameter } from './parameters.js';
import type { Explanation, ExplanationStep, ExplanationValue, ParameterUse, ScenarioWarning } from './types.js';

export class Trace {
  readonly warnings: ScenarioWarning[] = [];
  readonly explanations: Explanation[] = [];
  readonly #parameters: ParameterSet;

  constructor(parameters: ParameterSet) {
    this.#parameters = parameters;
  }

  /** Reads a parameter without recording it: for values that may turn out not to influence any figure. */
  peek<K extends ParameterName>(name: K, date: CivilDate): ResolvedParameter<ParameterValues[K]> {
    return this.#parameters.resolve(name, date);
  }

  /** Records that a parameter influences a figure: raises the warnings its entry calls for. */
  use<K extends ParameterName>(resolved: ResolvedParameter<ParameterValues[K]>): ParameterUse {
    const { name } = resolved;
    if (resolved.status === 'U' || resolved.unknownEntry) this.warn({ code: 'unverified-parameter', parameter: name });
    if (resolved.unknownEntry) this.warn({ code: name === 'maxDailyWage' ? 'max-daily-wage-unknown' : 'parameter-unknown', parameter: name });
    if (resolved.beforeTable) this.warn({ code: 'parameter-before-table', parameter: name });
    return {
      name,
      value: resolved.value,
      validFrom: resolved.validFrom,
      status: resolved.status,
      source: resolved.source,
      overridden: resolved.overridden,
      ...(resolved.unknownEntry ? { unknownEntry: resolved.unknownEntry } : {}),
    };
  }

  /** Adds a warning once (the same code for the same parameter or rule is reported once). */
  warn(warning: ScenarioWarning): void {
    const same = this.warnings.some((w) => w.code === warning.code && w.parameter === warning.parameter && w.rule === warning.rule);
    if (!same) this.warnings.push(warning);
  }

  explain(
    step: ExplanationStep,
    status: ParameterStatus,
    inputs: Record<string, ExplanationValue>,
    result: Record<string, ExplanationValue>,
    parameters: readonly ParameterUse[] = [],
  ): void {
    this.explanations.push({ step, status, inputs, result, parameters });
  }
}
