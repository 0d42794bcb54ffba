/**
 * The month axis: each layer occupies an interval (month 0 = first day of unemployment), row m
 * covers [m − 1, m), and a row's amount for a layer is the layer's monthly rate times the overlap.
 * Amounts stay in full precision until each row's amount per layer is rounded to cents.
 */
import { dateAtPosition, formatIsoDate, type CivilDate } from './dates.js';
import { avuTargets, followUpRate, type BwrhboStage } from './bwrhbo.js';
import {
  avuAfterIncome,
  benefitAfterIncome,
  incomeEndedWwEndsBwrhbo,
  incomeThresholdRate,
  roundCents,
  suppletionCeiling,
} from './readings.js';
import type { ScenarioContext } from './scenario-context.js';
import type { SuppletionStage } from './suppletion.js';
import type { IncomeLayer, LayerInterval, Milestone, MonthNote, MonthRow, MonthSegment, OtherIncome } from './types.js';
import { wwRates, type WwStage } from './ww.js';

/** Everything the axis needs, already decided by the rules. */
export interface AxisPlan {
  readonly origin: CivilDate;
  /** Position of the AOW date; nothing is paid from there on. */
  readonly aowMonth: number;
  readonly wwMonths: number;
  readonly ruMonths: number;
  readonly asuMonths: number;
  readonly extraAsu: boolean;
  readonly uncappedMonthlyWage: number;
  readonly cappedMonthlyWage: number;
  /** Maandloon of RU and ASU after the scale-12 cap. */
  readonly followUpBase: number;
  /** Maandloon of the extra ASU after the scale-10 cap. */
  readonly extraAsuBase: number;
  readonly proportionalIncomeOffset: boolean;
  readonly newJob?: { readonly startMonth: number; readonly monthlyWage: number };
  /** Loonsuppletie before its ceiling, from the job's start until `endMonth` (position). */
  readonly suppletion?: { readonly monthlyBase: number; readonly endMonth: number };
  readonly otherIncome: readonly OtherIncome[];
}

export interface AxisResult {
  readonly months: MonthRow[];
  readonly layers: LayerInterval[];
  readonly milestones: Milestone[];
  readonly endedByIncomeInMonth: number | null;
}

type SequentialLayer = 'ww' | 'ru' | 'asu' | 'extraAsu';
type Amounts = Record<IncomeLayer, number>;

const epsilon = 1e-9;

function incomeInRow(plan: AxisPlan, month: number): { job: number; total: number } {
  const job = plan.newJob && month >= plan.newJob.startMonth ? plan.newJob.monthlyWage : 0;
  const other = plan.otherIncome
    .filter((entry) => month >= entry.fromMonth && (entry.toMonth === undefined || month <= entry.toMonth))
    .reduce((sum, entry) => sum + entry.monthlyAmount, 0);
  return { job, total: job + other };
}

/** Puts the layers of a plan into rows. */
export function buildMonthAxis(plan: AxisPlan): AxisResult {
  const { aowMonth: aow, uncappedMonthlyWage: uncapped } = plan;
  const ruStart = plan.wwMonths;
  const asuStart = ruStart + plan.ruMonths;
  const extraStart = asuStart + plan.asuMonths;
  const scheduledEnd = Math.min(aow, plan.extraAsu ? Math.max(aow, extraStart) : extraStart);
  const suppletionStart = plan.newJob ? plan.newJob.startMonth - 1 : Infinity;
  const suppletionEnd = plan.suppletion ? Math.min(aow, plan.suppletion.endMonth) : -Infinity;
  const horizon = Math.max(0, Math.min(aow, Math.max(scheduledEnd, suppletionEnd)));

  const layerAt = (position: number): SequentialLayer | undefined => {
    if (position >= aow) return undefined;
    if (position < ruStart) return 'ww';
    if (position < asuStart) return 'ru';
    if (position < extraStart) return 'asu';
    return plan.extraAsu ? 'extraAsu' : undefined;
  };

  const months: MonthRow[] = [];
  let wwEndedAt = Infinity;
  let endedByIncomeInMonth: number | null = null;
  let monthsAboveThreshold = 0;

  for (let month = 1; month - 1 < horizon - epsilon; month += 1) {
    const start = month - 1;
    const end = Math.min(month, aow);
    const income = incomeInRow(plan, month);
    const notes: MonthNote[] = [];
    const benefitsEndAt = incomeEndedWwEndsBwrhbo ? wwEndedAt : Infinity;

    const wwActive = start < ruStart && start < wwEndedAt && start < aow;
    const suspended = wwActive && income.total > incomeThresholdRate * uncapped + epsilon;
    if (wwActive) monthsAboveThreshold = suspended ? monthsAboveThreshold + 1 : 0;
    if (suspended) notes.push('ww-suspended-income');

    const cuts = [start, end, ruStart, asuStart, extraStart, wwRates.changeAtMonth, avuTargets.changeAtMonth]
      .filter((point) => point >= start && point <= end)
      .sort((a, b) => a - b);
    const amounts: Amounts = { ww: 0, avu: 0, ru: 0, asu: 0, extraAsu: 0, suppletion: 0 };
    const segments: MonthSegment[] = [];
    const addSegment = (layer: IncomeLayer, from: number, to: number, monthlyRate: number) => {
      amounts[layer] += monthlyRate * (to - from);
      const last = segments.findLast((segment) => segment.layer === layer);
      if (last && last.to === from && last.monthlyRate === monthlyRate) segments[segments.indexOf(last)] = { ...last, to };
      else segments.push({ layer, from, to, monthlyRate });
    };

    for (let i = 0; i + 1 < cuts.length; i += 1) {
      const from = cuts[i]!;
      const to = cuts[i + 1]!;
      if (to - from <= epsilon) continue;
      const layer = layerAt(from);
      if (!layer) continue;
      if (layer === 'ww') {
        if (from >= wwEndedAt) continue;
        const rate = from < wwRates.changeAtMonth ? wwRates.first : wwRates.later;
        const ww = suspended ? 0 : benefitAfterIncome(rate, plan.cappedMonthlyWage, uncapped, income.total, plan.proportionalIncomeOffset);
        const target = from < avuTargets.changeAtMonth ? avuTargets.first : avuTargets.later;
        addSegment('ww', from, to, ww);
        addSegment('avu', from, to, avuAfterIncome(target, uncapped, income.total, ww, suspended));
      } else {
        if (from >= benefitsEndAt) continue;
        const base = layer === 'extraAsu' ? plan.extraAsuBase : plan.followUpBase;
        addSegment(layer, from, to, benefitAfterIncome(followUpRate, base, uncapped, income.total, plan.proportionalIncomeOffset));
      }
    }

    if (plan.suppletion && plan.newJob && month >= plan.newJob.startMonth && start < suppletionEnd) {
      const share = Math.min(end, suppletionEnd) - start;
      const benefits = amounts.ww + amounts.avu + amounts.ru + amounts.asu + amounts.extraAsu;
      // The ceiling is monthly; in a part-month (AOW) both sides scale with the share of the month.
      const ceiling = suppletionCeiling(uncapped * share, income.job * share, benefits);
      const amount = Math.min(plan.suppletion.monthlyBase * share, ceiling);
      if (amount > 0) segments.push({ layer: 'suppletion', from: start, to: start + share, monthlyRate: amount / share });
      amounts.suppletion = Math.max(0, amount);
    }

    if (wwActive && monthsAboveThreshold >= 2) {
      wwEndedAt = month;
      endedByIncomeInMonth = month;
      notes.push('ww-ended-income');
    }
    if (plan.newJob && month === plan.newJob.startMonth) notes.push('new-job-start');
    if (aow > start && aow <= month) notes.push('aow');

    const rounded = {
      ww: roundCents(amounts.ww),
      avu: roundCents(amounts.avu),
      ru: roundCents(amounts.ru),
      asu: roundCents(amounts.asu),
      extraAsu: roundCents(amounts.extraAsu),
      suppletion: roundCents(amounts.suppletion),
      income: roundCents(income.total * (end - start)),
    };
    const total = roundCents(Object.values(rounded).reduce((sum, value) => sum + value, 0));
    months.push({ month, startDate: formatIsoDate(dateAtPosition(plan.origin, start)), ...rounded, total, segments, notes });
  }

  const benefitsEndAt = incomeEndedWwEndsBwrhbo ? wwEndedAt : Infinity;
  const clip = (layer: IncomeLayer, from: number, to: number, stop: number): LayerInterval[] => {
    const clipped = Math.min(to, stop, aow);
    return clipped - from > epsilon ? [{ layer, from, to: clipped }] : [];
  };
  const wwInterval = clip('ww', 0, ruStart, wwEndedAt);
  const layers: LayerInterval[] = [
    ...wwInterval,
    ...wwInterval.map((interval) => ({ ...interval, layer: 'avu' as const })),
    ...clip('ru', ruStart, asuStart, benefitsEndAt),
    ...clip('asu', asuStart, extraStart, benefitsEndAt),
    ...(plan.extraAsu ? clip('extraAsu', extraStart, aow, benefitsEndAt) : []),
    ...(plan.suppletion ? clip('suppletion', suppletionStart, suppletionEnd, horizon) : []),
  ];

  const milestones: Milestone[] = [];
  const mark = (kind: Milestone['kind'], month: number) =>
    milestones.push({ kind, month, date: formatIsoDate(dateAtPosition(plan.origin, month)) });
  const find = (layer: IncomeLayer) => layers.find((interval) => interval.layer === layer);
  const ww = find('ww');
  if (ww) {
    if (ww.to > wwRates.changeAtMonth) mark('ww-rate-change', wwRates.changeAtMonth);
    if (ww.to > avuTargets.changeAtMonth) mark('avu-rate-change', avuTargets.changeAtMonth);
    mark('ww-end', ww.to);
  }
  const ru = find('ru');
  if (ru) mark('ru-start', ru.from);
  const asu = find('asu');
  if (asu) mark('asu-start', asu.from);
  const extra = find('extraAsu');
  if (extra) mark('extra-asu-start', extra.from);
  const benefitLayers = layers.filter((interval) => interval.layer !== 'suppletion' && interval.layer !== 'avu');
  if (benefitLayers.length > 0) mark('benefits-end', Math.max(...benefitLayers.map((interval) => interval.to)));
  if (plan.newJob && suppletionStart < horizon) mark('new-job-start', suppletionStart);
  if (aow <= horizon + epsilon && months.length > 0) mark('aow', aow);
  milestones.sort((a, b) => a.month - b.month);

  return { months, layers, milestones, endedByIncomeInMonth };
}

/**
 * Stage "month axis": the layers decided by the earlier stages put into rows, and the explanations
 * that depend on the rows (where the AOW date cuts the timeline, income deducted or ending the WW).
 */
export function monthAxisStage(
  context: ScenarioContext,
  ww: WwStage,
  bwrhbo: BwrhboStage,
  { suppletion, endMonth: suppletionEnd }: SuppletionStage,
  proportionalIncomeOffset: boolean,
): AxisResult {
  const { input, trace, origin, aow } = context;
  const { eligible } = ww;
  const axis: AxisResult = eligible
    ? buildMonthAxis({
        origin,
        aowMonth: aow.month,
        wwMonths: ww.durationMonths,
        ruMonths: bwrhbo.result.ruMonths,
        asuMonths: bwrhbo.result.asuMonths,
        extraAsu: bwrhbo.result.extraAsuEligible,
        uncappedMonthlyWage: ww.monthlyWage.uncapped,
        cappedMonthlyWage: ww.monthlyWage.capped,
        followUpBase: bwrhbo.followUpBase,
        extraAsuBase: bwrhbo.extraAsuBase,
        proportionalIncomeOffset,
        ...(input.newJob ? { newJob: { startMonth: input.newJob.startMonth, monthlyWage: input.newJob.monthlyWage } } : {}),
        ...(suppletion.eligible ? { suppletion: { monthlyBase: suppletion.monthlyBase, endMonth: suppletionEnd } } : {}),
        otherIncome: input.otherIncome ?? [],
      })
    : { months: [], layers: [], milestones: [], endedByIncomeInMonth: null };

  // The AOW date influences the timeline when it cuts a layer short.
  const uncutEnd = Math.max(bwrhbo.result.extraAsuEligible ? Infinity : bwrhbo.extraStart, suppletion.eligible ? suppletionEnd : -Infinity);
  const cutsTimeline = eligible && aow.month < uncutEnd;
  if (cutsTimeline) aow.use();
  trace.explain('aow-date', aow.resolved.status, { birthDate: input.birthDate }, {
    aowDate: aow.result.date,
    ageMonths: aow.result.ageMonths,
    month: aow.month,
    cutsTimeline,
  }, aow.used ? [aow.used] : []);

  const hasIncome = (input.otherIncome?.length ?? 0) > 0 || input.newJob !== undefined;
  if (eligible && hasIncome) {
    trace.explain('income-deduction', 'V2', {
      proportionalIncomeOffset,
      capApplies: ww.monthlyWage.capped < ww.monthlyWage.uncapped,
      thresholdRate: incomeThresholdRate,
    }, {
      threshold: incomeThresholdRate * ww.monthlyWage.uncapped,
      suspendedMonths: axis.months.filter((row) => row.notes.includes('ww-suspended-income')).map((row) => row.month).join(', '),
    });
  }
  if (axis.endedByIncomeInMonth !== null) {
    trace.explain('ww-ended-by-income', 'V', { thresholdRate: incomeThresholdRate, consecutiveMonths: 2 }, {
      month: axis.endedByIncomeInMonth,
    });
  }
  return axis;
}
