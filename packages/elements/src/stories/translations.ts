import type { MoveType } from '@mobility-kit/contract';
import type { LoadErrorKind } from '../shared/load-error.js';
import type { TranslationCatalog } from '../shared/localize.js';

/** Every user-facing string of `<mobility-stories>`. */
export interface StoriesStrings {
  /** Accessible name of the carousel region. */
  carouselLabel: string;
  /** Name of a slide: "2 van 5". */
  slideName: (position: number, total: number) => string;
  /** Name of the tab that shows a slide. */
  tabName: (position: number, name: string) => string;
  tablistLabel: string;
  previous: string;
  next: string;
  startRotation: string;
  stopRotation: string;
  filterLabel: string;
  filterAll: string;
  moveTypes: Record<MoveType, string>;
  /** "Docent → Teamleider" in words for screen readers and on screen. */
  moveFrom: string;
  moveTo: string;
  readFull: (name: string) => string;
  allStories: string;
  loading: string;
  emptyTitle: string;
  emptyHint: (filtered: boolean) => string;
  clearFilter: string;
  errorTitle: string;
  errors: Record<LoadErrorKind, string>;
  retry: string;
  photoCredit: (credit: string) => string;
}

const nl: StoriesStrings = {
  carouselLabel: 'Kom in beweging: verhalen van collega’s',
  slideName: (position, total) => `${position} van ${total}`,
  tabName: (position, name) => `Verhaal ${position}: ${name}`,
  tablistLabel: 'Kies een verhaal',
  previous: 'Vorig verhaal',
  next: 'Volgend verhaal',
  startRotation: 'Start automatisch doorbladeren',
  stopRotation: 'Stop automatisch doorbladeren',
  filterLabel: 'Soort stap',
  filterAll: 'Alle soorten',
  moveTypes: {
    internal: 'Interne overstap',
    secondment: 'Detachering',
    partner: 'Naar een partner',
    assignment: 'Klus',
    internship: 'Docentstage',
    external: 'Buiten het netwerk',
  },
  moveFrom: 'Van',
  moveTo: 'Naar',
  readFull: (name) => `Lees het hele verhaal van ${name}`,
  allStories: 'Alle verhalen',
  loading: 'Verhalen laden…',
  emptyTitle: 'Nog geen verhalen',
  emptyHint: (filtered) =>
    filtered ? 'Er zijn geen verhalen over deze soort stap. Kies ‘Alle soorten’.' : 'Er zijn op dit moment geen verhalen. Kijk later nog eens.',
  clearFilter: 'Toon alle soorten',
  errorTitle: 'De verhalen konden niet worden geladen',
  errors: {
    network: 'We konden de server niet bereiken. Controleer je internetverbinding en probeer het opnieuw.',
    timeout: 'De server reageerde niet op tijd. Probeer het opnieuw.',
    validation: 'De server stuurde gegevens die we niet konden lezen. Probeer het later opnieuw.',
    unauthorized: 'Log in om de verhalen van collega’s te lezen.',
    forbidden: 'Je hebt geen toegang tot deze verhalen.',
    rateLimited: 'Er zijn te veel verzoeken tegelijk. Wacht even en probeer het opnieuw.',
    badRequest: 'De server accepteerde dit verzoek niet.',
    notFound: 'De server kent de verhalen niet. Waarschijnlijk klopt het adres (base-url) niet.',
    server: 'Er ging iets mis op de server. Probeer het later opnieuw.',
    notConfigured: 'Er is geen server ingesteld. Geef een base-url op of plaats het element in een <mobility-provider>.',
    unknown: 'Er ging iets onverwachts mis. Probeer het opnieuw.',
  },
  retry: 'Opnieuw proberen',
  photoCredit: (credit) => `Beeld: ${credit}`,
};

const en: StoriesStrings = {
  carouselLabel: 'Get moving: stories of colleagues',
  slideName: (position, total) => `${position} of ${total}`,
  tabName: (position, name) => `Story ${position}: ${name}`,
  tablistLabel: 'Choose a story',
  previous: 'Previous story',
  next: 'Next story',
  startRotation: 'Start automatic slide show',
  stopRotation: 'Stop automatic slide show',
  filterLabel: 'Kind of move',
  filterAll: 'All kinds',
  moveTypes: {
    internal: 'Internal move',
    secondment: 'Secondment',
    partner: 'To a partner',
    assignment: 'Side assignment',
    internship: 'Lecturer internship',
    external: 'Outside the network',
  },
  moveFrom: 'From',
  moveTo: 'To',
  readFull: (name) => `Read ${name}’s whole story`,
  allStories: 'All stories',
  loading: 'Loading stories…',
  emptyTitle: 'No stories yet',
  emptyHint: (filtered) =>
    filtered ? 'There are no stories about this kind of move. Choose ‘All kinds’.' : 'There are no stories at the moment. Please check again later.',
  clearFilter: 'Show all kinds',
  errorTitle: 'The stories could not be loaded',
  errors: {
    network: 'We could not reach the server. Check your internet connection and try again.',
    timeout: 'The server did not respond in time. Please try again.',
    validation: 'The server sent data we could not read. Please try again later.',
    unauthorized: 'Sign in to read your colleagues’ stories.',
    forbidden: 'You are not allowed to see these stories.',
    rateLimited: 'Too many requests at once. Wait a moment and try again.',
    badRequest: 'The server did not accept this request.',
    notFound: 'The server does not know the stories. The address (base-url) is probably wrong.',
    server: 'Something went wrong on the server. Please try again later.',
    notConfigured: 'No server is configured. Set a base-url or place the element inside a <mobility-provider>.',
    unknown: 'Something unexpected went wrong. Please try again.',
  },
  retry: 'Try again',
  photoCredit: (credit) => `Image: ${credit}`,
};

/** The shipped string tables of `<mobility-stories>`. */
export const storiesTranslations: TranslationCatalog<StoriesStrings> = { nl, en };

declare module '../shared/localize.js' {
  interface TranslationRegistry {
    'mobility-stories': StoriesStrings;
  }
}
