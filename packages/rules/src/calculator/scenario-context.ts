/**
 * What every stage of `simulate` reads: the checked input, the trace that records parameters,
 * warnings and explanations, and the facts fixed before the first stage (dates, AOW, work history).
 */
import type { AowFacts } from './aow.js';
import type { CivilDate } from './dates.js';
import type { Trace } from './trace.js';
import type { ScenarioInput, WorkHistory } from './types.js';

export interface ScenarioContext {
  readonly input: ScenarioInput;
  readonly trace: Trace;
  /** The first day of unemployment: position 0 of the month axis and the date parameters are read on. */
  readonly origin: CivilDate;
  readonly birthDate: CivilDate;
  readonly aow: AowFacts;
  /** The worked calendar years, sorted. */
  readonly workedYears: readonly number[];
  readonly history: WorkHistory;
}
