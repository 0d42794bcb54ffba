import type { Sector, VacancySort } from '@mobility-kit/contract';
import type { LoadErrorKind } from '../shared/load-error.js';
import type { TranslationCatalog } from '../shared/localize.js';
import { vacancyCardTranslations, type VacancyCardStrings } from '../shared/vacancy-card-strings.js';

/**
 * Every user-facing string of `<mobility-vacancies>`. Functions take values already formatted by
 * `Intl`. The words of one vacancy card and its vocabulary come from `shared/vacancy-card-strings.ts`.
 */
export interface VacanciesStrings extends VacancyCardStrings {
  /** Accessible name of the whole widget. */
  regionLabel: string;
  searchLabel: string;
  searchButton: string;
  kindLabel: string;
  kindAll: string;
  resultsLabel: string;
  loading: string;
  /** Announced when a page arrives; `hasMore` when the server has further pages. */
  found: (count: number, formattedCount: string, hasMore: boolean) => string;
  emptyTitle: string;
  /** What to try next; `filtered` when a search text or a filter narrows the list. */
  emptyHint: (filtered: boolean) => string;
  clearFilters: string;
  errorTitle: string;
  /** One message per {@link LoadErrorKind}. */
  errors: Record<LoadErrorKind, string>;
  retry: string;
  showMore: string;
  loadingMore: string;
  /** The disclosure button of the filters on narrow screens; `active` is how many filters are set. */
  filtersToggle: (active: number) => string;
  filtersLabel: string;
  applyFilters: string;
  organisationAll: string;
  sectorLabel: string;
  sectorAll: string;
  sectors: Record<Sector, string>;
  hoursRangeLabel: string;
  scaleRangeLabel: string;
  rangeMin: string;
  rangeMax: string;
  contractLabel: string;
  contractAll: string;
  closingAfterLabel: string;
  nearLabel: string;
  nearHint: string;
  radiusLabel: string;
  /** A radius option; `isDefault` for the radius the server uses when none is given. */
  radiusOption: (km: string, isDefault: boolean) => string;
  sortLabel: string;
  sorts: Record<VacancySort, string>;
  feedLabel: string;
  feedNote: string;
  copyLink: string;
  copied: string;
  copyFailed: string;
}

const nl: VacanciesStrings = {
  ...vacancyCardTranslations.nl,
  regionLabel: 'Vacatures',
  searchLabel: 'Zoek vacatures',
  searchButton: 'Zoeken',
  kindLabel: 'Soort',
  kindAll: 'Alle soorten',
  resultsLabel: 'Zoekresultaten',
  loading: 'Vacatures laden…',
  found: (count, n, hasMore) =>
    hasMore
      ? `${n} vacatures getoond, er zijn er meer`
      : count === 1
        ? '1 vacature gevonden'
        : `${n} vacatures gevonden`,
  emptyTitle: 'Geen vacatures gevonden',
  emptyHint: (filtered) =>
    filtered
      ? 'Probeer een ander of korter zoekwoord, een grotere afstand of minder filters.'
      : 'Er staan op dit moment geen vacatures open. Kijk later nog eens.',
  clearFilters: 'Wis zoekopdracht en filters',
  errorTitle: 'De vacatures konden niet worden geladen',
  errors: {
    network: 'We konden de server niet bereiken. Controleer je internetverbinding en probeer het opnieuw.',
    timeout: 'De server reageerde niet op tijd. Probeer het opnieuw.',
    validation: 'De server stuurde gegevens die we niet konden lezen. Probeer het later opnieuw.',
    unauthorized: 'Je bent niet (meer) ingelogd. Log opnieuw in en probeer het nog eens.',
    forbidden: 'Je hebt geen toegang tot deze vacatures.',
    rateLimited: 'Er zijn te veel verzoeken tegelijk. Wacht even en probeer het opnieuw.',
    badRequest: 'De server accepteerde deze zoekopdracht niet. Pas de zoekopdracht of de filters aan.',
    notFound: 'De server kent de vacaturelijst niet. Waarschijnlijk klopt het adres (base-url) niet.',
    server: 'Er ging iets mis op de server. Probeer het later opnieuw.',
    notConfigured: 'Er is geen server ingesteld. Geef een base-url op of plaats het element in een <mobility-provider>.',
    unknown: 'Er ging iets onverwachts mis. Probeer het opnieuw.',
  },
  retry: 'Opnieuw proberen',
  showMore: 'Meer tonen',
  loadingMore: 'Meer vacatures laden…',
  filtersToggle: (active) => (active > 0 ? `Filters (${active} actief)` : 'Filters'),
  filtersLabel: 'Filters',
  applyFilters: 'Filters toepassen',
  organisationAll: 'Alle organisaties',
  sectorLabel: 'Sector',
  sectorAll: 'Alle sectoren',
  sectors: {
    hbo: 'Hoger beroepsonderwijs',
    wo: 'Wetenschappelijk onderwijs',
    mbo: 'Middelbaar beroepsonderwijs',
    vo: 'Voortgezet onderwijs',
    po: 'Primair onderwijs',
    government: 'Overheid',
    business: 'Bedrijfsleven',
    care: 'Zorg',
    other: 'Overig',
  },
  hoursRangeLabel: 'Uren per week',
  scaleRangeLabel: 'Salarisschaal (cao hbo)',
  rangeMin: 'Van',
  rangeMax: 'Tot en met',
  contractLabel: 'Dienstverband',
  contractAll: 'Alle dienstverbanden',
  closingAfterLabel: 'Sluit niet vóór',
  nearLabel: 'Postcode of plaats',
  nearHint: 'Bijvoorbeeld 3511 of Utrecht',
  radiusLabel: 'Afstand',
  radiusOption: (km, isDefault) => (isDefault ? `Binnen ${km} km (standaard)` : `Binnen ${km} km`),
  sortLabel: 'Sorteren op',
  sorts: { relevance: 'Beste match', newest: 'Nieuwste eerst', closing: 'Sluitingsdatum', distance: 'Afstand' },
  feedLabel: 'Volg deze zoekopdracht in je feedlezer',
  feedNote: 'De feed bevat alleen openbare vacatures.',
  copyLink: 'Kopieer link',
  copied: 'Gekopieerd',
  copyFailed: 'Kopiëren lukte niet. De link is geselecteerd: kopieer hem met Ctrl+C (of ⌘C).',
};

const en: VacanciesStrings = {
  ...vacancyCardTranslations.en,
  regionLabel: 'Vacancies',
  searchLabel: 'Search vacancies',
  searchButton: 'Search',
  kindLabel: 'Kind',
  kindAll: 'All kinds',
  resultsLabel: 'Search results',
  loading: 'Loading vacancies…',
  found: (count, n, hasMore) =>
    hasMore ? `Showing ${n} vacancies, more available` : count === 1 ? '1 vacancy found' : `${n} vacancies found`,
  emptyTitle: 'No vacancies found',
  emptyHint: (filtered) =>
    filtered
      ? 'Try another or shorter search term, a larger distance or fewer filters.'
      : 'There are no open vacancies at the moment. Please check again later.',
  clearFilters: 'Clear search and filters',
  errorTitle: 'The vacancies could not be loaded',
  errors: {
    network: 'We could not reach the server. Check your internet connection and try again.',
    timeout: 'The server did not respond in time. Please try again.',
    validation: 'The server sent data we could not read. Please try again later.',
    unauthorized: 'You are not signed in (any more). Sign in again and retry.',
    forbidden: 'You are not allowed to see these vacancies.',
    rateLimited: 'Too many requests at once. Wait a moment and try again.',
    badRequest: 'The server did not accept this search. Change the search or the filters.',
    notFound: 'The server does not know the vacancy list. The address (base-url) is probably wrong.',
    server: 'Something went wrong on the server. Please try again later.',
    notConfigured: 'No server is configured. Set a base-url or place the element inside a <mobility-provider>.',
    unknown: 'Something unexpected went wrong. Please try again.',
  },
  retry: 'Try again',
  showMore: 'Show more',
  loadingMore: 'Loading more vacancies…',
  filtersToggle: (active) => (active > 0 ? `Filters (${active} active)` : 'Filters'),
  filtersLabel: 'Filters',
  applyFilters: 'Apply filters',
  organisationAll: 'All organisations',
  sectorLabel: 'Sector',
  sectorAll: 'All sectors',
  sectors: {
    hbo: 'Universities of applied sciences',
    wo: 'Research universities',
    mbo: 'Vocational education',
    vo: 'Secondary education',
    po: 'Primary education',
    government: 'Government',
    business: 'Business',
    care: 'Care',
    other: 'Other',
  },
  hoursRangeLabel: 'Hours a week',
  scaleRangeLabel: 'Salary scale (CAO hbo)',
  rangeMin: 'From',
  rangeMax: 'Up to',
  contractLabel: 'Contract',
  contractAll: 'All contracts',
  closingAfterLabel: 'Closing no earlier than',
  nearLabel: 'Postcode or place',
  nearHint: 'For example 3511 or Utrecht',
  radiusLabel: 'Distance',
  radiusOption: (km, isDefault) => (isDefault ? `Within ${km} km (default)` : `Within ${km} km`),
  sortLabel: 'Sort by',
  sorts: { relevance: 'Best match', newest: 'Newest first', closing: 'Closing date', distance: 'Distance' },
  feedLabel: 'Follow this search in your feed reader',
  feedNote: 'The feed contains public vacancies only.',
  copyLink: 'Copy link',
  copied: 'Copied',
  copyFailed: 'Copying did not work. The link is selected: copy it with Ctrl+C (or ⌘C).',
};

/** The shipped string tables of `<mobility-vacancies>`. */
export const vacanciesTranslations: TranslationCatalog<VacanciesStrings> = { nl, en };

declare module '../shared/localize.js' {
  interface TranslationRegistry {
    'mobility-vacancies': VacanciesStrings;
  }
}
