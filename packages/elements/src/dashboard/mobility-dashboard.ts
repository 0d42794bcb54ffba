import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { Insights, InsightsQuery, Quarter, StaffGroup } from '@mobility-kit/contract';
import type { MobilityClient } from '@mobility-kit/sdk';
import { MobilityClientController } from '../shared/client-context.js';
import { downloadText } from '../shared/download.js';
import { LocalizeController } from '../shared/localize.js';
import { loadErrorKind, MissingClientError } from '../shared/load-error.js';
import { MobilitySessionController } from '../shared/session-context.js';
import { signInGate, signInPromptTitle, signInPromptView, type SignInGate } from '../shared/sign-in-prompt.js';
import { BenchmarkState, benchmarkView } from './benchmark.js';
import { insightsToCsv } from './csv.js';
import { figuresView, isEmpty } from './figures-view.js';
import { filtersView } from './filters-view.js';
import { insightsRange, isStaffGroup } from './range.js';
import { rulesView } from './rules-view.js';
import { dashboardTranslations, type DashboardStrings } from './translations.js';
import { dashboardViewContext, type DashboardViewContext } from './view-context.js';
import { dashboardStyles } from './mobility-dashboard.styles.js';

type LoadArgs = readonly [
  client: MobilityClient | undefined,
  configurationError: unknown,
  gate: SignInGate,
  from: Quarter,
  to: Quarter,
  unit: string | undefined,
  staffGroup: StaffGroup | undefined,
];

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
 * Inside a `<mobility-provider>` that signs people in, it asks nobody's figures before someone is
 * signed in: it shows an "Inloggen" call to action instead, "Alleen voor HR" to an employee, and
 * "Geen toegang" to an account the API does not map. Without sign-in on the provider the host's
 * token decides, as before.
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
 * @csspart sign-in - The "Inloggen" call to action (nobody signed in); its button is `sign-in-button`.
 * @csspart role-notice - "Alleen voor HR": the signed-in role may not see the figures.
 * @csspart no-access - The signed-in account has no access.
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

  /** What the polite live region says once (an export, a loaded benchmark); a new load clears it. */
  private announcement = '';

  /** Units of the last answer for the whole organisation, so the unit filter can offer them all. */
  private knownUnits: string[] = [];

  private readonly benchmark = new BenchmarkState(this);
  private readonly l10n = new LocalizeController<DashboardStrings>(this, 'mobility-dashboard', dashboardTranslations);
  private readonly clientSource = new MobilityClientController(this, { baseUrl: () => this.baseUrl, locale: () => this.l10n.lang });
  private readonly sessionSource = new MobilitySessionController(this);

  private readonly load = new Task(this, {
    args: (): LoadArgs => {
      const { from, to } = insightsRange(this.from, this.to);
      return [this.clientSource.client, this.clientSource.configurationError, this.gate, from, to, this.unit || undefined, this.groupFilter];
    },
    task: async ([client, configurationError, gate, from, to, unit, staffGroup], { signal }): Promise<Insights | undefined> => {
      // Nobody's figures are asked for before an HR user is signed in.
      if (gate !== 'open') return undefined;
      if (!client) throw new MissingClientError({ cause: configurationError });
      const query: InsightsQuery = { from, to, ...(unit ? { unit } : {}), ...(staffGroup ? { staffGroup } : {}) };
      const insights = await client.insights.get(query, { signal });
      if (!unit) this.knownUnits = insights.units;
      this.dispatchEvent(new CustomEvent('mobility-insights-load', { bubbles: true, composed: true, detail: { insights } }));
      return insights;
    },
  });

  /** Whether the signed-in person (if the provider signs people in) may see the figures. */
  private get gate(): SignInGate {
    return signInGate(this.sessionSource.session, ['hr', 'admin']);
  }

  /** The gate to show: a 401 while the provider signs people in asks for a sign-in, not an error. */
  private get shownGate(): SignInGate {
    const gate = this.gate;
    const session = this.sessionSource.session;
    if (gate === 'open' && session.status !== 'unconfigured' && this.load.status === TaskStatus.ERROR && loadErrorKind(this.load.error) === 'unauthorized') {
      return 'sign-in';
    }
    return gate;
  }

  private get groupFilter(): StaffGroup | undefined {
    return isStaffGroup(this.staffGroup) ? this.staffGroup : undefined;
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

  protected override willUpdate(): void {
    // An announcement is said once; a new load replaces it with the load's own status.
    if (this.load.status === TaskStatus.PENDING) this.announcement = '';
  }

  protected override render() {
    const view = dashboardViewContext(this.l10n, this.headingLevel);
    const gate = this.shownGate;
    const loading = this.load.status === TaskStatus.INITIAL || this.load.status === TaskStatus.PENDING;
    const busy = gate === 'wait' || (gate === 'open' && loading);
    // Filters and the comparison need figures; without access there are none to filter or compare.
    const closed = gate !== 'open' && gate !== 'wait';
    const { from, to } = insightsRange(this.from, this.to);
    return html`
      <section class="root" lang=${this.l10n.lang} aria-labelledby="title">
        ${view.h(view.level, view.t.title, 'title')}
        ${closed ? nothing : filtersView(view, { from, to, unit: this.unit, staffGroup: this.groupFilter, knownUnits: this.knownUnits, change: this.changeFilter })}
        <p part="status" class="status" role="status" aria-live="polite">${this.statusText(view.t, busy, gate)}</p>
        <div part="content" class="content" aria-busy=${busy ? 'true' : 'false'} tabindex="-1">${this.renderContent(view, busy, gate)}</div>
        ${rulesView(view, this.load.value?.rules)}
        ${closed
          ? nothing
          : benchmarkView(view, {
              state: this.benchmark,
              own: this.load.value,
              ownCurrent: this.load.status === TaskStatus.COMPLETE,
              onFile: this.onBenchmarkFile,
              onRemove: this.removeBenchmark,
            })}
      </section>
    `;
  }

  private statusText(t: DashboardStrings, busy: boolean, gate: SignInGate): string {
    if (this.announcement) return this.announcement;
    if (busy) return t.loading;
    if (gate !== 'open') return signInPromptTitle(t, gate);
    if (this.load.status === TaskStatus.ERROR) return t.errorTitle;
    const insights = this.load.value;
    if (!insights) return '';
    return isEmpty(insights) ? t.emptyTitle : t.loaded(insights.quarters.length);
  }

  private renderContent(view: DashboardViewContext, busy: boolean, gate: SignInGate) {
    const { t, h, level } = view;
    if (!busy && gate !== 'open') return signInPromptView(t, gate, this.sessionSource.session, (title) => h(level + 1, title));
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
        ${h(level + 1, t.errorTitle)}
        <p class="error-message">${t.errors[loadErrorKind(this.load.error)]}</p>
        <button part="button retry-button" class="button" type="button" @click=${this.retry}>${t.retry}</button>
      </div>`;
    }
    const insights = this.load.value;
    if (!insights) return nothing;
    if (isEmpty(insights)) {
      return html`<div part="empty" class="message empty">
        ${h(level + 1, t.emptyTitle)}
        <p>${t.emptyHint}</p>
      </div>`;
    }
    return figuresView(view, insights, { exportCsv: this.downloadCsv, exportBenchmark: this.downloadBenchmark });
  }

  private readonly changeFilter = (filter: 'from' | 'to' | 'unit' | 'staffGroup', value: string | undefined): void => {
    if (filter === 'staffGroup') this.staffGroup = isStaffGroup(value) ? value : undefined;
    else this[filter] = value;
  };

  private readonly retry = (): void => {
    this.renderRoot.querySelector<HTMLElement>('.content')?.focus();
    void this.load.run();
  };

  private announce(message: string): void {
    this.announcement = message;
    this.requestUpdate();
  }

  private readonly downloadCsv = (): void => {
    const csv = this.toCsv();
    const insights = this.load.value;
    if (!csv || !insights) return;
    // A byte-order mark lets spreadsheet programs read the file as UTF-8.
    downloadText(this.renderRoot, `\uFEFF${csv}`, 'text/csv;charset=utf-8', `stuurinformatie-${insights.query.from}-${insights.query.to}.csv`);
    this.announce(this.l10n.strings.exportedCsv);
  };

  private readonly downloadBenchmark = async (): Promise<void> => {
    const client = this.clientSource.client;
    const insights = this.load.value;
    if (!client || !insights) return;
    try {
      const doc = await client.insights.export({ from: insights.query.from, to: insights.query.to, ...(insights.query.staffGroup ? { staffGroup: insights.query.staffGroup } : {}) });
      downloadText(this.renderRoot, JSON.stringify(doc, null, 2), 'application/json', `benchmark-${doc.institution.id}-${doc.period.from}-${doc.period.to}.json`);
    } catch (error) {
      this.announce(this.l10n.strings.errors[loadErrorKind(error)]);
    }
  };

  private readonly onBenchmarkFile = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const name = await this.benchmark.load(file, this.l10n.strings);
    if (name === undefined) return;
    this.announce(this.l10n.strings.benchmarkLoaded(name));
    input.value = '';
  };

  private readonly removeBenchmark = (index: number): void => {
    this.benchmark.remove(index);
    this.renderRoot.querySelector<HTMLInputElement>('#benchmark-file')?.focus();
  };
}

declare global {
  interface HTMLElementEventMap {
    /** `<mobility-dashboard>` received figures. */
    'mobility-insights-load': CustomEvent<{ insights: Insights }>;
  }
}
