/**
 * Saving the employee's progress in `localStorage`, so the test can be finished later on the same
 * device — and nowhere else: nothing here touches the network. Saved progress is bound to one
 * instrument and version (answers to other items would be meaningless), expires after a number of
 * days of inactivity, and is checked when read: whatever is stored under the key, only answers that
 * fit the instrument survive.
 */
import type { CareerTestInstrument } from '@mobility-kit/contract';

/** Days after the last change after which saved answers are discarded unread. */
export const defaultRetentionDays = 30;

const dayMs = 24 * 60 * 60 * 1000;

/** Bump when the stored shape changes incompatibly; older entries are then ignored. */
const formatVersion = 1;

/** Where the test stands. `values` is the work-values sort, `result` the finished test. */
export type CareerTestStep = { view: 'items'; page: number } | { view: 'values' } | { view: 'result' };

/** What is kept between visits. */
export interface SavedProgress {
  /** Chosen option value per item id. */
  readonly items: Readonly<Record<string, number>>;
  /** The work values in the employee's order, most important first. */
  readonly valueOrder: readonly string[];
  /** Whether the work-values part was skipped (then `valueOrder` does not count). */
  readonly valuesSkipped: boolean;
  readonly step: CareerTestStep;
}

/**
 * The storage key: versioned by format, instrument id and instrument version, so that a new
 * version of the instrument never reads answers given to another.
 */
export function progressKey(instrument: Pick<CareerTestInstrument, 'id' | 'version'>): string {
  return `${keyPrefix}${formatVersion}:${instrument.id}@${instrument.version}`;
}

/** What every key of this element starts with, whatever the format or instrument. */
const keyPrefix = 'mobility-kit/career-test@';

/** `localStorage`, or nothing when the browser refuses it (privacy settings, sandboxed frames). */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Read saved progress for `instrument`. Expired entries are removed; malformed ones are ignored
 * (and removed); answers that do not fit the instrument are dropped one by one.
 */
export function loadProgress(
  instrument: CareerTestInstrument,
  retentionDays: number = defaultRetentionDays,
  now: number = Date.now(),
): SavedProgress | undefined {
  const store = storage();
  const key = progressKey(instrument);
  let raw: string | null | undefined;
  try {
    raw = store?.getItem(key);
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    clearProgress(instrument);
    return undefined;
  }
  if (!isRecord(parsed) || typeof parsed.savedAt !== 'number' || !isRecord(parsed.items)) {
    clearProgress(instrument);
    return undefined;
  }
  // A date in the future (a clock set wrong, a tampered entry) counts as expired too.
  if (now - parsed.savedAt > retentionDays * dayMs || parsed.savedAt > now + dayMs) {
    clearProgress(instrument);
    return undefined;
  }

  const options = new Set(instrument.responseOptions.map((option) => option.value));
  const items: Record<string, number> = {};
  for (const item of instrument.items) {
    const value = parsed.items[item.id];
    if (typeof value === 'number' && options.has(value)) items[item.id] = value;
  }
  const known = (instrument.workValues?.values ?? []).map((value) => value.id);
  const stored = Array.isArray(parsed.valueOrder) ? parsed.valueOrder.filter((id): id is string => typeof id === 'string') : [];
  // Keep a stored order only when it is an ordering of exactly the instrument's values.
  const valueOrder = stored.length === known.length && new Set(stored).size === known.length && stored.every((id) => known.includes(id)) ? stored : known;
  const valuesSkipped = parsed.valuesSkipped === true;
  return { items, valueOrder, valuesSkipped, step: checkedStep(parsed.step, instrument, items) };
}

/** The saved step, if it still makes sense for these answers; otherwise the first page with a gap. */
function checkedStep(step: unknown, instrument: CareerTestInstrument, items: Record<string, number>): CareerTestStep {
  const complete = instrument.items.every((item) => item.id in items);
  if (isRecord(step)) {
    if (step.view === 'items' && typeof step.page === 'number' && Number.isInteger(step.page) && step.page >= 0) {
      return { view: 'items', page: step.page };
    }
    if (complete && step.view === 'values' && instrument.workValues) return { view: 'values' };
    if (complete && step.view === 'result') return { view: 'result' };
  }
  return { view: 'items', page: 0 };
}

/** Save progress, stamped with the time of saving. Returns whether it could be saved. */
export function saveProgress(instrument: CareerTestInstrument, progress: SavedProgress, now: number = Date.now()): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(progressKey(instrument), JSON.stringify({ savedAt: now, ...progress }));
    return true;
  } catch {
    // Storage full or refused: the test still works, it just cannot be resumed.
    return false;
  }
}

/**
 * Remove saved career-test progress: of every instrument and version, not only the one shown, so
 * that "forget my answers" leaves nothing of the test behind on this device.
 */
export function clearAllProgress(): void {
  try {
    const store = storage();
    if (!store) return;
    const keys: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(keyPrefix)) keys.push(key);
    }
    for (const key of keys) store.removeItem(key);
  } catch {
    // Nothing stored that could be removed.
  }
}

/** Remove the saved progress of `instrument`. */
export function clearProgress(instrument: Pick<CareerTestInstrument, 'id' | 'version'>): void {
  try {
    storage()?.removeItem(progressKey(instrument));
  } catch {
    // Nothing stored that could be removed.
  }
}
