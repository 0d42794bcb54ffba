/**
 * BWRHBO — the bovenwettelijke WW of the CAO hbo for unemployment from 1 April 2017 — and the
 * re-integratiebudget. Durations and levels; the month axis puts them into rows.
 */
import { parseIsoDate } from './dates.js';
import { asuServiceYears } from './readings.js';
import type { AsuDurationRule, ReintegrationBudgetBands } from './parameters.js';

/** First day of unemployment from which the 2017 regime applies. */
export const bwrhbo2017From = parseIsoDate('2017-04-01')!;

/** AVU target as a share of the uncapped maandloon: 75 % in months 1–6, 70 % after. */
export const avuTargets = { first: 0.75, later: 0.7, changeAtMonth: 6 } as const;

/** RU, ASU and extra ASU pay 70 % of their (capped) maandloon. */
export const followUpRate = 0.7;

/** RU months are the difference WW-2015 − WW, clamped to this range; none when the difference is ≤ 0. */
export const ruBounds = { min: 0.5, max: 14 } as const;

/** Service needed for the ASU and the extra ASU, and the years to AOW age the extra ASU allows. */
export const asuRequiredServiceYears = 5;
export const extraAsuRequiredServiceYears = 15;

/** Re-integratiebudget needs at least this many years with the employer. */
export const reintegrationRequiredYearsWithEmployer = 2;

export function ruMonths(duration2015Months: number, wwMonths: number): number {
  const difference = duration2015Months - wwMonths;
  if (difference <= 0) return 0;
  return Math.min(ruBounds.max, Math.max(ruBounds.min, difference));
}

export function asuMonths(rule: AsuDurationRule, hboServiceYears: number): number {
  return Math.min(rule.max, rule.perServiceYear * asuServiceYears(hboServiceYears));
}

/** Maandloon on which RU and ASU are based: the uncapped maandloon, at most the scale-12 top with allowances. */
export function scale12CapBase(scale12TopMonthly: number, holidayPayRate: number, yearEndBonusRate: number): number {
  return scale12TopMonthly * (1 + holidayPayRate + yearEndBonusRate);
}

export function reintegrationBudgetFor(bands: ReintegrationBudgetBands, age: number): number {
  if (age >= 50) return bands.from50;
  if (age >= 40) return bands.from40;
  return bands.under40;
}
