/**
 * Scoring of a career-test instrument: generic over the instrument document, so another licensed
 * instrument with other scales, item counts, option ranges or reverse-keyed items scores the same way.
 */
import type {
  CareerTestAnswers,
  CareerTestInstrument,
  CareerTestResult,
  CareerTestScaleScore,
} from '@mobility-kit/contract';
import { profileCode, type RankedScale } from './code.js';

/** What is wrong with an answer set; stable, so an interface can translate it. */
export type CareerTestAnswerIssueKind =
  | 'malformed'
  | 'other-instrument'
  | 'unknown-item'
  | 'missing-answer'
  | 'not-an-option'
  | 'unknown-value'
  | 'value-listed-twice'
  | 'value-missing'
  | 'values-not-expected';

/** One problem with an answer set: its kind, the dotted path, the item or value at fault, a sentence. */
export interface CareerTestAnswerIssue {
  readonly kind: CareerTestAnswerIssueKind;
  readonly path: string;
  /** The item id at fault, for item issues. */
  readonly item?: string;
  /** The work-value id at fault, for value-order issues. */
  readonly value?: string;
  readonly message: string;
}

/** Thrown by `scoreInstrument` when the answers cannot be scored; `issues` names every item at fault. */
export class CareerTestAnswersError extends Error {
  override readonly name = 'CareerTestAnswersError';
  constructor(readonly issues: readonly CareerTestAnswerIssue[]) {
    super(`Invalid career-test answers: ${issues.map((issue) => `${issue.path} ${issue.message}`).join('; ')}`);
  }
}

/**
 * Thrown when the instrument itself is inconsistent (an item on an unknown scale, a scale without
 * items, fewer than two distinct options). Validate documents with the contract's
 * `CareerTestInstrument` schema before use; this is the last line of defence inside scoring.
 */
export class CareerTestInstrumentError extends Error {
  override readonly name = 'CareerTestInstrumentError';
  constructor(readonly issues: readonly { readonly path: string; readonly message: string }[]) {
    super(`Inconsistent career-test instrument: ${issues.map((issue) => `${issue.path} ${issue.message}`).join('; ')}`);
  }
}

/** The checked facts of an instrument that scoring needs. */
interface InstrumentIndex {
  readonly optionValues: ReadonlySet<number>;
  readonly optionMin: number;
  readonly optionMax: number;
  readonly itemIds: ReadonlySet<string>;
}

function indexInstrument(instrument: CareerTestInstrument): InstrumentIndex {
  const issues: { path: string; message: string }[] = [];
  const scaleIds = new Set(instrument.scales.map((scale) => scale.id));
  const counted = new Set<string>();
  const itemIds = new Set<string>();
  instrument.items.forEach((item, index) => {
    if (!scaleIds.has(item.scale)) issues.push({ path: `items.${index}.scale`, message: `item "${item.id}" is on unknown scale "${item.scale}"` });
    if (itemIds.has(item.id)) issues.push({ path: `items.${index}.id`, message: `item id "${item.id}" is used twice` });
    itemIds.add(item.id);
    counted.add(item.scale);
  });
  instrument.scales.forEach((scale, index) => {
    if (!counted.has(scale.id)) issues.push({ path: `scales.${index}`, message: `scale "${scale.id}" has no items` });
  });
  const values = instrument.responseOptions.map((option) => option.value);
  const optionValues = new Set(values);
  if (optionValues.size < 2 || values.some((value) => !Number.isInteger(value) || value < 0)) {
    issues.push({ path: 'responseOptions', message: 'must offer at least two distinct whole values of 0 or more' });
  }
  if (issues.length > 0) throw new CareerTestInstrumentError(issues);
  return { optionValues, optionMin: Math.min(...values), optionMax: Math.max(...values), itemIds };
}

const isPlainRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every reason the answers cannot be scored against this instrument. */
function answerIssues(instrument: CareerTestInstrument, index: InstrumentIndex, answers: CareerTestAnswers): CareerTestAnswerIssue[] {
  const issues: CareerTestAnswerIssue[] = [];
  if (!isPlainRecord(answers)) return [{ kind: 'malformed', path: '(root)', message: 'must be an object with items and valueOrder' }];

  const ref = answers.instrument;
  if (ref !== undefined && (!isPlainRecord(ref) || ref.id !== instrument.id || ref.version !== instrument.version)) {
    issues.push({
      kind: 'other-instrument',
      path: 'instrument',
      message: `belong to another instrument than "${instrument.id}" version "${instrument.version}"`,
    });
  }

  const given: unknown = answers.items;
  if (!isPlainRecord(given)) {
    issues.push({ kind: 'malformed', path: 'items', message: 'must be an object of item id → answer value' });
  } else {
    const options = [...index.optionValues].sort((a, b) => a - b).join(', ');
    for (const [item, value] of Object.entries(given)) {
      if (!index.itemIds.has(item)) {
        issues.push({ kind: 'unknown-item', path: `items.${item}`, item, message: `is not an item of instrument "${instrument.id}"` });
      } else if (typeof value !== 'number' || !index.optionValues.has(value)) {
        issues.push({ kind: 'not-an-option', path: `items.${item}`, item, message: `must be one of the option values ${options}` });
      }
    }
    for (const { id } of instrument.items) {
      if (!Object.hasOwn(given, id)) issues.push({ kind: 'missing-answer', path: `items.${id}`, item: id, message: 'has no answer' });
    }
  }

  const order: unknown = answers.valueOrder;
  if (!Array.isArray(order)) {
    issues.push({ kind: 'malformed', path: 'valueOrder', message: 'must be a list of work-value ids (empty when skipped)' });
  } else if (order.length > 0) {
    const known = new Set((instrument.workValues?.values ?? []).map((value) => value.id));
    if (known.size === 0) {
      issues.push({ kind: 'values-not-expected', path: 'valueOrder', message: 'must be empty: this instrument has no work values' });
    } else {
      const seen = new Set<string>();
      order.forEach((value: unknown, position) => {
        const path = `valueOrder.${position}`;
        if (typeof value !== 'string' || !known.has(value)) {
          issues.push({ kind: 'unknown-value', path, value: String(value), message: `"${String(value)}" is not a work value of this instrument` });
        } else if (seen.has(value)) {
          issues.push({ kind: 'value-listed-twice', path, value, message: `"${value}" is listed twice` });
        } else seen.add(value);
      });
      // The sort is all or nothing: a partial order would rank the values left out arbitrarily.
      for (const value of known) {
        if (!seen.has(value)) issues.push({ kind: 'value-missing', path: 'valueOrder', value, message: `"${value}" is missing from the order` });
      }
    }
  }
  return issues;
}

/** Round to one decimal, as shown to the employee. */
const oneDecimal = (value: number): number => Math.round(value * 10) / 10;

/**
 * Score a completed test. Each scale's raw score is the sum of its items' answer values (a
 * reverse-keyed item counts `lowest + highest − answer`); the 0–100 score places that sum between
 * the lowest and highest sum the scale allows. The profile code takes the three highest interest
 * scales and shows ties instead of breaking them. Every item must be answered: the specification
 * defines a type's score as the sum of its items, and a sum over fewer items is not comparable.
 *
 * @throws CareerTestAnswersError when an item is unknown, unanswered or answered outside the
 *   options, or when the value order is not empty and not an ordering of all work values.
 * @throws CareerTestInstrumentError when the instrument is inconsistent.
 */
export function scoreInstrument(instrument: CareerTestInstrument, answers: CareerTestAnswers): CareerTestResult {
  const index = indexInstrument(instrument);
  const issues = answerIssues(instrument, index, answers);
  if (issues.length > 0) throw new CareerTestAnswersError(issues);

  const { optionMin, optionMax } = index;
  const sums = new Map<string, { items: number; raw: number }>();
  for (const item of instrument.items) {
    const answer = answers.items[item.id]!;
    const points = item.reverseKeyed ? optionMin + optionMax - answer : answer;
    const sum = sums.get(item.scale) ?? { items: 0, raw: 0 };
    sums.set(item.scale, { items: sum.items + 1, raw: sum.raw + points });
  }

  const scales: CareerTestScaleScore[] = instrument.scales.map((scale) => {
    const { items, raw } = sums.get(scale.id)!;
    const rawMin = items * optionMin;
    const rawMax = items * optionMax;
    return {
      scale: scale.id,
      kind: scale.kind,
      code: scale.code,
      ...(scale.riasec ? { riasec: scale.riasec } : {}),
      items,
      raw,
      rawMin,
      rawMax,
      score: oneDecimal(((raw - rawMin) / (rawMax - rawMin)) * 100),
    };
  });

  const interests = scales.filter((scale) => scale.kind === 'interest');
  const ranked: RankedScale[] = interests.map((scale) => ({ code: scale.code, points: scale.raw - scale.rawMin, span: scale.rawMax - scale.rawMin }));
  const fractions = ranked.map((scale) => scale.points / scale.span);
  const differentiation = fractions.length > 0 ? oneDecimal((Math.max(...fractions) - Math.min(...fractions)) * 100) : 0;

  return {
    instrument: { id: instrument.id, version: instrument.version },
    scales,
    code: profileCode(ranked),
    differentiation,
    workValues: answers.valueOrder.length > 0 ? [...answers.valueOrder] : null,
  };
}
