import { html, nothing, type TemplateResult } from 'lit';
import { languages, moveTypes, riasecTypes } from '@mobility-kit/contract';
import { renderRestrictedMarkdown } from '../shared/restricted-markdown.js';
import type { FieldError, FieldErrors, StoryField, StoryFormValues } from './form-model.js';
import type { HrStoriesStrings } from './translations.js';
import type { HrStoriesViewContext } from './view-context.js';

/** The photo part of the form: an upload in progress, its error, and where to show the image from. */
export interface PhotoState {
  readonly uploading: boolean;
  /** The upload's failure in words; the field's own error (e.g. missing alt text) is separate. */
  readonly error?: string;
  /** The image to show: a local copy of the uploaded file, or the stored photo's resolved address. */
  readonly previewSrc?: string;
}

export interface StoryFormState {
  readonly values: StoryFormValues;
  readonly errors: FieldErrors<StoryField>;
  readonly creating: boolean;
  readonly saving: boolean;
  /** Why the last save failed when no field can say it. */
  readonly failure?: string;
  readonly photo: PhotoState;
}

export interface StoryFormHandlers {
  /** A field changed: `value` as typed. */
  readonly input: (field: StoryField, value: string) => void;
  readonly toggleInterest: (interest: string, checked: boolean) => void;
  readonly submit: (event: SubmitEvent) => void;
  readonly cancel: (event: Event) => void;
  readonly chooseFile: (event: Event) => void;
  readonly dropFile: (event: DragEvent) => void;
  readonly removePhoto: () => void;
}

export function errorText(t: HrStoriesStrings, error: FieldError): string {
  return t.problems[error.problem](error.limit ?? 0);
}

/** The error under a field, with the id its control points at. */
function errorView(t: HrStoriesStrings, id: string, error: FieldError | undefined): TemplateResult | typeof nothing {
  return error ? html`<p part="field-error" class="field-error" id=${`${id}-error`}>${errorText(t, error)}</p>` : nothing;
}

function describedBy(id: string, hint: boolean, error: FieldError | undefined): string | typeof nothing {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || nothing;
}

interface FieldOptions {
  readonly multiline?: number;
  readonly type?: 'text' | 'date' | 'url';
  readonly required?: boolean;
  readonly autocomplete?: string;
}

function textField(
  { t }: HrStoriesViewContext,
  state: StoryFormState,
  handlers: StoryFormHandlers,
  field: StoryField,
  value: string,
  options: FieldOptions = {},
): TemplateResult {
  const error = state.errors[field];
  const hint = t.hints[field];
  const onInput = (event: Event) => handlers.input(field, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const common = {
    describedBy: describedBy(field, hint !== undefined, error),
    invalid: error ? 'true' : 'false',
  };
  return html`<div class=${error ? 'field field-invalid' : 'field'}>
    <label for=${field}>${t.labels[field]}</label>
    ${hint ? html`<p class="hint" id=${`${field}-hint`}>${hint}</p>` : nothing}
    ${options.multiline
      ? html`<textarea
          id=${field}
          name=${field}
          rows=${options.multiline}
          .value=${value}
          aria-invalid=${common.invalid}
          aria-describedby=${common.describedBy}
          aria-required=${options.required === false ? nothing : 'true'}
          @input=${onInput}
        ></textarea>`
      : html`<input
          id=${field}
          name=${field}
          type=${options.type ?? 'text'}
          .value=${value}
          autocomplete=${options.autocomplete ?? 'off'}
          aria-invalid=${common.invalid}
          aria-describedby=${common.describedBy}
          aria-required=${options.required === false ? nothing : 'true'}
          @input=${onInput}
        />`}
    ${errorView(t, field, error)}
  </div>`;
}

function selectField<V extends string>(
  { t }: HrStoriesViewContext,
  state: StoryFormState,
  handlers: StoryFormHandlers,
  field: StoryField,
  value: V,
  options: readonly V[],
  label: (option: V) => string,
): TemplateResult {
  const error = state.errors[field];
  return html`<div class=${error ? 'field field-invalid' : 'field'}>
    <label for=${field}>${t.labels[field]}</label>
    <select
      id=${field}
      name=${field}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy(field, false, error)}
      @change=${(event: Event) => handlers.input(field, (event.target as HTMLSelectElement).value)}
    >
      ${options.map((option) => html`<option value=${option} ?selected=${option === value}>${label(option)}</option>`)}
    </select>
    ${errorView(t, field, error)}
  </div>`;
}

/** The photo: choose or drop a file, see it, describe it (required) and credit it. */
function photoView(view: HrStoriesViewContext, state: StoryFormState, handlers: StoryFormHandlers): TemplateResult {
  const { t } = view;
  const photo = state.values.photo;
  const fileError = state.errors.photo;
  const uploadError = state.photo.error;
  return html`<fieldset part="photo-field" class="photo-field">
    <legend>${t.sections.photo}</legend>
    ${photo
      ? html`<div class="photo-current">
          ${state.photo.previewSrc
            ? html`<img part="photo-preview" class="photo-preview" src=${state.photo.previewSrc} alt=${photo.alt} width=${photo.width ?? nothing} height=${photo.height ?? nothing} />`
            : nothing}
          ${photo.width && photo.height ? html`<p class="hint">${t.photoSize(photo.width, photo.height)}</p>` : nothing}
          <button part="button remove-photo-button" class="button button-quiet" type="button" @click=${handlers.removePhoto}>${t.photoRemove}</button>
        </div>
        ${textField(view, state, handlers, 'photoAlt', photo.alt, { multiline: 2 })}
        ${textField(view, state, handlers, 'photoCredit', photo.credit, { required: false })}`
      : nothing}
    <div
      part="drop-zone"
      class=${state.photo.uploading ? 'drop-zone uploading' : 'drop-zone'}
      @dragover=${(event: DragEvent) => event.preventDefault()}
      @drop=${handlers.dropFile}
    >
      <label for="photo">${t.photoChoose}</label>
      <p class="hint" id="photo-hint">${t.photoRules}</p>
      <input
        id="photo"
        name="photo"
        type="file"
        accept="image/jpeg,image/png,image/webp"
        aria-describedby=${[ 'photo-hint', uploadError || fileError ? 'photo-error' : ''].filter(Boolean).join(' ')}
        aria-invalid=${uploadError || fileError ? 'true' : 'false'}
        ?disabled=${state.photo.uploading}
        @change=${handlers.chooseFile}
      />
      <p class="hint" aria-hidden="true">${t.photoDrop}</p>
      ${state.photo.uploading ? html`<p part="photo-uploading" class="uploading-text">${t.photoUploading}</p>` : nothing}
      ${uploadError
        ? html`<p part="field-error photo-error" class="field-error" id="photo-error">${uploadError}</p>`
        : errorView(t, 'photo', fileError)}
    </div>
  </fieldset>`;
}

/** The create and edit form with every content field of the contract, the body's live preview and the photo. */
export function storyFormView(view: HrStoriesViewContext, state: StoryFormState, handlers: StoryFormHandlers): TemplateResult {
  const { t, h, level } = view;
  const v = state.values;
  const interestsError = state.errors.interests;
  const errorCount = Object.keys(state.errors).length;
  return html`<form part="form" class="story-form" novalidate @submit=${handlers.submit} aria-describedby=${state.failure || errorCount ? 'form-error' : nothing}>
    ${state.failure || errorCount
      ? html`<div part="form-error" class="message error" id="form-error" tabindex="-1">
          <p class="message-title">${state.failure ?? t.formInvalid(errorCount)}</p>
        </div>`
      : nothing}
    <fieldset>
      <legend>${t.sections.person}</legend>
      ${textField(view, state, handlers, 'displayName', v.displayName)}
    </fieldset>
    ${photoView(view, state, handlers)}
    <fieldset>
      <legend>${t.sections.move}</legend>
      ${textField(view, state, handlers, 'roleBefore', v.roleBefore)} ${textField(view, state, handlers, 'orgBefore', v.orgBefore)}
      ${textField(view, state, handlers, 'roleAfter', v.roleAfter)} ${textField(view, state, handlers, 'orgAfter', v.orgAfter)}
      ${selectField(view, state, handlers, 'moveType', v.moveType, moveTypes, (type) => t.moveTypes[type])}
    </fieldset>
    <fieldset>
      <legend>${t.sections.story}</legend>
      ${textField(view, state, handlers, 'quote', v.quote, { multiline: 2 })}
      <div class="body-editor">
        ${textField(view, state, handlers, 'body', v.body, { multiline: 10 })}
        <section part="body-preview" class="body-preview" aria-labelledby="body-preview-title">
          ${h(level + 2, t.bodyPreview, 'body-preview-title')}
          <div class="markdown" lang=${v.language}>${v.body.trim() ? renderRestrictedMarkdown(v.body) : html`<p class="hint">${t.bodyPreviewEmpty}</p>`}</div>
        </section>
      </div>
      ${selectField(view, state, handlers, 'language', v.language, languages, (language) => t.languages[language])}
    </fieldset>
    <fieldset>
      <legend>${t.sections.cta}</legend>
      ${textField(view, state, handlers, 'ctaLabel', v.ctaLabel)} ${textField(view, state, handlers, 'ctaHref', v.ctaHref, { type: 'url' })}
    </fieldset>
    <fieldset
      id="interests"
      tabindex="-1"
      class=${interestsError ? 'field-invalid' : ''}
      aria-describedby=${['interests-hint', interestsError ? 'interests-error' : ''].filter(Boolean).join(' ')}
    >
      <legend>${t.sections.interests}</legend>
      <p class="hint" id="interests-hint">${t.interestsHint}</p>
      <div class="checkboxes">
        ${riasecTypes.map(
          (type) => html`<label class="checkbox">
            <input
              type="checkbox"
              name="interests"
              value=${type}
              .checked=${v.interests.includes(type)}
              @change=${(event: Event) => handlers.toggleInterest(type, (event.target as HTMLInputElement).checked)}
            />
            ${t.riasec[type]}
          </label>`,
        )}
      </div>
      ${errorView(t, 'interests', interestsError)}
    </fieldset>
    <fieldset>
      <legend>${t.sections.window}</legend>
      <div class="window-fields">
        ${textField(view, state, handlers, 'publishFrom', v.publishFrom, { type: 'date' })}
        ${textField(view, state, handlers, 'publishUntil', v.publishUntil, { type: 'date' })}
      </div>
    </fieldset>
    <div class="actions">
      <button part="button save-button" class="button" type="submit" aria-disabled=${state.saving || state.photo.uploading ? 'true' : nothing}>
        ${state.saving ? t.saving : state.creating ? t.create : t.save}
      </button>
      <button part="button cancel-button" class="button button-secondary" type="button" @click=${handlers.cancel}>${t.cancel}</button>
    </div>
  </form>`;
}
