import { LitElement, html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import {
  BenchmarkExport,
  caseOutcomes,
  caseRoutes,
  describeIssue,
  issuePath,
  maxInsightsQuarters,
  Quarter,
  amsterdamToday,
  quarterAt,
  quarterIndex,
  quarterOf,
  staffGroups,
  usageEventTypes,
  type Insights,
  type InsightsCell,
  type InsightsQuery,
  type InsightsRow,
  type StaffGroup,
} from '@mobility-kit/contract';
import type { MobilityClient } from '@mobility-kit/sdk';
import { MobilityClientController } from '../shared/client-context.js';
import { LocalizeController } from '../shared/localize.js';
import { loadErrorKind, MissingClientError } from '../shared/load-error.js';
import { insightsToCsv } from './csv.js';
import { dashboardStyles } from './mobility-dashboard.styles.js';
import { dashboardTranslations, type DashboardFigure, type DashboardStrings } from './translations.js';

type LoadArgs = readonly [
  client: MobilityClient | undefined,
  configurationError: unknown,
  from: Quarter,
  to: Quarter,
  unit: string | undefined,
  staffGroup: StaffGroup | undefined,
];

const isQuarter = (value: unknown): value is Quarter => Quarter.safeParse(value).success;
const isStaffGroup = (value: unknown): value is StaffGroup => typeof value === 'string' && (staffGroups as readonly string[]).includes(value);

/** The current quarter in the Netherlands. */
function currentQuarter(): Quarter {
  return quarterOf(amsterdamToday());
}

/** Figures of the comparison with other institutions. */
const benchmarkFigures = ['inflow', 'inProgress', 'outflow', 'medianDurationDays'] as const;
type BenchmarkFigure = (typeof benchmarkFigures)[number];
const chartFigures = ['inflow', 'inProgress', 'outflow'] as const;

/** `detail` of the `mobility-insights-load` event. */
export interface MobilityInsightsLoadDetail {
  /** The figures as the API sent them, small groups already suppressed. */
  insights: Insights;
}

/**
 * An anonymised mobility dashboard (stuurinformatie) for HR: in-, through- and outflow of mobility
 * trajectories per quarter and unit, outflow by route and outcome, duration, costs and usage, with
 * every small group suppressed by the server. The disclosure rules are shown in plain language, so
 * a works council can see what is counted and what never is.
 *
 * @summary Anonymised mobility figures with charts, equivalent tables, filters, CSV export and benchmarks.
 *
 * @tagname mobility-dashboard
 *
 * @attr base-url - The API to use when the element is not inside a `<mobility-provider>`.
 * @attr from - First quarter, e.g. `2024-Q1`. Default: seven quarters before the current one.
 * @attr to - Last quarter, e.g. `2025-Q2`. Default: the current quarter.
 * @attr unit - Only this unit (by name). Reflects the filter.
 * @attr staff-group - Only `teaching` or `support` staff. Reflects the filter.
 * @attr heading-level - Level of the dashboard's headings (2–5, default 2); sections use the next level.
 *
 * @fires {MobilityInsightsLoadDetail} mobility-insights-load - Figures arrived. Bubbles, composed.
 *
 * @csspart filters - The filter form.
 * @csspart status - The polite live region.
 * @csspart content - The area with the chart, tables and states.
 * @csspart chart - The SVG chart.
 * @csspart table - Every table.
 * @csspart suppressed - A suppressed cell's marker.
 * @csspart rules - The privacy rules.
 * @csspart benchmark - The comparison section.
 * @csspart skeleton - Loading placeholder.
 * @csspart empty - No figures.
 * @csspart error - Loading failed.
 * @csspart button - Every button; also `retry-button`, `export-button`.
 *
 * @cssprop [--mobility-dashboard-inflow-color=var(--mobility-color-primary)] - Bars and legend swatch of the inflow.
 * @cssprop [--mobility-dashboard-progress-color=#6b4c9a] - Bars and legend swatch of trajectories in progress.
 * @cssprop [--mobility-dashboard-outflow-color=#1d7a4f] - Bars and legend swatch of the outflow.
 * @cssprop [--mobility-dashboard-suppressed-color=var(--mobility-color-text-muted)] - Text, outline and hatching of suppressed (too small) cells.
 */
export class MobilityDashboard extends LitElement {
  static override styles = dashboardStyles;

  /** The API to use without a provider. When set it wins over a surrounding `<mobility-provider>`. */
  @property({ attribute: 'base-url' })
  baseUrl?: string;

  /** First quarter, `YYYY-Qn`. */
  @property({ reflect: true })
  from?: string;

  /** Last quarter, `YYYY-Qn`. */
  @property({ reflect: true })
  to?: string;

  /** Only this unit; empty for the whole organisation. */
  @property({ reflect: true })
  unit?: string;

  /** Only `teaching` or `support` staff. */
  @property({ attribute: 'staff-group', reflect: true })
  staffGroup?: StaffGroup;

  /** Level of the dashboard's headings, 2–5; sections use the next level. */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 2;

  /** Benchmark files loaded by the user, in the order loaded. */
  @state() private benchmarks: BenchmarkExport[] = [];
  @state() private benchmarkError: string | undefined;
  @state() private benchmarkFigure: BenchmarkFigure = 'inflow';
  @state() private announcement = '';

  /** Units of the last answer for the whole organisation, so the unit filter can offer them all. */
  private knownUnits: string[] = [];

  private readonly l10n = new LocalizeController<DashboardStrings>(this, 'mobility-dashboard', dashboardTranslations);
  private readonly clientSource = new MobilityClientController(this, { baseUrl: () => this.baseUrl, locale: () => this.l10n.lang });

  private readonly load = new Task(this, {
    args: (): LoadArgs => [this.clientSource.client, this.clientSource.configurationError, this.range.from, this.range.to, this.unit || undefined, this.groupFilter],
    task: async ([client, configurationError, from, to, unit, staffGroup], { signal }): Promise<Insights> => {
      if (!client) throw new MissingClientError({ cause: configurationError });
      const query: InsightsQuery = { from, to, ...(unit ? { unit } : {}), ...(staffGroup ? { staffGroup } : {}) };
      const insights = await client.insights.get(query, { signal });
      if (!unit) this.knownUnits = insights.units;
      this.dispatchEvent(new CustomEvent('mobility-insights-load', { bubbles: true, composed: true, detail: { insights } }));
      return insights;
    },
  });

  private get groupFilter(): StaffGroup | undefined {
    return isStaffGroup(this.staffGroup) ? this.staffGroup : undefined;
  }

  /** The range asked for, repaired when attributes are missing or out of order. */
  private get range(): { from: Quarter; to: Quarter } {
    const current = currentQuarter();
    let to = isQuarter(this.to) && quarterIndex(this.to) <= quarterIndex(current) ? this.to : current;
    let from = isQuarter(this.from) ? this.from : quarterAt(quarterIndex(to) - 7);
    if (quarterIndex(from) > quarterIndex(to)) [from, to] = [to, from];
    if (quarterIndex(to) - quarterIndex(from) >= maxInsightsQuarters) from = quarterAt(quarterIndex(to) - maxInsightsQuarters + 1);
    return { from, to };
  }

  /** The figures shown, as CSV (suppressed cells as their marker); `undefined` until loaded. */
  toCsv(): string | undefined {
    const insights = this.load.value;
    if (!insights || this.load.status !== TaskStatus.COMPLETE) return undefined;
    const t = this.l10n.strings;
    return insightsToCsv(insights, { belowThreshold: t.belowThreshold(String(insights.rules.k)), secondary: t.csvSuppressed });
  }

  /** Load the figures again. */
  reload(): void {
    void this.load.run();
  }

  private get heading(): number {
    const level = Math.floor(Number(this.headingLevel));
    return Number.isFinite(level) ? Math.min(5, Math.max(2, level)) : 2;
  }

  private h(level: number, content: unknown, id?: string): TemplateResult {
    // Headings need a real level for the page outline; role=heading keeps it one template.
    return html`<div role="heading" aria-level=${level} class="heading heading-${level - this.heading}" id=${id ?? nothing}>${content}</div>`;
  }

  protected override render() {
    const t = this.l10n.strings;
    const busy = this.load.status === TaskStatus.INITIAL || this.load.status === TaskStatus.PENDING;
    return html`
      <section class="root" lang=${this.l10n.lang} aria-labelledby="title">
        ${this.h(this.heading, t.title, 'title')}
        ${this.renderFilters(t)}
        <p part="status" class="status" role="status" aria-live="polite">${this.statusText(t, busy)}</p>
        <div part="content" class="content" aria-busy=${busy ? 'true' : 'false'} tabindex="-1">${this.renderContent(t, busy)}</div>
        ${this.renderRules(t)} ${this.renderBenchmark(t)}
      </section>
    `;
  }

  private statusText(t: DashboardStrings, busy: boolean): string {
    if (this.announcement) return this.announcement;
    if (busy) return t.loading;
    if (this.load.status === TaskStatus.ERROR) return t.errorTitle;
    const insights = this.load.value;
    if (!insights) return '';
    return this.isEmpty(insights) ? t.emptyTitle : t.loaded(insights.quarters.length);
  }

  private quarterLabel(quarter: string): string {
    return this.l10n.strings.quarter(quarter.slice(0, 4), quarter.slice(6));
  }

  private renderFilters(t: DashboardStrings) {
    const { from, to } = this.range;
    const current = quarterIndex(currentQuarter());
    const options = Array.from({ length: maxInsightsQuarters + 8 }, (_, i) => quarterAt(current - i));
    const units = [...new Set([...this.knownUnits, ...(this.unit ? [this.unit] : [])])].sort((a, b) => a.localeCompare(b, this.l10n.locale));
    return html`<form part="filters" class="filters" aria-label=${t.filtersLabel} @submit=${(e: Event) => e.preventDefault()}>
      <div class="field">
        <label for="from">${t.fromLabel}</label>
        <select id="from" @change=${(e: Event) => (this.from = (e.target as HTMLSelectElement).value)}>
          ${options.map((q) => html`<option value=${q} ?selected=${q === from}>${this.quarterLabel(q)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="to">${t.toLabel}</label>
        <select id="to" @change=${(e: Event) => (this.to = (e.target as HTMLSelectElement).value)}>
          ${options.map((q) => html`<option value=${q} ?selected=${q === to}>${this.quarterLabel(q)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="unit">${t.unitLabel}</label>
        <select id="unit" @change=${(e: Event) => (this.unit = (e.target as HTMLSelectElement).value || undefined)}>
          <option value="" ?selected=${!this.unit}>${t.unitAll}</option>
          ${units.map((u) => html`<option value=${u} ?selected=${u === this.unit}>${u}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="group">${t.staffGroupLabel}</label>
        <select id="group" @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          this.staffGroup = isStaffGroup(value) ? value : undefined;
        }}>
          <option value="" ?selected=${!this.groupFilter}>${t.staffGroupAll}</option>
          ${staffGroups.map((g) => html`<option value=${g} ?selected=${g === this.groupFilter}>${t.staffGroups[g]}</option>`)}
        </select>
      </div>
    </form>`;
  }

  private isEmpty(insights: Insights): boolean {
    return insights.units.length === 0 && insights.rows.every((r) => [r.inflow, r.inProgress, r.outflow].every((c) => !('value' in c)));
  }

  private renderContent(t: DashboardStrings, busy: boolean) {
    if (busy) {
      return html`<div part="skeleton" class="skeleton-block">
        <span class="visually-hidden">${t.loading}</span>
        <div class="skeleton skeleton-chart" aria-hidden="true"></div>
        <div class="skeleton skeleton-line" aria-hidden="true"></div>
        <div class="skeleton skeleton-line" aria-hidden="true"></div>
      </div>`;
    }
    if (this.load.status === TaskStatus.ERROR) {
      return html`<div part="error" class="message error">
        ${this.h(this.heading + 1, t.errorTitle)}
        <p class="error-message">${t.errors[loadErrorKind(this.load.error)]}</p>
        <button part="button retry-button" class="button" type="button" @click=${this.retry}>${t.retry}</button>
      </div>`;
    }
    const insights = this.load.value;
    if (!insights) return nothing;
    if (this.isEmpty(insights)) {
      return html`<div part="empty" class="message empty">
        ${this.h(this.heading + 1, t.emptyTitle)}
        <p>${t.emptyHint}</p>
      </div>`;
    }
    const scopeRows = insights.rows.filter((r) => r.unit === (insights.query.unit ?? null));
    const scope = `${insights.query.unit ?? t.wholeOrganisation}${insights.query.staffGroup ? `, ${t.staffGroups[insights.query.staffGroup]}` : ''}`;
    const k = String(insights.rules.k);
    return html`
      ${this.renderLegend(t, k)} ${this.renderChart(t, scopeRows, scope, k)}
      ${this.table(
        'overview',
        t.overviewCaption(scope),
        t.quarterHeader,
        (['inflow', 'inProgress', 'outflow', 'medianDurationDays', 'trajectoryCosts', 'benefitCosts'] as const).map((f) => t.figures[f]),
        scopeRows.map((row) => [this.quarterLabel(row.quarter), [row.inflow, row.inProgress, row.outflow, row.medianDurationDays, row.trajectoryCosts, row.benefitCosts].map((cell, i) => this.cell(cell, k, (['count', 'count', 'count', 'days', 'money', 'money'] as const)[i]!))]),
      )}
      ${this.table('routes', t.routesCaption(scope), t.quarterHeader, caseRoutes.map((r) => t.routes[r]), scopeRows.map((row) => [this.quarterLabel(row.quarter), caseRoutes.map((r) => this.cell(row.outflowByRoute[r], k))]))}
      ${this.table('outcomes', t.outcomesCaption(scope), t.quarterHeader, caseOutcomes.map((o) => t.outcomes[o]), scopeRows.map((row) => [this.quarterLabel(row.quarter), caseOutcomes.map((o) => this.cell(row.outflowByOutcome[o], k))]))}
      ${insights.query.unit === undefined && insights.units.length > 0
        ? this.table(
            'units',
            t.unitsCaption,
            t.unitHeader,
            insights.quarters.map((q) => this.quarterLabel(q)),
            insights.units.map((unit) => [unit, insights.quarters.map((q) => this.cell(insights.rows.find((r) => r.quarter === q && r.unit === unit)!.inflow, k))]),
          )
        : nothing}
      ${this.table('usage', t.usageCaption, t.quarterHeader, usageEventTypes.map((u) => t.usage[u]), insights.usage.quarters.map((q) => [this.quarterLabel(q.quarter), usageEventTypes.map((u) => this.cell(q.counts[u], k))]), t.usageScope)}
      <div class="actions">
        <button part="button export-button" class="button button-secondary" type="button" @click=${this.downloadCsv}>${t.exportCsv}</button>
        <button part="button benchmark-export-button" class="button button-secondary" type="button" @click=${this.downloadBenchmark}>${t.benchmarkDownload}</button>
      </div>
    `;
  }

  private renderLegend(t: DashboardStrings, k: string) {
    return html`<div class="legend">
      <p class="legend-title">${t.legendTitle}</p>
      <ul>
        <li><span class="marker">${t.belowThreshold(k)}</span> ${t.belowThresholdLong(k)}</li>
        <li><span class="marker">${t.secondary}</span> ${t.secondaryLong}</li>
      </ul>
    </div>`;
  }

  /**
   * One value or its suppression marker. A suppressed cell says so in words for screen readers and
   * never shows a number: not 0, not blank.
   */
  private cell(cell: InsightsCell, k: string, kind: 'count' | 'days' | 'money' = 'count') {
    const t = this.l10n.strings;
    if ('value' in cell) {
      const text = kind === 'money' ? this.l10n.money(cell.value) : kind === 'days' ? t.days(this.l10n.number(cell.value)) : this.l10n.number(cell.value);
      return html`${text}`;
    }
    const below = cell.reason === 'below-threshold';
    return html`<span part="suppressed" class="suppressed" data-reason=${cell.reason}
      ><span aria-hidden="true">${below ? t.belowThreshold(k) : t.secondary}</span
      ><span class="visually-hidden">${below ? t.belowThresholdLong(k) : t.secondaryLong}</span></span
    >`;
  }

  private table(id: string, caption: string, rowHeader: string, columns: readonly string[], rows: readonly [string, readonly unknown[]][], note?: string) {
    return html`<div class="table-wrap" role="region" aria-labelledby=${`caption-${id}`} tabindex="0">
      <table part="table" class="table" id=${`table-${id}`}>
        <caption id=${`caption-${id}`}>${caption}${note ? html`<span class="caption-note">${note}</span>` : nothing}</caption>
        <thead>
          <tr>
            <th scope="col">${rowHeader}</th>
            ${columns.map((c) => html`<th scope="col">${c}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(([header, cells]) => html`<tr><th scope="row">${header}</th>${cells.map((c) => html`<td>${c}</td>`)}</tr>`)}
        </tbody>
      </table>
    </div>`;
  }

  /**
   * Grouped bars per quarter. Suppressed values are drawn as a hatched stub labelled with their
   * marker, never as an empty gap or a zero bar. The table with the same figures follows it; the
   * SVG names it with `aria-describedby`.
   */
  private renderChart(t: DashboardStrings, rows: readonly InsightsRow[], scope: string, k: string) {
    const shown = rows.flatMap((r) => chartFigures.map((f) => r[f])).filter((c): c is { value: number } => 'value' in c);
    const max = Math.max(Number(k), ...shown.map((c) => c.value));
    const width = Math.max(320, rows.length * 96 + 48);
    const height = 220;
    const top = 16;
    const bottom = 40;
    const plot = height - top - bottom;
    const barWidth = 22;
    const y = (v: number) => top + plot - (v / max) * plot;
    const stub = (Number(k) / max) * plot * 0.5;
    return html`<figure class="chart-figure">
      <figcaption id="chart-title">${t.chartTitle(scope)}</figcaption>
      <svg part="chart" class="chart" role="img" aria-labelledby="chart-title" aria-describedby="chart-note" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMinYMin meet">
        <defs>
          <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" class="hatch-bg"></rect>
            <line x1="0" y1="0" x2="0" y2="6" class="hatch-line"></line>
          </pattern>
        </defs>
        <line x1="32" x2=${width - 8} y1=${top + plot} y2=${top + plot} class="axis"></line>
        ${rows.map((row, i) => {
          const x0 = 40 + i * 96;
          return svg`<g>
            ${chartFigures.map((figure, j) => {
              const cell = row[figure];
              const x = x0 + j * (barWidth + 4);
              if ('value' in cell) {
                return svg`<rect x=${x} y=${y(cell.value)} width=${barWidth} height=${top + plot - y(cell.value)} class=${`bar bar-${figure}`}></rect>
                  <text x=${x + barWidth / 2} y=${y(cell.value) - 3} class="bar-label" text-anchor="middle">${this.l10n.number(cell.value)}</text>`;
              }
              return svg`<rect x=${x} y=${top + plot - stub} width=${barWidth} height=${stub} class="bar bar-suppressed" fill="url(#hatch)"></rect>
                <text x=${x + barWidth / 2} y=${top + plot - stub - 3} class="bar-label" text-anchor="middle">${cell.reason === 'below-threshold' ? t.belowThreshold(k) : '×'}</text>`;
            })}
            <text x=${x0 + 37} y=${top + plot + 18} class="axis-label" text-anchor="middle">${this.quarterLabel(row.quarter)}</text>
          </g>`;
        })}
      </svg>
      <ul class="chart-key" aria-hidden="true">
        ${chartFigures.map((f) => html`<li><span class="swatch swatch-${f}"></span>${t.figures[f]}</li>`)}
        <li><span class="swatch swatch-suppressed"></span>${t.secondary}</li>
      </ul>
      <p id="chart-note" class="visually-hidden">${t.chartDescription}</p>
    </figure>`;
  }

  private renderRules(t: DashboardStrings) {
    const rules = this.load.value?.rules;
    const k = String(rules?.k ?? 10);
    return html`<section part="rules" class="rules" aria-labelledby="rules-title">
      ${this.h(this.heading + 1, t.rulesTitle, 'rules-title')}
      <ul>
        <li>${t.rulesThreshold(k)} ${t.rulesMinimum(String(rules?.minimumK ?? 5))}</li>
        <li>${t.rulesSecondary}</li>
        <li>${t.rulesPeriod}</li>
        <li>${t.rulesCosts}</li>
      </ul>
      ${rules
        ? html`<div class="rules-lists">
            <div>
              ${this.h(this.heading + 2, t.rulesCountedTitle)}
              <ul>${rules.counted.map((c) => html`<li>${t.counted[c]}</li>`)}</ul>
            </div>
            <div>
              ${this.h(this.heading + 2, t.rulesNeverTitle)}
              <ul>${rules.neverCollected.map((c) => html`<li>${t.never[c]}</li>`)}</ul>
            </div>
          </div>`
        : nothing}
    </section>`;
  }

  private renderBenchmark(t: DashboardStrings) {
    const own = this.load.value;
    const figure = this.benchmarkFigure;
    const institutions: { name: string; rows: readonly InsightsRow[] }[] = [
      ...(own && this.load.status === TaskStatus.COMPLETE ? [{ name: own.organisation.name, rows: own.rows.filter((r) => r.unit === null) }] : []),
      ...this.benchmarks.map((b) => ({ name: b.institution.name, rows: b.rows })),
    ];
    const quarters = [...new Set(institutions.flatMap((i) => i.rows.map((r) => r.quarter)))].sort();
    const k = String(own?.rules.k ?? 10);
    return html`<section part="benchmark" class="benchmark" aria-labelledby="benchmark-title">
      ${this.h(this.heading + 1, t.benchmarkTitle, 'benchmark-title')}
      <p>${t.benchmarkIntro}</p>
      <div class="benchmark-controls">
        <div class="field">
          <label for="benchmark-file">${t.benchmarkFileLabel}</label>
          <input
            id="benchmark-file"
            type="file"
            accept="application/json,.json"
            aria-invalid=${this.benchmarkError ? 'true' : 'false'}
            aria-describedby=${this.benchmarkError ? 'benchmark-error' : nothing}
            @change=${this.onBenchmarkFile}
          />
        </div>
        <div class="field">
          <label for="benchmark-figure">${t.benchmarkFigureLabel}</label>
          <select id="benchmark-figure" @change=${(e: Event) => (this.benchmarkFigure = (e.target as HTMLSelectElement).value as BenchmarkFigure)}>
            ${benchmarkFigures.map((f) => html`<option value=${f} ?selected=${f === figure}>${t.figures[f]}</option>`)}
          </select>
        </div>
      </div>
      ${this.benchmarkError ? html`<p id="benchmark-error" class="inline-error" role="alert">${this.benchmarkError}</p>` : nothing}
      ${this.benchmarks.length > 0
        ? html`<ul class="benchmark-list">
              ${this.benchmarks.map(
                (b, i) => html`<li>
                  ${b.institution.name} (${this.quarterLabel(b.period.from)} – ${this.quarterLabel(b.period.to)})
                  <button part="button" class="button button-small button-secondary" type="button" @click=${() => this.removeBenchmark(i)}>${t.benchmarkRemove(b.institution.name)}</button>
                  ${(b.staffGroup ?? null) !== (own?.query.staffGroup ?? null) ? html`<span class="note">${t.benchmarkOtherGroup(b.institution.name)}</span>` : nothing}
                </li>`,
              )}
            </ul>
            ${this.table(
              'benchmark',
              t.benchmarkCaption(t.figures[figure]),
              t.quarterHeader,
              institutions.map((i) => i.name),
              quarters.map((q) => [
                this.quarterLabel(q),
                institutions.map((i) => {
                  const row = i.rows.find((r) => r.quarter === q);
                  // A quarter outside another institution's file: nothing known, said as such.
                  return row ? this.cell(row[figure], k, figure === 'medianDurationDays' ? 'days' : 'count') : '—';
                }),
              ]),
            )}`
        : nothing}
    </section>`;
  }

  private readonly retry = (): void => {
    this.renderRoot.querySelector<HTMLElement>('.content')?.focus();
    void this.load.run();
  };

  private download(text: string, type: string, name: string): void {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  private readonly downloadCsv = (): void => {
    const csv = this.toCsv();
    const insights = this.load.value;
    if (!csv || !insights) return;
    // A byte-order mark lets spreadsheet programs read the file as UTF-8.
    this.download(`\uFEFF${csv}`, 'text/csv;charset=utf-8', `stuurinformatie-${insights.query.from}-${insights.query.to}.csv`);
    this.announcement = this.l10n.strings.exportedCsv;
  };

  private readonly downloadBenchmark = async (): Promise<void> => {
    const client = this.clientSource.client;
    const insights = this.load.value;
    if (!client || !insights) return;
    try {
      const doc = await client.insights.export({ from: insights.query.from, to: insights.query.to, ...(insights.query.staffGroup ? { staffGroup: insights.query.staffGroup } : {}) });
      this.download(JSON.stringify(doc, null, 2), 'application/json', `benchmark-${doc.institution.id}-${doc.period.from}-${doc.period.to}.json`);
    } catch (error) {
      this.announcement = this.l10n.strings.errors[loadErrorKind(error)];
    }
  };

  private readonly onBenchmarkFile = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const t = this.l10n.strings;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      this.benchmarkError = t.benchmarkInvalidJson;
      return;
    }
    const parsed = BenchmarkExport.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      this.benchmarkError = t.benchmarkInvalid(`${issuePath(issue.path)}: ${describeIssue(issue)}`);
      return;
    }
    this.benchmarkError = undefined;
    this.benchmarks = [...this.benchmarks.filter((b) => b.institution.id !== parsed.data.institution.id), parsed.data];
    this.announcement = t.benchmarkLoaded(parsed.data.institution.name);
    input.value = '';
  };

  private removeBenchmark(index: number): void {
    this.benchmarks = this.benchmarks.filter((_, i) => i !== index);
    this.renderRoot.querySelector<HTMLInputElement>('#benchmark-file')?.focus();
  }

  protected override willUpdate(): void {
    // An announcement is said once; a new load replaces it with the load's own status.
    if (this.load.status === TaskStatus.PENDING) this.announcement = '';
  }
}

declare global {
  interface HTMLElementEventMap {
    /** `<mobility-dashboard>` received figures. */
    'mobility-insights-load': CustomEvent<{ insights: Insights }>;
  }
}
