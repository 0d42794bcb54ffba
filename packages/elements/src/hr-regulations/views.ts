/**
 * The views of `<mobility-hr-regulations>`: one section per calculator value with its dated
 * entries and history, the form to add or change an entry, and the live check. Pure templates over
 * what the element hands them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  calculatorParameterStatuses,
  type CalculatorParameterEntry,
  type CalculatorParameterName,
  type HrRegulations,
  type RegulationsChange,
} from '@mobility-kit/contract';
import type { ParameterUse } from '@mobility-kit/rules';
import { parameterValue } from '../calculator/explanations.js';
import type { CalculatorStrings } from '../calculator/translations.js';
import type { LocalizeController } from '../shared/localize.js';
import type { EditorState } from './editor-controller.js';
import { valueParts, type EntryCheck, type EntryErrors, type EntryField, type EntryFieldError, type PartDefinition } from './entry-form.js';
import { exampleFigureKeys, isMoneyFigure, type LiveCheck } from './live-check.js';
import type { HrRegulationsStrings } from './translations.js';

export interface RegulationsViewContext {
  readonly t: HrRegulationsStrings;
  readonly l10n: LocalizeController<HrRegulationsStrings>;
  /** The calculator's strings and formats: names of values, statuses, values in words. */
  readonly calc: LocalizeController<CalculatorStrings>;
  readonly level: number;
  readonly h: (level: number, content: unknown, id?: string) => TemplateResult;
  readonly today: string;
}

/** A parameter's series as the calculator uses it: the organisation's own, else the shipped one. */
export interface ParameterSeries {
  readonly name: CalculatorParameterName;
  readonly entries: readonly CalculatorParameterEntry[];
  readonly own: boolean;
}

export interface EditorHandlers {
  readonly open: (name: CalculatorParameterName, index: number | undefined) => void;
  readonly input: (field: EntryField, value: string) => void;
  readonly touch: (field: EntryField) => void;
  readonly save: (event: Event) => void;
  readonly cancel: () => void;
}

/** A value in words (the calculator's wording); "not known yet" for an unknown entry. */
export function valueText(view: RegulationsViewContext, name: CalculatorParameterName, entry: { readonly value?: unknown; readonly validFrom: string; readonly status: CalculatorParameterEntry['status']; readonly source: string }): string {
  if (entry.value === null || entry.value === undefined) return view.t.unknownValue;
  const use: ParameterUse = { name, value: entry.value, validFrom: entry.validFrom, status: entry.status, source: entry.source, overridden: false };
  return parameterValue(use, view.calc);
}

const statusClass = (status: string) => (status === 'U' ? 'badge status status-unverified' : `badge status status-${status.toLowerCase()}`);

function statusBadge(view: RegulationsViewContext, status: string): TemplateResult {
  const statuses = view.calc.strings.statuses;
  const label = Object.hasOwn(statuses, status) ? statuses[status as keyof typeof statuses] : status;
  return html`<span part="status-badge" class=${statusClass(status)} data-status=${status}>${label}</span>`;
}

/** The entry in force on `today` (entries in any order), by its index; `-1` when none applies yet. */
export function inForceIndex(entries: readonly CalculatorParameterEntry[], today: string): number {
  let found = -1;
  entries.forEach((entry, index) => {
    if (entry.validFrom <= today && (found < 0 || entry.validFrom > entries[found]!.validFrom)) found = index;
  });
  return found;
}

/** One calculator value: what it is for, what applies now, every dated entry, its history, the editor. */
export function parameterView(
  view: RegulationsViewContext,
  series: ParameterSeries,
  changes: readonly { at: string; by?: string; initial: boolean; change: RegulationsChange }[],
  editor: { state: EditorState | undefined; check: EntryCheck | undefined; errors: EntryErrors; live: LiveCheck | undefined; saving: boolean; handlers: EditorHandlers },
): TemplateResult {
  const { t, calc, h, level } = view;
  const name = calc.strings.parameters[series.name];
  const current = inForceIndex(series.entries, view.today);
  const order = series.entries.map((entry, index) => ({ entry, index })).sort((a, b) => (a.entry.validFrom < b.entry.validFrom ? 1 : -1));
  const editing = editor.state?.name === series.name ? editor.state : undefined;
  const inForce = current >= 0 ? series.entries[current]! : undefined;
  return html`<li part="parameter" class="parameter" data-parameter=${series.name} aria-labelledby=${`p-${series.name}`}>
    ${h(level + 1, name, `p-${series.name}`)}
    <p class="purpose">${t.purposes[series.name]}</p>
    <p class="in-force">
      <span class="in-force-label">${t.inForce}:</span>
      ${inForce
        ? html`<strong part="in-force-value" class="in-force-value">${valueText(view, series.name, inForce)}</strong>
            <span class="meta">(${t.from(calc.date(inForce.validFrom))})</span> ${statusBadge(view, inForce.status)}`
        : html`<span>${t.noneInForce}</span>`}
    </p>
    <p class="origin" part="origin">${series.own ? t.origin.organisation : t.origin.shipped}</p>
    ${h(level + 2, t.entriesTitle)}
    <ol part="entries" class="entries">
      ${order.map(({ entry, index }) => {
        const date = calc.date(entry.validFrom);
        const isEditing = editing !== undefined && editing.index === index;
        return html`<li part="entry" class="entry" data-valid-from=${entry.validFrom} ?data-current=${index === current}>
          <div class="entry-head">
            <span class="entry-date">${t.from(date)}</span>
            <span class="entry-value">${valueText(view, series.name, entry)}</span>
            ${statusBadge(view, entry.status)}
            ${index === current ? html`<span class="badge current">${t.currentBadge}</span>` : nothing}
          </div>
          <p class="entry-source">${calc.strings.parameterTable.source}: ${entry.source}</p>
          ${isEditing
            ? nothing
            : html`<button
                part="button edit-button"
                class="button button-secondary button-small"
                type="button"
                data-edit=${`${series.name}-${index}`}
                aria-label=${t.editLabel(name, date)}
                ?disabled=${editor.saving}
                @click=${() => editor.handlers.open(series.name, index)}
              >
                ${t.edit}
              </button>`}
          ${isEditing ? editorView(view, series, editing, editor) : nothing}
        </li>`;
      })}
    </ol>
    ${editing && editing.index === undefined
      ? editorView(view, series, editing, editor)
      : html`<button
          part="button add-button"
          class="button button-secondary"
          type="button"
          data-add=${series.name}
          aria-label=${t.addLabel(name)}
          ?disabled=${editor.saving}
          @click=${() => editor.handlers.open(series.name, undefined)}
        >
          ${t.add}
        </button>`}
    ${historyView(view, series.name, changes)}
  </li>`;
}

function timestamp(view: RegulationsViewContext, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(view.l10n.locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(date);
}

/** The history of one value: each recorded change to its entries, newest first. */
function historyView(
  view: RegulationsViewContext,
  name: CalculatorParameterName,
  changes: readonly { at: string; by?: string; initial: boolean; change: RegulationsChange }[],
): TemplateResult {
  const { t, calc } = view;
  const describe = (change: RegulationsChange): string => {
    const date = calc.date(change.validFrom);
    const word = (entry: NonNullable<RegulationsChange['before']>) => `${valueText(view, name, entry)} (${calc.strings.statuses[entry.status] ?? entry.status})`;
    if (change.before && change.after) return t.changed(date, word(change.before), word(change.after));
    if (change.after) return t.added(date, word(change.after));
    return t.removed(date, change.before ? word(change.before) : '—');
  };
  return html`<details part="history" class="history">
    <summary>${t.historyTitle(changes.length)}</summary>
    ${changes.length === 0
      ? html`<p class="meta">${t.noHistory}</p>`
      : html`<ol class="history-list">
          ${changes.map(
            ({ at, by, initial, change }) => html`<li class="history-item" data-valid-from=${change.validFrom}>
              <span class="history-when">${initial ? t.initialRevision(timestamp(view, at)) : t.revisionBy(timestamp(view, at), by)}:</span>
              <span class="history-what">${describe(change)}</span>
            </li>`,
          )}
        </ol>`}
  </details>`;
}

/** The changes of `history` that touched `name`, newest first. */
export function changesOf(history: HrRegulations['history'], name: CalculatorParameterName) {
  return history.flatMap((revision) =>
    revision.changes.filter((change) => change.parameter === name).map((change) => ({ at: revision.at, ...(revision.by ? { by: revision.by } : {}), initial: revision.initial, change })),
  );
}

/** A problem's words, with its limit in the unit of the field. */
export function errorText(view: RegulationsViewContext, field: EntryField, error: EntryFieldError): string {
  const { t, l10n } = view;
  const definition = Object.values(valueParts)
    .flat()
    .find((p) => p.part === field);
  let limit = '';
  if (error.limit !== undefined) {
    if (definition?.unit === 'percent') limit = l10n.number(error.limit, { style: 'percent', maximumFractionDigits: 2 });
    else if (field === 'years') limit = l10n.number(Math.round(error.limit / 12));
    else if (definition?.unit === 'money') limit = l10n.money(error.limit, 'EUR', { maximumFractionDigits: 2 });
    else limit = l10n.number(error.limit);
  }
  return t.fieldErrors[error.problem](limit);
}

function fieldLabel(view: RegulationsViewContext, field: EntryField): string {
  const { t } = view;
  if (field === 'validFrom' || field === 'unknown' || field === 'status' || field === 'source') return t.fields[field];
  return t.parts[field];
}

/** The add-or-change form with its live check. */
function editorView(
  view: RegulationsViewContext,
  series: ParameterSeries,
  state: EditorState,
  editor: { check: EntryCheck | undefined; errors: EntryErrors; live: LiveCheck | undefined; saving: boolean; handlers: EditorHandlers },
): TemplateResult {
  const { t, calc } = view;
  const { errors, handlers } = editor;
  const name = calc.strings.parameters[series.name];
  const legend = state.index === undefined ? t.legendNew(name) : t.legendEdit(name, calc.date(state.entries[state.index]!.validFrom));
  const unknown = state.values.unknown === 'true';
  const described = (field: EntryField, help?: string) => [help ? `f-${field}-help` : '', errors[field] ? `f-${field}-error` : ''].filter(Boolean).join(' ') || nothing;
  const errorLine = (field: EntryField) =>
    errors[field] ? html`<p part="field-error" class="field-error" id=${`f-${field}-error`}>${errorText(view, field, errors[field]!)}</p>` : nothing;
  const onInput = (field: EntryField) => (event: Event) => handlers.input(field, (event.target as HTMLInputElement).value);
  const textInput = (field: EntryField, options: { help?: string; inputmode?: string; type?: string; disabled?: boolean } = {}) => html`<div class="field" data-field=${field}>
    <label for=${`f-${field}`}>${fieldLabel(view, field)}</label>
    ${options.help ? html`<p class="help" id=${`f-${field}-help`}>${options.help}</p>` : nothing}
    ${errorLine(field)}
    <input
      id=${`f-${field}`}
      name=${field}
      type=${options.type ?? 'text'}
      inputmode=${options.inputmode ?? nothing}
      autocomplete="off"
      .value=${live(state.values[field] ?? '')}
      ?disabled=${options.disabled ?? false}
      aria-invalid=${errors[field] ? 'true' : 'false'}
      aria-describedby=${described(field, options.help)}
      @input=${onInput(field)}
      @change=${() => handlers.touch(field)}
    />
  </div>`;
  const choice = (field: EntryField, options: readonly (readonly [string, string])[], disabled: boolean) => html`<fieldset class="choice" data-field=${field} aria-describedby=${errors[field] ? `f-${field}-error` : nothing}>
    <legend>${fieldLabel(view, field)}</legend>
    ${errorLine(field)}
    ${options.map(
      ([value, label]) => html`<label class="option">
        <input
          type="radio"
          name=${field}
          id=${`f-${field}-${value}`}
          value=${value}
          .checked=${live(state.values[field] === value)}
          ?disabled=${disabled}
          @change=${(event: Event) => {
            handlers.input(field, (event.target as HTMLInputElement).value);
            handlers.touch(field);
          }}
        />
        ${label}
      </label>`,
    )}
  </fieldset>`;
  const part = (definition: PartDefinition) => {
    const field = definition.part;
    if (field === 'flag') return choice(field, [['yes', t.flagOptions.yes], ['no', t.flagOptions.no]], unknown);
    if (field === 'suppletionKind') return choice(field, [['until-aow', t.suppletionOptions.untilAow], ['months', t.suppletionOptions.months]], unknown);
    const help = t.partHelp[field];
    const disabled = unknown || (field === 'suppletionMonths' && state.values.suppletionKind !== 'months');
    return textInput(field, { inputmode: definition.whole ? 'numeric' : 'decimal', disabled, ...(help ? { help } : {}) });
  };
  const shownErrors = (Object.keys(errors) as EntryField[]).filter((field) => errors[field]);
  return html`<form part="form" class="editor" novalidate @submit=${handlers.save} aria-labelledby="editor-legend">
    <fieldset class="editor-fields" ?disabled=${editor.saving}>
      <legend id="editor-legend">${legend}</legend>
      ${state.submitted && shownErrors.length > 0
        ? html`<div part="error-summary" class="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
            <p id="error-summary-title" class="error-summary-title">${t.errorSummaryTitle}</p>
            <ul>
              ${shownErrors.map(
                (field) => html`<li><a href=${`#f-${field}`} @click=${(event: Event) => focusField(event, field)}>${fieldLabel(view, field)}: ${errorText(view, field, errors[field]!)}</a></li>`,
              )}
            </ul>
          </div>`
        : nothing}
      ${state.failure !== undefined ? html`<p part="save-error" class="message error" role="alert">${t.notSaved}</p>` : nothing}
      ${textInput('validFrom', { type: 'date', help: t.fields.validFromHelp })}
      <div class="field checkbox-field" data-field="unknown">
        ${errorLine('unknown')}
        <label class="option">
          <input
            type="checkbox"
            id="f-unknown"
            name="unknown"
            .checked=${live(unknown)}
            aria-describedby=${described('unknown', t.fields.unknownHelp)}
            @change=${(event: Event) => {
              handlers.input('unknown', (event.target as HTMLInputElement).checked ? 'true' : '');
              handlers.touch('unknown');
            }}
          />
          ${t.fields.unknown}
        </label>
        <p class="help" id="f-unknown-help">${t.fields.unknownHelp}</p>
      </div>
      <div class="value-parts">${valueParts[series.name].map(part)}</div>
      <div class="field" data-field="status">
        <label for="f-status">${t.fields.status}</label>
        ${errorLine('status')}
        <select id="f-status" name="status" aria-invalid=${errors.status ? 'true' : 'false'} aria-describedby=${described('status')} @change=${(event: Event) => {
          handlers.input('status', (event.target as HTMLSelectElement).value);
          handlers.touch('status');
        }}>
          ${calculatorParameterStatuses.map((status) => html`<option value=${status} ?selected=${state.values.status === status}>${calc.strings.statuses[status]}</option>`)}
        </select>
      </div>
      ${textInput('source', { help: t.fields.sourceHelp })}
    </fieldset>
    ${liveView(view, editor.live)}
    <div class="actions">
      <button part="button save-button" class="button" type="submit" ?disabled=${editor.saving}>${editor.saving ? t.saving : t.save}</button>
      <button part="button cancel-button" class="button button-quiet" type="button" @click=${handlers.cancel}>${t.cancel}</button>
    </div>
  </form>`;
}

function focusField(event: Event, field: EntryField): void {
  event.preventDefault();
  const root = (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot | Document;
  const target = root.querySelector<HTMLElement>(`#f-${field}`) ?? root.querySelector<HTMLElement>(`[name="${field}"]`);
  target?.focus();
}

/** The example before and after, side by side, with the figures that change marked. */
function liveView(view: RegulationsViewContext, check: LiveCheck | undefined): TemplateResult | typeof nothing {
  if (!check) return nothing;
  const { t, l10n, calc, h, level } = view;
  const format = (key: (typeof exampleFigureKeys)[number], n: number | undefined) => {
    if (n === undefined) return '—';
    return isMoneyFigure(key) ? l10n.money(n, 'EUR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : calc.strings.months(l10n.number(n, { maximumFractionDigits: 1 }), n);
  };
  const summary = !check.before ? t.liveUnavailable : !check.after ? t.livePending : t.liveSummary(check.changed.length);
  return html`<section part="live-check" class="live-check" aria-labelledby="live-title">
    ${h(level + 3, t.liveTitle, 'live-title')}
    <p class="meta">${t.liveIntro(calc.date(check.date))}</p>
    <p part="live-summary" class="live-summary" aria-live="polite">${summary}</p>
    ${check.before
      ? html`<div class="table-wrap" role="region" aria-labelledby="live-caption" tabindex="0">
          <table part="live-table" class="live-table">
            <caption id="live-caption">${t.liveCaption}</caption>
            <thead>
              <tr>
                <th scope="col">${t.liveColumns.figure}</th>
                <th scope="col" class="amount">${t.liveColumns.now}</th>
                <th scope="col" class="amount">${t.liveColumns.after}</th>
              </tr>
            </thead>
            <tbody>
              ${exampleFigureKeys.map((key) => {
                const changed = check.changed.includes(key);
                return html`<tr data-figure=${key} ?data-changed=${changed} class=${changed ? 'changed' : ''}>
                  <th scope="row">${t.figures[key]}${changed ? html` <span class="badge changed-badge">${t.changedBadge}</span>` : nothing}</th>
                  <td class="amount" data-before>${format(key, check.before?.[key])}</td>
                  <td class="amount" data-after>${format(key, check.after?.[key])}</td>
                </tr>`;
              })}
            </tbody>
          </table>
        </div>`
      : nothing}
  </section>`;
}
