import type { CountedFigure, NeverCollectedData, StaffGroup, UsageEventType } from '@mobility-kit/contract';
import type { LoadErrorKind } from '../shared/load-error.js';
import type { TranslationCatalog } from '../shared/localize.js';
import { caseVocabularyTranslations, type CaseVocabularyStrings } from '../shared/case-vocabulary.js';
import { signInPromptTranslations, type SignInPromptStrings } from '../shared/sign-in-prompt.js';

/** The figures of a row, as the dashboard names them. */
export type DashboardFigure = 'inflow' | 'inProgress' | 'outflow' | 'medianDurationDays' | 'trajectoryCosts' | 'benefitCosts';

/** Every user-facing string of `<mobility-dashboard>`; the sign-in call to action and notices included. */
export interface DashboardStrings extends SignInPromptStrings, CaseVocabularyStrings {
  regionLabel: string;
  title: string;
  filtersLabel: string;
  fromLabel: string;
  toLabel: string;
  unitLabel: string;
  unitAll: string;
  staffGroupLabel: string;
  staffGroupAll: string;
  staffGroups: Record<StaffGroup, string>;
  quarter: (year: string, quarter: string) => string;
  figures: Record<DashboardFigure, string>;
  usage: Record<UsageEventType, string>;
  loading: string;
  loaded: (quarters: number) => string;
  emptyTitle: string;
  emptyHint: string;
  errorTitle: string;
  errors: Record<LoadErrorKind, string>;
  retry: string;
  /** Shown in place of a value below the threshold; never a zero. */
  belowThreshold: (k: string) => string;
  belowThresholdLong: (k: string) => string;
  secondary: string;
  secondaryLong: string;
  legendTitle: string;
  chartTitle: (scope: string) => string;
  chartDescription: string;
  overviewCaption: (scope: string) => string;
  routesCaption: (scope: string) => string;
  outcomesCaption: (scope: string) => string;
  unitsCaption: string;
  usageCaption: string;
  usageScope: string;
  wholeOrganisation: string;
  quarterHeader: string;
  unitHeader: string;
  days: (n: string) => string;
  rulesTitle: string;
  rulesThreshold: (k: string) => string;
  rulesMinimum: (min: string) => string;
  rulesSecondary: string;
  rulesPeriod: string;
  rulesCosts: string;
  rulesCountedTitle: string;
  counted: Record<CountedFigure, string>;
  rulesNeverTitle: string;
  never: Record<NeverCollectedData, string>;
  exportCsv: string;
  exportedCsv: string;
  csvSuppressed: string;
  benchmarkTitle: string;
  benchmarkIntro: string;
  benchmarkFileLabel: string;
  benchmarkFigureLabel: string;
  benchmarkInvalidJson: string;
  benchmarkInvalid: (detail: string) => string;
  benchmarkLoaded: (name: string) => string;
  benchmarkRemove: (name: string) => string;
  benchmarkCaption: (figure: string) => string;
  benchmarkOtherGroup: (name: string) => string;
  benchmarkDownload: string;
}

const errorsNl: Record<LoadErrorKind, string> = {
  network: 'We konden de server niet bereiken. Controleer je internetverbinding en probeer het opnieuw.',
  timeout: 'De server reageerde niet op tijd. Probeer het opnieuw.',
  validation: 'De server stuurde gegevens die we niet konden lezen. Probeer het later opnieuw.',
  unauthorized: 'Je bent niet (meer) ingelogd. Log opnieuw in en probeer het nog eens.',
  forbidden: 'Alleen HR en beheerders van je organisatie kunnen de stuurinformatie bekijken.',
  rateLimited: 'Er zijn te veel verzoeken tegelijk. Wacht even en probeer het opnieuw.',
  badRequest: 'De server accepteerde deze periode of dit filter niet. Kies een andere periode.',
  notFound: 'De server kent de stuurinformatie niet. Waarschijnlijk klopt het adres (base-url) niet.',
  server: 'Er ging iets mis op de server. Probeer het later opnieuw.',
  notConfigured: 'Er is geen server ingesteld. Geef een base-url op of plaats het element in een <mobility-provider>.',
  unknown: 'Er ging iets onverwachts mis. Probeer het opnieuw.',
};

const nl: DashboardStrings = {
  ...signInPromptTranslations.nl,
  signInTitle: 'Log in om de stuurinformatie te zien',
  signInText: 'De stuurinformatie is alleen voor HR en beheerders van je organisatie.',
  roleText: 'De stuurinformatie is alleen voor HR-medewerkers en beheerders van je organisatie. Als medewerker kun je hier niets bekijken.',
  regionLabel: 'Stuurinformatie mobiliteit',
  title: 'Stuurinformatie mobiliteit',
  filtersLabel: 'Filters',
  fromLabel: 'Van kwartaal',
  toLabel: 'Tot en met kwartaal',
  unitLabel: 'Eenheid',
  unitAll: 'Hele organisatie',
  staffGroupLabel: 'Personeelsgroep',
  staffGroupAll: 'OP en OBP samen',
  staffGroups: { teaching: 'Onderwijzend personeel (OP)', support: 'Ondersteunend personeel (OBP)' },
  quarter: (year, quarter) => `K${quarter} ${year}`,
  figures: {
    inflow: 'Instroom',
    inProgress: 'Lopend',
    outflow: 'Uitstroom',
    medianDurationDays: 'Mediane duur',
    trajectoryCosts: 'Trajectkosten',
    benefitCosts: 'Uitkeringskosten',
  },
  ...caseVocabularyTranslations.nl,
  usage: {
    'widget-view': 'Bezoeken aan het portaal',
    'career-test-completed': 'Loopbaantests afgerond',
    'calculator-session': 'Rekenhulp gebruikt',
  },
  loading: 'Stuurinformatie laden…',
  loaded: (n) => `Cijfers voor ${n} ${n === 1 ? 'kwartaal' : 'kwartalen'} geladen`,
  emptyTitle: 'Nog geen cijfers voor deze periode',
  emptyHint: 'Er zijn geen mobiliteitstrajecten geregistreerd, of te weinig om iets te kunnen tonen. Kies een andere periode of eenheid.',
  errorTitle: 'De stuurinformatie kon niet worden geladen',
  errors: errorsNl,
  retry: 'Opnieuw proberen',
  belowThreshold: (k) => `< ${k}`,
  belowThresholdLong: (k) => `minder dan ${k} personen, afgeschermd`,
  secondary: 'afgeschermd',
  secondaryLong: 'afgeschermd, zodat een kleine groep niet terug te rekenen is',
  legendTitle: 'Zo lees je de tabellen',
  chartTitle: (scope) => `Instroom, lopend en uitstroom per kwartaal — ${scope}`,
  chartDescription: 'Dezelfde cijfers staan in de tabel hieronder.',
  overviewCaption: (scope) => `Instroom, lopende trajecten, uitstroom, duur en kosten — ${scope}`,
  routesCaption: (scope) => `Uitstroom per route — ${scope}`,
  outcomesCaption: (scope) => `Uitstroom per uitkomst — ${scope}`,
  unitsCaption: 'Instroom per eenheid',
  usageCaption: 'Gebruik van de mobiliteitsonderdelen',
  usageScope: 'Alleen aantallen, zonder enige herleidbaarheid; ze gelden voor alles wat deze server telt.',
  wholeOrganisation: 'hele organisatie',
  quarterHeader: 'Kwartaal',
  unitHeader: 'Eenheid',
  days: (n) => `${n} dagen`,
  rulesTitle: 'Zo beschermen we privacy',
  rulesThreshold: (k) => `Een cijfer over minder dan ${k} personen tonen we niet; je ziet dan “< ${k}”.`,
  rulesMinimum: (min) => `Deze drempel kan nooit lager worden ingesteld dan ${min}.`,
  rulesSecondary:
    'Soms verbergen we ook een groter cijfer (“afgeschermd”), omdat je een klein cijfer anders kunt terugrekenen uit totalen, uit de andere personeelsgroep of uit het vorige kwartaal.',
  rulesPeriod: 'De kleinste periode is een kwartaal en de kleinste groep een eenheid (faculteit, instituut of dienst).',
  rulesCosts: 'Kosten en duur tonen we alleen voor groepen waarvan ook het aantal getoond wordt.',
  rulesCountedTitle: 'Wat we tellen',
  counted: {
    inflow: 'instroom: trajecten die in het kwartaal begonnen',
    'in-progress': 'lopend: trajecten die aan het eind van het kwartaal nog liepen',
    'outflow-by-route': 'uitstroom per route (interne herplaatsing, externe plaatsing, detachering, outplacement, WW/BWW)',
    'outflow-by-outcome': 'uitstroom per uitkomst',
    'median-duration': 'mediane duur van afgeronde trajecten',
    'trajectory-costs': 'trajectkosten van afgeronde trajecten',
    'benefit-costs': 'uitkeringskosten (eigen risico WW/BWW) van afgeronde trajecten',
    'usage-counts': 'aantallen keer dat portaal, loopbaantest en rekenhulp gebruikt zijn',
  },
  rulesNeverTitle: 'Wat we nooit vastleggen',
  never: {
    name: 'namen',
    'personnel-number': 'personeelsnummers (HR kiest een eigen dossiercode)',
    'date-of-birth': 'geboortedata',
    'free-text': 'vrije tekst of notities',
    'career-test-answers': 'antwoorden of uitslagen van de loopbaantest',
    'calculator-inputs': 'wat iemand in de rekenhulp invult',
    'ip-address': 'IP-adressen of andere apparaatgegevens',
  },
  exportCsv: 'Download als CSV',
  exportedCsv: 'Het CSV-bestand is gedownload.',
  csvSuppressed: 'afgeschermd',
  benchmarkTitle: 'Vergelijken met andere instellingen',
  benchmarkIntro: 'Laad een benchmarkbestand dat een andere instelling met je heeft gedeeld. Het bevat alleen afgeschermde totalen per kwartaal.',
  benchmarkFileLabel: 'Benchmarkbestand (JSON)',
  benchmarkFigureLabel: 'Cijfer om te vergelijken',
  benchmarkInvalidJson: 'Dit bestand is geen geldig JSON-bestand. Kies een benchmarkbestand dat met mobility-kit is geëxporteerd.',
  benchmarkInvalid: (detail) => `Dit is geen geldig benchmarkbestand (${detail}). Kies een bestand dat met mobility-kit is geëxporteerd.`,
  benchmarkLoaded: (name) => `Benchmark van ${name} geladen.`,
  benchmarkRemove: (name) => `Verwijder ${name}`,
  benchmarkCaption: (figure) => `${figure} per kwartaal, per instelling`,
  benchmarkOtherGroup: (name) => `Let op: het bestand van ${name} gaat over een andere personeelsgroep dan je filter.`,
  benchmarkDownload: 'Eigen benchmarkbestand downloaden',
};

const en: DashboardStrings = {
  ...signInPromptTranslations.en,
  signInTitle: 'Sign in to see the management information',
  signInText: "The management information is for your organisation's HR staff and administrators only.",
  roleText: "The management information is for your organisation's HR staff and administrators only. As an employee you cannot view it here.",
  regionLabel: 'Mobility management information',
  title: 'Mobility management information',
  filtersLabel: 'Filters',
  fromLabel: 'From quarter',
  toLabel: 'To quarter',
  unitLabel: 'Unit',
  unitAll: 'Whole organisation',
  staffGroupLabel: 'Staff group',
  staffGroupAll: 'Teaching and support staff',
  staffGroups: { teaching: 'Teaching staff', support: 'Support staff' },
  quarter: (year, quarter) => `Q${quarter} ${year}`,
  figures: {
    inflow: 'Inflow',
    inProgress: 'In progress',
    outflow: 'Outflow',
    medianDurationDays: 'Median duration',
    trajectoryCosts: 'Trajectory costs',
    benefitCosts: 'Benefit costs',
  },
  ...caseVocabularyTranslations.en,
  usage: {
    'widget-view': 'Portal visits',
    'career-test-completed': 'Career tests completed',
    'calculator-session': 'Calculator sessions',
  },
  loading: 'Loading management information…',
  loaded: (n) => `Figures for ${n} ${n === 1 ? 'quarter' : 'quarters'} loaded`,
  emptyTitle: 'No figures for this period yet',
  emptyHint: 'No mobility trajectories have been recorded, or too few to show anything. Choose another period or unit.',
  errorTitle: 'The management information could not be loaded',
  errors: {
    network: 'We could not reach the server. Check your internet connection and try again.',
    timeout: 'The server did not answer in time. Try again.',
    validation: 'The server sent data we could not read. Try again later.',
    unauthorized: 'You are not signed in (any more). Sign in and try again.',
    forbidden: "Only HR and administrators of your organisation can view the management information.",
    rateLimited: 'Too many requests at once. Wait a moment and try again.',
    badRequest: 'The server did not accept this period or filter. Choose another period.',
    notFound: 'The server does not know the management information. The address (base-url) is probably wrong.',
    server: 'Something went wrong on the server. Try again later.',
    notConfigured: 'No server is configured. Set base-url or place the element inside <mobility-provider>.',
    unknown: 'Something unexpected went wrong. Try again.',
  },
  retry: 'Try again',
  belowThreshold: (k) => `< ${k}`,
  belowThresholdLong: (k) => `fewer than ${k} people, suppressed`,
  secondary: 'suppressed',
  secondaryLong: 'suppressed so that a small group cannot be recomputed',
  legendTitle: 'How to read the tables',
  chartTitle: (scope) => `Inflow, in progress and outflow per quarter — ${scope}`,
  chartDescription: 'The same figures are in the table below.',
  overviewCaption: (scope) => `Inflow, trajectories in progress, outflow, duration and costs — ${scope}`,
  routesCaption: (scope) => `Outflow by route — ${scope}`,
  outcomesCaption: (scope) => `Outflow by outcome — ${scope}`,
  unitsCaption: 'Inflow per unit',
  usageCaption: 'Use of the mobility tools',
  usageScope: 'Counts only, traceable to nobody; they cover everything this server counts.',
  wholeOrganisation: 'whole organisation',
  quarterHeader: 'Quarter',
  unitHeader: 'Unit',
  days: (n) => `${n} days`,
  rulesTitle: 'How we protect privacy',
  rulesThreshold: (k) => `A figure about fewer than ${k} people is not shown; you see “< ${k}” instead.`,
  rulesMinimum: (min) => `This threshold can never be set lower than ${min}.`,
  rulesSecondary:
    'Sometimes a larger figure is hidden too (“suppressed”), because a small figure could otherwise be recomputed from totals, from the other staff group or from the previous quarter.',
  rulesPeriod: 'The smallest period is a quarter and the smallest group a unit (faculty, institute or service).',
  rulesCosts: 'Costs and durations are shown only for groups whose number is shown too.',
  rulesCountedTitle: 'What we count',
  counted: {
    inflow: 'inflow: trajectories that started in the quarter',
    'in-progress': 'in progress: trajectories still running at the end of the quarter',
    'outflow-by-route': 'outflow by route (internal redeployment, external placement, secondment, outplacement, WW/BWW)',
    'outflow-by-outcome': 'outflow by outcome',
    'median-duration': 'median duration of completed trajectories',
    'trajectory-costs': 'trajectory costs of completed trajectories',
    'benefit-costs': 'benefit costs (own-risk WW/BWW) of completed trajectories',
    'usage-counts': 'how often the portal, career test and calculator were used',
  },
  rulesNeverTitle: 'What we never record',
  never: {
    name: 'names',
    'personnel-number': 'personnel numbers (HR chooses its own case code)',
    'date-of-birth': 'dates of birth',
    'free-text': 'free text or notes',
    'career-test-answers': 'career-test answers or results',
    'calculator-inputs': 'anything entered into the calculator',
    'ip-address': 'IP addresses or other device data',
  },
  exportCsv: 'Download as CSV',
  exportedCsv: 'The CSV file has been downloaded.',
  csvSuppressed: 'suppressed',
  benchmarkTitle: 'Compare with other institutions',
  benchmarkIntro: 'Load a benchmark file another institution shared with you. It holds only suppressed totals per quarter.',
  benchmarkFileLabel: 'Benchmark file (JSON)',
  benchmarkFigureLabel: 'Figure to compare',
  benchmarkInvalidJson: 'This file is not valid JSON. Choose a benchmark file exported with mobility-kit.',
  benchmarkInvalid: (detail) => `This is not a valid benchmark file (${detail}). Choose a file exported with mobility-kit.`,
  benchmarkLoaded: (name) => `Benchmark of ${name} loaded.`,
  benchmarkRemove: (name) => `Remove ${name}`,
  benchmarkCaption: (figure) => `${figure} per quarter, per institution`,
  benchmarkOtherGroup: (name) => `Note: the file of ${name} covers another staff group than your filter.`,
  benchmarkDownload: 'Download own benchmark file',
};

export const dashboardTranslations: TranslationCatalog<DashboardStrings> = { nl, en };

declare module '../shared/localize.js' {
  interface TranslationRegistry {
    'mobility-dashboard': DashboardStrings;
  }
}
