/**
 * Readings of the specification where it is silent or leaves room. Each reading is one named
 * function or constant here, so that a different reading is a one-place change and a reviewer
 * finds every choice in one file. All of them choose what an employee would expect.
 */

/**
 * `workedYears` given as a number N means the N consecutive calendar years immediately before the
 * unemployment year (never before `firstYear`, the first year of feitelijk arbeidsverleden): "I have
 * worked the last N years".
 */
export function mostRecentWorkedYears(count: number, unemploymentYear: number, firstYear: number): number[] {
  const years: number[] = [];
  for (let year = unemploymentYear - 1; year >= firstYear && years.length < count; year -= 1) years.push(year);
  return years.reverse();
}

/**
 * The monthly benefit of one layer after income from work, used for the WW and for every BWRHBO
 * layer alike. `base` is the layer's maandloon after its cap (the capped maandloon for the WW, the
 * scale-12 or scale-10 capped maandloon for RU, ASU and extra ASU). When the base is capped and the
 * proportional switch is on, income is deducted in proportion: `rate × (base − income × base / uncapped)`;
 * otherwise in full: `rate × (base − income)`. Never negative.
 */
export function benefitAfterIncome(rate: number, base: number, uncapped: number, income: number, proportional: boolean): number {
  if (income <= 0) return rate * base;
  const deduction = proportional && base < uncapped ? (income * base) / uncapped : income;
  return Math.max(0, rate * (base - deduction));
}

/**
 * The AVU tops WW up to its target level of the uncapped maandloon after income
 * (`target × (uncapped − income)`); in a month in which the 87.5 % rule suspends the WW there is
 * no WW to top up, so no AVU either.
 */
export function avuAfterIncome(target: number, uncapped: number, income: number, wwRate: number, wwSuspended: boolean): number {
  if (wwSuspended) return 0;
  return Math.max(0, target * Math.max(0, uncapped - income) - wwRate);
}

/**
 * The 87.5 % rule compares the income of the whole month with 87.5 % of the uncapped maandloon,
 * also in a row the WW covers only in part.
 */
export const incomeThresholdRate = 0.875;

/**
 * When the WW ends because income stayed above 87.5 % for two months in a row, the BWRHBO layers
 * stacked after it (RU, ASU, extra ASU) end with it: the employee is back at work. Loonsuppletie,
 * which belongs to the new job, continues.
 */
export const incomeEndedWwEndsBwrhbo = true;

/** "At most 10 years to AOW age at dismissal" is measured from the first day of unemployment. */
export const extraAsuMaxYearsToAow = 10;

/** ASU months count full years of hbo service only (the input may carry fractions). */
export function asuServiceYears(hboServiceYears: number): number {
  return Math.floor(hboServiceYears);
}

/** Hours per month of a weekly schedule: 52 weeks over 12 months. */
export function hoursPerMonth(hoursPerWeek: number): number {
  return (hoursPerWeek * 52) / 12;
}

/**
 * Loonsuppletie is reduced so that new wage + WW + BWRHBO + suppletion never exceeds the old
 * (uncapped) maandloon. Other income (a klus beside the job) is not part of this ceiling.
 */
export function suppletionCeiling(oldMonthlyWage: number, newMonthlyWage: number, benefits: number): number {
  return Math.max(0, oldMonthlyWage - newMonthlyWage - benefits);
}

/**
 * Rounds to cents, half away from zero. The detour through 15 significant digits removes binary
 * noise first, so 1.005 € rounds to 1.01 € as a person would expect.
 */
export function roundCents(amount: number): number {
  const cents = Math.round(Number((Math.abs(amount) * 100).toPrecision(15)));
  return cents === 0 ? 0 : (Math.sign(amount) * cents) / 100;
}
