/** The list of cases: the filter form, the table with an edit and a delete button per case, and paging. */
import { html, nothing, type TemplateResult } from 'lit';
import {
  caseOutcomes,
  caseRoutes,
  caseStatuses,
  caseTriggers,
  staffGroups,
  type CaseListQuery,
  type CaseRecord,
} from '@mobility-kit/contract';
import type { HrCasesViewContext } from './view-context.js';

/** The filters of the list, as the API takes them (without paging). */
export type CaseFilter = Omit<CaseListQuery, 'limit' | 'cursor'>;

/** The filter keys with a closed choice, in the order of the form. */
const choiceFilters = ['staffGroup', 'trigger', 'route', 'outcome', 'status'] as const;

export interface ListViewState {
  readonly filter: CaseFilter;
  readonly units: readonly string[];
  /** Years offered for "started in", newest first. */
  readonly years: readonly number[];
  readonly applyFilter: (event: SubmitEvent) => void;
  readonly clearFilter: () => void;
}

export function filtersView({ t }: HrCasesViewContext, state: ListViewState): TemplateResult {
  const { filter } = state;
  const options: Record<(typeof choiceFilters)[number], readonly (readonly [string, string])[]> = {
    staffGroup: staffGroups.map((v) => [v, t.staffGroups[v]] as const),
    trigger: caseTriggers.map((v) => [v, t.triggers[v]] as const),
    route: caseRoutes.map((v) => [v, t.routes[v]] as const),
    outcome: caseOutcomes.map((v) => [v, t.outcomes[v]] as const),
    status: caseStatuses.map((v) => [v, t.statuses[v]] as const),
  };
  const labels = { staffGroup: t.staffGroupLabel, trigger: t.triggerLabel, route: t.routeLabel, outcome: t.outcomeLabel, status: t.statusLabel };
  return html`<form part="filters" class="filters" aria-label=${t.filtersLabel} @submit=${state.applyFilter}>
    <div class="field">
      <label for="filter-unit">${t.unitLabel}</label>
      <input id="filter-unit" name="unit" list="known-units" autocomplete="off" maxlength="100" .value=${filter.unit ?? ''} />
    </div>
    ${choiceFilters.map(
      (key) => html`<div class="field">
        <label for=${`filter-${key}`}>${labels[key]}</label>
        <select id=${`filter-${key}`} name=${key}>
          <option value="" ?selected=${!filter[key]}>${t.all}</option>
          ${options[key].map(([value, label]) => html`<option value=${value} ?selected=${filter[key] === value}>${label}</option>`)}
        </select>
      </div>`,
    )}
    <div class="field">
      <label for="filter-started">${t.startedLabel}</label>
      <select id="filter-started" name="started">
        <option value="" ?selected=${!filter.started}>${t.all}</option>
        ${state.years.map((year) => {
          const y = String(year);
          return html`<optgroup label=${y}>
            <option value=${y} ?selected=${filter.started === y}>${t.wholeYear(y)}</option>
            ${[1, 2, 3, 4].map((q) => html`<option value=${`${y}-Q${q}`} ?selected=${filter.started === `${y}-Q${q}`}>${t.quarter(y, String(q))}</option>`)}
          </optgroup>`;
        })}
      </select>
    </div>
    <div class="filter-actions">
      <button part="button filter-button" class="button" type="submit">${t.applyFilters}</button>
      <button part="button clear-button" class="button button-quiet" type="button" @click=${state.clearFilter}>${t.clearFilters}</button>
    </div>
    <datalist id="known-units">${state.units.map((u) => html`<option value=${u}></option>`)}</datalist>
  </form>`;
}

/** Read the filter form into a filter; empty fields are left out. */
export function filterFromForm(form: HTMLFormElement): CaseFilter {
  const data = new FormData(form);
  const filter: Record<string, string> = {};
  for (const key of ['unit', ...choiceFilters, 'started']) {
    const value = String(data.get(key) ?? '').trim();
    if (value) filter[key] = value;
  }
  return filter as CaseFilter;
}

export interface TableActions {
  readonly edit: (record: CaseRecord) => void;
  readonly remove: (record: CaseRecord, event: Event) => void;
}

export function casesTable({ t, l10n, euros }: HrCasesViewContext, items: readonly CaseRecord[], actions: TableActions): TemplateResult {
  const date = (d: string) => l10n.date(d, { dateStyle: 'medium' });
  return html`<div class="table-wrap" role="region" aria-labelledby="cases-caption" tabindex="0">
    <table part="table" class="table">
      <caption id="cases-caption" class="visually-hidden">${t.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">${t.idHeader}</th>
          <th scope="col">${t.unitLabel}</th>
          <th scope="col">${t.staffGroupLabel}</th>
          <th scope="col">${t.startHeader}</th>
          <th scope="col">${t.triggerLabel}</th>
          <th scope="col">${t.routeLabel}</th>
          <th scope="col">${t.stateHeader}</th>
          <th scope="col" class="amount">${t.trajectoryCostsHeader}</th>
          <th scope="col" class="amount">${t.benefitCostsHeader}</th>
          <th scope="col">${t.actionsHeader}</th>
        </tr>
      </thead>
      <tbody>
        ${items.map(
          (c) => html`<tr data-case=${c.id}>
            <th scope="row" class="case-id">${c.id}</th>
            <td>${c.unit}</td>
            <td>${t.staffGroups[c.staffGroup]}</td>
            <td class="date">${date(c.startDate)}</td>
            <td>${t.triggers[c.trigger]}</td>
            <td>${t.routes[c.route]}</td>
            <td>${c.endDate && c.outcome ? t.stateClosed(date(c.endDate), t.outcomes[c.outcome]) : t.stateOpen}</td>
            <td class="amount">${euros(c.trajectoryCosts)}</td>
            <td class="amount">${euros(c.benefitCosts)}</td>
            <td class="row-actions">
              <button part="button edit-button" class="button button-secondary button-small" type="button" @click=${() => actions.edit(c)}>
                ${t.edit}<span class="visually-hidden"> ${t.ofCase(c.id)}</span>
              </button>
              <button part="button delete-button" class="button button-quiet button-small" type="button" @click=${(e: Event) => actions.remove(c, e)}>
                ${t.remove}<span class="visually-hidden"> ${t.ofCase(c.id)}</span>
              </button>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export interface PagingState {
  readonly page: number;
  readonly hasPrevious: boolean;
  readonly hasNext: boolean;
  readonly previous: () => void;
  readonly next: () => void;
}

export function pagingView({ t }: HrCasesViewContext, paging: PagingState): TemplateResult | typeof nothing {
  if (!paging.hasPrevious && !paging.hasNext) return nothing;
  return html`<nav part="paging" class="paging" aria-label=${t.pagingLabel}>
    <button part="button previous-button" class="button button-secondary" type="button" ?disabled=${!paging.hasPrevious} @click=${paging.previous}>${t.previousPage}</button>
    <span class="page-number">${t.pageNumber(paging.page)}</span>
    <button part="button next-button" class="button button-secondary" type="button" ?disabled=${!paging.hasNext} @click=${paging.next}>${t.nextPage}</button>
  </nav>`;
}

/** Whether any filter is set. */
export const isFiltered = (filter: CaseFilter): boolean => Object.values(filter).some((v) => v !== undefined && v !== '');
