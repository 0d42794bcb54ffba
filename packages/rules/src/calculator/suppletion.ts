/**
 * Loonsuppletie (working hypothesis until the CAO text is checked): for an employment contract
 * taken from a BWRHBO situation at an hourly wage below both the old hourly wage and the scale-12
 * maximum, `(min(old hourly, scale-12 hourly max) − new hourly) × new hours per month`, reduced so
 * that new wage + WW + BWRHBO + suppletion never exceeds the old monthly wage (see month-axis).
 */
import { hoursPerMonth } from './readings.js';
import type { NewJob, SuppletionReason, SuppletionResult } from './types.js';

export interface SuppletionFacts {
  readonly newJob: NewJob | undefined;
  readonly bwrhboApplies: boolean;
  /** Position on the month axis where the scheduled benefits end. */
  readonly benefitsEndMonth: number;
  readonly oldMonthlyWage: number;
  readonly oldHoursPerWeek: number;
  /** Scale-12 top including holiday pay and year-end bonus, € per month full time. */
  readonly scale12MonthlyWithAllowances: number;
  readonly fullTimeHoursPerWeek: number;
}

export function assessSuppletion(facts: SuppletionFacts): SuppletionResult {
  const oldHourlyWage = facts.oldMonthlyWage / hoursPerMonth(facts.oldHoursPerWeek);
  const scale12HourlyMax = facts.scale12MonthlyWithAllowances / hoursPerMonth(facts.fullTimeHoursPerWeek);
  const job = facts.newJob;
  if (!job) return { eligible: false, reasons: ['no-new-job'], oldHourlyWage, newHourlyWage: 0, scale12HourlyMax, monthlyBase: 0 };

  const newHourlyWage = job.monthlyWage / hoursPerMonth(job.hoursPerWeek);
  const reasons: SuppletionReason[] = [];
  if (!facts.bwrhboApplies) reasons.push('no-bwrhbo');
  if (!job.contract) reasons.push('not-a-contract');
  if (job.startMonth - 1 >= facts.benefitsEndMonth) reasons.push('starts-after-benefits');
  if (newHourlyWage >= oldHourlyWage) reasons.push('hourly-wage-not-lower');
  if (newHourlyWage >= scale12HourlyMax) reasons.push('above-scale-12');
  const monthlyBase = Math.max(0, (Math.min(oldHourlyWage, scale12HourlyMax) - newHourlyWage) * hoursPerMonth(job.hoursPerWeek));
  return { eligible: reasons.length === 0, reasons, oldHourlyWage, newHourlyWage, scale12HourlyMax, monthlyBase: reasons.length === 0 ? monthlyBase : 0 };
}
