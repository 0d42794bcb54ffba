/**
 * Loonsuppletie (working hypothesis until the CAO text is checked): for an employment contract
 * taken from a BWRHBO situation at an hourly wage below both the old hourly wage and the scale-12
 * maximum, `(min(old hourly, scale-12 hourly max) − new hourly) × new hours per month`, reduced so
 * that new wage + WW + BWRHBO + suppletion never exceeds the old monthly wage (see month-axis).
 */
import type { BwrhboStage } from './bwrhbo.js';
import { hoursPerMonth } from './readings.js';
import type { ScenarioContext } from './scenario-context.js';
import type { NewJob, SuppletionReason, SuppletionResult } from './types.js';
import type { WwStage } from './ww.js';

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

/** Loonsuppletie that is not assessed: there is no new job, or no BWRHBO to take it from. */
export const noSuppletion = (reason: 'no-new-job' | 'no-bwrhbo'): SuppletionResult => ({
  eligible: false,
  reasons: [reason],
  oldHourlyWage: 0,
  newHourlyWage: 0,
  scale12HourlyMax: 0,
  monthlyBase: 0,
});

export interface SuppletionStage {
  readonly suppletion: SuppletionResult;
  /** Position on the month axis where loonsuppletie stops; `-Infinity` when none is paid. */
  readonly endMonth: number;
}

/** Stage "loonsuppletie": whether the new job brings it, its base and how long it runs. */
export function suppletionStage({ input, trace, origin, aow }: ScenarioContext, ww: WwStage, bwrhbo: BwrhboStage): SuppletionStage {
  const { eligible } = ww;
  const monthlyUncapped = ww.monthlyWage.uncapped;
  const scheduledEnd = bwrhbo.result.extraAsuEligible ? aow.month : Math.min(aow.month, bwrhbo.extraStart);
  const fullTime = trace.peek('fullTimeHoursPerWeek', origin);
  const suppletion: SuppletionResult = !input.newJob
    ? noSuppletion('no-new-job')
    : !eligible
      ? noSuppletion('no-bwrhbo')
      : assessSuppletion({
          newJob: input.newJob,
          bwrhboApplies: eligible,
          benefitsEndMonth: scheduledEnd,
          oldMonthlyWage: monthlyUncapped,
          oldHoursPerWeek: input.hoursPerWeek,
          scale12MonthlyWithAllowances: bwrhbo.scale12Base,
          fullTimeHoursPerWeek: fullTime.value,
        });
  const suppletionMax = trace.peek('suppletionMaxMonths', origin);
  const endMonth =
    input.newJob && suppletion.eligible
      ? suppletionMax.value === 'until-aow'
        ? aow.month
        : input.newJob.startMonth - 1 + suppletionMax.value
      : -Infinity;
  if (input.newJob && eligible) {
    const [scale12, holidayPay, yearEndBonus] = bwrhbo.scale12Parameters;
    const uses = [trace.use(fullTime), trace.use(scale12), trace.use(holidayPay), trace.use(yearEndBonus)];
    if (suppletion.eligible) {
      uses.push(trace.use(suppletionMax));
      trace.warn({ code: 'unverified-rule', rule: 'suppletion' });
    }
    trace.explain('suppletion', 'U', {
      contract: input.newJob.contract,
      startMonth: input.newJob.startMonth,
      newMonthlyWage: input.newJob.monthlyWage,
      newHoursPerWeek: input.newJob.hoursPerWeek,
      oldMonthlyWage: monthlyUncapped,
      oldHoursPerWeek: input.hoursPerWeek,
    }, {
      eligible: suppletion.eligible,
      reasons: suppletion.reasons.join(', '),
      oldHourlyWage: suppletion.oldHourlyWage,
      newHourlyWage: suppletion.newHourlyWage,
      scale12HourlyMax: suppletion.scale12HourlyMax,
      monthlyBase: suppletion.monthlyBase,
      endMonth: Number.isFinite(endMonth) ? endMonth : null,
    }, uses);
  }
  return { suppletion, endMonth };
}
