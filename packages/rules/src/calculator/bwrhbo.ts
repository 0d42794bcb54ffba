/**
 * BWRHBO — the bovenwettelijke WW of the CAO hbo for unemployment from 1 April 2017 — and the
 * re-integratiebudget. Durations and levels; the month axis puts them into rows.
 */
import { addMonths, compareDates, formatIsoDate, fullYearsBetween, parseIsoDate } from './dates.js';
import { asuServiceYears, extraAsuMaxYearsToAow } from './readings.js';
import type { AsuDurationRule, ReintegrationBudgetBands, ResolvedParameter } from './parameters.js';
import type { ScenarioContext } from './scenario-context.js';
import type { BwrhboResult, ParameterUse } from './types.js';
import type { WwStage } from './ww.js';

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

/** Stage "regime": whether the 2017 regime covers the first day of unemployment (nothing is calculated before it). */
export function regimeStage({ input, trace, origin }: ScenarioContext): boolean {
  const covered = compareDates(origin, bwrhbo2017From) >= 0;
  trace.explain('regime', 'V', { unemploymentDate: input.unemploymentDate, regimeFrom: formatIsoDate(bwrhbo2017From) }, {
    regime: covered ? '2017' : 'unsupported',
    covered,
  });
  if (!covered) trace.warn({ code: 'regime-unsupported' });
  return covered;
}

/** The BWRHBO layers: their part of the result, and what the later stages need besides. */
export interface BwrhboStage {
  readonly result: BwrhboResult;
  /** Position on the month axis where the extra ASU would start: after WW, RU and ASU. */
  readonly extraStart: number;
  /** Scale-12 top with allowances: the cap base of RU and ASU. */
  readonly scale12Base: number;
  /** Maandloon of RU and ASU after the scale-12 cap. */
  readonly followUpBase: number;
  /** Maandloon of the extra ASU after its cap. */
  readonly extraAsuBase: number;
  /** The parameters of the scale-12 cap, for the stages that use it too. */
  readonly scale12Parameters: readonly [ResolvedParameter<number>, ResolvedParameter<number>, ResolvedParameter<number>];
}

/** Stage "BWRHBO layers": AVU, RU, ASU and extra ASU — durations, cap bases and their explanations. */
export function bwrhboStage(context: ScenarioContext, ww: WwStage): BwrhboStage {
  const { input, trace, origin, aow } = context;
  const { eligible, durationMonths, duration2015Months } = ww;
  const monthlyUncapped = ww.monthlyWage.uncapped;
  const ruMonthCount = eligible ? ruMonths(duration2015Months, durationMonths) : 0;
  const scale12 = trace.peek('scale12TopMonthly', origin);
  const holidayPay = trace.peek('holidayPayRate', origin);
  const yearEndBonus = trace.peek('yearEndBonusRate', origin);
  const scale12Base = scale12CapBase(scale12.value, holidayPay.value, yearEndBonus.value);
  const followUpBase = Math.min(monthlyUncapped, scale12Base);

  const { asuEligible, asuMonthCount } = asuLayer(context, eligible);

  const extraStart = durationMonths + ruMonthCount + asuMonthCount;
  const serviceForExtra = eligible && input.hboServiceYears >= extraAsuRequiredServiceYears;
  const withinYearsOfAow = compareDates(aow.date, addMonths(origin, extraAsuMaxYearsToAow * 12)) <= 0;
  if (serviceForExtra) aow.use();
  const extraAsuEligible = serviceForExtra && withinYearsOfAow;
  const extraAsuMonths = extraAsuEligible ? Math.max(0, aow.month - extraStart) : 0;
  const includeAllowances = trace.peek('extraAsuCapIncludesAllowances', origin);
  const scale10 = trace.peek('scale10TopMonthly', origin);
  const scale10Base = includeAllowances.value ? scale12CapBase(scale10.value, holidayPay.value, yearEndBonus.value) : scale10.value;
  const extraAsuBase = Math.min(monthlyUncapped, scale10Base);

  // Parameters of the caps influence a figure only where a layer based on them is paid.
  const capUses: ParameterUse[] = [];
  if (ruMonthCount > 0 || asuMonthCount > 0) capUses.push(trace.use(scale12), trace.use(holidayPay), trace.use(yearEndBonus));
  if (eligible) explainAvuAndRu(context, ww, { ruMonths: ruMonthCount, capMonthly: followUpRate * scale12Base, level: followUpRate * followUpBase }, capUses);
  const extraUses: ParameterUse[] = [];
  if (serviceForExtra) extraUses.push(aow.use());
  if (extraAsuMonths > 0) {
    extraUses.push(trace.use(scale10), trace.use(includeAllowances));
    if (includeAllowances.value) extraUses.push(trace.use(holidayPay), trace.use(yearEndBonus));
  }
  if (eligible) trace.explain('extra-asu', 'V2', {
    hboServiceYears: input.hboServiceYears,
    requiredServiceYears: extraAsuRequiredServiceYears,
    aowDate: aow.result.date,
    maxYearsToAow: extraAsuMaxYearsToAow,
  }, {
    eligible: extraAsuEligible,
    months: extraAsuMonths,
    capMonthly: followUpRate * scale10Base,
    level: followUpRate * extraAsuBase,
  }, extraUses);

  return {
    result: {
      regime: '2017',
      applies: eligible,
      ruMonths: ruMonthCount,
      asuEligible,
      asuMonths: asuMonthCount,
      extraAsuEligible,
      extraAsuMonths,
      capMonthly: followUpRate * scale12Base,
      extraAsuCapMonthly: followUpRate * scale10Base,
    },
    extraStart,
    scale12Base,
    followUpBase,
    extraAsuBase,
    scale12Parameters: [scale12, holidayPay, yearEndBonus],
  };
}

/** The ASU: whether the hbo service gives it, and for how many months. */
function asuLayer({ input, trace, origin }: ScenarioContext, eligible: boolean): { asuEligible: boolean; asuMonthCount: number } {
  const asuEligible = eligible && input.hboServiceYears >= asuRequiredServiceYears;
  const asuRule = trace.peek('asuMonths', origin);
  const asuMonthCount = asuEligible ? asuMonths(asuRule.value, input.hboServiceYears) : 0;
  const asuUses = asuEligible ? [trace.use(asuRule)] : [];
  if (eligible) trace.explain('asu', 'U', { hboServiceYears: input.hboServiceYears, requiredServiceYears: asuRequiredServiceYears }, {
    eligible: asuEligible,
    months: asuMonthCount,
  }, asuUses);
  return { asuEligible, asuMonthCount };
}

/** Explains the AVU on top of the WW and the RU after it. */
function explainAvuAndRu(
  { trace }: ScenarioContext,
  { durationMonths, duration2015Months, monthlyWage }: WwStage,
  ru: { ruMonths: number; capMonthly: number; level: number },
  capUses: readonly ParameterUse[],
): void {
  const monthlyUncapped = monthlyWage.uncapped;
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
  }, ru, capUses);
}

/** The BWRHBO part of the result when nothing is paid. */
export function emptyBwrhbo(regime: '2017' | 'unsupported'): BwrhboResult {
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

/** Stage "budget": the maximum re-integratiebudget (a budget for a trajectory, never income). */
export function reintegrationBudgetStage({ input, trace, origin, birthDate }: ScenarioContext, eligible: boolean): number {
  const age = fullYearsBetween(birthDate, origin);
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
  return reintegrationBudget;
}
