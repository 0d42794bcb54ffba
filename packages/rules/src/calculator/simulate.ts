/**
 * `simulate`: one scenario of an employee, from inputs to a month-by-month timeline with every
 * figure explained. Pure: the reference date is the input's `unemploymentDate`, never the clock.
 */
import { aowDate } from './aow.js';
import {
  asuMonths as asuMonthsFor,
  asuRequiredServiceYears,
  avuTargets,
  bwrhbo2017From,
  extraAsuRequiredServiceYears,
  followUpRate,
  reintegrationBudgetFor,
  reintegrationRequiredYearsWithEmployer,
  ruBounds,
  ruMonths as ruMonthsFor,
  scale12CapBase,
} from './bwrhbo.js';
import { addMonths, compareDates, formatIsoDate, fullYearsBetween, monthPosition } from './dates.js';
import { buildMonthAxis, type AxisResult } from './month-axis.js';
import { ParameterError, ParameterSet } from './parameters.js';
import { extraAsuMaxYearsToAow, incomeThresholdRate } from './readings.js';
import { assessSuppletion } from './suppletion.js';
import { Trace } from './trace.js';
import type { ParameterUse, ScenarioInput, ScenarioResult, SimulateOptions, SuppletionResult, WwReason } from './types.js';
import { checkScenarioInput } from './validate.js';
import {
  firstActualYear,
  halfRateFromYear,
  jareneis,
  jareneisYearsWorked,
  meetsWekeneis,
  wageDays,
  wekeneis,
  workedYearList,
  workHistory,
  ww2015DurationMonths,
  wwDuration,
  wwDurationMonths,
  wwRates,
} from './ww.js';

const noSuppletion = (reason: 'no-new-job' | 'no-bwrhbo'): SuppletionResult => ({
  eligible: false,
  reasons: [reason],
  oldHourlyWage: 0,
  newHourlyWage: 0,
  scale12HourlyMax: 0,
  monthlyBase: 0,
});

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
  const proportional = options.proportionalIncomeOffset ?? true;
  const trace = new Trace(new ParameterSet(options.parameters));
  const origin = checked.unemploymentDate;
  const year = origin.year;

  const aow = aowDate(checked.birthDate, trace);
  const aowMonth = monthPosition(origin, aow.date);
  const aowResult = { date: formatIsoDate(aow.date), ageMonths: aow.resolved.value, month: aowMonth };
  const years = workedYearList(checked.workedYears, year);
  const history = workHistory(years, checked.birthDate.year, year);

  // --- Regime -------------------------------------------------------------------------------
  const covered = compareDates(origin, bwrhbo2017From) >= 0;
  trace.explain('regime', 'V', { unemploymentDate: input.unemploymentDate, regimeFrom: formatIsoDate(bwrhbo2017From) }, {
    regime: covered ? '2017' : 'unsupported',
    covered,
  });
  if (!covered) {
    trace.warn({ code: 'regime-unsupported' });
    return {
      covered: false,
      ww: {
        eligible: false,
        reasons: ['regime-unsupported'],
        durationMonths: 0,
        duration2015Months: 0,
        workHistory: history,
        dailyWage: { uncapped: 0, capped: 0 },
        monthlyWage: { uncapped: 0, capped: 0 },
        endedByIncomeInMonth: null,
      },
      bwrhbo: emptyBwrhbo('unsupported'),
      suppletion: noSuppletion(input.newJob ? 'no-bwrhbo' : 'no-new-job'),
      aow: aowResult,
      layers: [],
      milestones: [],
      months: [],
      reintegrationBudget: 0,
      warnings: trace.warnings,
      explanations: trace.explanations,
    };
  }

  // --- WW: eligibility and duration ---------------------------------------------------------
  const reasons: WwReason[] = [];
  const wekeneisMet = meetsWekeneis(input.weeksWorkedLast36);
  if (!wekeneisMet) reasons.push('wekeneis');
  trace.explain('wekeneis', 'V', { weeksWorkedLast36: input.weeksWorkedLast36, requiredWeeks: wekeneis.requiredWeeks, windowWeeks: wekeneis.windowWeeks }, {
    met: wekeneisMet,
  });

  const beforeAow = aowMonth > 0;
  let aowUse: ParameterUse | undefined;
  const useAow = () => (aowUse ??= trace.use(aow.resolved));
  if (!beforeAow) {
    reasons.push('aow-age');
    useAow();
  }
  const eligible = wekeneisMet && beforeAow;

  trace.explain('work-history', 'V', {
    birthYear: checked.birthDate.year,
    yearTurned18: checked.birthDate.year + 18,
    unemploymentYear: year,
    firstActualYear,
    halfRateFromYear,
    workedYears: years.join(', '),
  }, { ...history, from2016: history.total - history.before2016 });

  const yearsInWindow = jareneisYearsWorked(years, year);
  const jareneisMet = yearsInWindow >= jareneis.requiredYears;
  if (eligible && !jareneisMet) reasons.push('jareneis');
  trace.explain('jareneis', 'V', {
    firstYear: year - jareneis.windowYears,
    lastYear: year - 1,
    yearsWorked: yearsInWindow,
    requiredYears: jareneis.requiredYears,
  }, { met: jareneisMet });

  const durationMonths = eligible ? wwDurationMonths(history, jareneisMet) : 0;
  const duration2015Months = eligible ? ww2015DurationMonths(history, jareneisMet) : 0;
  trace.explain('ww-duration', 'V', {
    total: history.total,
    before2016: history.before2016,
    jareneisMet,
    fullMonthYears: wwDuration.fullMonthYears,
    min: wwDuration.min,
    max: wwDuration.max,
  }, {
    base: history.total > wwDuration.fullMonthYears ? Math.max(wwDuration.fullMonthYears, history.before2016) : null,
    durationMonths,
  });
  trace.explain('ww-2015-duration', 'V', { total: history.total, jareneisMet }, { duration2015Months });

  // --- WW: wages and amounts ----------------------------------------------------------------
  const dailyUncapped = input.annualWage / wageDays.perYear;
  const maxDaily = trace.peek('maxDailyWage', origin);
  const maxDailyUse = trace.use(maxDaily);
  const dailyCapped = Math.min(dailyUncapped, maxDaily.value);
  // Multiply before dividing: annual / 261 × 21.75 is exactly annual / 12, and the 87.5 % threshold
  // must not flip on binary noise.
  const monthlyUncapped = (input.annualWage * wageDays.perMonth) / wageDays.perYear;
  const monthlyCapped = dailyUncapped > maxDaily.value ? maxDaily.value * wageDays.perMonth : monthlyUncapped;
  trace.explain('daily-wage', 'V', { annualWage: input.annualWage, daysPerYear: wageDays.perYear }, { dailyWage: dailyUncapped });
  trace.explain('max-daily-wage', 'V', { dailyWage: dailyUncapped, maxDailyWage: maxDaily.value }, {
    capped: dailyCapped,
    capApplies: dailyUncapped > maxDaily.value,
  }, [maxDailyUse]);
  trace.explain('monthly-wage', 'V', { dailyWageUncapped: dailyUncapped, dailyWageCapped: dailyCapped, daysPerMonth: wageDays.perMonth }, {
    uncapped: monthlyUncapped,
    capped: monthlyCapped,
    maxMonthlyWage: maxDaily.value * wageDays.perMonth,
  });
  if (eligible) {
    trace.explain('ww-percentage', 'V', {
      cappedMonthlyWage: monthlyCapped,
      firstRate: wwRates.first,
      laterRate: wwRates.later,
      changeAtMonth: wwRates.changeAtMonth,
      holidayPayIncluded: true,
    }, { firstMonths: wwRates.first * monthlyCapped, laterMonths: wwRates.later * monthlyCapped });
  }

  // --- BWRHBO --------------------------------------------------------------------------------
  const ruMonths = eligible ? ruMonthsFor(duration2015Months, durationMonths) : 0;
  const scale12 = trace.peek('scale12TopMonthly', origin);
  const holidayPay = trace.peek('holidayPayRate', origin);
  const yearEndBonus = trace.peek('yearEndBonusRate', origin);
  const scale12Base = scale12CapBase(scale12.value, holidayPay.value, yearEndBonus.value);
  const followUpBase = Math.min(monthlyUncapped, scale12Base);

  const asuEligible = eligible && input.hboServiceYears >= asuRequiredServiceYears;
  const asuRule = trace.peek('asuMonths', origin);
  const asuMonths = asuEligible ? asuMonthsFor(asuRule.value, input.hboServiceYears) : 0;
  const asuUses = asuEligible ? [trace.use(asuRule)] : [];
  if (eligible) trace.explain('asu', 'U', { hboServiceYears: input.hboServiceYears, requiredServiceYears: asuRequiredServiceYears }, {
    eligible: asuEligible,
    months: asuMonths,
  }, asuUses);

  const extraStart = durationMonths + ruMonths + asuMonths;
  const serviceForExtra = eligible && input.hboServiceYears >= extraAsuRequiredServiceYears;
  const withinYearsOfAow = compareDates(aow.date, addMonths(origin, extraAsuMaxYearsToAow * 12)) <= 0;
  if (serviceForExtra) useAow();
  const extraAsuEligible = serviceForExtra && withinYearsOfAow;
  const extraAsuMonths = extraAsuEligible ? Math.max(0, aowMonth - extraStart) : 0;
  const includeAllowances = trace.peek('extraAsuCapIncludesAllowances', origin);
  const scale10 = trace.peek('scale10TopMonthly', origin);
  const scale10Base = includeAllowances.value ? scale12CapBase(scale10.value, holidayPay.value, yearEndBonus.value) : scale10.value;
  const extraAsuBase = Math.min(monthlyUncapped, scale10Base);

  // Parameters of the caps influence a figure only where a layer based on them is paid.
  const capUses: ParameterUse[] = [];
  if (ruMonths > 0 || asuMonths > 0) capUses.push(trace.use(scale12), trace.use(holidayPay), trace.use(yearEndBonus));
  if (eligible) {
    trace.explain('avu', 'V', {
      uncappedMonthlyWage: monthlyUncapped,
      firstTarget: avuTargets.first,
      laterTarget: avuTargets.later,
      changeAtMonth: avuTargets.changeAtMonth,
    }, {
      months: durationMonths,
      firstLevel: avuTargets.first * monthlyUncapped,
      laterLevel: avuTargets.later * monthlyUncapped,
    });
    trace.explain('ru', 'V', {
      duration2015Months,
      durationMonths,
      min: ruBounds.min,
      max: ruBounds.max,
      uncappedMonthlyWage: monthlyUncapped,
      rate: followUpRate,
    }, { ruMonths, capMonthly: followUpRate * scale12Base, level: followUpRate * followUpBase }, capUses);
  }
  const extraUses: ParameterUse[] = [];
  if (serviceForExtra) extraUses.push(useAow());
  if (extraAsuMonths > 0) {
    extraUses.push(trace.use(scale10), trace.use(includeAllowances));
    if (includeAllowances.value) extraUses.push(trace.use(holidayPay), trace.use(yearEndBonus));
  }
  if (eligible) trace.explain('extra-asu', 'V2', {
    hboServiceYears: input.hboServiceYears,
    requiredServiceYears: extraAsuRequiredServiceYears,
    aowDate: aowResult.date,
    maxYearsToAow: extraAsuMaxYearsToAow,
  }, {
    eligible: extraAsuEligible,
    months: extraAsuMonths,
    capMonthly: followUpRate * scale10Base,
    level: followUpRate * extraAsuBase,
  }, extraUses);

  // --- Loonsuppletie ----------------------------------------------------------------------
  const scheduledEnd = extraAsuEligible ? aowMonth : Math.min(aowMonth, extraStart);
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
          scale12MonthlyWithAllowances: scale12Base,
          fullTimeHoursPerWeek: fullTime.value,
        });
  const suppletionMax = trace.peek('suppletionMaxMonths', origin);
  const suppletionEnd =
    input.newJob && suppletion.eligible
      ? suppletionMax.value === 'until-aow'
        ? aowMonth
        : input.newJob.startMonth - 1 + suppletionMax.value
      : -Infinity;
  if (input.newJob && eligible) {
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
      endMonth: Number.isFinite(suppletionEnd) ? suppletionEnd : null,
    }, uses);
  }

  // --- Month axis -------------------------------------------------------------------------
  const axis: AxisResult = eligible
    ? buildMonthAxis({
        origin,
        aowMonth,
        wwMonths: durationMonths,
        ruMonths,
        asuMonths,
        extraAsu: extraAsuEligible,
        uncappedMonthlyWage: monthlyUncapped,
        cappedMonthlyWage: monthlyCapped,
        followUpBase,
        extraAsuBase,
        proportionalIncomeOffset: proportional,
        ...(input.newJob ? { newJob: { startMonth: input.newJob.startMonth, monthlyWage: input.newJob.monthlyWage } } : {}),
        ...(suppletion.eligible ? { suppletion: { monthlyBase: suppletion.monthlyBase, endMonth: suppletionEnd } } : {}),
        otherIncome: input.otherIncome ?? [],
      })
    : { months: [], layers: [], milestones: [], endedByIncomeInMonth: null };

  // The AOW date influences the timeline when it cuts a layer short.
  const uncutEnd = Math.max(extraAsuEligible ? Infinity : extraStart, suppletion.eligible ? suppletionEnd : -Infinity);
  if (eligible && aowMonth < uncutEnd) useAow();
  trace.explain('aow-date', aow.resolved.status, { birthDate: input.birthDate }, {
    aowDate: aowResult.date,
    ageMonths: aowResult.ageMonths,
    month: aowMonth,
    cutsTimeline: eligible && aowMonth < uncutEnd,
  }, aowUse ? [aowUse] : []);

  const hasIncome = (input.otherIncome?.length ?? 0) > 0 || input.newJob !== undefined;
  if (eligible && hasIncome) {
    trace.explain('income-deduction', 'V2', {
      proportionalIncomeOffset: proportional,
      capApplies: monthlyCapped < monthlyUncapped,
      thresholdRate: incomeThresholdRate,
    }, {
      threshold: incomeThresholdRate * monthlyUncapped,
      suspendedMonths: axis.months.filter((row) => row.notes.includes('ww-suspended-income')).map((row) => row.month).join(', '),
    });
  }
  if (axis.endedByIncomeInMonth !== null) {
    trace.explain('ww-ended-by-income', 'V', { thresholdRate: incomeThresholdRate, consecutiveMonths: 2 }, {
      month: axis.endedByIncomeInMonth,
    });
  }

  // --- Re-integratiebudget ----------------------------------------------------------------
  const age = fullYearsBetween(checked.birthDate, origin);
  const socialPlan = input.socialPlan ?? false;
  const budgetApplies = eligible && !socialPlan && input.yearsWithEmployer >= reintegrationRequiredYearsWithEmployer;
  const budgetParameter = trace.peek('reintegrationBudget', origin);
  const reintegrationBudget = budgetApplies ? reintegrationBudgetFor(budgetParameter.value, age) : 0;
  trace.explain('reintegration-budget', 'V2', {
    yearsWithEmployer: input.yearsWithEmployer,
    requiredYearsWithEmployer: reintegrationRequiredYearsWithEmployer,
    age,
    socialPlan,
    wwWithAvu: eligible,
  }, { amount: reintegrationBudget }, budgetApplies ? [trace.use(budgetParameter)] : []);

  return {
    covered: true,
    ww: {
      eligible,
      reasons,
      durationMonths,
      duration2015Months,
      workHistory: history,
      dailyWage: { uncapped: dailyUncapped, capped: dailyCapped },
      monthlyWage: { uncapped: monthlyUncapped, capped: monthlyCapped },
      endedByIncomeInMonth: axis.endedByIncomeInMonth,
    },
    bwrhbo: {
      regime: '2017',
      applies: eligible,
      ruMonths,
      asuEligible,
      asuMonths,
      extraAsuEligible,
      extraAsuMonths,
      capMonthly: followUpRate * scale12Base,
      extraAsuCapMonthly: followUpRate * scale10Base,
    },
    suppletion,
    aow: aowResult,
    layers: axis.layers,
    milestones: axis.milestones,
    months: axis.months,
    reintegrationBudget,
    warnings: trace.warnings,
    explanations: trace.explanations,
  };
}

function emptyBwrhbo(regime: '2017' | 'unsupported'): ScenarioResult['bwrhbo'] {
  return {
    regime,
    applies: false,
    ruMonths: 0,
    asuEligible: false,
    asuMonths: 0,
    extraAsuEligible: false,
    extraAsuMonths: 0,
    capMonthly: 0,
    extraAsuCapMonthly: 0,
  };
}
