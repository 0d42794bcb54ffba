/**
 * The CSV import as a sequence the user goes through: a file is chosen (or dropped), checked by
 * the server without storing anything (`dryRun`), its row errors listed, and only a file without
 * errors can be imported, all at once.
 */
import type { ReactiveControllerHost } from 'lit';
import { CaseCsv, CaseImportProblem, maxCaseCsvLength, type CsvRowError } from '@mobility-kit/contract';
import { MobilityHttpError, type MobilityClient } from '@mobility-kit/sdk';
import { isAbortError, loadErrorKind } from '../shared/load-error.js';
import type { HrCasesStrings } from './translations.js';

/** The contract's limit in megabytes, as the screen states it. */
export const maxCsvMegabytes = String(Math.round(maxCaseCsvLength / (1024 * 1024)));

export type ImportPhase =
  | { readonly kind: 'idle' }
  /** The file could not be sent: too large, empty or not text. */
  | { readonly kind: 'file-problem'; readonly message: string }
  | { readonly kind: 'checking'; readonly name: string }
  /** The server found errors; nothing is stored. */
  | { readonly kind: 'invalid'; readonly name: string; readonly errors: readonly CsvRowError[]; readonly omitted: number }
  /** The check passed: the import would create and replace this many cases. */
  | { readonly kind: 'ready'; readonly name: string; readonly text: string; readonly created: number; readonly updated: number }
  | { readonly kind: 'importing'; readonly name: string; readonly text: string; readonly created: number; readonly updated: number }
  | { readonly kind: 'imported'; readonly name: string; readonly created: number; readonly updated: number }
  /** Checking or importing failed for another reason (network, server); `retry` repeats the step. */
  | { readonly kind: 'failed'; readonly name: string; readonly text: string; readonly stage: 'check' | 'import'; readonly message: string };

export class ImportState {
  private readonly host: ReactiveControllerHost;
  phase: ImportPhase = { kind: 'idle' };
  private abort: AbortController | undefined;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
  }

  private set(phase: ImportPhase): void {
    this.phase = phase;
    this.host.requestUpdate();
  }

  reset(): void {
    this.abort?.abort();
    this.set({ kind: 'idle' });
  }

  /** Read a chosen file and have the server check it; nothing is stored. */
  async choose(file: File, client: MobilityClient | undefined, t: HrCasesStrings): Promise<void> {
    const tooLarge = { kind: 'file-problem', message: t.fileTooLarge(maxCsvMegabytes) } as const;
    // A UTF-8 character takes at most 4 bytes: a larger file cannot fit, and is not even read.
    if (file.size > maxCaseCsvLength * 4) return this.set(tooLarge);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return this.set({ kind: 'file-problem', message: t.fileUnreadable });
    }
    if (text.replace(/^\uFEFF/, '').trim() === '') return this.set({ kind: 'file-problem', message: t.fileEmpty });
    if (text.includes('\u0000') || text.includes('\uFFFD')) return this.set({ kind: 'file-problem', message: t.fileUnreadable });
    // The contract's own limit on the text decides what the server would take.
    if (!CaseCsv.safeParse(text).success) return this.set(tooLarge);
    await this.check(file.name, text, client, t);
  }

  /** Check (again) text that was read before. */
  async check(name: string, text: string, client: MobilityClient | undefined, t: HrCasesStrings): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.set({ kind: 'checking', name });
    try {
      if (!client) throw new Error('no client');
      const result = await client.cases.import(text, { dryRun: true, signal: abort.signal });
      if (abort.signal.aborted) return;
      this.set({ kind: 'ready', name, text, created: result.created, updated: result.updated });
    } catch (error) {
      if (isAbortError(error) || abort.signal.aborted) return;
      this.set(this.refusal(name, text, 'check', error, t));
    }
  }

  /** Import the checked file, all or nothing. Resolves with the counts once stored. */
  async importAll(client: MobilityClient | undefined, t: HrCasesStrings): Promise<{ created: number; updated: number } | undefined> {
    const phase = this.phase;
    if (phase.kind !== 'ready' && !(phase.kind === 'failed' && phase.stage === 'import')) return undefined;
    const counts = phase.kind === 'ready' ? { created: phase.created, updated: phase.updated } : { created: 0, updated: 0 };
    this.set({ kind: 'importing', name: phase.name, text: phase.text, ...counts });
    try {
      if (!client) throw new Error('no client');
      const result = await client.cases.import(phase.text);
      this.set({ kind: 'imported', name: phase.name, created: result.created, updated: result.updated });
      return { created: result.created, updated: result.updated };
    } catch (error) {
      this.set(this.refusal(phase.name, phase.text, 'import', error, t));
      return undefined;
    }
  }

  private refusal(name: string, text: string, stage: 'check' | 'import', error: unknown, t: HrCasesStrings): ImportPhase {
    if (error instanceof MobilityHttpError && error.status === 400) {
      const problem = CaseImportProblem.safeParse(error.problem);
      if (problem.success) return { kind: 'invalid', name, errors: problem.data.rowErrors, omitted: problem.data.omittedErrors ?? 0 };
      const unitCap = error.problem?.invalidParams?.some((p) => p.path === 'unit');
      return { kind: 'failed', name, text, stage, message: unitCap ? t.csv.unitCap : t.errors.badRequest };
    }
    return { kind: 'failed', name, text, stage, message: t.errors[loadErrorKind(error)] };
  }
}
