import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { amsterdamToday, mediaMaxBytes, storyCacheMaxAgeSeconds, type StoryChannel, type StoryRecord } from '@mobility-kit/contract';
import { isMobilityError, type MobilityClient, type MobilityHttpError } from '@mobility-kit/sdk';
import { MobilityClientController } from '../shared/client-context.js';
import { ConfirmDialog } from '../shared/confirm-dialog.js';
import { FocusAfterRenderController } from '../shared/focus-after-render.js';
import { LocalizeController } from '../shared/localize.js';
import { isAbortError, loadErrorKind, MissingClientError } from '../shared/load-error.js';
import { MobilitySessionController } from '../shared/session-context.js';
import { signInGate, signInPromptTitle, signInPromptView, type SignInGate } from '../shared/sign-in-prompt.js';
import { resolveAgainstApi } from '../stories/mobility-stories.js';
import { confirmDialogView, consentDialogView, consentSectionView } from './consent-view.js';
import {
  checkConsent,
  checkCreate,
  checkUpdate,
  consentErrorsFromServer,
  emptyConsentValues,
  emptyStoryValues,
  storyErrorsFromServer,
  storyFields,
  storyValues,
  type ConsentField,
  type ConsentFormValues,
  type FieldErrors,
  type StoryField,
  type StoryFormValues,
} from './form-model.js';
import { storyFormView } from './form-view.js';
import { badgesView, listView, skeletonView } from './list-view.js';
import { previewView } from './preview-view.js';
import { hasValidConsent } from './story-state.js';
import { hrStoriesTranslations, type HrStoriesStrings } from './translations.js';
import { hrStoriesViewContext, type HrStoriesViewContext } from './view-context.js';
import { hrStoriesStyles } from './mobility-hr-stories.styles.js';

type LoadArgs = readonly [client: MobilityClient | undefined, configurationError: unknown, gate: SignInGate, generation: number];

/** Most stories the overview fetches (in pages of 100). */
const maxListed = 500;

/** `detail` of the `mobility-hr-story-save` event. */
export interface MobilityHrStorySaveDetail {
  /** The story as the API stored it. */
  story: StoryRecord;
  /** What was done: created, edited, approved, withdrawn, or its consent changed. */
  action: 'create' | 'update' | 'approve' | 'withdraw' | 'consent';
}

/** The screen shown: the overview, or one story (new when `record` is absent) being edited. */
type Screen = { readonly kind: 'list' } | { readonly kind: 'edit'; readonly record?: StoryRecord };

/**
 * The HR workspace for "Kom in beweging" stories of the own organisation: every story with its
 * state at a glance (draft, approved, scheduled, live per channel, consent expiring within 30
 * days, expired, withdrawn), a form to write and edit a story with a live preview of its text and
 * of the slide as readers see it, a photo upload that requires alt text, the consent per channel
 * as the colleague gave it, approval and withdrawal.
 *
 * Inside a `<mobility-provider>` that signs people in it shows an "Inloggen" call to action
 * before anyone is signed in, and "Alleen voor HR" to an employee. The API decides, too: every
 * route it uses is for `hr` and `admin` of the story's own organisation only.
 *
 * @summary Write, approve and withdraw success stories, with photo, preview and consent per channel.
 *
 * @tagname mobility-hr-stories
 *
 * @attr base-url - The API to use when the element is not inside a `<mobility-provider>`.
 * @attr heading-level - Level of the element's title (2–4, default 2); sections use the next levels.
 *
 * @fires {MobilityHrStorySaveDetail} mobility-hr-story-save - A story was created, changed, approved, withdrawn, or its consent recorded or withdrawn. Bubbles, composed.
 *
 * @csspart status - The polite live region that announces loading and every save.
 * @csspart content - The overview or the story being edited.
 * @csspart list - The list of stories; each is a `story` with `badges` (each a `badge`, plus `badge-<kind>`).
 * @csspart form - The story form; an invalid field has a `field-error` under it, the form a `form-error` on top.
 * @csspart body-preview - The live preview of the story's text.
 * @csspart photo-field - The photo part of the form, with its `drop-zone`, `photo-preview` and `photo-error`.
 * @csspart consent - The consent section with its `consent-table`.
 * @csspart consent-dialog - The dialog that records a consent.
 * @csspart preview - The preview of the slide as `<mobility-stories>` shows it (`preview-slide`).
 * @csspart approve-dialog - The warning before approving without valid consent.
 * @csspart approve-unsaved-dialog - The question before approving while the form holds unsaved changes: save and approve, or cancel.
 * @csspart withdraw-story-dialog - The confirmation before withdrawing the story.
 * @csspart withdraw-consent-dialog - The confirmation before withdrawing consent, with the cache lifetime.
 * @csspart leave-dialog - The question before leaving the editor with unsaved changes.
 * @csspart skeleton - Loading placeholder.
 * @csspart empty - No stories yet.
 * @csspart error - Loading failed; its button is `retry-button`.
 * @csspart sign-in - The "Inloggen" call to action (nobody signed in); its button is `sign-in-button`.
 * @csspart role-notice - "Alleen voor HR": the signed-in role may not manage stories.
 * @csspart no-access - The signed-in account has no access.
 * @csspart button - Every button; also `new-button`, `edit-button`, `save-button`, `cancel-button`, `back-button`, `approve-button`, `withdraw-story-button`, `record-consent-button`, `withdraw-consent-button`, `confirm-button`.

 */
export class MobilityHrStories extends LitElement {
  static override styles = hrStoriesStyles;

  /** The API to use without a provider. When set it wins over a surrounding `<mobility-provider>`. */
  @property({ attribute: 'base-url' })
  baseUrl?: string;

  /** Level of the element's title, 2–4; sections use the next levels. */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 2;

  private screen: Screen = { kind: 'list' };
  private values: StoryFormValues = emptyStoryValues(amsterdamToday());
  /** The values as last opened or saved, to tell whether leaving would lose something typed. */
  private pristine: StoryFormValues = this.values;
  private errors: FieldErrors<StoryField> = {};
  private failure: string | undefined;
  private saving = false;
  private uploading = false;
  private uploadError: string | undefined;
  /** A local copy of the uploaded file to show, and the `src` it stands for. */
  private localPhoto: { src: string; url: string } | undefined;
  private uploadAbort: AbortController | undefined;
  private consentValues: ConsentFormValues = emptyConsentValues(amsterdamToday());
  private consentErrors: FieldErrors<ConsentField> = {};
  private consentFailure: string | undefined;
  private consentSaving = false;
  /** The channel a withdrawal asks about; `undefined` for every channel. */
  private withdrawChannel: StoryChannel | undefined;
  /** What the polite live region says once. */
  private announcement = '';
  private generation = 0;

  private readonly l10n = new LocalizeController<HrStoriesStrings>(this, 'mobility-hr-stories', hrStoriesTranslations);
  private readonly clientSource = new MobilityClientController(this, { baseUrl: () => this.baseUrl, locale: () => this.l10n.lang });
  private readonly sessionSource = new MobilitySessionController(this);
  private readonly focusAfter = new FocusAfterRenderController(this);

  private readonly approveDialog = new ConfirmDialog({
    dialog: () => this.dialog('approve-dialog'),
    confirmValue: 'confirm',
    confirmed: () => void this.approve(),
  });
  private readonly approveUnsavedDialog = new ConfirmDialog({
    dialog: () => this.dialog('approve-unsaved-dialog'),
    confirmValue: 'confirm',
    confirmed: () => void this.saveAndApprove(),
  });
  private readonly withdrawStoryDialog = new ConfirmDialog({
    dialog: () => this.dialog('withdraw-story-dialog'),
    confirmValue: 'confirm',
    confirmed: () => void this.withdrawStory(),
  });
  private readonly withdrawConsentDialog = new ConfirmDialog({
    dialog: () => this.dialog('withdraw-consent-dialog'),
    confirmValue: 'confirm',
    confirmed: () => void this.withdrawConsent(),
  });
  private readonly leaveDialog = new ConfirmDialog({
    dialog: () => this.dialog('leave-dialog'),
    confirmValue: 'confirm',
    confirmed: () => this.leave(),
  });
  private consentOpener: HTMLElement | undefined;

  private readonly load = new Task(this, {
    args: (): LoadArgs => [this.clientSource.client, this.clientSource.configurationError, this.gate, this.generation],
    task: async ([client, configurationError, gate], { signal }): Promise<StoryRecord[] | undefined> => {
      // Nobody's stories are asked for before an HR user is signed in.
      if (gate !== 'open') return undefined;
      if (!client) throw new MissingClientError({ cause: configurationError });
      const items: StoryRecord[] = [];
      let cursor: string | undefined;
      do {
        const page = await client.stories.listHr({ limit: 100, ...(cursor ? { cursor } : {}) }, { signal });
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor && items.length < maxListed);
      return items;
    },
  });

  /** Whether the signed-in person (if the provider signs people in) may manage stories. */
  private get gate(): SignInGate {
    return signInGate(this.sessionSource.session, ['hr', 'admin']);
  }

  /** The gate to show: a 401 while the provider signs people in asks for a sign-in, not an error. */
  private get shownGate(): SignInGate {
    const gate = this.gate;
    if (gate === 'open' && this.sessionSource.session.status !== 'unconfigured' && this.load.status === TaskStatus.ERROR && loadErrorKind(this.load.error) === 'unauthorized') {
      return 'sign-in';
    }
    return gate;
  }

  /** The stories of the last load, newest change first as the API sends them; `undefined` until loaded. */
  get stories(): readonly StoryRecord[] | undefined {
    return this.load.value;
  }

  /** Load the overview again. */
  reload(): void {
    this.generation += 1;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.uploadAbort?.abort();
    this.dropLocalPhoto();
  }

  protected override render() {
    const view = hrStoriesViewContext(this.l10n, this.headingLevel, amsterdamToday());
    const gate = this.shownGate;
    const loading = this.load.status === TaskStatus.INITIAL || this.load.status === TaskStatus.PENDING;
    const busy = gate === 'wait' || (gate === 'open' && this.screen.kind === 'list' && loading);
    return html`
      <section class="root" lang=${this.l10n.lang} aria-labelledby="title">
        ${view.h(view.level, view.t.title, 'title')}
        <p part="status" class="status" role="status" aria-live="polite">${this.statusText(view.t, busy, gate)}</p>
        <div part="content" class="content" aria-busy=${busy ? 'true' : 'false'} tabindex="-1">${this.renderContent(view, busy, gate)}</div>
      </section>
    `;
  }

  private statusText(t: HrStoriesStrings, busy: boolean, gate: SignInGate): string {
    if (this.announcement) return this.announcement;
    if (busy) return t.loading;
    if (gate !== 'open') return signInPromptTitle(t, gate);
    if (this.screen.kind === 'edit') return '';
    if (this.load.status === TaskStatus.ERROR) return t.errorTitle;
    const items = this.load.value;
    return items ? (items.length === 0 ? t.emptyTitle : t.loaded(items.length)) : '';
  }

  private renderContent(view: HrStoriesViewContext, busy: boolean, gate: SignInGate) {
    const { t, h, level } = view;
    if (!busy && gate !== 'open') return signInPromptView(t, gate, this.sessionSource.session, (title) => h(level + 1, title));
    if (this.screen.kind === 'edit' && gate === 'open') return this.renderEditor(view, this.screen.record);
    const toolbar = html`<div class="toolbar">
      <button part="button new-button" class="button" type="button" id="new-story" @click=${this.newStory}>${t.newStory}</button>
    </div>`;
    if (busy) return skeletonView(t);
    if (this.load.status === TaskStatus.ERROR) {
      return html`<div part="error" class="message error">
        ${h(level + 1, t.errorTitle)}
        <p class="error-message">${t.errors[loadErrorKind(this.load.error)]}</p>
        <button part="button retry-button" class="button" type="button" @click=${this.retry}>${t.retry}</button>
      </div>`;
    }
    const items = this.load.value;
    if (!items) return nothing;
    if (items.length === 0) {
      return html`${toolbar}
        <div part="empty" class="message empty">
          ${h(level + 1, t.emptyTitle)}
          <p>${t.emptyHint}</p>
        </div>`;
    }
    return html`${toolbar}${listView(view, items, this.edit)}`;
  }

  private renderEditor(view: HrStoriesViewContext, record: StoryRecord | undefined): TemplateResult {
    const { t, h, level } = view;
    const baseUrl = this.clientSource.client?.baseUrl;
    // The dialogs come last, so an open modal's heading does not break the outline above it.
    const previewSrc = this.values.photo
      ? this.localPhoto?.src === this.values.photo.src
        ? this.localPhoto.url
        : resolveAgainstApi(this.values.photo.src, baseUrl, document.baseURI)
      : undefined;
    return html`<div part="editor" class="editor">
      <div class="toolbar">
        <button part="button back-button" class="button button-link" type="button" @click=${this.backToList}>← ${t.backToList}</button>
      </div>
      ${h(level + 1, record ? t.editTitle(record.displayName) : t.createTitle, 'editor-title')}
      ${record ? this.renderStatus(view, record) : nothing}
      ${storyFormView(
        view,
        {
          values: this.values,
          errors: this.errors,
          creating: !record,
          saving: this.saving,
          ...(this.failure ? { failure: this.failure } : {}),
          photo: { uploading: this.uploading, ...(this.uploadError ? { error: this.uploadError } : {}), ...(previewSrc ? { previewSrc } : {}) },
        },
        {
          input: this.input,
          toggleInterest: this.toggleInterest,
          submit: this.submit,
          cancel: this.backToList,
          chooseFile: this.chooseFile,
          dropFile: this.dropFile,
          removePhoto: this.removePhoto,
        },
      )}
      ${record ? consentSectionView(view, record, { record: this.openConsent, withdraw: this.askWithdrawConsent }) : nothing}
      ${previewView(view, this.values, { previewSrc, baseUrl })}
      ${record
        ? html`${consentDialogView(
            view,
            { values: this.consentValues, errors: this.consentErrors, saving: this.consentSaving, ...(this.consentFailure ? { failure: this.consentFailure } : {}) },
            { input: this.consentInput, submit: this.submitConsent, cancel: this.cancelConsent, closed: this.consentClosed },
          )}
          ${confirmDialogView('approve-dialog', { title: t.approveWarningTitle, text: t.approveWarningText, confirm: t.approveAnyway, cancel: t.cancel }, this.approveDialog.closed, false)}
          ${confirmDialogView(
            'approve-unsaved-dialog',
            { title: t.approveUnsavedTitle, text: t.approveUnsavedText, confirm: t.approveUnsavedConfirm, cancel: t.cancel },
            this.approveUnsavedDialog.closed,
            false,
          )}
          ${confirmDialogView(
            'withdraw-story-dialog',
            { title: t.withdrawStoryTitle, text: t.withdrawStoryText, confirm: t.withdrawStoryConfirm, cancel: t.cancel },
            this.withdrawStoryDialog.closed,
          )}
          ${confirmDialogView(
            'withdraw-consent-dialog',
            {
              title: t.consentWithdrawTitle,
              text: t.consentWithdrawText(this.withdrawChannel ? t.channels[this.withdrawChannel] : undefined, storyCacheMaxAgeSeconds),
              confirm: t.consentWithdrawConfirm,
              cancel: t.cancel,
            },
            this.withdrawConsentDialog.closed,
          )}`
        : nothing}
      ${confirmDialogView('leave-dialog', { title: t.leaveTitle, text: t.leaveText, confirm: t.leaveConfirm, cancel: t.leaveCancel }, this.leaveDialog.closed)}
    </div>`;
  }

  /** The story's state and the approve / withdraw actions. */
  private renderStatus(view: HrStoriesViewContext, record: StoryRecord): TemplateResult {
    const { t, h, level, date } = view;
    return html`<section part="publication" class="section" aria-labelledby="publication-title">
      ${h(level + 2, t.statusTitle, 'publication-title')} ${badgesView(view, record)}
      <p class="window">${t.window(date(record.publishFrom), date(record.publishUntil))}</p>
      <div class="actions">
        ${record.status !== 'approved'
          ? html`<button part="button approve-button" class="button" type="button" id="approve" @click=${this.askApprove}>${t.approve}</button>`
          : nothing}
        ${record.status !== 'withdrawn'
          ? html`<button part="button withdraw-story-button" class="button button-destructive" type="button" id="withdraw-story" @click=${this.withdrawStoryDialog.open}>
              ${t.withdrawStory}
            </button>`
          : nothing}
      </div>
    </section>`;
  }

  private dialog(id: string): HTMLDialogElement | null {
    return this.renderRoot.querySelector<HTMLDialogElement>(`#${id}`);
  }

  private announce(message: string): void {
    this.announcement = message;
    this.requestUpdate();
  }

  private emit(story: StoryRecord, action: MobilityHrStorySaveDetail['action']): void {
    this.dispatchEvent(new CustomEvent<MobilityHrStorySaveDetail>('mobility-hr-story-save', { bubbles: true, composed: true, detail: { story, action } }));
  }

  /** A failed request in words: the load error's sentence for its kind. */
  private reason(error: unknown): string {
    return this.l10n.strings.errors[loadErrorKind(error)];
  }

  /** Open the editor: the form's values, errors and photo state start afresh. */
  private openEditor(record: StoryRecord | undefined): void {
    this.uploadAbort?.abort();
    this.dropLocalPhoto();
    this.screen = record ? { kind: 'edit', record } : { kind: 'edit' };
    this.values = record ? storyValues(record) : emptyStoryValues(amsterdamToday());
    this.pristine = this.values;
    this.errors = {};
    this.failure = undefined;
    this.uploadError = undefined;
    this.uploading = false;
    this.announcement = '';
    this.focusAfter.request('#editor-title');
  }

  private readonly newStory = (): void => this.openEditor(undefined);

  private readonly edit = (record: StoryRecord): void => this.openEditor(record);

  /** Back to the overview; with unsaved changes, only after the user confirms losing them. */
  private readonly backToList = (event: Event): void => {
    if (this.dirty) this.leaveDialog.open(event);
    else this.leave();
  };

  /** Whether the form differs from the story as last opened or saved. */
  private get dirty(): boolean {
    return JSON.stringify(this.values) !== JSON.stringify(this.pristine);
  }

  private leave(): void {
    const record = this.screen.kind === 'edit' ? this.screen.record : undefined;
    this.uploadAbort?.abort();
    this.dropLocalPhoto();
    this.screen = { kind: 'list' };
    this.announcement = '';
    this.focusAfter.request(record ? `#edit-${CSS.escape(record.id)}` : '#new-story');
  }

  private readonly retry = (): void => {
    this.renderRoot.querySelector<HTMLElement>('.content')?.focus();
    this.reload();
  };

  private readonly input = (field: StoryField, value: string): void => {
    if (field === 'photoAlt' || field === 'photoCredit') {
      if (this.values.photo) this.values = { ...this.values, photo: { ...this.values.photo, [field === 'photoAlt' ? 'alt' : 'credit']: value } };
    } else if (field !== 'photo' && field !== 'interests') {
      this.values = { ...this.values, [field]: value };
    }
    // A corrected field loses its message; the others keep theirs until the next save.
    if (this.errors[field]) {
      const { [field]: _fixed, ...rest } = this.errors;
      this.errors = rest;
    }
    this.requestUpdate();
  };

  private readonly toggleInterest = (interest: string, checked: boolean): void => {
    const others = this.values.interests.filter((i) => i !== interest);
    this.values = { ...this.values, interests: checked ? [...others, interest as StoryFormValues['interests'][number]] : others };
    if (this.errors.interests) {
      const { interests: _fixed, ...rest } = this.errors;
      this.errors = rest;
    }
    this.requestUpdate();
  };

  private readonly submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (await this.save()) this.focusAfter.request('#editor-title');
  };

  /** Store the form; whether it was stored. A refusal is shown at its fields or above the form. */
  private async save(): Promise<boolean> {
    if (this.saving || this.uploading || this.screen.kind !== 'edit') return false;
    const t = this.l10n.strings;
    const record = this.screen.record;
    const checked = record ? checkUpdate(this.values, record) : checkCreate(this.values);
    this.failure = undefined;
    if (!checked.ok) {
      this.showErrors(checked.errors);
      return false;
    }
    this.errors = {};
    const client = this.clientSource.client;
    if (!client) {
      this.failure = t.saveFailed(t.errors.notConfigured);
      this.requestUpdate();
      return false;
    }
    this.saving = true;
    this.announce(t.saving);
    try {
      const saved = record
        ? Object.keys(checked.value).length === 0
          ? record
          : await client.stories.update(record.id, checked.value)
        : await client.stories.create(checked.value as Parameters<typeof client.stories.create>[0]);
      this.saving = false;
      this.afterSave(saved, record ? 'update' : 'create');
      this.announce(record ? t.saved(saved.displayName) : t.created(saved.displayName));
      return true;
    } catch (error) {
      this.saving = false;
      this.rejectSave(error);
      return false;
    }
  }

  /** Errors at the fields: announce how many, and take focus to the first. */
  private showErrors(errors: FieldErrors<StoryField>): void {
    this.errors = errors;
    const first = storyFields.find((field) => errors[field]);
    this.announce(this.l10n.strings.formInvalid(Object.keys(errors).length));
    if (first) this.focusAfter.request(`#${first}`);
  }

  /** The API refused the save: a 400 names its fields; anything else is said above the form. */
  private rejectSave(error: unknown): void {
    const t = this.l10n.strings;
    const params = isHttp(error) && error.status === 400 ? (error.problem.invalidParams ?? []) : [];
    const errors = storyErrorsFromServer(params, this.values);
    if (Object.keys(errors).length > 0) {
      this.showErrors(errors);
      return;
    }
    this.failure = t.saveFailed(this.reason(error));
    this.announce(this.failure);
    this.focusAfter.request('#form-error');
  }

  /** The stored story replaces the one in the overview and in the editor. */
  private afterSave(saved: StoryRecord, action: MobilityHrStorySaveDetail['action']): void {
    const items = this.load.value;
    if (items) {
      const index = items.findIndex((item) => item.id === saved.id);
      if (index >= 0) items.splice(index, 1, saved);
      else items.unshift(saved);
    }
    const keepLocal = this.localPhoto && saved.photo?.src === this.localPhoto.src ? this.localPhoto : undefined;
    if (!keepLocal) this.dropLocalPhoto();
    this.screen = { kind: 'edit', record: saved };
    if (action === 'create' || action === 'update') this.pristine = this.values = storyValues(saved);
    this.emit(saved, action);
  }

  private dropLocalPhoto(): void {
    if (this.localPhoto?.url.startsWith('blob:')) URL.revokeObjectURL(this.localPhoto.url);
    this.localPhoto = undefined;
  }

  private readonly chooseFile = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void this.upload(file);
    input.value = '';
  };

  private readonly dropFile = (event: DragEvent): void => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) void this.upload(file);
  };

  /** Upload a photo; its answer fills `src`, `width` and `height`, and the alt text is asked next. */
  async upload(file: File): Promise<void> {
    const t = this.l10n.strings;
    const client = this.clientSource.client;
    if (!client) {
      this.uploadError = t.photoErrors.other;
      this.requestUpdate();
      return;
    }
    this.uploadAbort?.abort();
    this.uploadError = undefined;
    if (file.size > mediaMaxBytes) {
      this.uploadError = t.photoErrors.tooLarge;
      this.announce(this.uploadError);
      return;
    }
    const abort = new AbortController();
    this.uploadAbort = abort;
    this.uploading = true;
    this.announce(t.photoUploading);
    try {
      const uploaded = await client.media.upload(file, { signal: abort.signal, filename: file.name || 'photo' });
      this.dropLocalPhoto();
      // The server's signed preview needs no `blob:` in the host's Content-Security-Policy; a back end
      // that sends none gets the local copy.
      this.localPhoto = {
        src: uploaded.src,
        url: uploaded.preview ? resolveAgainstApi(uploaded.preview, client.baseUrl, document.baseURI) : URL.createObjectURL(file),
      };
      const previous = this.values.photo;
      this.values = {
        ...this.values,
        photo: { src: uploaded.src, width: uploaded.width, height: uploaded.height, alt: previous?.alt ?? '', credit: previous?.credit ?? '' },
      };
      const { photo: _p, ...rest } = this.errors;
      this.errors = rest;
      this.announce(t.photoUploaded);
      this.focusAfter.request('#photoAlt');
    } catch (error) {
      if (isAbortError(error)) return;
      this.uploadError = photoError(t, error);
      this.announce(this.uploadError);
      this.focusAfter.request('#photo');
    } finally {
      if (this.uploadAbort === abort) {
        this.uploading = false;
        this.uploadAbort = undefined;
        this.requestUpdate();
      }
    }
  }

  private readonly removePhoto = (): void => {
    const { photo: _photo, ...rest } = this.values;
    this.values = rest;
    const { photoAlt: _a, photoCredit: _c, photo: _p, ...errors } = this.errors;
    this.errors = errors;
    this.announce(this.l10n.strings.photoRemoved);
    this.focusAfter.request('#photo');
  };

  private get record(): StoryRecord | undefined {
    return this.screen.kind === 'edit' ? this.screen.record : undefined;
  }

  /**
   * Approval applies to the stored story: with unsaved changes in the form, ask first to save them
   * (never approve the old text silently). Then approve at once when some channel has valid
   * consent; otherwise warn first.
   */
  private readonly askApprove = (event: Event): void => {
    if (!this.record) return;
    if (this.dirty) this.approveUnsavedDialog.open(event);
    else this.approveIfConsented(event.currentTarget as HTMLElement);
  };

  private approveIfConsented(opener: HTMLElement | null): void {
    const record = this.record;
    if (!record) return;
    if (hasValidConsent(record, amsterdamToday())) void this.approve();
    else this.approveDialog.open({ currentTarget: opener } as unknown as Event);
  }

  /** Save the form, then approve what was stored; a refused save approves nothing and shows why. */
  private async saveAndApprove(): Promise<void> {
    const opener = () => this.renderRoot.querySelector<HTMLElement>('#approve');
    // A save or photo upload still under way: nothing changes, focus goes back to "Goedkeuren".
    if (this.saving || this.uploading) {
      opener()?.focus();
      return;
    }
    if (!(await this.save())) return;
    await this.updateComplete;
    this.approveIfConsented(opener());
  }

  /** Run a status or consent action, announce it and keep focus at a sensible place. */
  private async act(run: (client: MobilityClient, record: StoryRecord) => Promise<StoryRecord>, action: MobilityHrStorySaveDetail['action'], message: (saved: StoryRecord) => string, focus: string): Promise<void> {
    const record = this.record;
    const client = this.clientSource.client;
    const t = this.l10n.strings;
    if (!record || !client) return;
    try {
      const saved = await run(client, record);
      this.afterSave(saved, action);
      this.announce(message(saved));
    } catch (error) {
      this.announce(t.actionFailed(this.reason(error)));
    }
    this.focusAfter.request(focus);
  }

  private approve(): Promise<void> {
    const t = this.l10n.strings;
    return this.act((client, record) => client.stories.approve(record.id), 'approve', (saved) => t.approved(saved.displayName), '#publication-title');
  }

  private withdrawStory(): Promise<void> {
    const t = this.l10n.strings;
    return this.act((client, record) => client.stories.withdraw(record.id), 'withdraw', (saved) => t.withdrawn(saved.displayName), '#publication-title');
  }

  private readonly askWithdrawConsent = (event: Event, channel: StoryChannel | undefined): void => {
    this.withdrawChannel = channel;
    this.requestUpdate();
    this.withdrawConsentDialog.open(event);
  };

  private withdrawConsent(): Promise<void> {
    const t = this.l10n.strings;
    const channel = this.withdrawChannel;
    return this.act(
      (client, record) => client.stories.withdrawConsent(record.id, channel ? { channel } : {}),
      'consent',
      () => t.consentWithdrawn(channel ? t.channels[channel] : undefined, storyCacheMaxAgeSeconds),
      '#consent-title',
    );
  }

  private readonly openConsent = (event: Event): void => {
    this.consentOpener = event.currentTarget as HTMLElement;
    this.consentValues = emptyConsentValues(amsterdamToday());
    this.consentErrors = {};
    this.consentFailure = undefined;
    this.dialog('consent-dialog')?.showModal();
    this.requestUpdate();
  };

  private readonly consentInput = (field: ConsentField, value: string): void => {
    this.consentValues = { ...this.consentValues, [field]: value };
    if (this.consentErrors[field]) {
      const { [field]: _fixed, ...rest } = this.consentErrors;
      this.consentErrors = rest;
    }
    this.requestUpdate();
  };

  private readonly cancelConsent = (): void => {
    this.dialog('consent-dialog')?.close();
  };

  /** Closed without recording (Escape, cancel): focus back to the button that opened it. */
  private readonly consentClosed = (): void => {
    if (this.dialog('consent-dialog')?.returnValue !== 'recorded') this.consentOpener?.focus();
  };

  private readonly submitConsent = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const record = this.record;
    const client = this.clientSource.client;
    if (!record || !client || this.consentSaving) return;
    const t = this.l10n.strings;
    const checked = checkConsent(this.consentValues);
    this.consentFailure = undefined;
    if (!checked.ok) {
      this.consentErrors = checked.errors;
      const first = (['channel', 'grantedAt', 'expiresAt', 'formReference'] as const).find((field) => checked.errors[field]);
      this.announce(t.formInvalid(Object.keys(checked.errors).length));
      if (first) this.focusAfter.request(`#consent-${first}`);
      return;
    }
    this.consentSaving = true;
    this.requestUpdate();
    try {
      const saved = await client.stories.recordConsent(record.id, checked.value);
      this.consentSaving = false;
      this.afterSave(saved, 'consent');
      this.dialog('consent-dialog')?.close('recorded');
      this.announce(t.consentRecorded(t.channels[checked.value.channel]));
      this.focusAfter.request('#consent-title');
    } catch (error) {
      this.consentSaving = false;
      const params = isHttp(error) && error.status === 400 ? (error.problem.invalidParams ?? []) : [];
      const errors = consentErrorsFromServer(params, this.consentValues);
      if (Object.keys(errors).length > 0) this.consentErrors = errors;
      else this.consentFailure = t.actionFailed(this.reason(error));
      this.announce(this.consentFailure ?? t.formInvalid(Object.keys(errors).length));
    }
  };
}

function isHttp(error: unknown): error is MobilityHttpError {
  return isMobilityError(error) && error.kind === 'http';
}

/** An upload's failure in words: too large, not a photo we take, or otherwise. */
function photoError(t: HrStoriesStrings, error: unknown): string {
  if (isHttp(error)) {
    if (error.status === 413) return t.photoErrors.tooLarge;
    if (error.status === 415) return t.photoErrors.type;
    if (error.status === 400) return t.photoErrors.type;
    return error.status >= 500 ? t.photoErrors.network : t.photoErrors.other;
  }
  const kind = loadErrorKind(error);
  if (kind === 'network' || kind === 'timeout') return t.photoErrors.network;
  return t.photoErrors.other;
}

declare global {
  interface HTMLElementEventMap {
    /** `<mobility-hr-stories>` stored a change to a story. */
    'mobility-hr-story-save': CustomEvent<MobilityHrStorySaveDetail>;
  }
}
