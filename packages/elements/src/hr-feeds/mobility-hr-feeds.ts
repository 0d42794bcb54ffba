import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { FeedRun, FeedSource } from '@mobility-kit/contract';
import { MobilityHttpError, type MobilityClient } from '@mobility-kit/sdk';
import { MobilityClientController } from '../shared/client-context.js';
import { ConfirmDialog } from '../shared/confirm-dialog.js';
import { LocalizeController } from '../shared/localize.js';
import { isAbortError, loadErrorKind, MissingClientError } from '../shared/load-error.js';
import { MobilitySessionController } from '../shared/session-context.js';
import { signInGate, signInPromptTitle, signInPromptView, type SignInGate } from '../shared/sign-in-prompt.js';
import { emptyFeedForm, formOf, inputOf, serverFieldErrors, validateFeedForm, type FeedFormErrors, type FeedFormValues } from './form.js';
import { hrFeedsTranslations, type HrFeedsStrings } from './translations.js';
import { formView, sourceView, type HrFeedsView } from './views.js';
import { hrFeedsStyles } from './mobility-hr-feeds.styles.js';

type LoadArgs = readonly [client: MobilityClient | undefined, configurationError: unknown, gate: SignInGate];

/** How often a run in progress is looked at, and for how long at most. */
const pollMs = 1_000;
const maxPolls = 180;

/** `detail` of the `mobility-feed-run` event. */
export interface MobilityFeedRunDetail {
  /** The source that was fetched. */
  source: FeedSource;
  /** The finished run with its report. */
  run: FeedRun;
}

/**
 * The vacancy sources (feeds) of the signed-in HR user's organisation: each source with its
 * schedule and its last run — how many vacancies were created, updated, closed and skipped, and
 * every skipped item with its reason. HR adds, edits and deletes sources and fetches one now. A URL
 * that points into the server's own network is refused by the server; the reason is shown next to
 * the URL field.
 *
 * Inside a `<mobility-provider>` that signs people in, nothing is requested before an HR user or
 * administrator is signed in: it shows an "Inloggen" call to action instead.
 *
 * @summary Manage the organisation's vacancy feeds: sources, schedule, "fetch now" and each run's report.
 *
 * @tagname mobility-hr-feeds
 *
 * @attr base-url - The API to use when the element is not inside a `<mobility-provider>`.
 * @attr heading-level - Level of the element's heading (2–5, default 2); sources use the next level.
 *
 * @fires {MobilityFeedRunDetail} mobility-feed-run - A "fetch now" ended; the detail holds the report. Bubbles, composed.
 *
 * @csspart status - The polite live region.
 * @csspart content - The area with the list and states.
 * @csspart list - The list of sources.
 * @csspart source - One source.
 * @csspart report - The report of a source's last run.
 * @csspart skipped - The disclosure with the skipped items.
 * @csspart run-error - Why a run failed.
 * @csspart badge - A state badge (scheduled, switched off, outcome).
 * @csspart form - The add / edit form.
 * @csspart field-error - An inline message under a field.
 * @csspart error-summary - The list of fields to correct.
 * @csspart skeleton - Loading placeholder.
 * @csspart empty - No sources yet.
 * @csspart error - Loading failed.
 * @csspart sign-in - The "Inloggen" call to action; its button is `sign-in-button`.
 * @csspart role-notice - "Alleen voor HR": the signed-in role may not manage the sources.
 * @csspart no-access - The signed-in account has no access.
 * @csspart dialog - The delete confirmation.
 * @csspart button - Every button; also `add-button`, `run-button`, `edit-button`, `delete-button`, `save-button`, `cancel-button`, `retry-button`.
 *
 * @cssprop [--mobility-hr-feeds-accent=var(--mobility-color-primary)] - Buttons and the left edge of a source.
 */
export class MobilityHrFeeds extends LitElement {
  static override styles = hrFeedsStyles;

  /** The API to use without a provider. When set it wins over a surrounding `<mobility-provider>`. */
  @property({ attribute: 'base-url' })
  baseUrl?: string;

  /** Level of the element's heading, 2–5; sources and the form use the next level. */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 2;

  /** The form, when open: `null` for a new source, else the source edited. */
  @state() private editing: FeedSource | null | undefined;
  @state() private values: FeedFormValues = emptyFeedForm();
  @state() private errors: FeedFormErrors = {};
  @state() private saving = false;
  @state() private failure = '';
  @state() private announcement = '';
  /** Sources with a "fetch now" in progress, by id. */
  @state() private runningIds: ReadonlySet<string> = new Set();
  /** The sources as loaded, then as changed here (saved, deleted, fetched) without a reload. */
  @state() private sources: FeedSource[] | undefined;
  private deleting: FeedSource | undefined;
  private opener: HTMLElement | undefined;
  private readonly disconnect = new AbortController();

  private readonly l10n = new LocalizeController<HrFeedsStrings>(this, 'mobility-hr-feeds', hrFeedsTranslations);
  private readonly clientSource = new MobilityClientController(this, { baseUrl: () => this.baseUrl, locale: () => this.l10n.lang });
  private readonly sessionSource = new MobilitySessionController(this);

  private readonly load = new Task(this, {
    args: (): LoadArgs => [this.clientSource.client, this.clientSource.configurationError, this.gate],
    task: async ([client, configurationError, gate], { signal }): Promise<FeedSource[] | undefined> => {
      if (gate !== 'open') return undefined;
      if (!client) throw new MissingClientError({ cause: configurationError });
      const sources = await client.feeds.list({ signal });
      this.sources = sources;
      return sources;
    },
  });

  private readonly confirmDelete = new ConfirmDialog({
    dialog: () => this.renderRoot.querySelector<HTMLDialogElement>('dialog'),
    confirmValue: 'delete',
    confirmed: () => void this.deleteConfirmed(),
  });

  private get gate(): SignInGate {
    return signInGate(this.sessionSource.session, ['hr', 'admin']);
  }

  private get shownGate(): SignInGate {
    const gate = this.gate;
    if (gate === 'open' && this.sessionSource.session.status !== 'unconfigured' && this.load.status === TaskStatus.ERROR && loadErrorKind(this.load.error) === 'unauthorized') {
      return 'sign-in';
    }
    return gate;
  }

  /** Load the sources again. */
  reload(): void {
    void this.load.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.disconnect.abort();
  }

  private get view(): HrFeedsView {
    const t = this.l10n.strings;
    const level = Math.min(5, Math.max(2, Number(this.headingLevel) || 2));
    const format = new Intl.DateTimeFormat(this.l10n.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
    return {
      t,
      level,
      h: (headingLevel, content, id) => {
        const l = Math.min(6, headingLevel);
        const cls = `heading heading-${l - level}`;
        switch (l) {
          case 2:
            return html`<h2 class=${cls} id=${id ?? nothing}>${content}</h2>`;
          case 3:
            return html`<h3 class=${cls} id=${id ?? nothing}>${content}</h3>`;
          case 4:
            return html`<h4 class=${cls} id=${id ?? nothing}>${content}</h4>`;
          case 5:
            return html`<h5 class=${cls} id=${id ?? nothing}>${content}</h5>`;
          default:
            return html`<h6 class=${cls} id=${id ?? nothing}>${content}</h6>`;
        }
      },
      dateTime: (iso) => format.format(new Date(iso)),
      number: (value) => this.l10n.number(value),
    };
  }

  protected override render() {
    const view = this.view;
    const { t, h, level } = view;
    const gate = this.shownGate;
    const loading = this.load.status === TaskStatus.INITIAL || this.load.status === TaskStatus.PENDING;
    const busy = gate === 'wait' || (gate === 'open' && loading);
    return html`<section class="root" lang=${this.l10n.lang} aria-labelledby="title">
      ${h(level, t.title, 'title')}
      <p class="intro">${t.intro}</p>
      <p part="status" class="status" role="status" aria-live="polite">${this.statusText(t, busy, gate)}</p>
      <div part="content" class="content" aria-busy=${busy ? 'true' : 'false'} tabindex="-1">${this.renderContent(view, busy, gate)}</div>
      <dialog part="dialog" aria-labelledby="confirm-title" aria-describedby="confirm-text" @close=${this.confirmDelete.closed}>
        <form method="dialog">
          <p class="message-title" id="confirm-title">${t.confirmDeleteTitle}</p>
          <p id="confirm-text">${this.deleting ? t.confirmDeleteText(this.deleting.name) : ''}</p>
          <div class="actions">
            <button part="button" class="button button-destructive" value="delete">${t.confirmDelete}</button>
            <button part="button" class="button button-secondary" value="cancel" autofocus>${t.cancel}</button>
          </div>
        </form>
      </dialog>
    </section>`;
  }

  private statusText(t: HrFeedsStrings, busy: boolean, gate: SignInGate): string {
    if (this.announcement) return this.announcement;
    if (busy) return t.loading;
    if (gate !== 'open') return signInPromptTitle(t, gate);
    if (this.load.status === TaskStatus.ERROR) return t.errorTitle;
    const sources = this.sources;
    if (!sources) return '';
    return sources.length === 0 ? t.emptyTitle : t.loaded(sources.length);
  }

  private renderContent(view: HrFeedsView, busy: boolean, gate: SignInGate): TemplateResult | typeof nothing {
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
    if (this.load.status === TaskStatus.ERROR) {
      return html`<div part="error" class="message error">
        ${h(level + 1, t.errorTitle)}
        <p class="error-message">${t.errors[loadErrorKind(this.load.error)]}</p>
        <button part="button retry-button" class="button" type="button" @click=${this.retry}>${t.retry}</button>
      </div>`;
    }
    const sources = this.sources ?? [];
    const form =
      this.editing === undefined
        ? nothing
        : formView(view, { values: this.values, errors: this.errors, editing: this.editing ?? undefined, saving: this.saving, failure: this.failure }, {
            input: this.input,
            submit: this.submit,
            cancel: this.cancel,
          });
    const actions = {
      running: (id: string) => this.runningIds.has(id),
      run: this.runNow,
      edit: this.openEdit,
      remove: this.askDelete,
    };
    return html`
      ${this.editing === undefined
        ? html`<p><button part="button add-button" class="button" type="button" @click=${this.openAdd}>${t.add}</button></p>`
        : nothing}
      ${this.editing === null ? form : nothing}
      ${sources.length === 0
        ? html`<div part="empty" class="message empty">
            ${h(level + 1, t.emptyTitle)}
            <p>${t.emptyText}</p>
          </div>`
        : html`<ul part="list" class="sources" role="list">
            ${sources.map((source) => (this.editing && this.editing.id === source.id ? html`<li class="source">${form}</li>` : sourceView(view, source, actions)))}
          </ul>`}
    `;
  }

  private readonly retry = (): void => {
    this.renderRoot.querySelector<HTMLElement>('.content')?.focus();
    void this.load.run();
  };

  private readonly openAdd = (event: Event): void => {
    this.opener = event.currentTarget as HTMLElement;
    this.openForm(null, emptyFeedForm());
  };

  private readonly openEdit = (source: FeedSource, event: Event): void => {
    this.opener = event.currentTarget as HTMLElement;
    this.openForm(source, formOf(source));
  };

  private openForm(editing: FeedSource | null, values: FeedFormValues): void {
    this.editing = editing;
    this.values = values;
    this.errors = {};
    this.failure = '';
    this.announcement = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#name')?.focus());
  }

  private readonly cancel = (): void => {
    const editedId = this.editing?.id;
    this.editing = undefined;
    void this.updateComplete.then(() => this.focusAfterForm(editedId));
  };

  /** Back to where the form was opened: the add button, or the edited source's edit button. */
  private focusAfterForm(editedId: string | undefined): void {
    const selector = editedId ? `#source-${CSS.escape(editedId)}` : undefined;
    const source = selector ? this.renderRoot.querySelector(selector)?.closest('li') : undefined;
    const target = source?.querySelector<HTMLElement>('[part~="edit-button"]') ?? this.renderRoot.querySelector<HTMLElement>('[part~="add-button"]');
    (target ?? this.opener)?.focus();
  }

  private readonly input = (field: keyof FeedFormValues, value: string | boolean): void => {
    const next = { ...this.values };
    if (field === 'enabled') next.enabled = value === true;
    else if (field === 'intervalMinutes') next.intervalMinutes = Number(value);
    else next[field] = String(value);
    this.values = next;
    // A corrected field loses its message as soon as it is valid.
    if (field !== 'enabled' && this.errors[field]) {
      const { [field]: _removed, ...rest } = this.errors;
      this.errors = validateFeedForm(next)[field] ? this.errors : rest;
    }
  };

  private readonly submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.saving) return;
    const t = this.l10n.strings;
    this.failure = '';
    const errors = validateFeedForm(this.values);
    this.errors = errors;
    if (Object.keys(errors).length > 0) {
      await this.focusSummary();
      return;
    }
    const client = this.clientSource.client;
    if (!client) {
      this.failure = t.errors.notConfigured;
      await this.focusSummary();
      return;
    }
    this.saving = true;
    const editing = this.editing;
    try {
      const input = inputOf(this.values);
      const saved = editing ? await client.feeds.update(editing.id, input) : await client.feeds.create(input);
      this.editing = undefined;
      this.replaceSource(saved);
      this.announcement = t.saved(saved.name);
      await this.updateComplete;
      this.focusAfterForm(saved.id);
      if (!editing) {
        const item = this.renderRoot.querySelector(`#source-${CSS.escape(saved.id)}`)?.closest('li');
        item?.querySelector<HTMLElement>('[part~="run-button"]')?.focus();
      }
    } catch (error) {
      if (isAbortError(error)) return;
      const fieldErrors = serverFieldErrors(error);
      if (fieldErrors) this.errors = fieldErrors;
      else if (error instanceof MobilityHttpError && error.status === 409) this.failure = t.limitReached;
      else this.failure = `${t.saveFailed} ${t.errors[loadErrorKind(error)]}`;
      await this.focusSummary();
    } finally {
      this.saving = false;
    }
  };

  private async focusSummary(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
  }

  /** Put a source (new or changed) into the loaded list without reloading it. */
  private replaceSource(source: FeedSource): void {
    const sources = this.sources ?? [];
    const next = sources.some((s) => s.id === source.id) ? sources.map((s) => (s.id === source.id ? source : s)) : [...sources, source];
    next.sort((a, b) => a.name.localeCompare(b.name, this.l10n.locale) || a.id.localeCompare(b.id));
    this.sources = next;
  }

  private readonly askDelete = (source: FeedSource, event: Event): void => {
    this.deleting = source;
    this.requestUpdate();
    void this.updateComplete.then(() => this.confirmDelete.open(event));
  };

  private async deleteConfirmed(): Promise<void> {
    const source = this.deleting;
    const client = this.clientSource.client;
    const t = this.l10n.strings;
    if (!source || !client) return;
    try {
      await client.feeds.delete(source.id);
      this.sources = (this.sources ?? []).filter((s) => s.id !== source.id);
      this.announcement = t.deleted(source.name);
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~="add-button"]')?.focus();
    } catch (error) {
      this.announcement = error instanceof MobilityHttpError && error.status === 409 ? t.runBusy : `${t.deleteFailed} ${t.errors[loadErrorKind(error)]}`;
    }
  }

  private readonly runNow = async (source: FeedSource): Promise<void> => {
    const client = this.clientSource.client;
    const t = this.l10n.strings;
    if (!client || this.runningIds.has(source.id)) return;
    this.runningIds = new Set([...this.runningIds, source.id]);
    this.announcement = t.runStarted(source.name);
    const signal = this.disconnect.signal;
    try {
      const started = await client.feeds.run(source.id, { signal });
      let run: FeedRun | undefined = started;
      for (let i = 0; i < maxPolls && run?.outcome === 'running'; i++) {
        await new Promise((resolve) => setTimeout(resolve, pollMs));
        if (signal.aborted) return;
        [run] = await client.feeds.runs(source.id, { limit: 1 }, { signal });
      }
      const fresh = await client.feeds.get(source.id, { signal });
      this.replaceSource(fresh);
      const last = fresh.lastRun;
      if (last && last.outcome === 'succeeded') this.announcement = t.runFinished(fresh.name, last.created, last.updated, last.closed, last.skipped);
      else if (last && last.outcome === 'failed') this.announcement = t.runFailed(fresh.name);
      if (last && last.outcome !== 'running') this.dispatchEvent(new CustomEvent('mobility-feed-run', { bubbles: true, composed: true, detail: { source: fresh, run: last } }));
    } catch (error) {
      if (isAbortError(error)) return;
      this.announcement = error instanceof MobilityHttpError && error.status === 409 ? t.runBusy : `${t.runCouldNotStart} ${t.errors[loadErrorKind(error)]}`;
    } finally {
      const next = new Set(this.runningIds);
      next.delete(source.id);
      this.runningIds = next;
    }
  };
}

declare global {
  interface HTMLElementEventMap {
    /** A "fetch now" of `<mobility-hr-feeds>` ended. */
    'mobility-feed-run': CustomEvent<MobilityFeedRunDetail>;
  }
}
