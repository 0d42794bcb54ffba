import { html, nothing, type TemplateResult } from 'lit';
import {
  contractTypes,
  defaultRadiusKm,
  maxQueryLength,
  sectors,
  vacancyKinds,
  vacancySorts,
  type VacancySort,
} from '@mobility-kit/contract';
import type { LocalizeController } from '../shared/localize.js';
import type { VacanciesStrings } from './translations.js';
import type { SearchKey, SearchState } from './search-state.js';
import type { OrganisationOption } from './organisations-controller.js';

/** Radius choices offered next to `near`, in km. */
const radiusChoices = [5, 10, 20, 40, 60, 80, 100] as const;

/** What the search form shows and whom it tells. */
export interface SearchFormContext {
  l10n: LocalizeController<VacanciesStrings>;
  state: SearchState;
  /** Whether the filter panel is open on narrow screens (on wide screens it is always shown). */
  filtersOpen: boolean;
  /** How many filters are set, for the toggle's label. */
  activeFilters: number;
  organisations: readonly OrganisationOption[];
  /** The order in force, as the sort select shows it. */
  sort: VacancySort;
  /** Whether a career-test profile is set: "best match" is then possible without search text. */
  hasProfile: boolean;
  onSubmit: (event: SubmitEvent) => void;
  onChange: (event: Event) => void;
  onToggleFilters: () => void;
  /** Someone reached for the filters (focus or pointer in the panel). */
  onReachFilters: () => void;
}

/** The search box, the filters toggle for narrow screens and the panel with every filter. */
export function searchForm(context: SearchFormContext): TemplateResult {
  const t = context.l10n.strings;
  const { state, filtersOpen } = context;
  return html`<form
    part="search"
    class="search"
    role="search"
    aria-label=${t.regionLabel}
    @submit=${context.onSubmit}
    @change=${context.onChange}
  >
    <div class="field field-query">
      <label for="q">${t.searchLabel}</label>
      <div class="query-row">
        <input
          id="q"
          part="search-input"
          type="search"
          name="q"
          autocomplete="off"
          enterkeyhint="search"
          maxlength=${maxQueryLength}
          .value=${state.q ?? ''}
        />
        <button part="button search-button" class="button" type="submit">${t.searchButton}</button>
      </div>
    </div>
    <button
      part="button filters-toggle"
      class="button button-secondary filters-toggle"
      type="button"
      aria-expanded=${filtersOpen ? 'true' : 'false'}
      aria-controls="filters"
      @click=${context.onToggleFilters}
    >
      ${t.filtersToggle(context.activeFilters)}
    </button>
    <div
      id="filters"
      part="filters"
      class=${filtersOpen ? 'filters open' : 'filters'}
      role="group"
      aria-label=${t.filtersLabel}
      @focusin=${context.onReachFilters}
      @pointerover=${context.onReachFilters}
    >
      ${whoFields(context)}${whereFields(context)}
    </div>
  </form>`;
}

/** Kind, organisation, sector, hours, scale and contract. */
function whoFields({ l10n, state, organisations }: SearchFormContext): TemplateResult {
  const t = l10n.strings;
  const presetMissing = state.organisation !== undefined && !organisations.some((o) => o.id === state.organisation);
  return html`
    <div class="field">
      <label for="kind">${t.kindLabel}</label>
      <select id="kind" name="kind" part="filter kind-select">
        <option value="" ?selected=${!state.kind}>${t.kindAll}</option>
        ${vacancyKinds.map((kind) => html`<option value=${kind} ?selected=${state.kind === kind}>${t.kinds[kind]}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="organisation">${t.organisationLabel}</label>
      <select id="organisation" name="organisation" part="filter organisation-select">
        <option value="" ?selected=${!state.organisation}>${t.organisationAll}</option>
        ${presetMissing ? html`<option value=${state.organisation!} selected>${state.organisation}</option>` : nothing}
        ${organisations.map((o) => html`<option value=${o.id} ?selected=${state.organisation === o.id}>${o.name}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="sector">${t.sectorLabel}</label>
      <select id="sector" name="sector" part="filter sector-select">
        <option value="" ?selected=${!state.sector}>${t.sectorAll}</option>
        ${sectors.map((sector) => html`<option value=${sector} ?selected=${state.sector === sector}>${t.sectors[sector]}</option>`)}
      </select>
    </div>
    <fieldset class="field range">
      <legend>${t.hoursRangeLabel}</legend>
      ${numberField('hoursMin', t.rangeMin, state.hoursMin, 0, 60)} ${numberField('hoursMax', t.rangeMax, state.hoursMax, 0, 60)}
    </fieldset>
    <fieldset class="field range">
      <legend>${t.scaleRangeLabel}</legend>
      ${numberField('scaleMin', t.rangeMin, state.scaleMin, 1, 18)} ${numberField('scaleMax', t.rangeMax, state.scaleMax, 1, 18)}
    </fieldset>
    <div class="field">
      <label for="contract">${t.contractLabel}</label>
      <select id="contract" name="contract" part="filter contract-select">
        <option value="" ?selected=${!state.contract}>${t.contractAll}</option>
        ${contractTypes.map((c) => html`<option value=${c} ?selected=${state.contract === c}>${t.contracts[c]}</option>`)}
      </select>
    </div>
  `;
}

/** Closing date, place and radius, order, and the apply button. */
function whereFields({ l10n, state, sort, hasProfile }: SearchFormContext): TemplateResult {
  const t = l10n.strings;
  const radius = state.radiusKm;
  const radii: number[] = [...radiusChoices];
  if (radius !== undefined && !radii.includes(radius)) radii.push(radius), radii.sort((a, b) => a - b);
  return html`
    <div class="field">
      <label for="closingAfter">${t.closingAfterLabel}</label>
      <input id="closingAfter" name="closingAfter" part="filter" type="date" .value=${state.closingAfter ?? ''} />
    </div>
    <div class="field">
      <label for="near">${t.nearLabel}</label>
      <input
        id="near"
        name="near"
        part="filter near-input"
        type="text"
        autocomplete="postal-code"
        maxlength="100"
        aria-describedby="near-hint"
        .value=${state.near ?? ''}
      />
      <span id="near-hint" class="hint">${t.nearHint}</span>
    </div>
    <div class="field">
      <label for="radiusKm">${t.radiusLabel}</label>
      <select id="radiusKm" name="radiusKm" part="filter radius-select">
        ${radii.map(
          (km) => html`<option value=${km === defaultRadiusKm && radius === undefined ? '' : km} ?selected=${(radius ?? defaultRadiusKm) === km}>
            ${t.radiusOption(l10n.number(km), km === defaultRadiusKm)}
          </option>`,
        )}
      </select>
    </div>
    <div class="field">
      <label for="sort">${t.sortLabel}</label>
      <select id="sort" name="sort" part="filter sort-select">
        ${vacancySorts.map(
          (s) => html`<option value=${s} ?selected=${sort === s} ?disabled=${(s === 'distance' && state.near === undefined) || (s === 'relevance' && state.q === undefined && !hasProfile)}>
            ${t.sorts[s]}
          </option>`,
        )}
      </select>
    </div>
    <div class="field field-apply">
      <button part="button apply-button" class="button" type="submit">${t.applyFilters}</button>
    </div>
  `;
}

function numberField(name: SearchKey, label: string, value: number | undefined, min: number, max: number): TemplateResult {
  return html`<span class="range-field">
    <label for=${name}>${label}</label>
    <input id=${name} name=${name} part="filter" type="number" inputmode="numeric" min=${min} max=${max} .value=${value === undefined ? '' : String(value)} />
  </span>`;
}
