/**
 * Statutory WW (UWV): wekeneis, jareneis, arbeidsverleden, duration, dagloon and maandloon.
 * The numbers here are law (status V) and do not change by date; dated amounts come from the
 * parameter table.
 */
import { mostRecentWorkedYears } from './readings.js';
import type { WorkHistory } from './types.js';

/** Wekeneis: paid work in at least 26 of the 36 weeks before the first day of unemployment. */
export const wekeneis = { requiredWeeks: 26, windowWeeks: 36 } as const;

/** Jareneis: paid work in at least 4 of the 5 calendar years before the year of unemployment. */
export const jareneis = { requiredYears: 4, windowYears: 5 } as const;

/** First calendar year of feitelijk arbeidsverleden; years before it up to 1997 are fictief. */
export const firstActualYear = 1998;

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
  return typeof workedYears === 'number' ? mostRecentWorkedYears(workedYears, unemploymentYear) : [...workedYears].sort((a, b) => a - b);
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
