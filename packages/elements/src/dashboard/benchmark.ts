/**
 * The comparison with other institutions: benchmark files the user loads (checked against the
 * contract before use), the figure compared, and the table of them beside the own figures.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { BenchmarkExport, describeIssue, issuePath, type Insights, type InsightsRow } from '@mobility-kit/contract';
import { insightsCell, insightsTable } from './table.js';
import type { DashboardStrings } from './translations.js';
import type { DashboardViewContext } from './view-context.js';

/** Figures of the comparison with other institutions. */
export const benchmarkFigures = ['inflow', 'inProgress', 'outflow', 'medianDurationDays'] as const;
export type BenchmarkFigure = (typeof benchmarkFigures)[number];

/** The loaded benchmark files and the figure compared. */
export class BenchmarkState {
  private readonly host: ReactiveControllerHost;
  /** Benchmark files loaded by the user, in the order loaded. */
  benchmarks: BenchmarkExport[] = [];
  error: string | undefined;
  figure: BenchmarkFigure = 'inflow';

  constructor(host: ReactiveControllerHost) {
    this.host = host;
  }

  setFigure(figure: string): void {
    this.figure = (benchmarkFigures as readonly string[]).includes(figure) ? (figure as BenchmarkFigure) : this.figure;
    this.host.requestUpdate();
  }

  /**
   * Reads a file the user chose. Returns the institution's name once it is loaded; a file that is
   * not JSON or not a benchmark export leaves the list as it was and sets {@link error}.
   */
  async load(file: File, t: DashboardStrings): Promise<string | undefined> {
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      this.setError(t.benchmarkInvalidJson);
      return undefined;
    }
    const parsed = BenchmarkExport.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      this.setError(t.benchmarkInvalid(`${issuePath(issue.path)}: ${describeIssue(issue)}`));
      return undefined;
    }
    this.error = undefined;
    this.benchmarks = [...this.benchmarks.filter((b) => b.institution.id !== parsed.data.institution.id), parsed.data];
    this.host.requestUpdate();
    return parsed.data.institution.name;
  }

  remove(index: number): void {
    this.benchmarks = this.benchmarks.filter((_, i) => i !== index);
    this.host.requestUpdate();
  }

  private setError(message: string): void {
    this.error = message;
    this.host.requestUpdate();
  }
}

export interface BenchmarkViewOptions {
  readonly state: BenchmarkState;
  /** The own figures, once loaded (the last ones while new ones load). */
  readonly own: Insights | undefined;
  /** Whether {@link own} is the answer to the current filters, so it joins the comparison. */
  readonly ownCurrent: boolean;
  readonly onFile: (event: Event) => void;
  readonly onRemove: (index: number) => void;
}

export function benchmarkView(view: DashboardViewContext, { state, own, ownCurrent, onFile, onRemove }: BenchmarkViewOptions): TemplateResult {
  const { t, h, level } = view;
  return html`<section part="benchmark" class="benchmark" aria-labelledby="benchmark-title">
    ${h(level + 1, t.benchmarkTitle, 'benchmark-title')}
    <p>${t.benchmarkIntro}</p>
    <div class="benchmark-controls">
      <div class="field">
        <label for="benchmark-file">${t.benchmarkFileLabel}</label>
        <input
          id="benchmark-file"
          type="file"
          accept="application/json,.json"
          aria-invalid=${state.error ? 'true' : 'false'}
          aria-describedby=${state.error ? 'benchmark-error' : nothing}
          @change=${onFile}
        />
      </div>
      <div class="field">
        <label for="benchmark-figure">${t.benchmarkFigureLabel}</label>
        <select id="benchmark-figure" @change=${(e: Event) => state.setFigure((e.target as HTMLSelectElement).value)}>
          ${benchmarkFigures.map((f) => html`<option value=${f} ?selected=${f === state.figure}>${t.figures[f]}</option>`)}
        </select>
      </div>
    </div>
    ${state.error ? html`<p id="benchmark-error" class="inline-error" role="alert">${state.error}</p>` : nothing}
    ${state.benchmarks.length > 0 ? html`${benchmarkList(view, state, own, onRemove)} ${comparisonTable(view, state, own, ownCurrent)}` : nothing}
  </section>`;
}

function benchmarkList({ t, quarterLabel }: DashboardViewContext, state: BenchmarkState, own: Insights | undefined, onRemove: (index: number) => void) {
  return html`<ul class="benchmark-list">
    ${state.benchmarks.map(
      (b, i) => html`<li>
        ${b.institution.name} (${quarterLabel(b.period.from)} – ${quarterLabel(b.period.to)})
        <button part="button" class="button button-small button-secondary" type="button" @click=${() => onRemove(i)}>${t.benchmarkRemove(b.institution.name)}</button>
        ${(b.staffGroup ?? null) !== (own?.query.staffGroup ?? null) ? html`<span class="note">${t.benchmarkOtherGroup(b.institution.name)}</span>` : nothing}
      </li>`,
    )}
  </ul>`;
}

function comparisonTable(view: DashboardViewContext, state: BenchmarkState, own: Insights | undefined, ownCurrent: boolean) {
  const { t, quarterLabel } = view;
  const figure = state.figure;
  const institutions: { name: string; rows: readonly InsightsRow[] }[] = [
    ...(own && ownCurrent ? [{ name: own.organisation.name, rows: own.rows.filter((r) => r.unit === null) }] : []),
    ...state.benchmarks.map((b) => ({ name: b.institution.name, rows: b.rows })),
  ];
  const quarters = [...new Set(institutions.flatMap((i) => i.rows.map((r) => r.quarter)))].sort();
  const k = String(own?.rules.k ?? 10);
  return insightsTable(
    'benchmark',
    t.benchmarkCaption(t.figures[figure]),
    t.quarterHeader,
    institutions.map((i) => i.name),
    quarters.map((q) => [
      quarterLabel(q),
      institutions.map((i) => {
        const row = i.rows.find((r) => r.quarter === q);
        // A quarter outside another institution's file: nothing known, said as such.
        return row ? insightsCell(view, row[figure], k, figure === 'medianDurationDays' ? 'days' : 'count') : '—';
      }),
    ]),
  );
}
