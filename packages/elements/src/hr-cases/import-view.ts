/**
 * The CSV import screen: the column format (from the contract's column list), an example file, a
 * file input that also takes a dropped file, every row error with its line and column, and the
 * "import everything" step once the file has no errors.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { caseCsvColumns, maxCaseCsvRows } from '@mobility-kit/contract';
import { columnChoices, isRequiredCaseColumn, rowErrorText } from './case-csv.js';
import { maxCsvMegabytes, type ImportPhase } from './import-state.js';
import type { HrCasesViewContext } from './view-context.js';

export interface ImportViewState {
  readonly phase: ImportPhase;
  readonly dragging: boolean;
  readonly onFile: (event: Event) => void;
  readonly onDrop: (event: DragEvent) => void;
  readonly onDrag: (event: DragEvent) => void;
  readonly onDragLeave: () => void;
  readonly downloadExample: () => void;
  readonly importAll: () => void;
  readonly retry: () => void;
  readonly reset: () => void;
  readonly backToList: () => void;
}

export function importView(view: HrCasesViewContext, state: ImportViewState): TemplateResult {
  const { t, h, level } = view;
  const { phase } = state;
  const busy = phase.kind === 'checking' || phase.kind === 'importing';
  return html`<section part="import" class="import" aria-labelledby="view-title">
    ${h(level + 1, t.importTitle, 'view-title')}
    <p>${t.importIntro}</p>
    <div
      part="drop-zone"
      class="drop-zone ${state.dragging ? 'dragging' : ''}"
      @dragover=${state.onDrag}
      @dragenter=${state.onDrag}
      @dragleave=${state.onDragLeave}
      @drop=${state.onDrop}
    >
      <label for="csv-file">${t.fileLabel}</label>
      <p class="hint" id="csv-file-hint">${t.fileHint(maxCsvMegabytes, view.l10n.number(maxCaseCsvRows))} ${t.dropZone}</p>
      <input
        id="csv-file"
        type="file"
        accept=".csv,text/csv"
        aria-describedby="csv-file-hint${phase.kind === 'file-problem' ? ' csv-file-error' : ''}"
        aria-invalid=${phase.kind === 'file-problem' ? 'true' : 'false'}
        ?disabled=${busy}
        @change=${state.onFile}
      />
      ${phase.kind === 'file-problem' ? html`<p class="field-error" id="csv-file-error">${phase.message}</p>` : nothing}
    </div>
    <div part="import-result" class="import-result" aria-busy=${busy ? 'true' : 'false'}>${resultView(view, state)}</div>
    ${columnsView(view, state)}
  </section>`;
}

function resultView(view: HrCasesViewContext, state: ImportViewState): TemplateResult | typeof nothing {
  const { t, h, level } = view;
  const { phase } = state;
  switch (phase.kind) {
    case 'idle':
    case 'file-problem':
      return nothing;
    case 'checking':
      return html`<p class="progress">${t.checking(phase.name)}</p>`;
    case 'invalid':
      return html`<div part="row-errors" class="message error" id="import-outcome" tabindex="-1">
        ${h(level + 2, t.checkedErrors(phase.name, phase.errors.length + phase.omitted))}
        <div class="table-wrap" role="region" aria-labelledby="row-errors-caption" tabindex="0">
          <table part="table error-table" class="table">
            <caption id="row-errors-caption">${t.errorsCaption}</caption>
            <thead>
              <tr>
                <th scope="col" class="number">${t.lineHeader}</th>
                <th scope="col">${t.fieldHeader}</th>
                <th scope="col">${t.problemHeader}</th>
              </tr>
            </thead>
            <tbody>
              ${phase.errors.map(
                (error) => html`<tr>
                  <th scope="row" class="number">${error.row}</th>
                  <td><code>${error.column ?? t.wholeRow}</code></td>
                  <td>${rowErrorText(t, error)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
        ${phase.omitted > 0 ? html`<p>${t.omitted(phase.omitted)}</p>` : nothing}
        <button part="button other-file-button" class="button button-secondary" type="button" @click=${state.reset}>${t.otherFile}</button>
      </div>`;
    case 'ready':
    case 'importing':
      return html`<div part="import-ready" class="message" id="import-outcome" tabindex="-1">
        <p class="message-title">${t.checkedOk(phase.name, phase.created, phase.updated)}</p>
        <div class="actions">
          <button part="button import-button" class="button" type="button" ?disabled=${phase.kind === 'importing'} @click=${state.importAll}>
            ${phase.kind === 'importing' ? t.importing : t.importAll}
          </button>
          <button part="button other-file-button" class="button button-secondary" type="button" ?disabled=${phase.kind === 'importing'} @click=${state.reset}>
            ${t.otherFile}
          </button>
        </div>
      </div>`;
    case 'imported':
      return html`<div part="import-done" class="message message-success" id="import-outcome" tabindex="-1">
        <p class="message-title">${t.imported(phase.created, phase.updated)}</p>
        <div class="actions">
          <button part="button back-button" class="button" type="button" @click=${state.backToList}>${t.backToList}</button>
          <button part="button other-file-button" class="button button-secondary" type="button" @click=${state.reset}>${t.otherFile}</button>
        </div>
      </div>`;
    case 'failed':
      return html`<div part="error" class="message error" id="import-outcome" tabindex="-1">
        <p class="message-title">${phase.stage === 'check' ? t.checkFailed : t.importFailed}</p>
        <p>${phase.message}</p>
        <div class="actions">
          <button part="button retry-button" class="button" type="button" @click=${state.retry}>${t.retry}</button>
          <button part="button other-file-button" class="button button-secondary" type="button" @click=${state.reset}>${t.otherFile}</button>
        </div>
      </div>`;
  }
}

function columnsView(view: HrCasesViewContext, state: ImportViewState): TemplateResult {
  const { t, h, level } = view;
  return html`<div part="columns" class="columns">
    ${h(level + 2, t.columnsTitle, 'columns-title')}
    <p>${t.columnsIntro}</p>
    <div class="table-wrap" role="region" aria-labelledby="columns-caption" tabindex="0">
      <table part="table columns-table" class="table">
        <caption id="columns-caption" class="visually-hidden">${t.columnsTitle}</caption>
        <thead>
          <tr>
            <th scope="col">${t.columnHeader}</th>
            <th scope="col">${t.requiredHeader}</th>
            <th scope="col">${t.meaningHeader}</th>
          </tr>
        </thead>
        <tbody>
          ${caseCsvColumns.map((column) => {
            const choices = columnChoices(t, column);
            return html`<tr>
              <th scope="row"><code>${column}</code></th>
              <td>${isRequiredCaseColumn(column) ? t.yes : t.no}</td>
              <td>${t.columns[column]}${choices ? html`<br /><span class="choices">${t.values(choices)}</span>` : nothing}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    <button part="button example-button" class="button button-secondary" type="button" @click=${state.downloadExample}>${t.downloadExample}</button>
  </div>`;
}
