import type { Language, PriorityGroup, RiasecType, salaryPeriods, VacancyStatus, Visibility } from '@mobility-kit/contract';
import type { LoadErrorKind } from '../shared/load-error.js';
import type { TranslationCatalog } from '../shared/localize.js';
import { signInPromptTranslations, type SignInPromptStrings } from '../shared/sign-in-prompt.js';
import type { TimelineStrings } from './timeline.js';

type SalaryPeriod = (typeof salaryPeriods)[number];

/** The reasons a form field is refused, translated from the contract's schema issues. */
export interface FieldIssueStrings {
  required: string;
  number: string;
  date: string;
  email: string;
  url: string;
  pc4: string;
  slug: string;
  tooLong: (max: string) => string;
  tooShort: (min: string) => string;
  tooMany: (max: string) => string;
  tooSmall: (min: string) => string;
  tooBig: (max: string) => string;
  hoursOrder: string;
  stagesRule: string;
  beforePosted: string;
  html: string;
  links: string;
  choose: string;
  invalid: string;
  /** An answer of the server about a field, with its own (English) words. */
  server: (message: string) => string;
}

/** Every user-facing string of `<mobility-hr-vacancies>`. Enum labels an employee sees come from `<mobility-vacancies>`' table. */
export interface HrVacanciesStrings extends SignInPromptStrings, TimelineStrings {
  title: string;
  loading: string;
  loaded: (count: number) => string;
  statusFilterLabel: string;
  statusFilter: Record<'all' | VacancyStatus, string>;
  statuses: Record<VacancyStatus, string>;
  newVacancy: string;
  loadMore: string;
  emptyTitle: string;
  emptyHint: string;
  errorTitle: string;
  retry: string;
  errors: Record<LoadErrorKind, string>;
  /** Facts of a list item. */
  visibleNowLabel: string;
  nextChangeLabel: string;
  closingLabel: string;
  closedOnLabel: string;
  expiredNote: string;
  edit: string;
  close: string;
  reopen: string;
  preview: string;
  closeDialogTitle: (title: string) => string;
  closeDialogText: string;
  closeConfirm: string;
  cancel: string;
  closed: (title: string) => string;
  reopened: (title: string) => string;
  saved: (title: string) => string;
  created: (title: string) => string;
  actionFailed: string;
  reopenDialogTitle: (title: string) => string;
  reopenDialogText: (date: string) => string;
  reopenConfirm: string;
  newClosingLabel: string;
  /** The form. */
  createTitle: string;
  editTitle: (title: string) => string;
  back: string;
  save: string;
  create: string;
  saving: string;
  requiredMark: string;
  formInvalid: (count: number) => string;
  formServerInvalid: string;
  conflict: string;
  sections: Record<'content' | 'publication' | 'place' | 'terms' | 'contact', string>;
  fields: {
    id: string;
    idHint: (prefix: string) => string;
    title: string;
    summary: string;
    description: string;
    descriptionHint: string;
    descriptionPreview: string;
    kind: string;
    language: string;
    languages: Record<Language, string>;
    unit: string;
    city: string;
    pc4: string;
    lat: string;
    lon: string;
    workplace: string;
    hoursMin: string;
    hoursMax: string;
    contract: string;
    salaryScale: string;
    salaryMin: string;
    salaryMax: string;
    salaryPeriod: string;
    salaryPeriods: Record<SalaryPeriod, string>;
    datePosted: string;
    datePostedHint: string;
    validThrough: string;
    startDate: string;
    interests: string;
    interestsHint: string;
    riasec: Record<RiasecType, string>;
    skills: string;
    skillsHint: string;
    applyUrl: string;
    contactName: string;
    contactEmail: string;
    contactPhone: string;
    visibility: string;
    visibilityHint: string;
    visibilities: Record<Visibility, string>;
    stages: string;
    stagesHint: string;
    stage: (index: number) => string;
    stageVisibility: string;
    stageFrom: string;
    addStage: string;
    removeStage: (index: number) => string;
    priorityGroup: string;
    priorityNone: string;
    priorityGroups: Record<PriorityGroup, string>;
    priorityUntil: string;
  };
  timelineLabel: string;
  issues: FieldIssueStrings;
  employeeView: string;
  employeeViewHint: string;
  employeeViewIncomplete: string;
}

const errorsNl: Record<LoadErrorKind, string> = {
  network: 'We konden de server niet bereiken. Controleer je internetverbinding en probeer het opnieuw.',
  timeout: 'De server antwoordde niet op tijd. Probeer het opnieuw.',
  validation: 'De server stuurde gegevens die we niet konden lezen. Probeer het later opnieuw.',
  unauthorized: 'Je bent niet (meer) ingelogd. Log in en probeer het opnieuw.',
  forbidden: 'Alleen HR en beheerders van je organisatie kunnen vacatures beheren.',
  rateLimited: 'Te veel verzoeken tegelijk. Wacht even en probeer het opnieuw.',
  badRequest: 'De server accepteerde dit verzoek niet.',
  notFound: 'Deze vacature bestaat niet (meer) bij je organisatie, of het adres van de server (base-url) klopt niet.',
  server: 'Er ging iets mis op de server. Probeer het later opnieuw.',
  notConfigured: 'Er is geen server ingesteld. Stel base-url in of plaats het element binnen <mobility-provider>.',
  unknown: 'Er ging onverwacht iets mis. Probeer het opnieuw.',
};

const listNl = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
const listEn = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const nl: HrVacanciesStrings = {
  ...signInPromptTranslations.nl,
  signInTitle: 'Log in om vacatures te beheren',
  title: 'Vacatures beheren',
  loading: 'Vacatures laden…',
  loaded: (count) => (count === 1 ? '1 vacature geladen' : `${count} vacatures geladen`),
  statusFilterLabel: 'Toon',
  statusFilter: { all: 'Alle vacatures', open: 'Open vacatures', closed: 'Gesloten vacatures' },
  statuses: { open: 'Open', closed: 'Gesloten' },
  newVacancy: 'Nieuwe vacature',
  loadMore: 'Meer vacatures laden',
  emptyTitle: 'Nog geen vacatures',
  emptyHint: 'Er zijn (met deze keuze) geen vacatures van je organisatie. Maak er een met "Nieuwe vacature".',
  errorTitle: 'Vacatures konden niet worden geladen',
  retry: 'Opnieuw proberen',
  errors: errorsNl,
  visibleNowLabel: 'Nu zichtbaar voor',
  nextChangeLabel: 'Volgende stap',
  closingLabel: 'Reageren tot en met',
  closedOnLabel: 'Gesloten op',
  expiredNote: 'De sluitingsdatum is voorbij: medewerkers zien deze vacature niet meer.',
  edit: 'Bewerken',
  close: 'Sluiten',
  reopen: 'Heropenen',
  preview: 'Zo ziet een medewerker het',
  closeDialogTitle: (title) => `${title} sluiten?`,
  closeDialogText: 'Een gesloten vacature verdwijnt uit elk overzicht en elke feed. Ze blijft bewaard; je kunt haar later heropenen.',
  closeConfirm: 'Vacature sluiten',
  cancel: 'Annuleren',
  closed: (title) => `${title} is gesloten.`,
  reopened: (title) => `${title} is heropend.`,
  saved: (title) => `${title} is opgeslagen.`,
  created: (title) => `${title} is aangemaakt.`,
  actionFailed: 'Dat lukte niet.',
  reopenDialogTitle: (title) => `${title} heropenen`,
  reopenDialogText: (date) => `De sluitingsdatum (${date}) is voorbij. Kies een nieuwe datum vanaf vandaag om de vacature te heropenen.`,
  reopenConfirm: 'Heropenen',
  newClosingLabel: 'Nieuwe sluitingsdatum',
  createTitle: 'Nieuwe vacature',
  editTitle: (title) => `${title} bewerken`,
  back: 'Terug naar het overzicht',
  save: 'Wijzigingen opslaan',
  create: 'Vacature publiceren',
  saving: 'Bezig met opslaan…',
  requiredMark: '(verplicht)',
  formInvalid: (count) => (count === 1 ? 'Eén veld is nog niet goed ingevuld. Het staat hieronder gemarkeerd.' : `${count} velden zijn nog niet goed ingevuld. Ze staan hieronder gemarkeerd.`),
  formServerInvalid: 'De server accepteerde de vacature niet. Bekijk de gemarkeerde velden.',
  conflict: 'Deze code is al in gebruik. Kies een andere of laat het veld leeg.',
  sections: { content: 'Inhoud', publication: 'Publicatie en voorrang', place: 'Plaats en uren', terms: 'Voorwaarden en data', contact: 'Reageren en contact' },
  fields: {
    id: 'Code van de vacature',
    idHint: (prefix) => `Laat leeg om er een te laten maken. Een eigen code begint met "${prefix}".`,
    title: 'Titel',
    summary: 'Korte samenvatting',
    description: 'Beschrijving',
    descriptionHint: 'Markdown: lege regel voor een nieuwe alinea, - voor een opsomming, *cursief*, **vet**, [tekst](https://…) voor een link. Geen HTML.',
    descriptionPreview: 'Voorbeeld van de beschrijving',
    kind: 'Soort',
    language: 'Taal van de tekst',
    languages: { nl: 'Nederlands', en: 'Engels' },
    unit: 'Afdeling of academie',
    city: 'Plaats',
    pc4: 'Postcode (4 cijfers)',
    lat: 'Breedtegraad',
    lon: 'Lengtegraad',
    workplace: 'Werkplek',
    hoursMin: 'Uren per week, minimaal',
    hoursMax: 'Uren per week, maximaal',
    contract: 'Soort dienstverband',
    salaryScale: 'Schaal (cao hbo)',
    salaryMin: 'Salaris vanaf (euro, bruto)',
    salaryMax: 'Salaris tot en met (euro, bruto)',
    salaryPeriod: 'Salaris per',
    salaryPeriods: { hour: 'uur', month: 'maand', year: 'jaar' },
    datePosted: 'Geplaatst op',
    datePostedHint: 'Leeg laten: vandaag.',
    validThrough: 'Reageren kan tot en met',
    startDate: 'Startdatum',
    interests: 'Past bij de interesses (hoogstens 3)',
    interestsHint: 'Gebruikt om de vacature te koppelen aan de uitkomst van de loopbaantest.',
    riasec: { R: 'Praktisch (R)', I: 'Onderzoekend (I)', A: 'Creatief (A)', S: 'Sociaal (S)', E: 'Ondernemend (E)', C: 'Ordenend (C)' },
    skills: 'Vaardigheden',
    skillsHint: 'Eén per regel of gescheiden door komma’s; hoogstens 30.',
    applyUrl: 'Link om te reageren',
    contactName: 'Contactpersoon',
    contactEmail: 'E-mailadres',
    contactPhone: 'Telefoonnummer',
    visibility: 'Eerst zichtbaar voor',
    visibilityHint: 'Wie de vacature ziet vanaf de plaatsing tot de eerste stap.',
    visibilities: { internal: 'Alleen eigen medewerkers', sector: 'Eigen medewerkers en partners in het netwerk', public: 'Iedereen (openbaar)' },
    stages: 'Stappen',
    stagesHint: 'Elke stap moet de vacature breder openen (eigen medewerkers → partners → iedereen), op een steeds latere datum.',
    stage: (index) => `Stap ${index}`,
    stageVisibility: 'Daarna zichtbaar voor',
    stageFrom: 'Vanaf',
    addStage: 'Stap toevoegen',
    removeStage: (index) => `Stap ${index} verwijderen`,
    priorityGroup: 'Voorrang voor',
    priorityNone: 'Niemand (geen voorrang)',
    priorityGroups: { redeployment: 'Herplaatsingskandidaten', 'partner-mobility': 'Mobiliteitskandidaten van partners' },
    priorityUntil: 'Voorrang tot en met',
  },
  timelineLabel: 'Wie ziet het wanneer',
  issues: {
    required: 'Vul dit veld in.',
    number: 'Vul een getal in.',
    date: 'Vul een geldige datum in.',
    email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.',
    url: 'Vul een volledig webadres in dat begint met https://.',
    pc4: 'Vul vier cijfers in, bijvoorbeeld 3584.',
    slug: 'Gebruik alleen kleine letters, cijfers en streepjes.',
    tooLong: (max) => `Gebruik hoogstens ${max} tekens.`,
    tooShort: (min) => `Gebruik minstens ${min} tekens.`,
    tooMany: (max) => `Kies hoogstens ${max}.`,
    tooSmall: (min) => `Vul ${min} of meer in.`,
    tooBig: (max) => `Vul ${max} of minder in.`,
    hoursOrder: 'Het maximum mag niet lager zijn dan het minimum.',
    stagesRule: 'Elke stap moet breder openen dan de vorige (eigen medewerkers → partners → iedereen), op een latere datum.',
    beforePosted: 'Deze datum mag niet vóór de plaatsingsdatum liggen.',
    html: 'Gebruik geen HTML; schrijf opmaak in Markdown.',
    links: 'Links mogen alleen naar https://-adressen, mailto: of paden wijzen.',
    choose: 'Maak een keuze.',
    invalid: 'Deze waarde klopt niet.',
    server: (message) => `De server weigerde dit: ${message}`,
  },
  employeeView: 'Zo ziet een medewerker het',
  employeeViewHint: 'De kaart zoals medewerkers haar in het vacatureoverzicht zien, uitgeklapt.',
  employeeViewIncomplete: 'Vul eerst de verplichte velden goed in; dan verschijnt hier het voorbeeld.',
  // Timeline
  audienceInternal: (organisation) => `alleen medewerkers van ${organisation}`,
  audienceSector: (networks) => (networks ? `ook partners in ${networks}` : 'ook partners in het netwerk'),
  audienceSectorFirst: (organisation, networks) => `medewerkers van ${organisation} en partners in ${networks || 'het netwerk'}`,
  audiencePublic: 'openbaar, voor iedereen',
  audiencePublicFirst: 'iedereen',
  list: listNl,
  always: (audience) => `Zichtbaar voor ${audience}`,
  until: (date, audience) => `Tot ${date} ${audience}`,
  then: (audience) => `daarna ${audience}`,
  from: (date, audience) => `vanaf ${date} ${audience}`,
  sentence: (parts) => `${parts.join(', ')}.`,
  closes: (date) => `Reageren kan tot en met ${date}.`,
  priority: {
    redeployment: (until) => `Herplaatsingskandidaten hebben voorrang tot en met ${until}.`,
    'partner-mobility': (until) => `Mobiliteitskandidaten van partners hebben voorrang tot en met ${until}.`,
  },
  nextChange: (date, audience) => capitalise(`vanaf ${date} ${audience}`),
  noNextChange: 'Geen verdere stappen',
};

const en: HrVacanciesStrings = {
  ...signInPromptTranslations.en,
  signInTitle: 'Sign in to manage vacancies',
  title: 'Manage vacancies',
  loading: 'Loading vacancies…',
  loaded: (count) => (count === 1 ? '1 vacancy loaded' : `${count} vacancies loaded`),
  statusFilterLabel: 'Show',
  statusFilter: { all: 'All vacancies', open: 'Open vacancies', closed: 'Closed vacancies' },
  statuses: { open: 'Open', closed: 'Closed' },
  newVacancy: 'New vacancy',
  loadMore: 'Load more vacancies',
  emptyTitle: 'No vacancies yet',
  emptyHint: 'Your organisation has no vacancies (for this choice). Create one with "New vacancy".',
  errorTitle: 'Vacancies could not be loaded',
  retry: 'Try again',
  errors: {
    network: 'We could not reach the server. Check your internet connection and try again.',
    timeout: 'The server did not answer in time. Try again.',
    validation: 'The server sent data we could not read. Try again later.',
    unauthorized: 'You are not signed in (any more). Sign in and try again.',
    forbidden: 'Only HR and administrators of your organisation can manage vacancies.',
    rateLimited: 'Too many requests at once. Wait a moment and try again.',
    badRequest: 'The server did not accept this request.',
    notFound: 'This vacancy does not exist (any more) in your organisation, or the server address (base-url) is wrong.',
    server: 'Something went wrong on the server. Try again later.',
    notConfigured: 'No server is configured. Set base-url or place the element inside <mobility-provider>.',
    unknown: 'Something unexpected went wrong. Try again.',
  },
  visibleNowLabel: 'Visible now to',
  nextChangeLabel: 'Next step',
  closingLabel: 'Applications until',
  closedOnLabel: 'Closed on',
  expiredNote: 'The closing date has passed: employees no longer see this vacancy.',
  edit: 'Edit',
  close: 'Close',
  reopen: 'Reopen',
  preview: 'As an employee sees it',
  closeDialogTitle: (title) => `Close ${title}?`,
  closeDialogText: 'A closed vacancy disappears from every list and feed. It is kept; you can reopen it later.',
  closeConfirm: 'Close vacancy',
  cancel: 'Cancel',
  closed: (title) => `${title} has been closed.`,
  reopened: (title) => `${title} has been reopened.`,
  saved: (title) => `${title} has been saved.`,
  created: (title) => `${title} has been created.`,
  actionFailed: 'That did not work.',
  reopenDialogTitle: (title) => `Reopen ${title}`,
  reopenDialogText: (date) => `The closing date (${date}) has passed. Choose a new date from today on to reopen the vacancy.`,
  reopenConfirm: 'Reopen',
  newClosingLabel: 'New closing date',
  createTitle: 'New vacancy',
  editTitle: (title) => `Edit ${title}`,
  back: 'Back to the overview',
  save: 'Save changes',
  create: 'Publish vacancy',
  saving: 'Saving…',
  requiredMark: '(required)',
  formInvalid: (count) => (count === 1 ? 'One field is not filled in correctly yet. It is marked below.' : `${count} fields are not filled in correctly yet. They are marked below.`),
  formServerInvalid: 'The server did not accept the vacancy. Check the marked fields.',
  conflict: 'This code is already in use. Choose another or leave the field empty.',
  sections: { content: 'Content', publication: 'Publication and priority', place: 'Place and hours', terms: 'Terms and dates', contact: 'Applying and contact' },
  fields: {
    id: 'Vacancy code',
    idHint: (prefix) => `Leave empty to have one made. Your own code starts with "${prefix}".`,
    title: 'Title',
    summary: 'Short summary',
    description: 'Description',
    descriptionHint: 'Markdown: a blank line for a new paragraph, - for a list, *italics*, **bold**, [text](https://…) for a link. No HTML.',
    descriptionPreview: 'Preview of the description',
    kind: 'Kind',
    language: 'Language of the text',
    languages: { nl: 'Dutch', en: 'English' },
    unit: 'Department or school',
    city: 'City',
    pc4: 'Postcode (4 digits)',
    lat: 'Latitude',
    lon: 'Longitude',
    workplace: 'Workplace',
    hoursMin: 'Hours per week, minimum',
    hoursMax: 'Hours per week, maximum',
    contract: 'Contract type',
    salaryScale: 'Scale (CAO hbo)',
    salaryMin: 'Salary from (euro, gross)',
    salaryMax: 'Salary up to (euro, gross)',
    salaryPeriod: 'Salary per',
    salaryPeriods: { hour: 'hour', month: 'month', year: 'year' },
    datePosted: 'Posted on',
    datePostedHint: 'Leave empty for today.',
    validThrough: 'Applications until',
    startDate: 'Start date',
    interests: 'Fits the interests (at most 3)',
    interestsHint: 'Used to match the vacancy with the outcome of the career test.',
    riasec: { R: 'Realistic (R)', I: 'Investigative (I)', A: 'Artistic (A)', S: 'Social (S)', E: 'Enterprising (E)', C: 'Conventional (C)' },
    skills: 'Skills',
    skillsHint: 'One per line or separated by commas; at most 30.',
    applyUrl: 'Link to apply',
    contactName: 'Contact person',
    contactEmail: 'Email address',
    contactPhone: 'Phone number',
    visibility: 'First visible to',
    visibilityHint: 'Who sees the vacancy from posting until the first step.',
    visibilities: { internal: 'Own staff only', sector: 'Own staff and partners in the network', public: 'Everyone (public)' },
    stages: 'Steps',
    stagesHint: 'Each step must open the vacancy wider (own staff → partners → everyone), on a later date each time.',
    stage: (index) => `Step ${index}`,
    stageVisibility: 'Then visible to',
    stageFrom: 'From',
    addStage: 'Add a step',
    removeStage: (index) => `Remove step ${index}`,
    priorityGroup: 'Priority for',
    priorityNone: 'Nobody (no priority)',
    priorityGroups: { redeployment: 'Redeployment candidates', 'partner-mobility': 'Partner mobility candidates' },
    priorityUntil: 'Priority until',
  },
  timelineLabel: 'Who sees it when',
  issues: {
    required: 'Fill in this field.',
    number: 'Enter a number.',
    date: 'Enter a valid date.',
    email: 'Enter a valid email address, for example name@organisation.nl.',
    url: 'Enter a full web address starting with https://.',
    pc4: 'Enter four digits, for example 3584.',
    slug: 'Use lower-case letters, digits and hyphens only.',
    tooLong: (max) => `Use at most ${max} characters.`,
    tooShort: (min) => `Use at least ${min} characters.`,
    tooMany: (max) => `Choose at most ${max}.`,
    tooSmall: (min) => `Enter ${min} or more.`,
    tooBig: (max) => `Enter ${max} or less.`,
    hoursOrder: 'The maximum must not be lower than the minimum.',
    stagesRule: 'Each step must open wider than the one before (own staff → partners → everyone), on a later date.',
    beforePosted: 'This date must not be before the posting date.',
    html: 'Do not use HTML; write formatting in Markdown.',
    links: 'Links may only point to https:// addresses, mailto: or paths.',
    choose: 'Make a choice.',
    invalid: 'This value is not right.',
    server: (message) => `The server refused this: ${message}`,
  },
  employeeView: 'As an employee sees it',
  employeeViewHint: 'The card as employees see it in the vacancy overview, expanded.',
  employeeViewIncomplete: 'Fill in the required fields correctly first; the preview then appears here.',
  audienceInternal: (organisation) => `only staff of ${organisation}`,
  audienceSector: (networks) => (networks ? `partners in ${networks} too` : 'partners in the network too'),
  audienceSectorFirst: (organisation, networks) => `staff of ${organisation} and partners in ${networks || 'the network'}`,
  audiencePublic: 'public, for everyone',
  audiencePublicFirst: 'everyone',
  list: listEn,
  always: (audience) => `Visible to ${audience}`,
  until: (date, audience) => `Until ${date} ${audience}`,
  then: (audience) => `then ${audience}`,
  from: (date, audience) => `from ${date} ${audience}`,
  sentence: (parts) => `${parts.join(', ')}.`,
  closes: (date) => `Applications until ${date}.`,
  priority: {
    redeployment: (until) => `Redeployment candidates have priority until ${until}.`,
    'partner-mobility': (until) => `Partner mobility candidates have priority until ${until}.`,
  },
  nextChange: (date, audience) => capitalise(`from ${date} ${audience}`),
  noNextChange: 'No further steps',
};

export const hrVacanciesTranslations: TranslationCatalog<HrVacanciesStrings> = { nl, en };

declare module '../shared/localize.js' {
  interface TranslationRegistry {
    'mobility-hr-vacancies': HrVacanciesStrings;
  }
}
