import type { ImportSkipReason } from '@mobility-kit/contract';
import type { LoadErrorKind } from '../shared/load-error.js';
import type { TranslationCatalog } from '../shared/localize.js';
import { signInPromptTranslations, type SignInPromptStrings } from '../shared/sign-in-prompt.js';

/** Problems of a form field, each with one translated message. */
export type FeedFieldProblem = 'required' | 'tooLong' | 'invalidUrl' | 'credentials' | 'refused' | 'server';

/** Every user-facing string of `<mobility-hr-feeds>`; the sign-in call to action and notices included. */
export interface HrFeedsStrings extends SignInPromptStrings {
  title: string;
  intro: string;
  loading: string;
  loaded: (count: number) => string;
  emptyTitle: string;
  emptyText: string;
  errorTitle: string;
  errors: Record<LoadErrorKind, string>;
  retry: string;
  add: string;
  editButton: string;
  deleteButton: string;
  edit: (name: string) => string;
  remove: (name: string) => string;
  runNow: string;
  runNowFor: (name: string) => string;
  running: string;
  enabled: string;
  disabled: string;
  every: (minutes: number) => string;
  intervals: Record<string, string>;
  lastRunTitle: string;
  neverRun: string;
  outcome: Record<'running' | 'succeeded' | 'failed', string>;
  trigger: Record<'scheduled' | 'manual', string>;
  startedAt: (when: string) => string;
  counts: { created: string; updated: string; closed: string; skipped: string; unchanged: string };
  skippedSummary: (count: number) => string;
  skippedMore: (shown: number, total: number) => string;
  skipItem: (position: number) => string;
  skipReasons: Record<ImportSkipReason, string>;
  warningsTitle: string;
  runError: string;
  formAddTitle: string;
  formEditTitle: (name: string) => string;
  nameLabel: string;
  nameHint: string;
  urlLabel: string;
  urlHint: string;
  intervalLabel: string;
  enabledLabel: string;
  enabledHint: string;
  save: string;
  saving: string;
  cancel: string;
  fieldErrors: Record<FeedFieldProblem, (limit: number) => string>;
  refusedReason: string;
  errorSummaryTitle: string;
  saveFailed: string;
  saved: (name: string) => string;
  deleted: (name: string) => string;
  deleteFailed: string;
  confirmDeleteTitle: string;
  confirmDeleteText: (name: string) => string;
  confirmDelete: string;
  runStarted: (name: string) => string;
  runFinished: (name: string, created: number, updated: number, closed: number, skipped: number) => string;
  runFailed: (name: string) => string;
  runBusy: string;
  runCouldNotStart: string;
  limitReached: string;
}

const errorsNl: Record<LoadErrorKind, string> = {
  network: 'We konden de server niet bereiken. Controleer je internetverbinding en probeer het opnieuw.',
  timeout: 'De server reageerde niet op tijd. Probeer het opnieuw.',
  validation: 'De server stuurde gegevens die we niet konden lezen. Probeer het later opnieuw.',
  unauthorized: 'Je bent niet (meer) ingelogd. Log opnieuw in en probeer het nog eens.',
  forbidden: 'Alleen HR en beheerders van je organisatie kunnen de vacaturebronnen beheren.',
  rateLimited: 'Er zijn te veel verzoeken tegelijk. Wacht even en probeer het opnieuw.',
  badRequest: 'De server accepteerde dit verzoek niet.',
  notFound: 'De server kent de vacaturebronnen niet. Waarschijnlijk klopt het adres (base-url) niet.',
  server: 'Er ging iets mis op de server. Probeer het later opnieuw.',
  notConfigured: 'Er is geen server ingesteld. Geef een base-url op of plaats het element in een <mobility-provider>.',
  unknown: 'Er ging iets onverwachts mis. Probeer het opnieuw.',
};

const errorsEn: Record<LoadErrorKind, string> = {
  network: 'We could not reach the server. Check your connection and try again.',
  timeout: 'The server did not answer in time. Please try again.',
  validation: 'The server sent data we could not read. Please try again later.',
  unauthorized: 'You are not signed in (any more). Sign in again and retry.',
  forbidden: "Only your organisation's HR staff and administrators can manage the vacancy sources.",
  rateLimited: 'Too many requests at once. Wait a moment and try again.',
  badRequest: 'The server did not accept this request.',
  notFound: 'The server does not know the vacancy sources. The address (base-url) is probably wrong.',
  server: 'Something went wrong on the server. Please try again later.',
  notConfigured: 'No server is configured. Set base-url or place the element inside a <mobility-provider>.',
  unknown: 'Something unexpected went wrong. Please try again.',
};

const nl: HrFeedsStrings = {
  ...signInPromptTranslations.nl,
  signInTitle: 'Log in om de vacaturebronnen te beheren',
  signInText: 'De vacaturebronnen zijn alleen voor HR en beheerders van je organisatie.',
  title: 'Vacaturebronnen',
  intro: 'Vacatures die je organisatie elders publiceert (een RSS- of Atom-feed, of een vacaturepagina met JSON-LD) worden hier automatisch opgehaald.',
  loading: 'Vacaturebronnen laden…',
  loaded: (count) => (count === 1 ? '1 vacaturebron' : `${count} vacaturebronnen`),
  emptyTitle: 'Nog geen vacaturebronnen',
  emptyText: 'Voeg een bron toe om vacatures automatisch op te halen.',
  errorTitle: 'De vacaturebronnen konden niet worden geladen',
  errors: errorsNl,
  retry: 'Opnieuw proberen',
  add: 'Bron toevoegen',
  editButton: 'Bewerken',
  deleteButton: 'Verwijderen',
  edit: (name) => `Bewerken: ${name}`,
  remove: (name) => `Verwijderen: ${name}`,
  runNow: 'Nu ophalen',
  runNowFor: (name) => `Nu ophalen: ${name}`,
  running: 'Bezig met ophalen…',
  enabled: 'Automatisch',
  disabled: 'Uitgeschakeld',
  every: (minutes) => `elke ${minutes} minuten`,
  intervals: { '15': 'Elk kwartier', '60': 'Elk uur', '360': 'Elke 6 uur', '1440': 'Dagelijks', '10080': 'Wekelijks' },
  lastRunTitle: 'Laatste keer opgehaald',
  neverRun: 'Nog niet opgehaald.',
  outcome: { running: 'Bezig', succeeded: 'Gelukt', failed: 'Mislukt' },
  trigger: { scheduled: 'volgens schema', manual: 'handmatig' },
  startedAt: (when) => `Gestart ${when}`,
  counts: { created: 'Nieuw', updated: 'Bijgewerkt', closed: 'Gesloten', skipped: 'Overgeslagen', unchanged: 'Ongewijzigd' },
  skippedSummary: (count) => (count === 1 ? '1 overgeslagen vacature bekijken' : `${count} overgeslagen vacatures bekijken`),
  skippedMore: (shown, total) => `De eerste ${shown} van ${total} worden getoond.`,
  skipItem: (position) => `Item ${position}`,
  skipReasons: {
    'missing-title': 'geen titel',
    'missing-location': 'geen standplaats',
    'invalid-date': 'ongeldige datum',
    expired: 'al verlopen',
    'field-too-long': 'een veld is te lang',
    'unknown-language': 'onbekende taal',
    'invalid-field': 'ongeldig veld',
    duplicate: 'dubbel in de feed',
    'not-an-object': 'geen vacature',
  },
  warningsTitle: 'Meldingen',
  runError: 'Reden',
  formAddTitle: 'Bron toevoegen',
  formEditTitle: (name) => `${name} bewerken`,
  nameLabel: 'Naam',
  nameHint: 'Zoals collega’s de bron kennen, bijvoorbeeld “Werken bij – vacaturepagina”.',
  urlLabel: 'Adres (URL) van de feed',
  urlHint: 'Een http- of https-adres van een RSS- of Atom-feed, of van een pagina met JSON-LD-vacatures.',
  intervalLabel: 'Hoe vaak ophalen',
  enabledLabel: 'Automatisch ophalen volgens schema',
  enabledHint: 'Uitgeschakeld blijft de bron bewaard en kun je hem nog met “Nu ophalen” ophalen.',
  save: 'Opslaan',
  saving: 'Opslaan…',
  cancel: 'Annuleren',
  fieldErrors: {
    required: () => 'Vul dit veld in.',
    tooLong: (limit) => `Gebruik hoogstens ${limit} tekens.`,
    invalidUrl: () => 'Vul een volledig adres in dat begint met https:// of http://.',
    credentials: () => 'Een adres met een gebruikersnaam of wachtwoord wordt niet opgehaald.',
    refused: () => 'Dit adres wordt niet opgehaald: het wijst naar het eigen netwerk van de server (een intern, privé- of lokaal adres).',
    server: () => 'De server accepteerde deze waarde niet.',
  },
  refusedReason: 'Technische reden',
  errorSummaryTitle: 'Controleer het formulier',
  saveFailed: 'Opslaan is niet gelukt.',
  saved: (name) => `${name} is opgeslagen.`,
  deleted: (name) => `${name} is verwijderd.`,
  deleteFailed: 'Verwijderen is niet gelukt.',
  confirmDeleteTitle: 'Bron verwijderen?',
  confirmDeleteText: (name) => `${name} en de verslagen van het ophalen worden verwijderd. Vacatures die al zijn opgehaald blijven staan.`,
  confirmDelete: 'Verwijderen',
  runStarted: (name) => `${name} wordt opgehaald…`,
  runFinished: (name, created, updated, closed, skipped) =>
    `${name} is opgehaald: ${created} nieuw, ${updated} bijgewerkt, ${closed} gesloten, ${skipped} overgeslagen.`,
  runFailed: (name) => `Ophalen van ${name} is mislukt.`,
  runBusy: 'Deze bron wordt al opgehaald. Wacht tot dat klaar is.',
  runCouldNotStart: 'Ophalen kon niet worden gestart.',
  limitReached: 'Je organisatie heeft het maximale aantal bronnen. Verwijder eerst een bron.',
};

const en: HrFeedsStrings = {
  ...signInPromptTranslations.en,
  signInTitle: 'Sign in to manage the vacancy sources',
  signInText: "The vacancy sources are for your organisation's HR staff and administrators only.",
  title: 'Vacancy sources',
  intro: 'Vacancies your organisation publishes elsewhere (an RSS or Atom feed, or a careers page with JSON-LD) are fetched from here automatically.',
  loading: 'Loading vacancy sources…',
  loaded: (count) => (count === 1 ? '1 vacancy source' : `${count} vacancy sources`),
  emptyTitle: 'No vacancy sources yet',
  emptyText: 'Add a source to fetch vacancies automatically.',
  errorTitle: 'The vacancy sources could not be loaded',
  errors: errorsEn,
  retry: 'Try again',
  add: 'Add source',
  editButton: 'Edit',
  deleteButton: 'Delete',
  edit: (name) => `Edit: ${name}`,
  remove: (name) => `Delete: ${name}`,
  runNow: 'Fetch now',
  runNowFor: (name) => `Fetch now: ${name}`,
  running: 'Fetching…',
  enabled: 'Scheduled',
  disabled: 'Switched off',
  every: (minutes) => `every ${minutes} minutes`,
  intervals: { '15': 'Every 15 minutes', '60': 'Every hour', '360': 'Every 6 hours', '1440': 'Daily', '10080': 'Weekly' },
  lastRunTitle: 'Last fetched',
  neverRun: 'Not fetched yet.',
  outcome: { running: 'Running', succeeded: 'Succeeded', failed: 'Failed' },
  trigger: { scheduled: 'on schedule', manual: 'by hand' },
  startedAt: (when) => `Started ${when}`,
  counts: { created: 'New', updated: 'Updated', closed: 'Closed', skipped: 'Skipped', unchanged: 'Unchanged' },
  skippedSummary: (count) => (count === 1 ? 'Show 1 skipped vacancy' : `Show ${count} skipped vacancies`),
  skippedMore: (shown, total) => `The first ${shown} of ${total} are shown.`,
  skipItem: (position) => `Item ${position}`,
  skipReasons: {
    'missing-title': 'no title',
    'missing-location': 'no location',
    'invalid-date': 'invalid date',
    expired: 'already expired',
    'field-too-long': 'a field is too long',
    'unknown-language': 'unknown language',
    'invalid-field': 'invalid field',
    duplicate: 'duplicate in the feed',
    'not-an-object': 'not a vacancy',
  },
  warningsTitle: 'Notes',
  runError: 'Reason',
  formAddTitle: 'Add source',
  formEditTitle: (name) => `Edit ${name}`,
  nameLabel: 'Name',
  nameHint: 'As colleagues know the source, e.g. “Careers – vacancy page”.',
  urlLabel: 'Address (URL) of the feed',
  urlHint: 'An http or https address of an RSS or Atom feed, or of a page with JSON-LD vacancies.',
  intervalLabel: 'How often to fetch',
  enabledLabel: 'Fetch automatically on schedule',
  enabledHint: 'Switched off, the source is kept and you can still fetch it with “Fetch now”.',
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  fieldErrors: {
    required: () => 'Fill in this field.',
    tooLong: (limit) => `Use at most ${limit} characters.`,
    invalidUrl: () => 'Enter a full address starting with https:// or http://.',
    credentials: () => 'An address with a user name or password is not fetched.',
    refused: () => "This address is not fetched: it points into the server's own network (an internal, private or local address).",
    server: () => 'The server did not accept this value.',
  },
  refusedReason: 'Technical reason',
  errorSummaryTitle: 'Check the form',
  saveFailed: 'Saving failed.',
  saved: (name) => `${name} was saved.`,
  deleted: (name) => `${name} was deleted.`,
  deleteFailed: 'Deleting failed.',
  confirmDeleteTitle: 'Delete source?',
  confirmDeleteText: (name) => `${name} and its fetch reports are deleted. Vacancies already fetched stay.`,
  confirmDelete: 'Delete',
  runStarted: (name) => `Fetching ${name}…`,
  runFinished: (name, created, updated, closed, skipped) => `${name} was fetched: ${created} new, ${updated} updated, ${closed} closed, ${skipped} skipped.`,
  runFailed: (name) => `Fetching ${name} failed.`,
  runBusy: 'This source is being fetched already. Wait until that has finished.',
  runCouldNotStart: 'Fetching could not be started.',
  limitReached: 'Your organisation has the most sources it may store. Delete a source first.',
};

export const hrFeedsTranslations: TranslationCatalog<HrFeedsStrings> = { nl, en };

declare module '../shared/localize.js' {
  interface TranslationRegistry {
    'mobility-hr-feeds': HrFeedsStrings;
  }
}
