/**
 * The career test as a state machine: introduction → pages of questions → the optional work-values
 * sort → the result, with the answers kept on the device through `progress-store.ts`. The element
 * renders what this controller holds and calls its actions; nothing here renders or fetches.
 */
import type { ReactiveController } from 'lit';
import { CareerTestInstrument, toInvalidParams, type CareerTestAnswers, type CareerTestResult, type Language } from '@mobility-kit/contract';
import { defaultInstrument, scoreInstrument } from '@mobility-kit/rules';
import { FocusAfterRenderController, type FocusHost } from '../shared/focus-after-render.js';
import { clearAllProgress, loadProgress, saveProgress, type CareerTestStep, type SavedProgress } from './progress-store.js';
import type { CareerTestStrings } from './translations.js';

/** The step shown. */
export type CareerTestView = 'intro' | 'items' | 'values' | 'result';

/** An instrument document that did not pass the contract, with what is wrong (`path: message`). */
export type InvalidInstrument = { readonly issues: readonly string[] };

/** What the session needs from its element. */
export interface CareerTestSessionOptions {
  /** The `instrument` property, as set (validated here). A new value starts the session over. */
  readonly instrument: () => unknown;
  /** The `retention-days` property, as set. A new value reads the saved progress again. */
  readonly retentionDays: () => unknown;
  /** Days saved answers are kept, already clamped. */
  readonly retention: () => number;
  /** Items per page, already clamped. */
  readonly itemsPerPage: () => number;
  /** The interface strings in the current language. */
  readonly strings: () => CareerTestStrings;
  /** A number formatted for the interface language. */
  readonly number: (value: number) => string;
  /** An instrument text in the language the instrument is shown in. */
  readonly text: (value: Partial<Record<Language, string>>) => string;
  /** Called once the result of a finished test has been rendered (not when a finished test is resumed). */
  readonly completed: (result: CareerTestResult) => void;
}

/** The heading every step starts with; focus goes there when the step changes. */
const pageTitle = '#page-title';

/** Whether a watched input changed, by the rule Lit applies to properties (`NaN` equals `NaN`). */
const changed = (value: unknown, old: unknown): boolean => !Object.is(value, old);

/** Validate an instrument document (the `instrument` property) with the contract. */
export function checkInstrument(value: unknown): { readonly doc: CareerTestInstrument } | InvalidInstrument {
  const candidate = value ?? defaultInstrument;
  if (typeof candidate === 'string') return { issues: ['(root): is not a JSON document'] };
  const parsed = candidate === defaultInstrument ? { success: true as const, data: defaultInstrument } : CareerTestInstrument.safeParse(candidate);
  return parsed.success
    ? { doc: parsed.data }
    : { issues: toInvalidParams(parsed.error.issues, 'body').map((issue) => `${issue.path}: ${issue.message}`) };
}

/**
 * Where the employee stands in the test and what they answered. Every action updates the host and,
 * once there is an answer, saves the progress locally; nothing is saved before the first answer.
 */
export class CareerTestSession implements ReactiveController {
  private readonly host: FocusHost;
  private readonly options: CareerTestSessionOptions;
  private readonly focus: FocusAfterRenderController;

  /** The validated instrument, or why it is not valid. */
  checked: { readonly doc: CareerTestInstrument } | InvalidInstrument = { doc: defaultInstrument };
  view: CareerTestView = 'intro';
  page = 0;
  answers: Readonly<Record<string, number>> = {};
  valueOrder: readonly string[] = [];
  valuesSkipped = false;
  /** Items on the current page that "next" found unanswered. */
  missing: ReadonlySet<string> = new Set();
  result: CareerTestResult | undefined;
  /** Progress found in storage when the instrument was loaded, offered on the introduction. */
  resumable: SavedProgress | undefined;
  /** The text of the polite live region. */
  announcement = '';

  /** The inputs of the last {@link load}; nothing loaded yet. */
  private loadedFrom: readonly [instrument: unknown, retentionDays: unknown] | undefined;

  constructor(host: FocusHost, options: CareerTestSessionOptions) {
    this.host = host;
    this.options = options;
    this.focus = new FocusAfterRenderController(host);
    host.addController(this);
  }

  /** The instrument, when it is valid. */
  get doc(): CareerTestInstrument | undefined {
    return 'doc' in this.checked ? this.checked.doc : undefined;
  }

  get pageCount(): number {
    return Math.ceil((this.doc?.items.length ?? 0) / this.options.itemsPerPage());
  }

  /** The result, while the result step is shown. */
  get shownResult(): CareerTestResult | undefined {
    return this.view === 'result' ? this.result : undefined;
  }

  /** Before each render: a new instrument or retention starts over from what is saved for it. */
  hostUpdate(): void {
    const instrument = this.options.instrument();
    const retentionDays = this.options.retentionDays();
    const loaded = this.loadedFrom;
    if (loaded && !changed(instrument, loaded[0]) && !changed(retentionDays, loaded[1])) return;
    this.loadedFrom = [instrument, retentionDays];
    this.load(instrument, this.options.retention());
  }

  /** Validate `instrument` and pick up the progress saved for it (kept `retentionDays` days). */
  private load(instrument: unknown, retentionDays: number): void {
    this.checked = checkInstrument(instrument);
    this.view = 'intro';
    this.page = 0;
    this.missing = new Set();
    this.result = undefined;
    const doc = this.doc;
    const saved = doc ? loadProgress(doc, retentionDays) : undefined;
    this.resumable = saved && Object.keys(saved.items).length > 0 ? saved : undefined;
    this.answers = saved?.items ?? {};
    this.valueOrder = saved?.valueOrder ?? (doc?.workValues?.values.map((value) => value.id) ?? []);
    this.valuesSkipped = saved?.valuesSkipped ?? false;
  }

  /** Start, or resume at the saved step. */
  readonly start = (): void => {
    const saved = this.resumable;
    const step: CareerTestStep = saved?.step ?? { view: 'items', page: 0 };
    this.announcement = '';
    if (step.view === 'result' && this.allAnswered()) {
      // Resuming a finished test shows its result again; it is not a new completion.
      this.result = this.score();
      this.view = this.result ? 'result' : 'items';
    } else if (step.view === 'values' && this.allAnswered() && this.doc?.workValues) {
      this.view = 'values';
    } else {
      this.view = 'items';
      this.page = step.view === 'items' ? Math.min(step.page, Math.max(0, this.pageCount - 1)) : 0;
    }
    this.focus.request(pageTitle);
  };

  answer(item: string, value: number): void {
    this.answers = { ...this.answers, [item]: value };
    if (this.missing.has(item)) {
      const missing = new Set(this.missing);
      missing.delete(item);
      this.missing = missing;
    }
    this.persist();
    this.host.requestUpdate();
  }

  /** The next page (the form's submit): only when every item of this page has an answer. */
  readonly next = (event: Event): void => {
    event.preventDefault();
    const doc = this.doc;
    if (!doc) return;
    const size = this.options.itemsPerPage();
    const items = doc.items.slice(this.page * size, this.page * size + size);
    const missing = items.filter((item) => !(item.id in this.answers));
    if (missing.length > 0) {
      this.missing = new Set(missing.map((item) => item.id));
      const t = this.options.strings();
      const numbers = missing.map((item) => this.options.number(doc.items.indexOf(item) + 1));
      this.announcement = t.unansweredSummary(missing.length, t.list(numbers));
      // The first radio of the first unanswered item: the keyboard lands where the answer is needed.
      this.focus.request(`#item-${CSS.escape(missing[0]!.id)} input`);
      return;
    }
    this.missing = new Set();
    this.announcement = '';
    if (this.page < this.pageCount - 1) {
      this.page += 1;
    } else if (doc.workValues) {
      this.view = 'values';
    } else {
      void this.finish(true);
      return;
    }
    this.persist();
    this.focus.request(pageTitle);
  };

  readonly back = (): void => {
    this.missing = new Set();
    this.announcement = '';
    if (this.view === 'values') {
      this.view = 'items';
      this.page = Math.max(0, this.pageCount - 1);
    } else if (this.page > 0) {
      this.page -= 1;
    } else {
      this.view = 'intro';
      this.resumable = Object.keys(this.answers).length > 0 ? this.snapshot() : undefined;
    }
    this.persist();
    this.focus.request(pageTitle);
  };

  /** Move a work value one place up (`-1`) or down (`1`) in the card sort. */
  moveValue(id: string, delta: -1 | 1): void {
    const t = this.options.strings();
    const label = this.options.text(this.doc?.workValues?.values.find((value) => value.id === id)?.label ?? {});
    const order = [...this.valueOrder];
    const from = order.indexOf(id);
    const to = from + delta;
    if (from < 0) return;
    if (to < 0 || to >= order.length) {
      this.announcement = delta < 0 ? t.atTop(label) : t.atBottom(label);
      this.host.requestUpdate();
      return;
    }
    order.splice(from, 1);
    order.splice(to, 0, id);
    this.valueOrder = order;
    this.announcement = t.moved(label, this.options.number(to + 1), this.options.number(order.length));
    // Keep the keyboard on the moved card: the same button while it can move further, else the other one.
    const direction = delta < 0 ? (to === 0 ? 'down' : 'up') : to === order.length - 1 ? 'up' : 'down';
    this.focus.request(`#value-${CSS.escape(id)} [data-move="${direction}"]`);
    this.persist();
  }

  /** Show the result; `skipValues` when the work-values sort was skipped (or the instrument has none). */
  async finish(skipValues: boolean): Promise<void> {
    if (this.view === 'result') return;
    this.valuesSkipped = skipValues;
    const result = this.score();
    if (!result) {
      this.view = 'items';
      this.page = 0;
      this.host.requestUpdate();
      return;
    }
    this.result = result;
    this.view = 'result';
    this.announcement = '';
    this.persist();
    this.focus.request(pageTitle);
    await this.host.updateComplete;
    this.options.completed(result);
  }

  /** Erase every saved answer on this device and start from the introduction. */
  forget(): void {
    clearAllProgress();
    this.answers = {};
    this.valueOrder = this.doc?.workValues?.values.map((value) => value.id) ?? [];
    this.valuesSkipped = false;
    this.missing = new Set();
    this.result = undefined;
    this.resumable = undefined;
    this.page = 0;
    this.view = 'intro';
    this.announcement = this.options.strings().forgotten;
    this.focus.request(pageTitle);
  }

  private allAnswered(): boolean {
    return this.doc?.items.every((item) => item.id in this.answers) ?? false;
  }

  private score(): CareerTestResult | undefined {
    const doc = this.doc;
    if (!doc) return undefined;
    const answers: CareerTestAnswers = {
      instrument: { id: doc.id, version: doc.version },
      items: { ...this.answers },
      valueOrder: doc.workValues && !this.valuesSkipped ? [...this.valueOrder] : [],
    };
    try {
      return scoreInstrument(doc, answers);
    } catch {
      // Only reachable with answers that do not fit, which the store and the form rule out.
      return undefined;
    }
  }

  private snapshot(): SavedProgress {
    const step: CareerTestStep =
      this.view === 'items' || this.view === 'intro' ? { view: 'items', page: this.page } : this.view === 'values' ? { view: 'values' } : { view: 'result' };
    return { items: this.answers, valueOrder: this.valueOrder, valuesSkipped: this.valuesSkipped, step };
  }

  /** Save progress locally once there is something to resume; nothing is saved before the first answer. */
  private persist(): void {
    const doc = this.doc;
    if (!doc || Object.keys(this.answers).length === 0) return;
    saveProgress(doc, this.snapshot());
  }
}
