/**
 * Statutory WW (UWV): wekeneis, jareneis, arbeidsverleden, duration, dagloon and maandloon.
 * The numbers here are law (status V) and do not change by date; dated amounts come from the
 * parameter table.
 */
import type { CalculatorBounds } from '@mobility-kit/contract';
import { mostRecentWorkedYears } from './readings.js';
import type { ScenarioContext } from './scenario-context.js';
import type { WorkHistory, WwReason, WwResult } from './types.js';

/**
 * Wekeneis: paid work in at least 26 of the 36 weeks before the first day of unemployment. The
 * window is also the most weeks an input can name; its type ties it to the contract's bound.
 */
export const wekeneis: { readonly requiredWeeks: 26; readonly windowWeeks: CalculatorBounds['weeksWorkedLast36']['max'] } = {
  requiredWeeks: 26,
  windowWeeks: 36,
};

/** Jareneis: paid work in at least 4 of the 5 calendar years before the year of unemployment. */
export const jareneis = { requiredYears: 4, windowYears: 5 } as const;

/**
 * First calendar year of feitelijk arbeidsverleden; years before it up to 1997 are fictief. Typed
 * by the contract's bound of a worked year, so the two cannot differ.
 */
export const firstActualYear: CalculatorBounds['workedYear']['min'] = 1998;

/** Year from which arbeidsverleden builds WW at half a month per year (beyond the first ten). */
export const halfRateFromYear = 2016;

/** WW duration bounds in months, and the years that count a full month each. */
export const wwDuration = { min: 3, max: 24, fullMonthYears: 10, halfRate: 0.5 } as const;

/** The pre-2016 rule, still used by the BWRHBO repair benefit. */
export const ww2015Duration = { min: 3, max: 38 } as const;

/** Dagloon = annual SV-wage ÷ 261; maandloon = dagloon × 21.75. */
export const wageDays = { perYear: 261, perMonth: 21.75 } as const;

/** WW percentage of the capped maandloon: 75 % in months 1–2, 70 % from month 3. */
export const wwRates = { first: 0.75, later: 0.7, changeAtMonth: 2 } as const;

export function meetsWekeneis(weeksWorkedLast36: number): boolean {
  return weeksWorkedLast36 >= wekeneis.requiredWeeks;
}

/** The worked calendar years as a sorted list, whichever form the input took. */
export function workedYearList(workedYears: number | readonly number[], unemploymentYear: number): number[] {
  return typeof workedYears === 'number' ? mostRecentWorkedYears(workedYears, unemploymentYear, firstActualYear) : [...workedYears].sort((a, b) => a - b);
}

/** Years of the jareneis window that were worked. */
export function jareneisYearsWorked(years: readonly number[], unemploymentYear: number): number {
  return years.filter((year) => year >= unemploymentYear - jareneis.windowYears && year < unemploymentYear).length;
}

export function workHistory(years: readonly number[], birthYear: number, unemploymentYear: number): WorkHistory {
  const yearTurned18 = birthYear + 18;
  const fictitious = Math.max(0, Math.min(firstActualYear - 1, unemploymentYear - 1) - yearTurned18 + 1);
  const counted = years.filter((year) => year >= firstActualYear && year < unemploymentYear);
  const actual = counted.length;
  const before2016 = fictitious + counted.filter((year) => year < halfRateFromYear).length;
  return { fictitious, actual, total: fictitious + actual, before2016 };
}

/**
 * WW duration W in months. If T ≤ 10: T. Else base = max(10, P) and W = base + 0.5 × (T − base).
 * Always between 3 and 24; 3 when the jareneis is not met.
 */
export function wwDurationMonths(history: WorkHistory, jareneisMet: boolean): number {
  if (!jareneisMet) return wwDuration.min;
  const { total, before2016 } = history;
  let months: number;
  if (total <= wwDuration.fullMonthYears) months = total;
  else {
    const base = Math.max(wwDuration.fullMonthYears, before2016);
    months = base + wwDuration.halfRate * (total - base);
  }
  return Math.min(wwDuration.max, Math.max(wwDuration.min, months));
}

/** WW-2015 duration: T months, between 3 and 38; 3 when the jareneis is not met. */
export function ww2015DurationMonths(history: WorkHistory, jareneisMet: boolean): number {
  if (!jareneisMet) return ww2015Duration.min;
  return Math.min(ww2015Duration.max, Math.max(ww2015Duration.min, history.total));
}

/** The WW as far as it is known before the month axis: all of its result but the end by income. */
export type WwStage = Omit<WwResult, 'endedByIncomeInMonth'>;

type WwEntitlement = Pick<WwResult, 'eligible' | 'reasons' | 'durationMonths' | 'duration2015Months'>;

/** Stage "WW": eligibility (wekeneis, AOW age, jareneis), duration, wages and the WW percentage. */
export function wwStage(context: ScenarioContext): WwStage {
  const entitlement = wwEntitlement(context);
  return { ...entitlement, workHistory: context.history, ...wwWages(context, entitlement.eligible) };
}

function wwEntitlement({ input, trace, origin, birthDate, aow, workedYears: years, history }: ScenarioContext): WwEntitlement {
  const year = origin.year;
  const reasons: WwReason[] = [];
  const wekeneisMet = meetsWekeneis(input.weeksWorkedLast36);
  if (!wekeneisMet) reasons.push('wekeneis');
  trace.explain('wekeneis', 'V', { weeksWorkedLast36: input.weeksWorkedLast36, requiredWeeks: wekeneis.requiredWeeks, windowWeeks: wekeneis.windowWeeks }, {
    met: wekeneisMet,
  });

  const beforeAow = aow.month > 0;
  if (!beforeAow) {
    reasons.push('aow-age');
    aow.use();
  }
  const eligible = wekeneisMet && beforeAow;

  trace.explain('work-history', 'V', {
    birthYear: birthDate.year,
    yearTurned18: birthDate.year + 18,
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
  return { eligible, reasons, durationMonths, duration2015Months };
}

function wwWages({ input, trace, origin }: ScenarioContext, eligible: boolean): Pick<WwResult, 'dailyWage' | 'monthlyWage'> {
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
  return { dailyWage: { uncapped: dailyUncapped, capped: dailyCapped }, monthlyWage: { uncapped: monthlyUncapped, capped: monthlyCapped } };
}
