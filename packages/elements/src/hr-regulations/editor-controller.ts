/**
 * The one value being added or changed: what the form holds, which fields were touched, the
 * problems the contract and the server found, and the live check of what it does to the example.
 * Nothing typed is lost: a failed save keeps every field as it was.
 */
import type { ReactiveControllerHost } from 'lit';
import type { CalculatorParameterEntry, CalculatorParameterName, CalculatorParameterOverrides } from '@mobility-kit/contract';
import { checkEntry, formValuesOf, serverErrors, type EntryCheck, type EntryErrors, type EntryField, type EntryFormValues } from './entry-form.js';
import { exampleDate, liveCheck, type LiveCheck } from './live-check.js';

export interface EditorState {
  readonly name: CalculatorParameterName;
  /** The entry being changed, by its position in the series; `undefined` for a new entry. */
  readonly index: number | undefined;
  /** The series as it is now (the organisation's, else the shipped one). */
  readonly entries: readonly CalculatorParameterEntry[];
  readonly values: EntryFormValues;
  /** Fields the user has left after changing them: their problems show before a save. */
  readonly touched: ReadonlySet<EntryField>;
  /** A save was tried: every problem shows. */
  readonly submitted: boolean;
  /** Problems the server named for this entry. */
  readonly server: EntryErrors;
  /** A save failed for a reason that names no field (network, server, a problem about another entry). */
  readonly failure?: unknown;
}

export class EditorController {
  private readonly host: ReactiveControllerHost;
  private current: EditorState | undefined;
  saving = false;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
  }

  get state(): EditorState | undefined {
    return this.current;
  }

  /** Open the form for the entry at `index` of `entries`, or for a new entry when `index` is `undefined`. */
  open(name: CalculatorParameterName, entries: readonly CalculatorParameterEntry[], index: number | undefined, lang: string): void {
    const base = index === undefined ? entries.at(-1) : entries[index];
    const values = formValuesOf(name, base, lang);
    // A new value starts from the latest one (so only what changes needs typing), with its own date.
    if (index === undefined) {
      values.validFrom = '';
      values.unknown = '';
      // Where a new value comes from is the user's to say, never the previous value's source.
      values.source = '';
    }
    this.current = { name, index, entries, values, touched: new Set(), submitted: false, server: {} };
    this.host.requestUpdate();
  }

  close(): void {
    this.current = undefined;
    this.saving = false;
    this.host.requestUpdate();
  }

  /** A field changed (typed, picked or ticked). */
  input(field: EntryField, value: string): void {
    if (!this.current) return;
    const server = { ...this.current.server };
    delete server[field];
    this.current = { ...this.current, values: { ...this.current.values, [field]: value }, server };
    this.host.requestUpdate();
  }

  /** The user left a field: from now on its problem shows. */
  touch(field: EntryField): void {
    if (!this.current || this.current.touched.has(field)) return;
    this.current = { ...this.current, touched: new Set([...this.current.touched, field]) };
    this.host.requestUpdate();
  }

  /** The form read and checked with the contract. */
  check(): EntryCheck | undefined {
    const s = this.current;
    return s ? checkEntry(s.name, s.entries, s.index, s.values) : undefined;
  }

  /** The problems to show now, by field: the server's first, then the contract's for touched fields (all after a save). */
  visibleErrors(check: EntryCheck | undefined): EntryErrors {
    const s = this.current;
    if (!s || !check) return {};
    const shown: EntryErrors = {};
    for (const [field, error] of Object.entries(check.errors) as [EntryField, NonNullable<EntryErrors[EntryField]>][]) {
      if (s.submitted || s.touched.has(field)) shown[field] = error;
    }
    return { ...shown, ...s.server };
  }

  /** Mark the form as submitted; `true` when it may be sent. */
  submit(check: EntryCheck | undefined): boolean {
    if (!this.current) return false;
    this.current = { ...this.current, submitted: true, server: {}, failure: undefined };
    this.host.requestUpdate();
    return check?.series !== undefined;
  }

  /** A save failed: keep every field, put the server's problems on theirs. */
  failed(error: unknown): void {
    const s = this.current;
    this.saving = false;
    if (!s) return;
    const { fields, unplaced } = serverErrors(s.name, s.index ?? s.entries.length, error);
    const placed = Object.keys(fields).length > 0;
    this.current = { ...s, server: fields, ...(placed && unplaced === 0 ? {} : { failure: error }) };
    this.host.requestUpdate();
  }

  /**
   * What the typed value does to the example, against the values in force (`current`). Only the
   * value and its date matter to the example: a source not given yet does not hold it back.
   */
  live(current: CalculatorParameterOverrides, today: string): LiveCheck | undefined {
    const s = this.current;
    if (!s) return undefined;
    const source = s.values.source?.trim() ? s.values.source : '—';
    const check = checkEntry(s.name, s.entries, s.index, { ...s.values, source });
    const validFrom = s.values.validFrom?.trim() || s.entries[s.index ?? -1]?.validFrom || today;
    const date = exampleDate({ validFrom }, check?.series ?? s.entries, today);
    // The example is computed with the whole series: the parameter's own as it is now, and the candidate.
    const now = { ...current, [s.name]: s.entries };
    return liveCheck(date, now, s.name, check?.series);
  }
}
