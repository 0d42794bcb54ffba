/**
 * The history of an organisation's calculator parameters: every replacement is kept as a whole set
 * (`regulation_revisions`), and what each one changed is worked out entry by entry when HR asks.
 */
import type { ColumnType } from 'kysely';
import {
  calculatorParameterNames,
  regulationsHistoryChangesLimit,
  regulationsHistoryLimit,
  type CalculatorParameterEntry,
  type CalculatorParameterOverrides,
  type RegulationsChange,
  type RegulationsRevision,
} from '@mobility-kit/contract';

/** `regulation_revisions`: one replacement of an organisation's set. */
export interface RegulationRevisionsTable {
  organisation_id: string;
  revision: number;
  recorded_at: ColumnType<Date, never, never>;
  recorded_by: string | null;
  /** Written as a JSON string, read back parsed. */
  parameters: ColumnType<unknown, string, string>;
  initial: boolean;
}

/**
 * Revisions kept per organisation: the ones reported, and one more so the oldest reported one is
 * compared with the set before it rather than shown as if everything had been added.
 */
export const regulationsRevisionsKept = regulationsHistoryLimit + 1;

/** JSON with object keys sorted, so two equal values compare equal whatever order the database returns keys in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function entriesByDate(parameters: CalculatorParameterOverrides, name: (typeof calculatorParameterNames)[number]): Map<string, CalculatorParameterEntry> {
  const list = (parameters[name] ?? []) as readonly CalculatorParameterEntry[];
  return new Map(list.map((entry) => [entry.validFrom, entry]));
}

/** What changed from `before` to `after`, entry by entry (a parameter's entries are told apart by their date). */
export function diffRegulations(before: CalculatorParameterOverrides, after: CalculatorParameterOverrides): RegulationsChange[] {
  const changes: RegulationsChange[] = [];
  for (const parameter of calculatorParameterNames) {
    const old = entriesByDate(before, parameter);
    const now = entriesByDate(after, parameter);
    const dates = [...new Set([...old.keys(), ...now.keys()])].sort();
    for (const validFrom of dates) {
      const a = old.get(validFrom) ?? null;
      const b = now.get(validFrom) ?? null;
      if (a && b && canonical(a) === canonical(b)) continue;
      changes.push({ parameter, validFrom, before: a, after: b });
    }
  }
  return changes;
}

interface RevisionRow {
  revision: number;
  recorded_at: Date;
  recorded_by: string | null;
  parameters: unknown;
  initial: boolean;
}

/** The reported history from revision rows, newest first (at most {@link regulationsRevisionsKept} rows). */
export function toHistory(rows: readonly RevisionRow[]): { history: RegulationsRevision[]; historyTruncated: boolean } {
  const history: RegulationsRevision[] = [];
  let listedChanges = 0;
  let sizeLimited = false;
  for (let i = 0; i < rows.length && history.length < regulationsHistoryLimit; i += 1) {
    const row = rows[i]!;
    const previous = rows[i + 1];
    // Without the row before it (the first revision, or one whose predecessor was not read) a row is compared with nothing.
    const base = (previous?.parameters ?? {}) as CalculatorParameterOverrides;
    const changes = diffRegulations(base, row.parameters as CalculatorParameterOverrides);
    if (history.length > 0 && listedChanges + changes.length > regulationsHistoryChangesLimit) {
      sizeLimited = true;
      break;
    }
    listedChanges += changes.length;
    history.push({
      at: new Date(row.recorded_at).toISOString(),
      ...(row.recorded_by ? { by: row.recorded_by } : {}),
      initial: row.initial,
      changes,
    });
  }
  return { history, historyTruncated: sizeLimited || rows.length > history.length || (rows.at(-1)?.revision ?? 1) > 1 };
}
