import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { calculatorParameterNames, type CalculatorParameterEntry, type CalculatorParameterName, type HrRegulations } from '@mobility-kit/contract';
import { defaultParameterTable } from '@mobility-kit/rules';
import type { MobilityClient } from '@mobility-kit/sdk';
import { calculatorTranslations, type CalculatorStrings } from '../calculator/translations.js';
import { MobilityClientController } from '../shared/client-context.js';
import { FocusAfterRenderController } from '../shared/focus-after-render.js';
import { LocalizeController } from '../shared/localize.js';
import { isAbortError, loadErrorKind, MissingClientError } from '../shared/load-error.js';
import { MobilitySessionController } from '../shared/session-context.js';
import { signInGate, signInPromptTitle, signInPromptView, type SignInGate } from '../shared/sign-in-prompt.js';
import { EditorController } from './editor-controller.js';
import type { EntryField } from './entry-form.js';
import { hrRegulationsStyles } from './mobility-hr-regulations.styles.js';
import { hrRegulationsTranslations, type HrRegulationsStrings } from './translations.js';
import { changesOf, parameterView, type ParameterSeries, type RegulationsViewContext } from './views.js';

/** Minutes a browser or CDN may keep an organisation's values (the server's `Cache-Control` of `GET /v1/regulations`). */
const publicCacheMinutes = 5;

type LoadArgs = readonly [client: MobilityClient | undefined, configurationError: unknown, gate: SignInGate];

/** `detail` of the `mobility-regulations-save` event. */
export interface MobilityRegulationsSaveDetail {
  /** The value that was saved. */
  parameter: CalculatorParameterName;
  /** Its series as stored. */
  entries: CalculatorParameterEntry[];
}

/** Today as a calendar date in the Netherlands, where the values apply. */
function todayInNetherlands(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/**
 * The calculator values of the signed-in HR user's own organisation — maximum dagloon, scale tops,
 * holiday pay and year-end bonus, ASU duration, re-integration budget, AOW age, full-time hours,
 * loonsuppletie duration — each with every dated value, where it comes from and how far it can be
 * trusted, in the calculator's own words. HR adds or changes a dated value in a form checked with
 * the API contract; while typing, a worked example of the calculator, computed in the browser with
 * the calculator's own rules, shows which figures change. Every saved change is kept: who changed
 * what, and when.
 *
 * Inside a `<mobility-provider>` that signs people in, it shows "Inloggen" until someone is signed
 * in and "Alleen voor HR" to an employee: only HR and administrators may read and change the values
 * (the roles of `PUT /v1/regulations`).
 *
 * @summary An organisation's calculator values with their sources, history, an edit form and a live check.
 *
 * @tagname mobility-hr-regulations
 *
 * @attr base-url - The API to use when the element is not inside a `<mobility-provider>`.
 * @attr heading-level - Level of the element's title (2–5, default 2); values use the next level.
 * @attr today - The date the "in force now" marks and the example use (`YYYY-MM-DD`); default: today in the Netherlands.
 *
 * @fires {MobilityRegulationsSaveDetail} mobility-regulations-save - A value was saved. Bubbles, composed.
 *
 * @csspart status - The polite live region.
 * @csspart content - The area with the values and states.
 * @csspart skeleton - Loading placeholder.
 * @csspart error - Loading failed; its button is `retry-button`.
 * @csspart empty - The organisation has set no values of its own yet (the standard table is shown below it).
 * @csspart parameter - One calculator value.
 * @csspart in-force-value - The value in force today.
 * @csspart origin - Whether the value is the organisation's or the standard table's.
 * @csspart entries - The dated values of one calculator value; each is an `entry`.
 * @csspart status-badge - The status of a value (verified, secondary source, derived, not verified).
 * @csspart history - The changes of one value (a disclosure).
 * @csspart form - The form to add or change a value.
 * @csspart field-error - A field's problem.
 * @csspart error-summary - The list of problems after a save was tried.
 * @csspart save-error - Saving failed for a reason that names no field.
 * @csspart live-check - The worked example before and after; its table is `live-table`, its summary `live-summary`.
 * @csspart sign-in - The "Inloggen" call to action (nobody signed in); its button is `sign-in-button`.
 * @csspart role-notice - "Alleen voor HR": the signed-in role may not manage the values.
 * @csspart no-access - The signed-in account has no access.
 * @csspart button - Every button; also `edit-button`, `add-button`, `save-button`, `cancel-button`, `retry-button`.
 *
 * @cssprop [--mobility-hr-regulations-changed-background=var(--mobility-color-accent-surface)] - Background of a figure of the example that changes.
 */
export class MobilityHrRegulations extends LitElement {
  static override styles = hrRegulationsStyles;

  /** The API to use without a provider. When set it wins over a surrounding `<mobility-provider>`. */
  @property({ attribute: 'base-url' })
  baseUrl?: string;

  /** Level of the element's title, 2–5; values use the next level. */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 2;

  /** The date "in force now" and the example use (`YYYY-MM-DD`); empty for today in the Netherlands. */
  @property()
  today?: string;

  /** What the polite live region says once (a save); a new load clears it. */
  private announcement = '';

  /** The last loaded values, kept on screen while they are loaded again after a save. */
  private data: HrRegulations | undefined;

  private readonly l10n = new LocalizeController<HrRegulationsStrings>(this, 'mobility-hr-regulations', hrRegulationsTranslations);
  /** The calculator's own strings: names of values, statuses and values in words, as employees see them. */
  private readonly calc = new LocalizeController<CalculatorStrings>(this, 'mobility-calculator', calculatorTranslations);
  private readonly clientSource = new MobilityClientController(this, { baseUrl: () => this.baseUrl, locale: () => this.l10n.lang });
  private readonly sessionSource = new MobilitySessionController(this);
  private readonly editor = new EditorController(this);
  private readonly focusAfter = new FocusAfterRenderController(this);

  private readonly load = new Task(this, {
    args: (): LoadArgs => [this.clientSource.client, this.clientSource.configurationError, this.gate],
    task: async ([client, configurationError, gate], { signal }): Promise<HrRegulations | undefined> => {
      // Nobody's organisation is asked for before an HR user is signed in.
      if (gate !== 'open') return undefined;
      if (!client) throw new MissingClientError({ cause: configurationError });
      const data = await client.regulations.history({ signal });
      this.data = data;
      return data;
    },
  });

  /** Whether the signed-in person may manage the values: the roles `PUT /v1/regulations` allows. */
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

  private get todayDate(): string {
    const given = this.today?.trim();
    return given && /^\d{4}-\d{2}-\d{2}$/.test(given) ? given : todayInNetherlands();
  }

  /** Load the values again. */
  reload(): void {
    void this.load.run();
  }

  /** A value's series as the calculator uses it. */
  private seriesOf(data: HrRegulations, name: CalculatorParameterName): ParameterSeries {
    const own = data.parameters[name] as CalculatorParameterEntry[] | undefined;
    return own ? { name, entries: own, own: true } : { name, entries: defaultParameterTable[name] as unknown as CalculatorParameterEntry[], own: false };
  }

  private viewContext(): RegulationsViewContext {
    const parsed = Math.floor(Number(this.headingLevel));
    const level = Number.isFinite(parsed) ? Math.min(5, Math.max(2, parsed)) : 2;
    return {
      t: this.l10n.strings,
      l10n: this.l10n,
      calc: this.calc,
      level,
      // Headings need a real level for the page outline; role=heading keeps it one template.
      h: (at, content, id) => html`<div role="heading" aria-level=${Math.min(at, 6)} class="heading heading-${Math.min(at - level, 3)}" id=${id ?? nothing}>${content}</div>`,
      today: this.todayDate,
    };
  }

  protected override render() {
    const view = this.viewContext();
    const gate = this.shownGate;
    const loading = this.load.status === TaskStatus.INITIAL || this.load.status === TaskStatus.PENDING;
    const busy = gate === 'wait' || (gate === 'open' && loading && !this.data);
    return html`
      <section class="root" lang=${this.l10n.lang} aria-labelledby="title">
        ${view.h(view.level, view.t.title, 'title')}
        <p class="intro">${view.t.intro}</p>
        <p part="status" class="status" role="status" aria-live="polite">${this.statusText(view.t, busy, gate)}</p>
        <div part="content" class="content" aria-busy=${busy ? 'true' : 'false'} tabindex="-1">${this.renderContent(view, busy, gate)}</div>
      </section>
    `;
  }

  private statusText(t: HrRegulationsStrings, busy: boolean, gate: SignInGate): string {
    if (this.announcement) return this.announcement;
    if (busy) return t.loading;
    if (gate !== 'open') return signInPromptTitle(t, gate);
    if (this.load.status === TaskStatus.ERROR && !this.data) return t.errorTitle;
    const data = this.data;
    if (!data) return '';
    return t.loaded(Object.keys(data.parameters).length);
  }

  private renderContent(view: RegulationsViewContext, busy: boolean, gate: SignInGate): TemplateResult | typeof nothing {
    const { t, h, level } = view;
    if (!busy && gate !== 'open') return signInPromptView(t, gate, this.sessionSource.session, (title) => h(level + 1, title));
    if (busy) {
      return html`<div part="skeleton" class="skeleton-block">
        <span class="visually-hidden">${t.loading}</span>
        <div class="skeleton skeleton-title" aria-hidden="true"></div>
        <div class="skeleton skeleton-line" aria-hidden="true"></div>
        <div class="skeleton skeleton-line skeleton-short" aria-hidden="true"></div>
      </div>`;
    }
    const data = this.data;
    if (this.load.status === TaskStatus.ERROR && !isAbortError(this.load.error) && !data) {
      return html`<div part="error" class="message error">
        ${h(level + 1, t.errorTitle)}
        <p class="error-message">${t.errors[loadErrorKind(this.load.error)]}</p>
        <button part="button retry-button" class="button" type="button" @click=${this.retry}>${t.retry}</button>
      </div>`;
    }
    if (!data) return nothing;
    const own = Object.keys(data.parameters).length;
    const check = this.editor.check();
    const editorState = this.editor.state;
    const editor = {
      state: editorState,
      check,
      errors: this.editor.visibleErrors(check),
      live: this.editor.live(data.parameters, view.today),
      saving: this.editor.saving,
      handlers: {
        open: this.openEditor,
        input: (field: EntryField, value: string) => this.editor.input(field, value),
        touch: (field: EntryField) => this.editor.touch(field),
        save: this.save,
        cancel: this.cancel,
      },
    };
    return html`
      ${own === 0
        ? html`<div part="empty" class="message empty">
            ${h(level + 1, t.emptyTitle)}
            <p>${t.emptyText}</p>
          </div>`
        : data.updatedAt
          ? html`<p class="meta last-changed">${t.lastChanged(this.timestamp(data.updatedAt), data.updatedBy)}</p>`
          : nothing}
      <ul class="parameters" role="list">
        ${calculatorParameterNames.map((name) => parameterView(view, this.seriesOf(data, name), changesOf(data.history, name), editor))}
      </ul>
      ${data.historyTruncated ? html`<p class="meta">${t.historyTruncated}</p>` : nothing}
    `;
  }

  private timestamp(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    return new Intl.DateTimeFormat(this.l10n.locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(date);
  }

  private readonly openEditor = (name: CalculatorParameterName, index: number | undefined): void => {
    const data = this.data;
    if (!data) return;
    this.announcement = '';
    this.editor.open(name, this.seriesOf(data, name).entries, index, this.l10n.lang);
    this.focusAfter.request('#f-validFrom');
  };

  private readonly cancel = (): void => {
    const state = this.editor.state;
    this.editor.close();
    if (state) this.focusAfter.request(state.index === undefined ? `[data-add="${state.name}"]` : `[data-edit="${state.name}-${state.index}"]`);
  };

  private readonly save = async (event: Event): Promise<void> => {
    event.preventDefault();
    const state = this.editor.state;
    const data = this.data;
    const client = this.clientSource.client;
    if (!state || !data || this.editor.saving) return;
    const check = this.editor.check();
    if (!this.editor.submit(check) || !check?.series) {
      this.focusAfter.request('[part~="error-summary"]');
      return;
    }
    if (!client) {
      this.editor.failed(new MissingClientError());
      return;
    }
    this.editor.saving = true;
    this.requestUpdate();
    try {
      const stored = await client.regulations.put({ parameters: { ...data.parameters, [state.name]: check.series } });
      const t = this.l10n.strings;
      const name = this.calc.strings.parameters[state.name];
      this.editor.close();
      this.data = { ...data, ...stored, updatedBy: stored.updatedBy, history: data.history };
      this.announcement = t.saved(name, String(publicCacheMinutes));
      const entries = (stored.parameters[state.name] ?? []) as CalculatorParameterEntry[];
      this.dispatchEvent(new CustomEvent('mobility-regulations-save', { bubbles: true, composed: true, detail: { parameter: state.name, entries } }));
      this.focusAfter.request(`[data-add="${state.name}"]`);
      // The history now holds this change; load it (the values stay on screen meanwhile).
      void this.load.run();
    } catch (error) {
      this.editor.failed(error);
      this.focusAfter.request('[part~="error-summary"], [part~="save-error"], [aria-invalid="true"]');
    }
  };

  private readonly retry = (): void => {
    this.renderRoot.querySelector<HTMLElement>('.content')?.focus();
    void this.load.run();
  };
}

declare global {
  interface HTMLElementEventMap {
    /** `<mobility-hr-regulations>` saved a value. */
    'mobility-regulations-save': CustomEvent<MobilityRegulationsSaveDetail>;
  }
}
