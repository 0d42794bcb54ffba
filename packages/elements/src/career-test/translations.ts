import type { LoadErrorKind } from '../shared/load-error.js';
import type { TranslationCatalog } from '../shared/localize.js';

/**
 * Every user-facing string of `<mobility-career-test>` that is not part of the instrument (the
 * items, scales, options and their descriptions come from the instrument document, in its own
 * languages). Functions take values already formatted by `Intl`.
 */
export interface CareerTestStrings {
  /** Accessible name of the whole widget when the instrument has no title. */
  regionLabel: string;
  /** The promises made before the first item, one paragraph each. */
  introPurpose: string;
  introConfidential: string;
  introDuration: (minutes: string) => string;
  introVoluntary: string;
  introStorage: (days: string) => string;
  start: string;
  resume: string;
  /** Shown when saved answers were found. */
  resumeNote: (answered: string, total: string) => string;
  startOver: string;
  /** "Vraag 7–12 van 60". */
  progress: (first: string, last: string, total: string) => string;
  progressLabel: string;
  questionNumber: (n: string) => string;
  back: string;
  next: string;
  toValues: string;
  toResult: string;
  /** The inline message beside an unanswered item. */
  unanswered: string;
  /** Summary after "next" with unanswered items: their numbers. */
  unansweredSummary: (count: number, numbers: string) => string;
  valuesTitle: string;
  valuesHelp: string;
  valuesListLabel: string;
  /** Visible text of the move buttons; their accessible names (`moveUp`, `moveDown`) contain it. */
  up: string;
  down: string;
  moveUp: (label: string) => string;
  moveDown: (label: string) => string;
  /** Announced after a move: "Prestatie staat nu op plaats 2 van 6". */
  moved: (label: string, position: string, total: string) => string;
  atTop: (label: string) => string;
  atBottom: (label: string) => string;
  valuesDone: string;
  valuesSkip: string;
  valuesSkipNote: string;
  resultTitle: string;
  resultConfidential: string;
  codeLabel: string;
  /** How to read the code. */
  codeExplanation: string;
  /** A tie, in words: the places (e.g. "2 en 3") and the types that share them. */
  tie: (places: string, types: string) => string;
  /** "A (Artistiek)" joined into "A (Artistiek) en I (Onderzoekend)". */
  list: (items: readonly string[]) => string;
  flatProfile: string;
  chartTitle: string;
  chartDescription: string;
  inCode: string;
  tableCaption: string;
  tableType: string;
  tableCode: string;
  tableScore: string;
  tableRaw: string;
  raw: (raw: string, max: string) => string;
  topTypesTitle: string;
  directionsInHigherEducation: string;
  directionsElsewhere: string;
  valuesResultTitle: string;
  valuesResultSkipped: string;
  vacanciesTitle: string;
  vacanciesIntro: string;
  vacanciesLoading: string;
  vacanciesEmpty: string;
  vacanciesNoProfile: string;
  vacanciesError: string;
  errors: Record<LoadErrorKind, string>;
  retry: string;
  /** "Past bij je profiel: 83%". */
  fit: (percent: string) => string;
  storiesTitle: string;
  /** Above the matching stories: why they are shown and that the profile was not sent. */
  storiesIntro: string;
  /** Read out instead of the arrow between the role before and the role after a move. */
  storyMovedTo: string;
  storiesLink: string;
  print: string;
  forget: string;
  forgetTitle: string;
  forgetText: string;
  forgetConfirm: string;
  cancel: string;
  forgotten: string;
  invalidInstrumentTitle: string;
  invalidInstrument: string;
  noItemsError: string;
}

const list = (and: string) => (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)!}`;

const nl: CareerTestStrings = {
  regionLabel: 'Loopbaantest',
  introPurpose: 'Deze test is voor jezelf: om te ontdekken welk werk bij je past en welke kant je op zou kunnen.',
  introConfidential:
    'Je antwoorden en je uitslag blijven op dit apparaat. Je werkgever ziet ze niet en ze worden nooit gebruikt bij selectie of beoordeling.',
  introDuration: (minutes) => `Het invullen duurt ongeveer ${minutes} minuten. Er is geen tijdslimiet.`,
  introVoluntary: 'Meedoen is vrijwillig. Je kunt op elk moment stoppen en later verdergaan.',
  introStorage: (days) =>
    `Je antwoorden worden ${days} dagen op dit apparaat bewaard, zodat je later verder kunt. Met ‘Vergeet mijn antwoorden’ wis je ze meteen.`,
  start: 'Begin de test',
  resume: 'Ga verder waar je was',
  resumeNote: (answered, total) => `Je hebt al ${answered} van de ${total} vragen beantwoord.`,
  startOver: 'Begin opnieuw',
  progress: (first, last, total) => (first === last ? `Vraag ${first} van ${total}` : `Vraag ${first}–${last} van ${total}`),
  progressLabel: 'Voortgang',
  questionNumber: (n) => `Vraag ${n}`,
  back: 'Vorige',
  next: 'Volgende',
  toValues: 'Verder naar werkwaarden',
  toResult: 'Bekijk je uitslag',
  unanswered: 'Kies een antwoord bij deze vraag.',
  unansweredSummary: (count, numbers) =>
    count === 1 ? `Je hebt vraag ${numbers} nog niet beantwoord.` : `Je hebt ${count} vragen nog niet beantwoord: ${numbers}.`,
  valuesTitle: 'Wat vind je belangrijk in je werk?',
  valuesHelp:
    'Zet de waarden in volgorde, de belangrijkste bovenaan. Gebruik de knoppen ‘hoger’ en ‘lager’. Dit deel mag je overslaan.',
  valuesListLabel: 'Werkwaarden, belangrijkste eerst',
  up: 'Hoger',
  down: 'Lager',
  moveUp: (label) => `${label} hoger`,
  moveDown: (label) => `${label} lager`,
  moved: (label, position, total) => `${label} staat nu op plaats ${position} van ${total}.`,
  atTop: (label) => `${label} staat al bovenaan.`,
  atBottom: (label) => `${label} staat al onderaan.`,
  valuesDone: 'Klaar, bekijk je uitslag',
  valuesSkip: 'Sla dit deel over',
  valuesSkipNote: 'Je uitslag is ook zonder dit deel compleet.',
  resultTitle: 'Jouw uitslag',
  resultConfidential:
    'Deze uitslag is alleen voor jou, om zelf te verkennen. Je werkgever ziet hem niet en hij wordt nooit gebruikt bij selectie.',
  codeLabel: 'Jouw code',
  codeExplanation:
    'De code bestaat uit de letters van de drie typen waarop je het hoogst scoort, de hoogste eerst.',
  tie: (places, types) =>
    `Op plaats ${places} scoren ${types} precies even hoog. De test kiest niet tussen hen: ze passen allemaal bij je.`,
  list: list('en'),
  flatProfile:
    'Je scores liggen dicht bij elkaar. Je code zegt daardoor minder: kijk vooral naar de beschrijvingen die je aanspreken.',
  chartTitle: 'Je profiel',
  chartDescription: 'Score per type, van 0 tot 100. De typen in je code zijn gearceerd en gemarkeerd.',
  inCode: 'in je code',
  tableCaption: 'Je scores per type',
  tableType: 'Type',
  tableCode: 'Letter',
  tableScore: 'Score (0–100)',
  tableRaw: 'Punten',
  raw: (raw, max) => `${raw} van ${max}`,
  topTypesTitle: 'Wat bij je past',
  directionsInHigherEducation: 'Voorbeelden in het hoger onderwijs',
  directionsElsewhere: 'Voorbeelden daarbuiten',
  valuesResultTitle: 'Wat je belangrijk vindt',
  valuesResultSkipped: 'Je hebt het deel over werkwaarden overgeslagen.',
  vacanciesTitle: 'Vacatures die bij je profiel passen',
  vacanciesIntro:
    'Je profiel wordt niet verstuurd: de vacatures worden opgehaald en daarna op dit apparaat met je code vergeleken.',
  vacanciesLoading: 'Vacatures laden…',
  vacanciesEmpty: 'Er staan nu geen vacatures open die bij je profiel passen. Kijk later nog eens.',
  vacanciesNoProfile: 'Deze test geeft geen RIASEC-profiel, daarom kunnen we geen vacatures voorstellen.',
  vacanciesError: 'De vacatures konden niet worden geladen',
  errors: {
    network: 'We konden de server niet bereiken. Controleer je internetverbinding en probeer het opnieuw.',
    timeout: 'De server reageerde niet op tijd. Probeer het opnieuw.',
    validation: 'De server stuurde gegevens die we niet konden lezen. Probeer het later opnieuw.',
    unauthorized: 'Je bent niet (meer) ingelogd. Log opnieuw in en probeer het nog eens.',
    forbidden: 'Je hebt geen toegang tot deze vacatures.',
    rateLimited: 'Er zijn te veel verzoeken tegelijk. Wacht even en probeer het opnieuw.',
    badRequest: 'De server accepteerde de vraag om vacatures niet.',
    notFound: 'De server kent de vacaturelijst niet. Waarschijnlijk klopt het adres (base-url) niet.',
    server: 'Er ging iets mis op de server. Probeer het later opnieuw.',
    notConfigured: 'Er is geen server ingesteld, daarom kunnen we geen vacatures tonen.',
    unknown: 'Er ging iets onverwachts mis. Probeer het opnieuw.',
  },
  retry: 'Opnieuw proberen',
  fit: (percent) => `Past bij je profiel: ${percent}`,
  storiesTitle: 'Verhalen van collega’s',
  storiesIntro:
    'Collega’s die overstapten naar werk dat past bij een profiel als het jouwe. Ook hiervoor wordt je profiel niet verstuurd: de verhalen worden op dit apparaat met je code vergeleken.',
  storyMovedTo: 'naar',
  storiesLink: 'Lees verhalen van collega’s die een overstap maakten',
  print: 'Afdrukken of opslaan als pdf',
  forget: 'Vergeet mijn antwoorden',
  forgetTitle: 'Je antwoorden vergeten?',
  forgetText: 'Je antwoorden en je uitslag worden van dit apparaat gewist. Dit kun je niet ongedaan maken.',
  forgetConfirm: 'Ja, vergeet mijn antwoorden',
  cancel: 'Annuleren',
  forgotten: 'Je antwoorden zijn vergeten.',
  invalidInstrumentTitle: 'De test kan niet worden getoond',
  invalidInstrument: 'Het ingestelde testdocument is ongeldig. Neem contact op met de beheerder van deze pagina.',
  noItemsError: 'Het testdocument kon niet worden gelezen.',
};

const en: CareerTestStrings = {
  regionLabel: 'Career test',
  introPurpose: 'This test is for you: to discover what work suits you and which directions you could take.',
  introConfidential:
    'Your answers and your result stay on this device. Your employer does not see them and they are never used in selection or appraisal.',
  introDuration: (minutes) => `It takes about ${minutes} minutes. There is no time limit.`,
  introVoluntary: 'Taking part is voluntary. You can stop at any moment and continue later.',
  introStorage: (days) =>
    `Your answers are kept on this device for ${days} days so that you can continue later. ‘Forget my answers’ erases them at once.`,
  start: 'Start the test',
  resume: 'Continue where you left off',
  resumeNote: (answered, total) => `You have already answered ${answered} of the ${total} questions.`,
  startOver: 'Start again',
  progress: (first, last, total) => (first === last ? `Question ${first} of ${total}` : `Questions ${first}–${last} of ${total}`),
  progressLabel: 'Progress',
  questionNumber: (n) => `Question ${n}`,
  back: 'Back',
  next: 'Next',
  toValues: 'Continue to work values',
  toResult: 'See your result',
  unanswered: 'Choose an answer to this question.',
  unansweredSummary: (count, numbers) =>
    count === 1 ? `You have not answered question ${numbers} yet.` : `You have not answered ${count} questions yet: ${numbers}.`,
  valuesTitle: 'What matters to you in your work?',
  valuesHelp: 'Put the values in order, the most important at the top. Use the ‘up’ and ‘down’ buttons. You may skip this part.',
  valuesListLabel: 'Work values, most important first',
  up: 'Up',
  down: 'Down',
  moveUp: (label) => `Move ${label} up`,
  moveDown: (label) => `Move ${label} down`,
  moved: (label, position, total) => `${label} is now in place ${position} of ${total}.`,
  atTop: (label) => `${label} is already at the top.`,
  atBottom: (label) => `${label} is already at the bottom.`,
  valuesDone: 'Done, see your result',
  valuesSkip: 'Skip this part',
  valuesSkipNote: 'Your result is complete without this part as well.',
  resultTitle: 'Your result',
  resultConfidential: 'This result is for you alone, for your own exploration. Your employer does not see it and it is never used in selection.',
  codeLabel: 'Your code',
  codeExplanation: 'The code is made of the letters of the three types you score highest on, the highest first.',
  tie: (places, types) => `In place ${places}, ${types} score exactly the same. The test does not choose between them: they all suit you.`,
  list: list('and'),
  flatProfile: 'Your scores are close together, so your code says less: look mainly at the descriptions that appeal to you.',
  chartTitle: 'Your profile',
  chartDescription: 'Score per type, from 0 to 100. The types in your code are hatched and marked.',
  inCode: 'in your code',
  tableCaption: 'Your scores per type',
  tableType: 'Type',
  tableCode: 'Letter',
  tableScore: 'Score (0–100)',
  tableRaw: 'Points',
  raw: (raw, max) => `${raw} of ${max}`,
  topTypesTitle: 'What suits you',
  directionsInHigherEducation: 'Examples in higher education',
  directionsElsewhere: 'Examples elsewhere',
  valuesResultTitle: 'What matters to you',
  valuesResultSkipped: 'You skipped the part about work values.',
  vacanciesTitle: 'Vacancies that fit your profile',
  vacanciesIntro: 'Your profile is not sent anywhere: the vacancies are fetched and then compared with your code on this device.',
  vacanciesLoading: 'Loading vacancies…',
  vacanciesEmpty: 'No open vacancies fit your profile right now. Have another look later.',
  vacanciesNoProfile: 'This test gives no RIASEC profile, so we cannot suggest vacancies.',
  vacanciesError: 'The vacancies could not be loaded',
  errors: {
    network: 'We could not reach the server. Check your internet connection and try again.',
    timeout: 'The server did not answer in time. Try again.',
    validation: 'The server sent data we could not read. Try again later.',
    unauthorized: 'You are not (or no longer) signed in. Sign in again and retry.',
    forbidden: 'You do not have access to these vacancies.',
    rateLimited: 'Too many requests at once. Wait a moment and try again.',
    badRequest: 'The server did not accept the request for vacancies.',
    notFound: 'The server does not know the vacancy list. The address (base-url) is probably wrong.',
    server: 'Something went wrong on the server. Try again later.',
    notConfigured: 'No server is configured, so no vacancies can be shown.',
    unknown: 'Something unexpected went wrong. Try again.',
  },
  retry: 'Try again',
  fit: (percent) => `Fits your profile: ${percent}`,
  storiesTitle: 'Stories of colleagues',
  storiesIntro:
    'Colleagues who moved to work that fits a profile like yours. Here too your profile is not sent: the stories are compared with your code on this device.',
  storyMovedTo: 'to',
  storiesLink: 'Read stories of colleagues who made a move',
  print: 'Print or save as PDF',
  forget: 'Forget my answers',
  forgetTitle: 'Forget your answers?',
  forgetText: 'Your answers and your result will be erased from this device. This cannot be undone.',
  forgetConfirm: 'Yes, forget my answers',
  cancel: 'Cancel',
  forgotten: 'Your answers have been forgotten.',
  invalidInstrumentTitle: 'The test cannot be shown',
  invalidInstrument: 'The test document that was set is invalid. Please contact the administrator of this page.',
  noItemsError: 'The test document could not be read.',
};

/** The shipped string tables of `<mobility-career-test>`. */
export const careerTestTranslations: TranslationCatalog<CareerTestStrings> = { nl, en };

declare module '../shared/localize.js' {
  interface TranslationRegistry {
    'mobility-career-test': CareerTestStrings;
  }
}
