import { storyCacheMaxAgeSeconds, type Language, type MoveType, type RiasecType, type StoryChannel } from '@mobility-kit/contract';
import type { LoadErrorKind } from '../shared/load-error.js';
import type { TranslationCatalog } from '../shared/localize.js';
import { signInPromptTranslations, type SignInPromptStrings } from '../shared/sign-in-prompt.js';
import type { FieldProblem, StoryField } from './form-model.js';
import type { StoryBadgeKind } from './story-state.js';

/** Every user-facing string of `<mobility-hr-stories>`; the sign-in call to action and notices included. */
export interface HrStoriesStrings extends SignInPromptStrings {
  title: string;
  newStory: string;
  loading: string;
  loaded: (count: number) => string;
  emptyTitle: string;
  emptyHint: string;
  errorTitle: string;
  errors: Record<LoadErrorKind, string>;
  retry: string;
  listLabel: string;
  stateLabel: string;
  window: (from: string, until: string) => string;
  edit: string;
  editName: (name: string) => string;
  badges: Record<StoryBadgeKind, (channel: string, date: string) => string>;
  channels: Record<StoryChannel, string>;
  moveTypes: Record<MoveType, string>;
  languages: Record<Language, string>;
  riasec: Record<RiasecType, string>;
  createTitle: string;
  editTitle: (name: string) => string;
  backToList: string;
  sections: { person: string; move: string; story: string; cta: string; interests: string; window: string; photo: string };
  labels: Record<StoryField, string>;
  hints: Partial<Record<StoryField, string>>;
  bodyPreview: string;
  bodyPreviewEmpty: string;
  interestsHint: string;
  problems: Record<FieldProblem, (limit: number) => string>;
  save: string;
  create: string;
  cancel: string;
  saving: string;
  saved: (name: string) => string;
  created: (name: string) => string;
  formInvalid: (count: number) => string;
  saveFailed: (reason: string) => string;
  photoChoose: string;
  photoDrop: string;
  photoRules: string;
  photoUploading: string;
  photoUploaded: string;
  photoRemove: string;
  photoRemoved: string;
  photoSize: (width: number, height: number) => string;
  photoErrors: { tooLarge: string; type: string; other: string; network: string };
  statusTitle: string;
  approve: string;
  approved: (name: string) => string;
  withdrawStory: string;
  withdrawn: (name: string) => string;
  approveWarningTitle: string;
  approveWarningText: string;
  approveAnyway: string;
  /** The question before approving while the form holds unsaved changes. */
  approveUnsavedTitle: string;
  approveUnsavedText: string;
  approveUnsavedConfirm: string;
  withdrawStoryTitle: string;
  withdrawStoryText: string;
  withdrawStoryConfirm: string;
  consentTitle: string;
  consentIntro: string;
  consentNone: string;
  consentCaption: string;
  consentColumns: { channel: string; grantedAt: string; expiresAt: string; formReference: string; state: string };
  consentStates: { active: string; expired: string; withdrawn: (date: string) => string; future: string };
  consentRecord: string;
  consentDialogTitle: string;
  consentDialogText: string;
  consentLabels: { channel: string; grantedAt: string; expiresAt: string; formReference: string };
  consentHints: { expiresAt: string; formReference: string };
  consentSave: string;
  consentRecorded: (channel: string) => string;
  consentWithdraw: (channel: string) => string;
  consentWithdrawAll: string;
  consentWithdrawTitle: string;
  /** What withdrawing does, with the cache lifetime from the contract. */
  consentWithdrawText: (channel: string | undefined, seconds: number) => string;
  consentWithdrawConfirm: string;
  consentWithdrawn: (channel: string | undefined, seconds: number) => string;
  previewTitle: string;
  previewHint: string;
  /** Instead of the slide while the story has no name yet. */
  previewEmpty: string;
  actionFailed: (reason: string) => string;
  leaveTitle: string;
  leaveText: string;
  leaveConfirm: string;
  leaveCancel: string;
}

const errorsNl: Record<LoadErrorKind, string> = {
  network: 'We konden de server niet bereiken. Controleer je internetverbinding en probeer het opnieuw.',
  timeout: 'De server reageerde niet op tijd. Probeer het opnieuw.',
  validation: 'De server stuurde gegevens die we niet konden lezen. Probeer het later opnieuw.',
  unauthorized: 'Je bent niet (meer) ingelogd. Log opnieuw in en probeer het nog eens.',
  forbidden: 'Alleen HR en beheerders van je organisatie kunnen verhalen beheren.',
  rateLimited: 'Er zijn te veel verzoeken tegelijk. Wacht even en probeer het opnieuw.',
  badRequest: 'De server accepteerde dit verzoek niet.',
  notFound: 'De server kent dit verhaal niet (meer). Ververs het overzicht.',
  server: 'Er ging iets mis op de server. Probeer het later opnieuw.',
  notConfigured: 'Er is geen server ingesteld. Geef een base-url op of plaats het element in een <mobility-provider>.',
  unknown: 'Er ging iets onverwachts mis. Probeer het opnieuw.',
};

const errorsEn: Record<LoadErrorKind, string> = {
  network: 'We could not reach the server. Check your internet connection and try again.',
  timeout: 'The server did not answer in time. Please try again.',
  validation: 'The server sent data we could not read. Please try again later.',
  unauthorized: 'You are not (or no longer) signed in. Sign in again and retry.',
  forbidden: "Only your organisation's HR staff and administrators can manage stories.",
  rateLimited: 'Too many requests at once. Wait a moment and try again.',
  badRequest: 'The server did not accept this request.',
  notFound: 'The server does not know this story (any more). Refresh the overview.',
  server: 'Something went wrong on the server. Please try again later.',
  notConfigured: 'No server is configured. Set base-url or place the element inside a <mobility-provider>.',
  unknown: 'Something unexpected went wrong. Please try again.',
};

const nl: HrStoriesStrings = {
  ...signInPromptTranslations.nl,
  signInTitle: 'Log in om de verhalen te beheren',
  title: 'Verhalen beheren',
  newStory: 'Nieuw verhaal',
  loading: 'Verhalen laden…',
  loaded: (count) => (count === 1 ? '1 verhaal' : `${count} verhalen`),
  emptyTitle: 'Nog geen verhalen',
  emptyHint: 'Je organisatie heeft nog geen verhalen. Begin met ‘Nieuw verhaal’.',
  errorTitle: 'De verhalen konden niet worden geladen',
  errors: errorsNl,
  retry: 'Opnieuw proberen',
  listLabel: 'Verhalen van je organisatie',
  stateLabel: 'Stand van zaken',
  window: (from, until) => `Publicatie van ${from} tot en met ${until}`,
  edit: 'Bewerken',
  editName: (name) => `verhaal van ${name}`,
  badges: {
    draft: () => 'Concept',
    approved: () => 'Goedgekeurd',
    withdrawn: () => 'Ingetrokken',
    scheduled: (_c, date) => `Gepland vanaf ${date}`,
    ended: (_c, date) => `Publicatie afgelopen op ${date}`,
    live: (channel) => `Zichtbaar: ${channel}`,
    notServed: () => 'Nergens zichtbaar: geen geldige toestemming',
    consentExpiring: (channel, date) => `Toestemming ${channel} verloopt op ${date}`,
    consentExpired: (channel, date) => `Toestemming ${channel} verlopen op ${date}`,
    consentWithdrawn: (channel, date) => `Toestemming ${channel} ingetrokken op ${date}`,
    noConsent: () => 'Nog geen toestemming',
  },
  channels: { intranet: 'intranet', public: 'openbaar' },
  moveTypes: {
    internal: 'Interne overstap',
    secondment: 'Detachering',
    partner: 'Naar een partner',
    assignment: 'Klus',
    internship: 'Docentstage',
    external: 'Buiten het netwerk',
  },
  languages: { nl: 'Nederlands', en: 'Engels' },
  riasec: {
    R: 'Praktisch (R)',
    I: 'Onderzoekend (I)',
    A: 'Artistiek (A)',
    S: 'Sociaal (S)',
    E: 'Ondernemend (E)',
    C: 'Conventioneel (C)',
  },
  createTitle: 'Nieuw verhaal',
  editTitle: (name) => `Verhaal van ${name}`,
  backToList: 'Terug naar het overzicht',
  sections: {
    person: 'De collega',
    move: 'De stap',
    story: 'Het verhaal',
    cta: 'Oproep tot actie',
    interests: 'Interesses (RIASEC)',
    window: 'Publicatieperiode',
    photo: 'Foto',
  },
  labels: {
    displayName: 'Naam zoals getoond',
    roleBefore: 'Functie vóór de stap',
    orgBefore: 'Organisatie vóór de stap',
    roleAfter: 'Functie na de stap',
    orgAfter: 'Organisatie na de stap',
    moveType: 'Soort stap',
    quote: 'Citaat',
    body: 'Tekst',
    language: 'Taal van het verhaal',
    ctaLabel: 'Tekst van de link',
    ctaHref: 'Adres van de link',
    interests: 'Interesses',
    publishFrom: 'Eerste dag',
    publishUntil: 'Laatste dag',
    photo: 'Foto',
    photoAlt: 'Beschrijving van de foto (alt-tekst)',
    photoCredit: 'Fotograaf of maker (optioneel)',
  },
  hints: {
    displayName: 'Voornaam, of voornaam en initiaal (“Joost V.”): niet meer dan de collega toestond.',
    quote: 'De zin die de lezer trekt; staat op elke dia. Hoogstens 280 tekens.',
    body: 'Alinea’s, lijstjes (- of 1.), **vet**, *cursief* en [links](https://…). Geen HTML.',
    ctaHref: 'Een webadres (https://…), een pad op de server (/…) of mailto:adres.',
    photoAlt: 'Wie, wat en waar: “Samira bij de 3D-printer in het makerslab”. Verplicht bij een foto.',
    publishUntil: 'Die dag telt nog mee.',
  },
  bodyPreview: 'Zo ziet de tekst eruit',
  bodyPreviewEmpty: 'Nog geen tekst.',
  interestsHint: 'Kies hoogstens drie: zo kan een uitslag van de loopbaantest naar dit verhaal wijzen.',
  problems: {
    required: () => 'Vul dit in.',
    tooLong: (limit) => `Hoogstens ${limit} tekens.`,
    tooMany: (limit) => `Kies er hoogstens ${limit}.`,
    date: () => 'Vul een geldige datum in.',
    windowOrder: () => 'De laatste dag mag niet vóór de eerste dag liggen.',
    expiryOrder: () => 'De vervaldatum moet na de datum van toestemming liggen.',
    href: () => 'Gebruik een webadres (https://…), een pad dat met / begint of mailto:adres.',
    markdown: () => 'Gebruik geen HTML; alleen de opmaak hierboven.',
    altRequired: () => 'Beschrijf de foto: zonder alt-tekst kan het verhaal niet worden opgeslagen.',
    invalid: () => 'Deze waarde klopt niet.',
    server: () => 'De server accepteerde deze waarde niet.',
  },
  save: 'Wijzigingen opslaan',
  create: 'Opslaan als concept',
  cancel: 'Annuleren',
  saving: 'Opslaan…',
  saved: (name) => `Verhaal van ${name} opgeslagen.`,
  created: (name) => `Verhaal van ${name} opgeslagen als concept.`,
  formInvalid: (count) => (count === 1 ? 'Eén veld moet nog worden verbeterd.' : `${count} velden moeten nog worden verbeterd.`),
  saveFailed: (reason) => `Niet opgeslagen. ${reason} Wat je invulde staat er nog.`,
  photoChoose: 'Foto kiezen',
  photoDrop: 'of sleep een foto hierheen',
  photoRules: 'Alleen JPEG, PNG of WebP tot 10 MB. Alle metagegevens (zoals locatie) worden verwijderd.',
  photoUploading: 'Foto uploaden…',
  photoUploaded: 'Foto geüpload. Beschrijf hem nu in de alt-tekst.',
  photoRemove: 'Foto verwijderen',
  photoRemoved: 'Foto verwijderd.',
  photoSize: (width, height) => `${width} × ${height} pixels`,
  photoErrors: {
    tooLarge: 'Deze foto is te groot. Alleen JPEG, PNG of WebP tot 10 MB.',
    type: 'Dit bestand is geen bruikbare foto. Alleen JPEG, PNG of WebP tot 10 MB.',
    other: 'De foto kon niet worden geüpload. Alleen JPEG, PNG of WebP tot 10 MB.',
    network: 'De foto kon niet worden geüpload: de server is niet bereikbaar. Probeer het opnieuw.',
  },
  statusTitle: 'Publicatie',
  approve: 'Goedkeuren',
  approved: (name) => `Verhaal van ${name} goedgekeurd.`,
  withdrawStory: 'Verhaal intrekken',
  withdrawn: (name) => `Verhaal van ${name} ingetrokken.`,
  approveWarningTitle: 'Goedkeuren zonder geldige toestemming?',
  approveWarningText:
    'Er is voor geen enkel kanaal een geldige toestemming. Het verhaal wordt pas getoond als je toestemming vastlegt. Weet je zeker dat de collega heeft getekend?',
  approveAnyway: 'Toch goedkeuren',
  approveUnsavedTitle: 'Eerst opslaan?',
  approveUnsavedText:
    'Het formulier bevat wijzigingen die nog niet zijn opgeslagen. Goedkeuren geldt voor de opgeslagen versie: sla de wijzigingen eerst op, dan wordt de nieuwe versie goedgekeurd.',
  approveUnsavedConfirm: 'Opslaan en goedkeuren',
  withdrawStoryTitle: 'Verhaal intrekken?',
  withdrawStoryText: `Het verhaal verdwijnt direct van het intranet en binnen ${storyCacheMaxAgeSeconds} seconden uit elke openbare weergave. De toestemmingen blijven bewaard.`,
  withdrawStoryConfirm: 'Intrekken',
  consentTitle: 'Toestemming per kanaal',
  consentIntro:
    'Leg elke toestemming vast zoals de collega die gaf: per kanaal, met datum, vervaldatum en waar het getekende formulier bewaard wordt. Bewaar hier niet het formulier zelf.',
  consentNone: 'Nog geen toestemming vastgelegd. Zonder geldige toestemming wordt het verhaal nergens getoond.',
  consentCaption: 'Vastgelegde toestemmingen, oudste eerst',
  consentColumns: { channel: 'Kanaal', grantedAt: 'Gegeven op', expiresAt: 'Geldig tot', formReference: 'Formulier bewaard onder', state: 'Stand' },
  consentStates: {
    active: 'Geldig',
    expired: 'Verlopen',
    withdrawn: (date) => `Ingetrokken op ${date}`,
    future: 'Nog niet ingegaan',
  },
  consentRecord: 'Toestemming vastleggen',
  consentDialogTitle: 'Toestemming vastleggen',
  consentDialogText: 'Neem over wat op het getekende formulier staat, voor één kanaal.',
  consentLabels: { channel: 'Kanaal', grantedAt: 'Datum van toestemming', expiresAt: 'Geldig tot (eerste dag zonder toestemming)', formReference: 'Waar het getekende formulier bewaard wordt' },
  consentHints: {
    expiresAt: 'Vanaf deze dag wordt het verhaal niet meer getoond op dit kanaal.',
    formReference: 'Een verwijzing, bijvoorbeeld een DMS-nummer (“DMS-2025-01234”) — niet het formulier zelf.',
  },
  consentSave: 'Vastleggen',
  consentRecorded: (channel) => `Toestemming voor ${channel} vastgelegd.`,
  consentWithdraw: (channel) => `Toestemming ${channel} intrekken`,
  consentWithdrawAll: 'Alle toestemming intrekken',
  consentWithdrawTitle: 'Toestemming intrekken?',
  consentWithdrawText: (channel, seconds) =>
    `${channel ? `De toestemming voor ${channel} wordt` : 'Alle toestemming wordt'} ingetrokken. Het verhaal verdwijnt direct ${channel === undefined || channel === 'intranet' ? 'van het intranet en ' : ''}binnen ${seconds} seconden uit elke weergave (ook waar het openbaar is ingesloten). Dit kan niet ongedaan worden gemaakt: daarvoor is een nieuw getekend formulier nodig.`,
  consentWithdrawConfirm: 'Intrekken',
  consentWithdrawn: (channel, seconds) =>
    `${channel ? `Toestemming voor ${channel}` : 'Alle toestemming'} ingetrokken. Binnen ${seconds} seconden is het verhaal uit elke weergave verdwenen.`,
  previewTitle: 'Voorbeeld',
  previewHint: 'Zo ziet een lezer het verhaal in ‘Kom in beweging’, met wat nu in het formulier staat.',
  previewEmpty: 'Het voorbeeld verschijnt zodra de naam is ingevuld.',
  actionFailed: (reason) => `Dat lukte niet. ${reason}`,
  leaveTitle: 'Wijzigingen niet opgeslagen',
  leaveText: 'Je hebt dingen veranderd die nog niet zijn opgeslagen. Ga je terug naar het overzicht, dan gaan ze verloren.',
  leaveConfirm: 'Niet opslaan en teruggaan',
  leaveCancel: 'Verder bewerken',
};

const en: HrStoriesStrings = {
  ...signInPromptTranslations.en,
  signInTitle: 'Sign in to manage the stories',
  title: 'Manage stories',
  newStory: 'New story',
  loading: 'Loading stories…',
  loaded: (count) => (count === 1 ? '1 story' : `${count} stories`),
  emptyTitle: 'No stories yet',
  emptyHint: 'Your organisation has no stories yet. Start with ‘New story’.',
  errorTitle: 'The stories could not be loaded',
  errors: errorsEn,
  retry: 'Try again',
  listLabel: "Your organisation's stories",
  stateLabel: 'State',
  window: (from, until) => `Published from ${from} up to and including ${until}`,
  edit: 'Edit',
  editName: (name) => `story of ${name}`,
  badges: {
    draft: () => 'Draft',
    approved: () => 'Approved',
    withdrawn: () => 'Withdrawn',
    scheduled: (_c, date) => `Scheduled from ${date}`,
    ended: (_c, date) => `Publication ended on ${date}`,
    live: (channel) => `Live: ${channel}`,
    notServed: () => 'Not shown anywhere: no valid consent',
    consentExpiring: (channel, date) => `Consent ${channel} expires on ${date}`,
    consentExpired: (channel, date) => `Consent ${channel} expired on ${date}`,
    consentWithdrawn: (channel, date) => `Consent ${channel} withdrawn on ${date}`,
    noConsent: () => 'No consent yet',
  },
  channels: { intranet: 'intranet', public: 'public' },
  moveTypes: {
    internal: 'Internal move',
    secondment: 'Secondment',
    partner: 'To a partner',
    assignment: 'Assignment',
    internship: 'Teacher internship',
    external: 'Outside the network',
  },
  languages: { nl: 'Dutch', en: 'English' },
  riasec: {
    R: 'Realistic (R)',
    I: 'Investigative (I)',
    A: 'Artistic (A)',
    S: 'Social (S)',
    E: 'Enterprising (E)',
    C: 'Conventional (C)',
  },
  createTitle: 'New story',
  editTitle: (name) => `Story of ${name}`,
  backToList: 'Back to the overview',
  sections: {
    person: 'The colleague',
    move: 'The step',
    story: 'The story',
    cta: 'Call to action',
    interests: 'Interests (RIASEC)',
    window: 'Publication window',
    photo: 'Photo',
  },
  labels: {
    displayName: 'Name as shown',
    roleBefore: 'Role before the step',
    orgBefore: 'Organisation before the step',
    roleAfter: 'Role after the step',
    orgAfter: 'Organisation after the step',
    moveType: 'Kind of step',
    quote: 'Quote',
    body: 'Text',
    language: 'Language of the story',
    ctaLabel: 'Link text',
    ctaHref: 'Link address',
    interests: 'Interests',
    publishFrom: 'First day',
    publishUntil: 'Last day',
    photo: 'Photo',
    photoAlt: 'Description of the photo (alt text)',
    photoCredit: 'Photographer or maker (optional)',
  },
  hints: {
    displayName: 'First name, or first name and initial (“Joost V.”): no more than the colleague agreed to.',
    quote: 'The line that draws the reader in; shown on every slide. At most 280 characters.',
    body: 'Paragraphs, lists (- or 1.), **bold**, *italic* and [links](https://…). No HTML.',
    ctaHref: 'A web address (https://…), a path on the server (/…) or mailto:address.',
    photoAlt: 'Who, doing what, where: “Samira at the 3D printer in the maker lab”. Required with a photo.',
    publishUntil: 'That day is included.',
  },
  bodyPreview: 'How the text will look',
  bodyPreviewEmpty: 'No text yet.',
  interestsHint: 'Choose at most three, so a career-test result can point to this story.',
  problems: {
    required: () => 'Please fill this in.',
    tooLong: (limit) => `At most ${limit} characters.`,
    tooMany: (limit) => `Choose at most ${limit}.`,
    date: () => 'Enter a valid date.',
    windowOrder: () => 'The last day must not be before the first day.',
    expiryOrder: () => 'The expiry date must be after the date consent was given.',
    href: () => 'Use a web address (https://…), a path starting with / or mailto:address.',
    markdown: () => 'Do not use HTML; only the formatting above.',
    altRequired: () => 'Describe the photo: the story cannot be saved without alt text.',
    invalid: () => 'This value is not valid.',
    server: () => 'The server did not accept this value.',
  },
  save: 'Save changes',
  create: 'Save as draft',
  cancel: 'Cancel',
  saving: 'Saving…',
  saved: (name) => `Story of ${name} saved.`,
  created: (name) => `Story of ${name} saved as a draft.`,
  formInvalid: (count) => (count === 1 ? 'One field still needs correcting.' : `${count} fields still need correcting.`),
  saveFailed: (reason) => `Not saved. ${reason} What you typed is still here.`,
  photoChoose: 'Choose a photo',
  photoDrop: 'or drop a photo here',
  photoRules: 'Only JPEG, PNG or WebP up to 10 MB. All metadata (such as location) is removed.',
  photoUploading: 'Uploading photo…',
  photoUploaded: 'Photo uploaded. Now describe it in the alt text.',
  photoRemove: 'Remove photo',
  photoRemoved: 'Photo removed.',
  photoSize: (width, height) => `${width} × ${height} pixels`,
  photoErrors: {
    tooLarge: 'This photo is too large. Only JPEG, PNG or WebP up to 10 MB.',
    type: 'This file is not a usable photo. Only JPEG, PNG or WebP up to 10 MB.',
    other: 'The photo could not be uploaded. Only JPEG, PNG or WebP up to 10 MB.',
    network: 'The photo could not be uploaded: the server cannot be reached. Please try again.',
  },
  statusTitle: 'Publication',
  approve: 'Approve',
  approved: (name) => `Story of ${name} approved.`,
  withdrawStory: 'Withdraw story',
  withdrawn: (name) => `Story of ${name} withdrawn.`,
  approveWarningTitle: 'Approve without valid consent?',
  approveWarningText:
    'There is no valid consent for any channel. The story is shown only once you record consent. Are you sure the colleague has signed?',
  approveAnyway: 'Approve anyway',
  approveUnsavedTitle: 'Save first?',
  approveUnsavedText:
    'The form holds changes that are not saved yet. Approval applies to the saved version: save the changes first, and the new version is approved.',
  approveUnsavedConfirm: 'Save and approve',
  withdrawStoryTitle: 'Withdraw the story?',
  withdrawStoryText: `The story disappears from the intranet at once and from every public embed within ${storyCacheMaxAgeSeconds} seconds. The consent records are kept.`,
  withdrawStoryConfirm: 'Withdraw',
  consentTitle: 'Consent per channel',
  consentIntro:
    'Record each consent as the colleague gave it: per channel, with its date, expiry and where the signed form is kept. Do not keep the form itself here.',
  consentNone: 'No consent recorded yet. Without valid consent the story is not shown anywhere.',
  consentCaption: 'Recorded consents, oldest first',
  consentColumns: { channel: 'Channel', grantedAt: 'Given on', expiresAt: 'Valid until', formReference: 'Form kept as', state: 'State' },
  consentStates: {
    active: 'Valid',
    expired: 'Expired',
    withdrawn: (date) => `Withdrawn on ${date}`,
    future: 'Not yet in force',
  },
  consentRecord: 'Record consent',
  consentDialogTitle: 'Record consent',
  consentDialogText: 'Copy what the signed form says, for one channel.',
  consentLabels: { channel: 'Channel', grantedAt: 'Date consent was given', expiresAt: 'Valid until (first day without consent)', formReference: 'Where the signed form is kept' },
  consentHints: {
    expiresAt: 'From this day on the story is no longer shown on this channel.',
    formReference: 'A reference, e.g. a document-management number (“DMS-2025-01234”) — not the form itself.',
  },
  consentSave: 'Record',
  consentRecorded: (channel) => `Consent for ${channel} recorded.`,
  consentWithdraw: (channel) => `Withdraw consent ${channel}`,
  consentWithdrawAll: 'Withdraw all consent',
  consentWithdrawTitle: 'Withdraw consent?',
  consentWithdrawText: (channel, seconds) =>
    `${channel ? `Consent for ${channel} is` : 'All consent is'} withdrawn. The story disappears ${channel === undefined || channel === 'intranet' ? 'from the intranet at once and ' : ''}from every embed (public ones included) within ${seconds} seconds. This cannot be undone: that takes a newly signed form.`,
  consentWithdrawConfirm: 'Withdraw',
  consentWithdrawn: (channel, seconds) =>
    `${channel ? `Consent for ${channel}` : 'All consent'} withdrawn. Within ${seconds} seconds the story is gone from every embed.`,
  previewTitle: 'Preview',
  previewHint: 'How a reader sees the story in ‘Kom in beweging’, with what the form holds now.',
  previewEmpty: 'The preview appears once the name is filled in.',
  actionFailed: (reason) => `That did not work. ${reason}`,
  leaveTitle: 'Changes not saved',
  leaveText: 'You changed things that are not saved yet. If you go back to the overview, they are lost.',
  leaveConfirm: 'Go back without saving',
  leaveCancel: 'Keep editing',
};

export const hrStoriesTranslations: TranslationCatalog<HrStoriesStrings> = { nl, en };

declare module '../shared/localize.js' {
  interface TranslationRegistry {
    'mobility-hr-stories': HrStoriesStrings;
  }
}
