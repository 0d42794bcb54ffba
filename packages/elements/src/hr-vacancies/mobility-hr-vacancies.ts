import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import {
  amsterdamToday,
  VacancyCreate,
  type HrVacancy,
  type Me,
  type Organisation,
  type Vacancy,
  type VacancyStatus,
  type Visibility,
} from '@mobility-kit/contract';
import { MobilityHttpError, type MobilityClient } from '@mobility-kit/sdk';
import { MobilityClientController } from '../shared/client-context.js';
import { ConfirmDialog } from '../shared/confirm-dialog.js';
import { FocusAfterRenderController } from '../shared/focus-after-render.js';
import { LocalizeController } from '../shared/localize.js';
import { loadErrorKind, MissingClientError } from '../shared/load-error.js';
import { MobilitySessionController } from '../shared/session-context.js';
import { signInGate, signInPromptTitle, signInPromptView, type SignInGate } from '../shared/sign-in-prompt.js';
import { vacancyCard } from '../shared/vacancy-card.js';
import { vacancyCardTranslations, type VacancyCardStrings } from '../shared/vacancy-card-strings.js';
import {
  checkCreate,
  checkUpdate,
  createBody,
  draftOf,
  emptyDraft,
  employeeVacancy,
  fieldErrors,
  serverFieldErrors,
  vacancyOfDraft,
  type DraftTextField,
  type VacancyDraft,
} from './draft.js';
import { formView } from './form-view.js';
import { audienceText, describeNextChange, describePlan, networkName, type TimelineNames } from './timeline.js';
import { hrVacanciesTranslations, type HrVacanciesStrings } from './translations.js';
import { hrVacanciesStyles } from './mobility-hr-vacancies.styles.js';

/** Which vacancies the list shows. */
export type HrVacancyStatusFilter = 'all' | VacancyStatus;
const statusFilters: readonly HrVacancyStatusFilter[] = ['all', 'open', 'closed'];

type Mode = { kind: 'list' } | { kind: 'form'; editing: HrVacancy | undefined } | { kind: 'preview'; vacancy: HrVacancy };

interface Loaded {
  me: Me;
  organisations: Organisation[];
}

type LoadArgs = readonly [client: MobilityClient | undefined, configurationError: unknown, gate: SignInGate, status: HrVacancyStatusFilter, generation: number];

/** `detail` of `mobility-hr-vacancy-change`. */
export interface MobilityHrVacancyChangeDetail {
  /** What happened to the vacancy. */
  action: 'created' | 'updated' | 'closed' | 'reopened';
  /** The vacancy as stored after the change. */
  vacancy: HrVacancy;
}

const pageSize = 50;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The vacancies of the signed-in HR user's own organisation, in every status, for the people who
 * publish them: what is visible to whom today and what changes next, in words; a form for every
 * field with a live Markdown preview, the contract's checks shown next to each field, and the
 * publication stages and priority window on a small timeline that says who sees it when ("Tot 12
 * januari 2026 alleen medewerkers van …, daarna ook partners in Noorderlink, vanaf 26 januari 2026
 * openbaar"); closing (after a confirmation) and reopening; and the vacancy as an employee will
 * see it, in the real card of `<mobility-vacancies>`.
 *
 * Inside a `<mobility-provider>` that signs people in, nothing is requested before an HR user or
 * administrator is signed in: it shows an "Inloggen" call to action instead, "Alleen voor HR" to an
 * employee, and "Geen toegang" to an account the API does not map.
 *
 * @summary HR workspace for vacancies: list, create, edit, publication timeline, close, reopen, employee preview.
 *
 * @tagname mobility-hr-vacancies
 *
 * @attr base-url - The API to use when the element is not inside a `<mobility-provider>`.
 * @attr status - Which vacancies to list: `all` (default), `open` or `closed`. Reflects the filter.
 * @attr heading-level - Level of the element's title (2–4, default 2); list items and the form use the next level.
 *
 * @fires {MobilityHrVacancyChangeDetail} mobility-hr-vacancy-change - A vacancy was created, saved, closed or reopened. Bubbles, composed.
 *
 * @csspart status - The polite live region.
 * @csspart toolbar - The status filter and the "Nieuwe vacature" button.
 * @csspart list - The list of vacancies; each is an `item`.
 * @csspart item - One vacancy in the list.
 * @csspart form - The create and edit form; refused fields show a `field-error`.
 * @csspart field-error - The message under a refused field.
 * @csspart form-message - The message above a refused form.
 * @csspart markdown-preview - The live preview of the description.
 * @csspart timeline - The publication stages; the sentence is `timeline-sentence`.
 * @csspart timeline-sentence - Who sees the vacancy when, in words.
 * @csspart employee-view - The vacancy as an employee sees it (the card of `<mobility-vacancies>`).
 * @csspart dialog - The close and reopen dialogs.
 * @csspart skeleton - Loading placeholder.
 * @csspart empty - No vacancies.
 * @csspart error - Loading failed.
 * @csspart sign-in - The "Inloggen" call to action (nobody signed in); its button is `sign-in-button`.
 * @csspart role-notice - "Alleen voor HR": the signed-in role may not manage vacancies.
 * @csspart no-access - The signed-in account has no access.
 * @csspart button - Every button; also `new-button`, `edit-button`, `close-button`, `reopen-button`, `preview-button`, `save-button`, `retry-button`, `more-button`.
 */
export class MobilityHrVacancies extends LitElement {
  static override styles = hrVacanciesStyles;

  /** The API to use without a provider. When set it wins over a surrounding `<mobility-provider>`. */
  @property({ attribute: 'base-url' })
  baseUrl?: string;

  /** Which vacancies to list: `all`, `open` or `closed`. */
  @property({ reflect: true })
  status: HrVacancyStatusFilter = 'all';

  /** Level of the element's title, 2–4; list items and the form use the next level. */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 2;

  @state() private mode: Mode = { kind: 'list' };
  @state() private items: HrVacancy[] = [];
  @state() private cursor: string | null = null;
  @state() private loadingMore = false;
  @state() private draft: VacancyDraft = emptyDraft('nl');
  @state() private errors: ReadonlyMap<string, string> = new Map();
  @state() private formMessage = '';
  @state() private saving = false;
  @state() private submitted = false;
  @state() private announcement = '';
  @state() private listMessage = '';
  @state() private cardCollapsed = false;
  @state() private target: HrVacancy | undefined;
  @state() private reopenDate = '';
  @state() private reopenError = '';
  @state() private reopenBusy = false;
  private generation = 0;
  private reopenOpener: HTMLElement | undefined;

  private readonly l10n = new LocalizeController<HrVacanciesStrings>(this, 'mobility-hr-vacancies', hrVacanciesTranslations);
  /**
   * The card's words and the vocabulary an employee reads, under `<mobility-vacancies>`' name: a
   * host's overrides for that element apply to the preview too.
   */
  private readonly vacancyL10n = new LocalizeController<VacancyCardStrings>(this, 'mobility-vacancies', vacancyCardTranslations);
  private readonly clientSource = new MobilityClientController(this, { baseUrl: () => this.baseUrl, locale: () => this.l10n.lang });
  private readonly sessionSource = new MobilitySessionController(this);
  private readonly focusAfter = new FocusAfterRenderController(this);
  private readonly closeDialog = new ConfirmDialog({
    dialog: () => this.renderRoot.querySelector<HTMLDialogElement>('#close-dialog'),
    confirmValue: 'close',
    confirmed: () => void this.closeTarget(),
  });

  private readonly load = new Task(this, {
    args: (): LoadArgs => [this.clientSource.client, this.clientSource.configurationError, this.gate, this.statusFilter, this.generation],
    task: async ([client, configurationError, gate, status], { signal }): Promise<Loaded | undefined> => {
      // Nothing is asked for before an HR user is signed in.
      if (gate !== 'open') return undefined;
      if (!client) throw new MissingClientError({ cause: configurationError });
      const [me, organisations, page] = await Promise.all([
        client.me.get({ signal }),
        client.organisations.list({ signal }),
        client.vacancies.listHr({ limit: pageSize, ...(status === 'all' ? {} : { status }) }, { signal }),
      ]);
      this.items = page.items;
      this.cursor = page.nextCursor;
      return { me, organisations };
    },
  });

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

  private get statusFilter(): HrVacancyStatusFilter {
    return statusFilters.includes(this.status) ? this.status : 'all';
  }

  private get level(): number {
    const parsed = Math.floor(Number(this.headingLevel));
    return Number.isFinite(parsed) ? Math.min(4, Math.max(2, parsed)) : 2;
  }

  private get today(): string {
    return amsterdamToday();
  }

  /** The own organisation's name and networks, for the sentences. */
  private get names(): TimelineNames {
    const loaded = this.load.value;
    const own = loaded?.organisations.find((o) => o.id === loaded.me.organisation);
    return { organisation: own?.name ?? loaded?.me.organisation ?? '', networks: (own?.networks ?? []).map(networkName) };
  }

  /** Load the list again (the first page of the current filter). */
  reload(): void {
    this.generation++;
    this.requestUpdate();
  }

  protected override willUpdate(): void {
    if (this.load.status === TaskStatus.PENDING) this.announcement = '';
  }

  protected override render() {
    const t = this.l10n.strings;
    const gate = this.shownGate;
    const loading = this.load.status === TaskStatus.INITIAL || this.load.status === TaskStatus.PENDING;
    const busy = gate === 'wait' || (gate === 'open' && loading);
    return html`<section class="root" lang=${this.l10n.lang} aria-labelledby="title">
      ${this.heading(this.level, t.title, 'title')}
      <p part="status" class="hr-status" role="status" aria-live="polite">${this.statusText(t, busy, gate)}</p>
      <div class="hr-content" aria-busy=${busy ? 'true' : 'false'} tabindex="-1">${this.renderContent(t, busy, gate)}</div>
      ${this.dialogs(t)}
    </section>`;
  }

  private heading = (level: number, content: unknown, id?: string): TemplateResult =>
    html`<div role="heading" aria-level=${level} class="hr-heading hr-heading-${level - this.level}" id=${id ?? nothing}>${content}</div>`;

  private statusText(t: HrVacanciesStrings, busy: boolean, gate: SignInGate): string {
    if (this.announcement) return this.announcement;
    if (busy) return t.loading;
    if (gate !== 'open') return signInPromptTitle(t, gate);
    if (this.load.status === TaskStatus.ERROR) return t.errorTitle;
    if (this.load.status === TaskStatus.COMPLETE && this.mode.kind === 'list') return this.items.length === 0 ? t.emptyTitle : t.loaded(this.items.length);
    return '';
  }

  private renderContent(t: HrVacanciesStrings, busy: boolean, gate: SignInGate) {
    const level = this.level;
    if (!busy && gate !== 'open') return signInPromptView(t, gate, this.sessionSource.session, (title) => this.heading(level + 1, title));
    // A new filter reloads under the list, so the filter keeps focus; the first load shows a skeleton.
    if (busy && gate === 'open' && this.load.value && this.mode.kind === 'list') return this.renderList(t);
    if (busy) {
      return html`<div part="skeleton" class="hr-skeleton">
        <span class="visually-hidden">${t.loading}</span>
        <div class="skeleton skeleton-title" aria-hidden="true"></div>
        <div class="skeleton skeleton-line" aria-hidden="true"></div>
        <div class="skeleton skeleton-line" aria-hidden="true"></div>
      </div>`;
    }
    if (this.load.status === TaskStatus.ERROR) {
      return html`<div part="error" class="message error">
        ${this.heading(level + 1, t.errorTitle)}
        <p>${t.errors[loadErrorKind(this.load.error)]}</p>
        <button part="button retry-button" class="button" type="button" @click=${this.retry}>${t.retry}</button>
      </div>`;
    }
    if (!this.load.value) return nothing;
    if (this.mode.kind === 'form') return this.renderForm(t, this.mode.editing);
    if (this.mode.kind === 'preview') return this.renderPreview(t, this.mode.vacancy);
    return this.renderList(t);
  }

  // List ------------------------------------------------------------------------------------

  private renderList(t: HrVacanciesStrings) {
    const level = this.level;
    return html`<div class="hr-toolbar" part="toolbar">
        <div class="hr-field">
          <label for="status-filter">${t.statusFilterLabel}</label>
          <select id="status-filter" @change=${this.changeFilter}>
            ${statusFilters.map((s) => html`<option value=${s} ?selected=${s === this.statusFilter}>${t.statusFilter[s]}</option>`)}
          </select>
        </div>
        <button id="new-vacancy" type="button" class="button" part="button new-button" @click=${this.startCreate}>${t.newVacancy}</button>
      </div>
      ${this.listMessage ? html`<p class="message error" part="list-message">${this.listMessage}</p>` : nothing}
      ${this.items.length === 0
        ? html`<div part="empty" class="message">
            ${this.heading(level + 1, t.emptyTitle)}
            <p>${t.emptyHint}</p>
          </div>`
        : html`<ul class="hr-list" part="list" role="list">
              ${this.items.map((vacancy) => this.itemView(t, vacancy))}
            </ul>
            ${this.cursor
              ? html`<div class="hr-more">
                  <button type="button" class="button button-secondary" part="button more-button" ?disabled=${this.loadingMore} @click=${this.loadMore}>
                    ${this.loadingMore ? t.loading : t.loadMore}
                  </button>
                </div>`
              : nothing}`}`;
  }

  private itemView(t: HrVacanciesStrings, vacancy: HrVacancy): TemplateResult {
    const l10n = this.l10n;
    const today = this.today;
    const titleId = `item-${vacancy.id}`;
    const open = vacancy.status === 'open';
    const expired = open && vacancy.validThrough < today;
    const formatDate = (date: string) => l10n.date(date);
    return html`<li class="hr-item" part="item" data-id=${vacancy.id} data-status=${vacancy.status}>
      <div class="hr-item-head">
        ${this.heading(this.level + 1, html`<span lang=${vacancy.language}>${vacancy.title}</span>`, titleId)}
        <span class="badge hr-status-badge" data-status=${vacancy.status}>${t.statuses[vacancy.status]}</span>
      </div>
      <dl class="hr-facts">
        <div class="hr-fact">
          <dt>${t.visibleNowLabel}</dt>
          <dd data-fact="visibility">${open && !expired ? capitalise(audienceText(vacancy.currentVisibility, this.names, t, true)) : '—'}</dd>
        </div>
        ${open
          ? html`<div class="hr-fact">
              <dt>${t.nextChangeLabel}</dt>
              <dd data-fact="next">${describeNextChange(vacancy.stages, today, this.names, formatDate, t)}</dd>
            </div>`
          : nothing}
        <div class="hr-fact">
          <dt>${t.closingLabel}</dt>
          <dd><time datetime=${vacancy.validThrough}>${formatDate(vacancy.validThrough)}</time></dd>
        </div>
        ${vacancy.closedAt
          ? html`<div class="hr-fact">
              <dt>${t.closedOnLabel}</dt>
              <dd>${formatDate(amsterdamToday(new Date(vacancy.closedAt)))}</dd>
            </div>`
          : nothing}
      </dl>
      ${expired ? html`<p class="hr-note">${t.expiredNote}</p>` : nothing}
      <div class="hr-actions">
        <button id=${`edit-${vacancy.id}`} type="button" class="button button-secondary button-small" part="button edit-button" aria-describedby=${titleId} @click=${() => this.startEdit(vacancy)}>
          ${t.edit}
        </button>
        <button id=${`preview-${vacancy.id}`} type="button" class="button button-secondary button-small" part="button preview-button" aria-describedby=${titleId} @click=${() => this.showPreview(vacancy)}>
          ${t.preview}
        </button>
        ${open
          ? html`<button
              id=${`close-${vacancy.id}`}
              type="button"
              class="button button-destructive button-small"
              part="button close-button"
              aria-describedby=${titleId}
              aria-haspopup="dialog"
              @click=${(event: Event) => this.askClose(vacancy, event)}
            >
              ${t.close}
            </button>`
          : html`<button
              id=${`reopen-${vacancy.id}`}
              type="button"
              class="button button-small"
              part="button reopen-button"
              aria-describedby=${titleId}
              @click=${(event: Event) => this.askReopen(vacancy, event)}
            >
              ${t.reopen}
            </button>`}
      </div>
    </li>`;
  }

  private readonly changeFilter = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value as HrVacancyStatusFilter;
    this.status = statusFilters.includes(value) ? value : 'all';
    this.listMessage = '';
  };

  private readonly retry = (): void => {
    this.renderRoot.querySelector<HTMLElement>('.hr-content')?.focus();
    this.reload();
  };

  private readonly loadMore = async (): Promise<void> => {
    const client = this.clientSource.client;
    const cursor = this.cursor;
    if (!client || !cursor || this.loadingMore) return;
    this.loadingMore = true;
    try {
      const status = this.statusFilter;
      const page = await client.vacancies.listHr({ limit: pageSize, cursor, ...(status === 'all' ? {} : { status }) });
      const first = page.items[0];
      this.items = [...this.items, ...page.items.filter((v) => !this.items.some((known) => known.id === v.id))];
      this.cursor = page.nextCursor;
      this.announcement = this.l10n.strings.loaded(this.items.length);
      if (first) this.focusAfter.request(`#edit-${first.id}`);
    } catch (error) {
      this.announcement = this.l10n.strings.errors[loadErrorKind(error)];
    } finally {
      this.loadingMore = false;
    }
  };

  private replaceItem(vacancy: HrVacancy): void {
    const index = this.items.findIndex((v) => v.id === vacancy.id);
    this.items = index === -1 ? [vacancy, ...this.items] : this.items.map((v) => (v.id === vacancy.id ? vacancy : v));
  }

  private changed(action: MobilityHrVacancyChangeDetail['action'], vacancy: HrVacancy): void {
    this.dispatchEvent(new CustomEvent<MobilityHrVacancyChangeDetail>('mobility-hr-vacancy-change', { bubbles: true, composed: true, detail: { action, vacancy } }));
  }

  // Close and reopen ------------------------------------------------------------------------

  private askClose(vacancy: HrVacancy, event: Event): void {
    this.target = vacancy;
    this.closeDialog.open(event);
  }

  private async closeTarget(): Promise<void> {
    const vacancy = this.target;
    const client = this.clientSource.client;
    if (!vacancy || !client) return;
    const t = this.l10n.strings;
    try {
      const closed = await client.vacancies.close(vacancy.id);
      this.replaceItem(closed);
      this.listMessage = '';
      this.announcement = t.closed(closed.title);
      this.focusAfter.request(`#reopen-${closed.id}`);
      this.changed('closed', closed);
    } catch (error) {
      this.listMessage = `${t.actionFailed} ${t.errors[loadErrorKind(error)]}`;
      this.announcement = this.listMessage;
      this.focusAfter.request(`#close-${vacancy.id}`);
    }
  }

  private askReopen(vacancy: HrVacancy, event: Event): void {
    if (vacancy.validThrough >= this.today) {
      void this.reopen(vacancy, undefined);
      return;
    }
    // The closing date has passed: the server reopens only with a new one (see reopenVacancy).
    this.target = vacancy;
    this.reopenDate = '';
    this.reopenError = '';
    this.reopenOpener = event.currentTarget as HTMLElement;
    this.renderRoot.querySelector<HTMLDialogElement>('#reopen-dialog')?.showModal();
  }

  private async reopen(vacancy: HrVacancy, validThrough: string | undefined): Promise<boolean> {
    const client = this.clientSource.client;
    if (!client) return false;
    const t = this.l10n.strings;
    try {
      const reopened = await client.vacancies.reopen(vacancy.id, validThrough === undefined ? {} : { validThrough });
      this.replaceItem(reopened);
      this.listMessage = '';
      this.announcement = t.reopened(reopened.title);
      this.focusAfter.request(`#close-${reopened.id}`);
      this.changed('reopened', reopened);
      return true;
    } catch (error) {
      const params = error instanceof MobilityHttpError ? error.problem.invalidParams : undefined;
      const message = serverFieldErrors(params, t.issues).get('validThrough');
      if (validThrough !== undefined && message) {
        this.reopenError = message;
        return false;
      }
      this.listMessage = `${t.actionFailed} ${message ?? t.errors[loadErrorKind(error)]}`;
      this.announcement = this.listMessage;
      return false;
    }
  }

  private readonly submitReopen = async (event: Event): Promise<void> => {
    event.preventDefault();
    const vacancy = this.target;
    if (!vacancy || this.reopenBusy) return;
    const t = this.l10n.strings;
    const date = this.reopenDate;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      this.reopenError = date === '' ? t.issues.required : t.issues.date;
    } else if (date < this.today) {
      this.reopenError = t.issues.tooSmall(this.l10n.date(this.today));
    } else {
      this.reopenBusy = true;
      const done = await this.reopen(vacancy, date);
      this.reopenBusy = false;
      if (done) {
        this.renderRoot.querySelector<HTMLDialogElement>('#reopen-dialog')?.close('done');
        return;
      }
    }
    this.announcement = this.reopenError;
    this.focusAfter.request('#reopen-date');
  };

  private readonly reopenDialogClosed = (event: Event): void => {
    const dialog = event.currentTarget as HTMLDialogElement;
    if (dialog.returnValue !== 'done') this.reopenOpener?.focus();
    dialog.returnValue = '';
  };

  private dialogs(t: HrVacanciesStrings) {
    const target = this.target;
    const title = target?.title ?? '';
    return html`<dialog id="close-dialog" part="dialog" aria-labelledby="close-dialog-title" aria-describedby="close-dialog-text" @close=${this.closeDialog.closed}>
        <form method="dialog" class="hr-dialog">
          ${this.heading(this.level + 1, t.closeDialogTitle(title), 'close-dialog-title')}
          <p id="close-dialog-text">${t.closeDialogText}</p>
          <div class="hr-actions">
            <button class="button button-destructive" part="button confirm-close-button" value="close">${t.closeConfirm}</button>
            <button class="button button-quiet" part="button" value="cancel" autofocus>${t.cancel}</button>
          </div>
        </form>
      </dialog>
      <dialog id="reopen-dialog" part="dialog" aria-labelledby="reopen-dialog-title" @close=${this.reopenDialogClosed}>
        <form class="hr-dialog" novalidate @submit=${this.submitReopen}>
          ${this.heading(this.level + 1, t.reopenDialogTitle(title), 'reopen-dialog-title')}
          <p id="reopen-dialog-text">${target ? t.reopenDialogText(this.l10n.date(target.validThrough)) : ''}</p>
          <div class="hr-field">
            <label for="reopen-date">${t.newClosingLabel} <span class="hr-required">${t.requiredMark}</span></label>
            <input
              id="reopen-date"
              type="date"
              min=${this.today}
              .value=${this.reopenDate}
              aria-required="true"
              aria-invalid=${this.reopenError ? 'true' : nothing}
              aria-describedby=${this.reopenError ? 'reopen-dialog-text reopen-error' : 'reopen-dialog-text'}
              @input=${(event: Event) => (this.reopenDate = (event.target as HTMLInputElement).value)}
            />
            ${this.reopenError ? html`<p id="reopen-error" class="hr-field-error" part="field-error">${this.reopenError}</p>` : nothing}
          </div>
          <div class="hr-actions">
            <button type="submit" class="button" part="button confirm-reopen-button" ?disabled=${this.reopenBusy}>${t.reopenConfirm}</button>
            <button type="button" class="button button-quiet" part="button" @click=${this.cancelReopen}>${t.cancel}</button>
          </div>
        </form>
      </dialog>`;
  }

  private readonly cancelReopen = (): void => {
    this.renderRoot.querySelector<HTMLDialogElement>('#reopen-dialog')?.close('cancel');
  };

  // Preview ---------------------------------------------------------------------------------

  private showPreview(vacancy: HrVacancy): void {
    this.mode = { kind: 'preview', vacancy };
    this.cardCollapsed = false;
    this.focusAfter.request('#preview-title');
  }

  private renderPreview(t: HrVacanciesStrings, vacancy: HrVacancy) {
    const hidden = vacancy.status === 'closed' || vacancy.validThrough < this.today;
    return html`<div class="hr-preview">
      <div class="hr-form-head">
        <div tabindex="-1" id="preview-title" class="hr-focus-target">${this.heading(this.level + 1, t.employeeView)}</div>
        <button type="button" class="button button-quiet" part="button back-button" @click=${() => this.backToList(`#preview-${vacancy.id}`)}>${t.back}</button>
      </div>
      <p class="hr-hint">${t.employeeViewHint}</p>
      ${hidden ? html`<p class="hr-note">${vacancy.status === 'closed' ? t.closeDialogText : t.expiredNote}</p>` : nothing}
      <div part="employee-view" class="hr-employee-view">${this.card(employeeVacancy(vacancy), this.level + 2)}</div>
    </div>`;
  }

  /** The real card of `<mobility-vacancies>`, expanded. */
  private card(vacancy: Vacancy, headingLevel: number): TemplateResult {
    return html`<ul class="hr-cards" role="list">
      ${vacancyCard(vacancy, {
        l10n: this.vacancyL10n,
        headingLevel: Math.min(6, headingLevel),
        detailHref: undefined,
        expanded: !this.cardCollapsed,
        today: this.today,
        onSelect: () => {
          this.cardCollapsed = !this.cardCollapsed;
        },
      })}
    </ul>`;
  }

  private backToList(focusSelector: string): void {
    this.mode = { kind: 'list' };
    this.focusAfter.request(focusSelector);
  }

  // Form ------------------------------------------------------------------------------------

  private readonly startCreate = (): void => {
    this.openForm(undefined, emptyDraft(this.l10n.lang === 'en' ? 'en' : 'nl'));
  };

  private startEdit(vacancy: HrVacancy): void {
    this.openForm(vacancy, draftOf(vacancy));
  }

  private openForm(editing: HrVacancy | undefined, draft: VacancyDraft): void {
    this.mode = { kind: 'form', editing };
    this.draft = draft;
    this.errors = new Map();
    this.formMessage = '';
    this.submitted = false;
    this.cardCollapsed = false;
    this.focusAfter.request('#f-title');
  }

  private renderForm(t: HrVacanciesStrings, editing: HrVacancy | undefined) {
    const draft = this.draft;
    const names = this.names;
    const me = this.load.value!.me;
    const previewCheck = VacancyCreate.safeParse(createBody(editing ? { ...draft, id: editing.id } : draft));
    const own = this.load.value!.organisations.find((o) => o.id === me.organisation);
    const organisation = { id: me.organisation, name: own?.name ?? me.organisation, sector: own?.sector ?? 'hbo' };
    const employeeView = previewCheck.success ? this.card(vacancyOfDraft(previewCheck.data, organisation, this.today), this.level + 3) : undefined;
    const plan = {
      visibility: draft.visibility,
      stages: draft.stages,
      priority: draft.priorityGroup ? { group: draft.priorityGroup, until: draft.priorityUntil } : undefined,
      validThrough: draft.validThrough,
    };
    return formView({
      t,
      vt: this.vacancyL10n.strings,
      heading: this.heading,
      level: this.level,
      draft,
      errors: this.errors,
      editingTitle: editing?.title,
      // The server's rule for an explicit id (see vacancyCreateIdDescription).
      idPrefix: `${me.organisation}-`,
      saving: this.saving,
      message: this.formMessage,
      timeline: describePlan(plan, names, (date) => this.l10n.date(date), t),
      employeeView,
      onText: this.onText,
      onChoice: this.onChoice,
      onStage: this.onStage,
      addStage: this.addStage,
      removeStage: this.removeStage,
      onInterest: this.onInterest,
      submit: this.submit,
      cancel: this.cancelForm,
    });
  }

  private setDraft(next: VacancyDraft): void {
    this.draft = next;
    // After a first attempt, the messages follow what is typed.
    if (this.submitted) this.errors = this.check().errors;
  }

  private readonly onText = (field: DraftTextField, value: string): void => {
    this.setDraft({ ...this.draft, [field]: value });
  };

  private readonly onChoice = (field: 'kind' | 'language' | 'workplace' | 'contract' | 'salaryPeriod' | 'visibility' | 'priorityGroup', value: string): void => {
    this.setDraft({ ...this.draft, [field]: value } as VacancyDraft);
  };

  private readonly onStage = (index: number, key: 'visibility' | 'from', value: string): void => {
    const stages = this.draft.stages.map((stage, i) => (i === index ? { ...stage, [key]: value as Visibility } : stage));
    this.setDraft({ ...this.draft, stages });
  };

  private readonly addStage = (): void => {
    const stages = this.draft.stages;
    const last = stages.at(-1)?.visibility ?? this.draft.visibility;
    const visibility: Visibility = last === 'internal' ? 'sector' : 'public';
    this.setDraft({ ...this.draft, stages: [...stages, { visibility, from: '' }] });
    this.focusAfter.request(`#f-stage-${stages.length}-from`);
  };

  private readonly removeStage = (index: number): void => {
    const stages = this.draft.stages.filter((_, i) => i !== index);
    this.setDraft({ ...this.draft, stages });
    this.focusAfter.request(stages.length > index ? `#f-stage-${index}-from` : stages.length > 0 ? `#f-stage-${stages.length - 1}-from` : '#f-visibility');
  };

  private readonly onInterest = (type: string, checked: boolean): void => {
    const interests = this.draft.interests.filter((i) => i !== type);
    if (checked) interests.push(type as VacancyDraft['interests'][number]);
    this.setDraft({ ...this.draft, interests });
  };

  private readonly cancelForm = (): void => {
    const editing = this.mode.kind === 'form' ? this.mode.editing : undefined;
    this.backToList(editing ? `#edit-${editing.id}` : '#new-vacancy');
  };

  private check() {
    const editing = this.mode.kind === 'form' ? this.mode.editing : undefined;
    const t = this.l10n.strings;
    if (editing) {
      const result = checkUpdate(this.draft);
      return result.ok ? { ok: true as const, update: result.value, errors: new Map<string, string>() } : { ok: false as const, errors: fieldErrors(result.issues, this.draft, t.issues) };
    }
    const result = checkCreate(this.draft);
    return result.ok ? { ok: true as const, create: result.value, errors: new Map<string, string>() } : { ok: false as const, errors: fieldErrors(result.issues, this.draft, t.issues) };
  }

  private readonly submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.saving || this.mode.kind !== 'form') return;
    const t = this.l10n.strings;
    const editing = this.mode.editing;
    this.submitted = true;
    const checked = this.check();
    this.errors = checked.errors;
    if (!checked.ok) {
      this.formMessage = t.formInvalid(checked.errors.size);
      this.announcement = this.formMessage;
      this.focusFirstError();
      return;
    }
    const client = this.clientSource.client;
    if (!client) return;
    this.saving = true;
    this.formMessage = '';
    try {
      const saved = editing ? await client.vacancies.update(editing.id, checked.update!) : await client.vacancies.create(checked.create!);
      this.replaceItem(saved);
      this.saving = false;
      this.submitted = false;
      this.announcement = editing ? t.saved(saved.title) : t.created(saved.title);
      this.backToList(`#edit-${saved.id}`);
      this.changed(editing ? 'updated' : 'created', saved);
    } catch (error) {
      this.saving = false;
      if (error instanceof MobilityHttpError && error.status === 409) {
        this.errors = new Map([['id', t.conflict]]);
        this.formMessage = t.formServerInvalid;
      } else if (error instanceof MobilityHttpError && error.problem.invalidParams?.length) {
        this.errors = serverFieldErrors(error.problem.invalidParams, t.issues);
        this.formMessage = t.formServerInvalid;
      } else {
        this.formMessage = `${t.actionFailed} ${t.errors[loadErrorKind(error)]}`;
      }
      this.announcement = this.formMessage;
      if (this.errors.size > 0) this.focusFirstError();
      else this.focusAfter.request('#form-message');
    }
  };

  /** Focus the first field with a message, in the order of the form. */
  private focusFirstError(): void {
    void this.updateComplete.then(() => {
      const invalid = this.renderRoot.querySelector<HTMLElement>('.hr-form [aria-invalid="true"]');
      if (invalid) invalid.focus();
      else this.renderRoot.querySelector<HTMLElement>('#form-message')?.focus();
    });
  }
}

declare global {
  interface HTMLElementEventMap {
    /** `<mobility-hr-vacancies>` created, saved, closed or reopened a vacancy. */
    'mobility-hr-vacancy-change': CustomEvent<MobilityHrVacancyChangeDetail>;
  }
}
