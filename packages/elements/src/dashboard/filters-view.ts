/** The filter form of the dashboard: range, unit and staff group. */
import { html, type TemplateResult } from 'lit';
import { staffGroups, type Quarter, type StaffGroup } from '@mobility-kit/contract';
import { isStaffGroup, quarterOptions } from './range.js';
import type { DashboardViewContext } from './view-context.js';

export interface FilterState {
  readonly from: Quarter;
  readonly to: Quarter;
  readonly unit: string | undefined;
  readonly staffGroup: StaffGroup | undefined;
  /** Every unit the organisation's figures named, so the unit filter can offer them all. */
  readonly knownUnits: readonly string[];
  readonly change: (filter: 'from' | 'to' | 'unit' | 'staffGroup', value: string | undefined) => void;
}

export function filtersView({ t, l10n, quarterLabel }: DashboardViewContext, state: FilterState): TemplateResult {
  const { from, to } = state;
  const options = quarterOptions();
  const units = [...new Set([...state.knownUnits, ...(state.unit ? [state.unit] : [])])].sort((a, b) => a.localeCompare(b, l10n.locale));
  const value = (e: Event) => (e.target as HTMLSelectElement).value;
  return html`<form part="filters" class="filters" aria-label=${t.filtersLabel} @submit=${(e: Event) => e.preventDefault()}>
    <div class="field">
      <label for="from">${t.fromLabel}</label>
      <select id="from" @change=${(e: Event) => state.change('from', value(e))}>
        ${options.map((q) => html`<option value=${q} ?selected=${q === from}>${quarterLabel(q)}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="to">${t.toLabel}</label>
      <select id="to" @change=${(e: Event) => state.change('to', value(e))}>
        ${options.map((q) => html`<option value=${q} ?selected=${q === to}>${quarterLabel(q)}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="unit">${t.unitLabel}</label>
      <select id="unit" @change=${(e: Event) => state.change('unit', value(e) || undefined)}>
        <option value="" ?selected=${!state.unit}>${t.unitAll}</option>
        ${units.map((u) => html`<option value=${u} ?selected=${u === state.unit}>${u}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="group">${t.staffGroupLabel}</label>
      <select id="group" @change=${(e: Event) => state.change('staffGroup', isStaffGroup(value(e)) ? value(e) : undefined)}>
        <option value="" ?selected=${!state.staffGroup}>${t.staffGroupAll}</option>
        ${staffGroups.map((g) => html`<option value=${g} ?selected=${g === state.staffGroup}>${t.staffGroups[g]}</option>`)}
      </select>
    </div>
  </form>`;
}
