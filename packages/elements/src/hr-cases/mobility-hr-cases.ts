import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { CasePage, CaseRecord } from '@mobility-kit/contract';
import { MobilityHttpError, type MobilityClient } from '@mobility-kit/sdk';
import { MobilityClientController } from '../shared/client-context.js';
import { ConfirmDialog } from '../shared/confirm-dialog.js';
import { downloadText } from '../shared/download.js';
import { FocusAfterRenderController } from '../shared/focus-after-render.js';
import { LocalizeController } from '../shared/localize.js';
import { loadErrorKind, MissingClientError } from '../shared/load-error.js';
import { MobilitySessionController } from '../shared/session-context.js';
import { signInGate, signInPromptTitle, signInPromptView, type SignInGate } from '../shared/sign-in-prompt.js';
import { caseFormFields, caseFormFrom, emptyCaseForm, problemToFormErrors, validateCaseForm, type CaseFormErrors, type CaseFormField, type CaseFormValues } from './case-form.js';
import { casesToCsv, exampleCases } from './case-csv.js';
import { firstInvalidSelector, formView } from './form-view.js';
import { ImportState } from './import-state.js';
import { importView } from './import-view.js';
import { casesTable, filterFromForm, filtersView, isFiltered, pagingView, type CaseFilter } from './list-view.js';
import { hrCasesTranslations, type HrCasesStrings } from './translations.js';
import { hrCasesViewContext, type HrCasesViewContext } from './view-context.js';
import { hrCasesStyles } from './mobility-hr-cases.styles.js';

/** The screens of the register. */
export type HrCasesView = 'list' | 'create' | 'edit' | 'import';

/** `detail` of the `mobility-case-change` event: what changed in the register. */
export interface MobilityCaseChangeDetail {
  action: 'created' | 'updated' | 'deleted' | 'imported';
  /** The case concerned (not with `imported`). */
  id?: string;
  /** With `imported`: how many cases were new and how many replaced. */
  created?: number;
  updated?: number;
}

type ListArgs = readonly [client: MobilityClient | undefined, configurationError: unknown, gate: SignInGate, active: boolean, filter: string, cursor: string | undefined, pageSize: number];

/**
 * The pseudonymous case register for HR: the organisation's mobility cases with filters and
 * paging, a form to record, change and delete a case, and a CSV import that shows every row error
 * with its line and column before anything is stored, then imports all rows or none.
 *
 * No field invites a name or free text about a person: a case is a code HR chooses (the screen
 * explains what a good one is), a unit, closed choices, dates and two amounts.
 *
 * Inside a `<mobility-provider>` that signs people in it asks for nothing before an HR user is
 * signed in: it shows an "Inloggen" call to action, "Alleen voor HR" to an employee or an
 * administrator (the case routes are for HR only), and "Geen toegang" to an account the API does
 * not map.
 *
 * @summary Pseudonymous mobility cases: list, filter, record, change, delete and import from CSV.
 *
 * @tagname mobility-hr-cases
 *
 * @attr base-url - The API to use when the element is not inside a `<mobility-provider>`.
 * @attr view - The screen shown: `list` (default), `create` or `import`. Reflects the screen (also `edit`).
 * @attr page-size - Cases per page, 1–100 (default 25).
 * @attr heading-level - Level of the register's heading (2–5, default 2); screens use the next level.
 *
 * @fires {MobilityCaseChangeDetail} mobility-case-change - A case was created, changed or deleted, or a file imported. Bubbles, composed.
 *
 * @csspart nav - The buttons that switch between the list, the form and the import.
 * @csspart status - The polite live region.
 * @csspart content - The area of the current screen and its states.
 * @csspart filters - The filter form of the list.
 * @csspart table - Every table: cases, column format, row errors.
 * @csspart paging - Previous and next page.
 * @csspart form - The case form.
 * @csspart form-errors - The summary above a form that was not accepted.
 * @csspart form-failure - Saving failed for a reason other than the input.
 * @csspart import - The import screen.
 * @csspart drop-zone - The box a CSV file can be dropped on; holds the file input.
 * @csspart import-result - The outcome of checking or importing a file.
 * @csspart row-errors - The row errors of a file that was not accepted.
 * @csspart import-ready - A checked file that can be imported.
 * @csspart import-done - An imported file.
 * @csspart columns - The documentation of the CSV columns.
 * @csspart dialog - The delete confirmation, and the question before leaving a changed case unsaved (`leave-dialog`).
 * @csspart skeleton - Loading placeholder.
 * @csspart empty - No cases (at all, or with these filters).
 * @csspart error - Loading, checking or importing failed.
 * @csspart sign-in - The "Inloggen" call to action (nobody signed in); its button is `sign-in-button`.
 * @csspart role-notice - "Alleen voor HR": the signed-in role may not use the register.
 * @csspart no-access - The signed-in account has no access.
 * @csspart button - Every button; also `retry-button`, `edit-button`, `delete-button`, `save-button`, `cancel-button`, `start-over-button`, `import-button`, `example-button`, `confirm-delete-button`, `confirm-leave-button`.
 */
export class MobilityHrCases extends LitElement {
  static override styles = hrCasesStyles;

  /** The API to use without a provider. When set it wins over a surrounding `<mobility-provider>`. */
  @property({ attribute: 'base-url' })
  baseUrl?: string;

  /** The screen shown. `edit` is reached from the list only (it needs a case). */
  @property({ reflect: true })
  view: HrCasesView = 'list';

  /** Cases per page, 1–100. */
  @property({ attribute: 'page-size', type: Number })
  pageSize = 25;

  /** Level of the register's heading, 2–5; screens use the next level. */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 2;

  private filter: CaseFilter = {};
  /** Cursors of the pages before the current one; the last is the current page's. */
  private cursors: string[] = [];
  /** Bumped to load the list again with the same filter and page. */
  private reloads = 0;
  private announcement = '';
  private readonly knownUnits = new Set<string>();

  private formValues: CaseFormValues = emptyCaseForm();
  /** A new case typed (partly) while another screen is shown; it comes back with the form. */
  private newCase: CaseFormValues | undefined;
  /** The case being edited as it was opened, to tell whether leaving would lose a change. */
  private editStart: CaseFormValues | undefined;
  /** The screen asked for while the leave question is open. */
  private leaveTo: 'list' | 'create' | 'import' = 'list';
  private formErrors: CaseFormErrors = {};
  private formOther: string[] = [];
  private formFailure: string | undefined;
  private saving = false;
  private deleting: CaseRecord | undefined;
  private dragging = false;

  private readonly l10n = new LocalizeController<HrCasesStrings>(this, 'mobility-hr-cases', hrCasesTranslations);
  private readonly clientSource = new MobilityClientController(this, { baseUrl: () => this.baseUrl, locale: () => this.l10n.lang });
  private readonly sessionSource = new MobilitySessionController(this);
  private readonly focusAfter = new FocusAfterRenderController(this);
  private readonly importState = new ImportState(this);
  private readonly deleteDialog = new ConfirmDialog({
    dialog: () => this.renderRoot.querySelector<HTMLDialogElement>('#delete-dialog'),
    confirmValue: 'delete',
    confirmed: () => void this.deleteConfirmed(),
  });
  private readonly leaveDialog = new ConfirmDialog({
    dialog: () => this.renderRoot.querySelector<HTMLDialogElement>('#leave-dialog'),
    confirmValue: 'leave',
    confirmed: () => this.go(this.leaveTo),
  });

  private readonly list = new Task(this, {
    args: (): ListArgs => [
      this.clientSource.client,
      this.clientSource.configurationError,
      this.gate,
      this.view === 'list',
      `${JSON.stringify(this.filter)}#${this.reloads}`,
      this.cursors.at(-1),
      this.limit,
    ],
    task: async ([client, configurationError, gate, active, filterKey, cursor, limit], { signal }): Promise<CasePage | undefined> => {
      // Nobody's cases are asked for before an HR user is signed in, nor while another screen is open.
      if (gate !== 'open' || !active) return undefined;
      if (!client) throw new MissingClientError({ cause: configurationError });
      const filter = JSON.parse(filterKey.slice(0, filterKey.lastIndexOf('#'))) as CaseFilter;
      const page = await client.cases.list({ ...filter, limit, ...(cursor ? { cursor } : {}) }, { signal });
      for (const c of page.items) if (this.knownUnits.size < 200) this.knownUnits.add(c.unit);
      return page;
    },
  });

  private get limit(): number {
    const size = Math.floor(Number(this.pageSize));
    return Number.isFinite(size) ? Math.min(100, Math.max(1, size)) : 25;
  }

  /** Whether the signed-in person (if the provider signs people in) may use the register: HR only, as the routes. */
  private get gate(): SignInGate {
    return signInGate(this.sessionSource.session, ['hr']);
  }

  /** The gate to show: a 401 while the provider signs people in asks for a sign-in, not an error. */
  private get shownGate(): SignInGate {
    const gate = this.gate;
    const session = this.sessionSource.session;
    if (gate === 'open' && session.status !== 'unconfigured' && this.list.status === TaskStatus.ERROR && loadErrorKind(this.list.error) === 'unauthorized') {
      return 'sign-in';
    }
    return gate;
  }

  private get units(): string[] {
    return [...this.knownUnits].sort((a, b) => a.localeCompare(b, this.l10n.locale));
  }

  /** Load the list again. */
  reload(): void {
    this.reloads++;
    this.requestUpdate();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('view')) return;
    // `edit` needs a case chosen in the list; set from outside it falls back to the list.
    if (this.view === 'edit' && !this.editStart) this.view = 'list';
    const before = changed.get('view') as HrCasesView | undefined;
    if (before === 'edit' && this.view !== 'edit') this.editStart = undefined;
    // A new case typed halfway is kept while HR looks at another screen, and comes back with the form.
    if (before === 'create' && this.view !== 'create') this.newCase = this.formValues;
    if (this.view === 'create' && before !== undefined && before !== 'create') this.resetForm(this.newCase ?? emptyCaseForm());
  }

  protected override render() {
    const view = hrCasesViewContext(this.l10n, this.headingLevel);
    const gate = this.shownGate;
    const open = gate === 'open';
    const busy = gate === 'wait' || (open && this.view === 'list' && this.listLoading);
    return html`
      <section class="root" lang=${this.l10n.lang} aria-labelledby="title">
        ${view.h(view.level, view.t.title, 'title')}
        <p class="intro">${view.t.intro}</p>
        ${open ? this.renderNav(view.t) : nothing}
        <p part="status" class="status" role="status" aria-live="polite">${this.statusText(view.t, gate)}</p>
        <div part="content" class="content" aria-busy=${busy ? 'true' : 'false'}>${this.renderContent(view, gate, busy)}</div>
        ${open ? this.renderDeleteDialog(view.t) : nothing} ${open ? this.renderLeaveDialog(view.t) : nothing}
      </section>
    `;
  }

  private get listLoading(): boolean {
    return this.list.status === TaskStatus.INITIAL || this.list.status === TaskStatus.PENDING;
  }

  private renderNav(t: HrCasesStrings): TemplateResult {
    // Editing a case is none of the three screens: no button is marked current then.
    const current = this.view;
    const item = (target: 'list' | 'create' | 'import', label: string) =>
      html`<button part="button nav-button" class="button ${current === target ? '' : 'button-secondary'}" type="button" aria-current=${current === target ? 'page' : 'false'} @click=${(event: Event) => this.show(target, event)}>${label}</button>`;
    return html`<nav part="nav" class="nav" aria-label=${t.navLabel}>
      ${item('list', t.navList)} ${item('create', t.navCreate)} ${item('import', t.navImport)}
    </nav>`;
  }

  private statusText(t: HrCasesStrings, gate: SignInGate): string {
    if (gate === 'wait') return t.loading;
    if (gate !== 'open') return signInPromptTitle(t, gate);
    if (this.announcement) return this.announcement;
    if (this.view === 'import') {
      const phase = this.importState.phase;
      if (phase.kind === 'checking') return t.checking(phase.name);
      if (phase.kind === 'importing') return t.importing;
      if (phase.kind === 'invalid') return t.checkedErrors(phase.name, phase.errors.length + phase.omitted);
      if (phase.kind === 'ready') return t.checkedOk(phase.name, phase.created, phase.updated);
      if (phase.kind === 'file-problem') return phase.message;
      if (phase.kind === 'failed') return phase.message;
      return '';
    }
    if (this.view !== 'list') return '';
    if (this.listLoading) return t.loading;
    if (this.list.status === TaskStatus.ERROR) return t.errorTitle;
    const page = this.list.value;
    if (!page) return '';
    if (page.items.length === 0) return isFiltered(this.filter) ? t.emptyFilteredTitle : t.emptyTitle;
    return t.loaded(page.items.length, this.cursors.length + 1);
  }

  private renderContent(view: HrCasesViewContext, gate: SignInGate, busy: boolean): unknown {
    const { t, h, level } = view;
    if (gate !== 'open' && gate !== 'wait') return signInPromptView(t, gate, this.sessionSource.session, (title) => h(level + 1, title));
    if (gate === 'wait') return this.skeleton(t);
    switch (this.view) {
      case 'create':
      case 'edit':
        return formView(view, {
          mode: this.view,
          values: this.formValues,
          errors: this.formErrors,
          other: this.formOther,
          failure: this.formFailure,
          saving: this.saving,
          units: this.units,
          input: this.onInput,
          submit: this.onSubmit,
          cancel: (event: Event) => this.show('list', event),
          startOver: this.startOver,
        });
      case 'import':
        return importView(view, {
          phase: this.importState.phase,
          dragging: this.dragging,
          onFile: this.onFile,
          onDrop: this.onDrop,
          onDrag: this.onDrag,
          onDragLeave: this.onDragLeave,
          downloadExample: this.downloadExample,
          importAll: this.importAll,
          retry: this.retryImport,
          reset: this.resetImport,
          backToList: () => this.go('list'),
        });
      default:
        return this.renderList(view, busy);
    }
  }

  private skeleton(t: HrCasesStrings): TemplateResult {
    return html`<div part="skeleton" class="skeleton-block">
      <span class="visually-hidden">${t.loading}</span>
      <div class="skeleton skeleton-title" aria-hidden="true"></div>
      <div class="skeleton skeleton-line" aria-hidden="true"></div>
      <div class="skeleton skeleton-line" aria-hidden="true"></div>
      <div class="skeleton skeleton-line skeleton-short" aria-hidden="true"></div>
    </div>`;
  }

  private renderList(view: HrCasesViewContext, busy: boolean): TemplateResult {
    const { t, h, level } = view;
    const filters = filtersView(view, {
      filter: this.filter,
      units: this.units,
      years: this.years(),
      applyFilter: this.applyFilter,
      clearFilter: this.clearFilter,
    });
    let body: unknown;
    if (busy) body = this.skeleton(t);
    else if (this.list.status === TaskStatus.ERROR) {
      body = html`<div part="error" class="message error">
        ${h(level + 2, t.errorTitle)}
        <p>${t.errors[loadErrorKind(this.list.error)]}</p>
        <button part="button retry-button" class="button" type="button" @click=${this.retryList}>${t.retry}</button>
      </div>`;
    } else {
      const page = this.list.value;
      if (!page) body = nothing;
      else if (page.items.length === 0) {
        const filtered = isFiltered(this.filter);
        body = html`<div part="empty" class="message empty">
          ${h(level + 2, filtered ? t.emptyFilteredTitle : t.emptyTitle)}
          <p>${filtered ? t.emptyFilteredHint : t.emptyHint}</p>
        </div>`;
      } else {
        body = html`${casesTable(view, page.items, { edit: this.edit, remove: this.askDelete })}
        ${pagingView(view, {
          page: this.cursors.length + 1,
          hasPrevious: this.cursors.length > 0,
          hasNext: page.nextCursor !== null,
          previous: this.previousPage,
          next: () => this.nextPage(page.nextCursor),
        })}`;
      }
    }
    return html`<div class="list">
      ${h(level + 1, t.navList, 'view-title')} ${filters}
      <div class="list-body" id="list-body" tabindex="-1">${body}</div>
    </div>`;
  }

  private renderDeleteDialog(t: HrCasesStrings): TemplateResult {
    const id = this.deleting?.id ?? '';
    return html`<dialog part="dialog" id="delete-dialog" aria-labelledby="delete-title" aria-describedby="delete-text" @close=${this.deleteDialog.closed}>
      <form method="dialog">
        <h2 id="delete-title" class="dialog-title">${t.deleteTitle(id)}</h2>
        <p id="delete-text">${t.deleteText}</p>
        <div class="actions">
          <button part="button confirm-delete-button" class="button button-destructive" value="delete" type="submit">${t.deleteConfirm}</button>
          <button part="button cancel-button" class="button button-secondary" value="cancel" type="submit" autofocus>${t.cancel}</button>
        </div>
      </form>
    </dialog>`;
  }

  private renderLeaveDialog(t: HrCasesStrings): TemplateResult {
    return html`<dialog part="dialog leave-dialog" id="leave-dialog" aria-labelledby="leave-title" aria-describedby="leave-text" @close=${this.leaveDialog.closed}>
      <form method="dialog">
        <h2 id="leave-title" class="dialog-title">${t.leaveTitle}</h2>
        <p id="leave-text">${t.leaveText}</p>
        <div class="actions">
          <button part="button confirm-leave-button" class="button button-destructive" value="leave" type="submit">${t.leaveConfirm}</button>
          <button part="button cancel-button" class="button button-secondary" value="cancel" type="submit" autofocus>${t.leaveCancel}</button>
        </div>
      </form>
    </dialog>`;
  }

  /** Years for the "started in" filter: the current year and the nine before it. */
  private years(): number[] {
    const current = new Date().getUTCFullYear();
    return Array.from({ length: 10 }, (_, i) => current - i);
  }

  /** Switch screens; leaving a changed case asks first (the click's button gets focus back on "stay"). */
  private show(view: 'list' | 'create' | 'import', event: Event): void {
    if (this.view === 'edit' && JSON.stringify(this.formValues) !== JSON.stringify(this.editStart)) {
      this.leaveTo = view;
      this.leaveDialog.open(event);
      return;
    }
    this.go(view);
  }

  /** Switch screens; the new screen's heading takes focus. */
  private go(view: 'list' | 'create' | 'import'): void {
    this.announcement = '';
    this.view = view;
    this.focusAfter.request('#view-title');
  }

  private announce(message: string): void {
    this.announcement = message;
    this.requestUpdate();
  }

  private changed(detail: MobilityCaseChangeDetail): void {
    this.dispatchEvent(new CustomEvent<MobilityCaseChangeDetail>('mobility-case-change', { bubbles: true, composed: true, detail }));
  }

  // List ---------------------------------------------------------------------------------------

  private readonly applyFilter = (event: SubmitEvent): void => {
    event.preventDefault();
    this.filter = filterFromForm(event.target as HTMLFormElement);
    this.cursors = [];
    this.announcement = '';
    this.requestUpdate();
  };

  private readonly clearFilter = (): void => {
    this.filter = {};
    this.cursors = [];
    this.announcement = '';
    const form = this.renderRoot.querySelector<HTMLFormElement>('.filters');
    form?.reset();
    this.requestUpdate();
  };

  private nextPage(cursor: string | null): void {
    if (!cursor) return;
    this.cursors = [...this.cursors, cursor];
    this.announcement = '';
    this.focusAfter.request('#list-body');
  }

  private readonly previousPage = (): void => {
    this.cursors = this.cursors.slice(0, -1);
    this.announcement = '';
    this.focusAfter.request('#list-body');
  };

  private readonly retryList = (): void => {
    this.renderRoot.querySelector<HTMLElement>('#list-body')?.focus();
    void this.list.run();
  };

  private readonly edit = (record: CaseRecord): void => {
    this.resetForm(caseFormFrom(record));
    this.editStart = this.formValues;
    this.announcement = '';
    this.view = 'edit';
    this.focusAfter.request('#view-title');
  };

  private readonly askDelete = (record: CaseRecord, event: Event): void => {
    this.deleting = record;
    this.requestUpdate();
    // The dialog's title names the case: render it before the dialog opens.
    const opener = event.currentTarget as HTMLElement;
    void this.updateComplete.then(() => this.deleteDialog.open({ currentTarget: opener } as unknown as Event));
  };

  private async deleteConfirmed(): Promise<void> {
    const record = this.deleting;
    const client = this.clientSource.client;
    if (!record) return;
    const t = this.l10n.strings;
    try {
      if (!client) throw new MissingClientError();
      await client.cases.delete(record.id);
      this.announce(t.deleted(record.id));
      this.changed({ action: 'deleted', id: record.id });
    } catch (error) {
      // Already gone is what was asked.
      if (error instanceof MobilityHttpError && error.status === 404) this.announce(t.deleted(record.id));
      else this.announce(t.deleteFailed(record.id, t.errors[loadErrorKind(error)]));
    }
    this.deleting = undefined;
    // A page emptied by the deletion falls back to the one before.
    if (this.list.value?.items.length === 1 && this.cursors.length > 0) this.cursors = this.cursors.slice(0, -1);
    this.reloads++;
    this.focusAfter.request('#view-title');
  }

  // Form ---------------------------------------------------------------------------------------

  private resetForm(values: CaseFormValues): void {
    this.formValues = values;
    this.formErrors = {};
    this.formOther = [];
    this.formFailure = undefined;
    this.saving = false;
  }

  /** HR chooses to start the new case over: an empty form, focus on its first field. */
  private readonly startOver = (): void => {
    this.resetForm(emptyCaseForm());
    this.newCase = undefined;
    this.announce(this.l10n.strings.startedOver);
    this.focusAfter.request('#case-id');
  };

  private readonly onInput = (field: CaseFormField, value: string): void => {
    this.formValues = { ...this.formValues, [field]: value };
    // A field changed is no longer the one refused; its message goes once it is edited.
    if (this.formErrors[field]) {
      const { [field]: _gone, ...rest } = this.formErrors;
      this.formErrors = rest;
    }
    this.requestUpdate();
  };

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.saving) return;
    const mode = this.view === 'edit' ? 'edit' : 'create';
    const t = this.l10n.strings;
    this.formOther = [];
    this.formFailure = undefined;
    const checked = validateCaseForm(this.formValues, mode);
    if (!checked.ok) {
      this.formErrors = checked.errors;
      this.announcement = t.formInvalid(Object.keys(checked.errors).length);
      this.focusAfter.request(firstInvalidSelector(checked.errors, caseFormFields) ?? '#form-errors');
      return;
    }
    this.formErrors = {};
    this.saving = true;
    this.announcement = t.saving;
    this.requestUpdate();
    const client = this.clientSource.client;
    try {
      if (!client) throw new MissingClientError();
      if (mode === 'create') await client.cases.create(checked.create);
      else await client.cases.update(this.formValues.id, checked.update);
      const id = this.formValues.id;
      this.saving = false;
      this.resetForm(emptyCaseForm());
      this.knownUnits.add(checked.update.unit);
      this.view = 'list';
      this.reloads++;
      this.announce(mode === 'create' ? t.created(id) : t.updated(id));
      this.changed({ action: mode === 'create' ? 'created' : 'updated', id });
      this.focusAfter.request('#view-title');
    } catch (error) {
      this.saving = false;
      if (error instanceof MobilityHttpError && (error.status === 400 || error.status === 409)) {
        const { errors, other } = problemToFormErrors(error.status, error.problem);
        this.formErrors = errors;
        this.formOther = other;
        if (Object.keys(errors).length === 0 && other.length === 0) this.formFailure = error.problem.detail ?? t.errors.badRequest;
      } else this.formFailure = t.errors[loadErrorKind(error)];
      this.announcement = t.saveFailed;
      this.focusAfter.request(firstInvalidSelector(this.formErrors, caseFormFields) ?? '#form-failure');
    }
  };

  // Import -------------------------------------------------------------------------------------

  private readonly onFile = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // Let go of the file: choosing a corrected file of the same name must fire `change` again.
    input.value = '';
    if (file) void this.check(file);
  };

  private readonly onDrag = (event: DragEvent): void => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    if (!this.dragging) {
      this.dragging = true;
      this.requestUpdate();
    }
  };

  private readonly onDragLeave = (): void => {
    this.dragging = false;
    this.requestUpdate();
  };

  private readonly onDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file) void this.check(file);
    else this.requestUpdate();
  };

  private async check(file: File): Promise<void> {
    this.announcement = '';
    await this.importState.choose(file, this.clientSource.client, this.l10n.strings);
    if (this.importState.phase.kind === 'file-problem') this.focusAfter.request('#csv-file');
    else this.focusAfter.request('#import-outcome');
  }

  private readonly importAll = async (): Promise<void> => {
    this.announcement = '';
    const counts = await this.importState.importAll(this.clientSource.client, this.l10n.strings);
    if (counts) {
      this.reloads++;
      this.announce(this.l10n.strings.imported(counts.created, counts.updated));
      this.changed({ action: 'imported', ...counts });
    }
    this.focusAfter.request('#import-outcome');
  };

  private readonly retryImport = (): void => {
    const phase = this.importState.phase;
    if (phase.kind !== 'failed') return;
    if (phase.stage === 'import') void this.importAll();
    else void this.importState.check(phase.name, phase.text, this.clientSource.client, this.l10n.strings).then(() => this.focusAfter.request('#import-outcome'));
  };

  private readonly resetImport = (): void => {
    this.announcement = '';
    this.importState.reset();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#csv-file');
    if (input) input.value = '';
    this.focusAfter.request('#csv-file');
  };

  private readonly downloadExample = (): void => {
    // A byte-order mark lets spreadsheet programs read the file as UTF-8.
    downloadText(this.renderRoot, `\uFEFF${casesToCsv(exampleCases)}`, 'text/csv;charset=utf-8', 'voorbeeld-dossiers.csv');
    this.announce(this.l10n.strings.exampleDownloaded);
  };
}

declare global {
  interface HTMLElementEventMap {
    /** `<mobility-hr-cases>` changed the register. */
    'mobility-case-change': CustomEvent<MobilityCaseChangeDetail>;
  }
}
