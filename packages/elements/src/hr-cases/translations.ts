import type { CaseCsvColumn, CaseStatus, CaseTrigger, StaffGroup } from '@mobility-kit/contract';
import type { LoadErrorKind } from '../shared/load-error.js';
import type { TranslationCatalog } from '../shared/localize.js';
import { caseVocabularyTranslations, type CaseVocabularyStrings } from '../shared/case-vocabulary.js';
import { signInPromptTranslations, type SignInPromptStrings } from '../shared/sign-in-prompt.js';
import type { CaseFieldProblem } from './case-form.js';

/** Every user-facing string of `<mobility-hr-cases>`; the sign-in call to action and notices included. */
export interface HrCasesStrings extends SignInPromptStrings, CaseVocabularyStrings {
  title: string;
  intro: string;
  idHelpTitle: string;
  idHelp: string;
  navLabel: string;
  navList: string;
  navCreate: string;
  navImport: string;

  staffGroups: Record<StaffGroup, string>;
  triggers: Record<CaseTrigger, string>;
  statuses: Record<CaseStatus, string>;

  filtersLabel: string;
  unitLabel: string;
  staffGroupLabel: string;
  triggerLabel: string;
  routeLabel: string;
  outcomeLabel: string;
  statusLabel: string;
  startedLabel: string;
  all: string;
  quarter: (year: string, quarter: string) => string;
  wholeYear: (year: string) => string;
  applyFilters: string;
  clearFilters: string;

  tableCaption: string;
  idHeader: string;
  startHeader: string;
  stateHeader: string;
  trajectoryCostsHeader: string;
  benefitCostsHeader: string;
  actionsHeader: string;
  stateOpen: string;
  stateClosed: (date: string, outcome: string) => string;
  edit: string;
  remove: string;
  /** Names the case an action button acts on, for screen readers. */
  ofCase: (id: string) => string;
  pagingLabel: string;
  previousPage: string;
  nextPage: string;
  pageNumber: (page: number) => string;

  loading: string;
  loaded: (count: number, page: number) => string;
  emptyTitle: string;
  emptyHint: string;
  emptyFilteredTitle: string;
  emptyFilteredHint: string;
  errorTitle: string;
  errors: Record<LoadErrorKind, string>;
  retry: string;

  createTitle: string;
  editTitle: (id: string) => string;
  idLabel: string;
  unitHint: string;
  startDateLabel: string;
  stateLegend: string;
  stateRunning: string;
  stateEnded: string;
  endDateLabel: string;
  trajectoryCostsLabel: string;
  trajectoryCostsHint: string;
  benefitCostsLabel: string;
  benefitCostsHint: string;
  choose: string;
  save: string;
  saving: string;
  cancel: string;
  formInvalid: (count: number) => string;
  problem: (problem: CaseFieldProblem) => string;
  saveFailed: string;
  created: (id: string) => string;
  updated: (id: string) => string;
  deleted: (id: string) => string;
  loadCaseFailed: string;

  deleteTitle: (id: string) => string;
  deleteText: string;
  deleteConfirm: string;
  /** The question before leaving a changed case unsaved. */
  leaveTitle: string;
  leaveText: string;
  leaveConfirm: string;
  leaveCancel: string;
  /** Empties the form of a new case. */
  startOver: string;
  startedOver: string;
  deleteFailed: (id: string, reason: string) => string;

  importTitle: string;
  importIntro: string;
  fileLabel: string;
  fileHint: (maxMegabytes: string, maxRows: string) => string;
  dropZone: string;
  columnsTitle: string;
  columnsIntro: string;
  columnHeader: string;
  requiredHeader: string;
  meaningHeader: string;
  yes: string;
  no: string;
  columns: Record<CaseCsvColumn, string>;
  values: (list: string) => string;
  downloadExample: string;
  exampleDownloaded: string;
  checking: (name: string) => string;
  checkedOk: (name: string, created: number, updated: number) => string;
  checkedErrors: (name: string, count: number) => string;
  omitted: (count: number) => string;
  errorsCaption: string;
  lineHeader: string;
  fieldHeader: string;
  problemHeader: string;
  wholeRow: string;
  importAll: string;
  importing: string;
  imported: (created: number, updated: number) => string;
  otherFile: string;
  fileTooLarge: (maxMegabytes: string) => string;
  fileEmpty: string;
  fileUnreadable: string;
  checkFailed: string;
  importFailed: string;
  backToList: string;
  /** Row-error messages of the import, by what the server found. */
  csv: {
    choose: (values: string) => string;
    missingColumn: string;
    unknownColumn: string;
    columnTwice: string;
    duplicateId: (line: string) => string;
    amount: string;
    fieldCount: (expected: string, found: string) => string;
    date: string;
    dateRange: string;
    endBeforeStart: string;
    outcomeWithEnd: string;
    idFormat: string;
    idNeedsLetter: string;
    noRows: string;
    tooManyRows: string;
    tooManyFields: string;
    unclosedQuote: string;
    unitCap: string;
  };
}

const problemNl = (problem: CaseFieldProblem): string => {
  switch (problem.kind) {
    case 'required':
      return 'Vul dit veld in.';
    case 'choose':
      return 'Kies een van de mogelijkheden.';
    case 'idFormat':
      return 'Gebruik alleen letters, cijfers en losse streepjes, zoals 2025-REORG-017.';
    case 'idNeedsLetter':
      return 'Zet er minstens één letter in: een personeelsnummer mag je niet als dossiercode gebruiken.';
    case 'tooLong':
      return `Gebruik hoogstens ${problem.max} tekens.`;
    case 'unitSpaces':
      return 'Begin of eindig niet met een spatie en gebruik geen regeleinden.';
    case 'notADate':
      return 'Vul een bestaande datum in.';
    case 'dateRange':
      return 'Kies een datum van 2000 tot en met 2099.';
    case 'endBeforeStart':
      return 'De einddatum ligt vóór de begindatum.';
    case 'notAnAmount':
      return 'Vul een bedrag in euro in, zoals 1250,50 (zonder punt voor duizendtallen is ook goed).';
    case 'amountTooHigh':
      return `Het bedrag mag hoogstens € ${problem.max.toLocaleString('nl-NL')} zijn.`;
    case 'twoDecimals':
      return 'Gebruik hoogstens twee cijfers achter de komma.';
    case 'idTaken':
      return 'Deze dossiercode bestaat al in je organisatie. Kies een andere code, of bewerk het bestaande dossier.';
    case 'server':
      return `De server accepteerde dit niet: ${problem.message}`;
  }
};

const problemEn = (problem: CaseFieldProblem): string => {
  switch (problem.kind) {
    case 'required':
      return 'Fill in this field.';
    case 'choose':
      return 'Choose one of the options.';
    case 'idFormat':
      return 'Use only letters, digits and single dashes, such as 2025-REORG-017.';
    case 'idNeedsLetter':
      return 'Include at least one letter: a personnel number must not be used as case id.';
    case 'tooLong':
      return `Use at most ${problem.max} characters.`;
    case 'unitSpaces':
      return 'Do not start or end with a space, and do not use line breaks.';
    case 'notADate':
      return 'Enter a date that exists.';
    case 'dateRange':
      return 'Choose a date from 2000 to 2099.';
    case 'endBeforeStart':
      return 'The end date is before the start date.';
    case 'notAnAmount':
      return 'Enter an amount in euros, such as 1250.50.';
    case 'amountTooHigh':
      return `The amount may be at most € ${problem.max.toLocaleString('en-GB')}.`;
    case 'twoDecimals':
      return 'Use at most two decimals.';
    case 'idTaken':
      return 'This case id is already in use in your organisation. Choose another id, or edit the existing case.';
    case 'server':
      return `The server did not accept this: ${problem.message}`;
  }
};

const nl: HrCasesStrings = {
  ...signInPromptTranslations.nl,
  signInTitle: 'Log in om het dossierregister te gebruiken',
  signInText: 'Het dossierregister is alleen voor HR-medewerkers van je organisatie.',
  roleText: 'Het dossierregister bevat gegevens over individuele trajecten en is daarom alleen voor HR-medewerkers. Beheerders en medewerkers kunnen het niet inzien.',
  title: 'Dossierregister mobiliteit',
  intro:
    'Hier houd je de mobiliteitstrajecten van je organisatie bij, zonder namen: elk dossier heeft alleen een eigen code, een eenheid, data, vaste keuzes en twee bedragen. De stuurinformatie telt deze dossiers, en toont nooit groepen kleiner dan de drempel.',
  idHelpTitle: 'Een goede dossiercode',
  idHelp:
    'Kies een code die alleen HR kan herleiden, zoals 2025-REORG-017: letters, cijfers en streepjes, met minstens één letter. Gebruik nooit een naam, initialen, een personeelsnummer of een geboortedatum. Namen en notities over personen horen niet in dit register.',
  navLabel: 'Dossierregister',
  navList: 'Dossiers',
  navCreate: 'Nieuw dossier',
  navImport: 'CSV importeren',

  staffGroups: { teaching: 'Onderwijzend personeel (OP)', support: 'Ondersteunend personeel (OBP)' },
  triggers: {
    reorganisation: 'Reorganisatie',
    'end-of-contract': 'Einde tijdelijk contract',
    conflict: 'Arbeidsconflict',
    'own-wish': 'Eigen wens',
    health: 'Gezondheid',
  },
  ...caseVocabularyTranslations.nl,
  statuses: { open: 'Lopend', closed: 'Afgerond' },

  filtersLabel: 'Dossiers filteren',
  unitLabel: 'Eenheid',
  staffGroupLabel: 'Personeelsgroep',
  triggerLabel: 'Aanleiding',
  routeLabel: 'Route',
  outcomeLabel: 'Uitkomst',
  statusLabel: 'Stand',
  startedLabel: 'Begonnen in',
  all: 'Alle',
  quarter: (year, quarter) => `K${quarter} ${year}`,
  wholeYear: (year) => `heel ${year}`,
  applyFilters: 'Filteren',
  clearFilters: 'Filters wissen',

  tableCaption: 'Dossiers',
  idHeader: 'Dossiercode',
  startHeader: 'Begonnen',
  stateHeader: 'Stand',
  trajectoryCostsHeader: 'Trajectkosten',
  benefitCostsHeader: 'Uitkeringskosten',
  actionsHeader: 'Acties',
  stateOpen: 'Loopt',
  stateClosed: (date, outcome) => `Afgerond op ${date}: ${outcome}`,
  edit: 'Bewerken',
  remove: 'Verwijderen',
  ofCase: (id) => `dossier ${id}`,
  pagingLabel: 'Pagina’s',
  previousPage: 'Vorige pagina',
  nextPage: 'Volgende pagina',
  pageNumber: (page) => `Pagina ${page}`,

  loading: 'Dossiers laden…',
  loaded: (count, page) => `${count} ${count === 1 ? 'dossier' : 'dossiers'} op pagina ${page}`,
  emptyTitle: 'Nog geen dossiers',
  emptyHint: 'Voeg een dossier toe met “Nieuw dossier”, of importeer een CSV-bestand.',
  emptyFilteredTitle: 'Geen dossiers bij deze filters',
  emptyFilteredHint: 'Wis een of meer filters om meer dossiers te zien.',
  errorTitle: 'De dossiers konden niet worden geladen',
  errors: {
    network: 'We konden de server niet bereiken. Controleer je internetverbinding en probeer het opnieuw.',
    timeout: 'De server reageerde niet op tijd. Probeer het opnieuw.',
    validation: 'De server stuurde gegevens die we niet konden lezen. Probeer het later opnieuw.',
    unauthorized: 'Je bent niet (meer) ingelogd. Log opnieuw in en probeer het nog eens.',
    forbidden: 'Alleen HR-medewerkers van je organisatie kunnen het dossierregister gebruiken.',
    rateLimited: 'Er zijn te veel verzoeken tegelijk. Wacht even en probeer het opnieuw.',
    badRequest: 'De server accepteerde deze filters niet. Wis de filters en probeer het opnieuw.',
    notFound: 'De server kent het dossierregister niet. Waarschijnlijk klopt het adres (base-url) niet.',
    server: 'Er ging iets mis op de server. Probeer het later opnieuw.',
    notConfigured: 'Er is geen server ingesteld. Geef een base-url op of plaats het element in een <mobility-provider>.',
    unknown: 'Er ging iets onverwachts mis. Probeer het opnieuw.',
  },
  retry: 'Opnieuw proberen',

  createTitle: 'Nieuw dossier',
  editTitle: (id) => `Dossier ${id} bewerken`,
  idLabel: 'Dossiercode',
  unitHint: 'De faculteit, het instituut of de dienst — nooit de naam van een persoon.',
  startDateLabel: 'Begindatum',
  stateLegend: 'Stand van het traject',
  stateRunning: 'Het traject loopt nog',
  stateEnded: 'Het traject is afgerond',
  endDateLabel: 'Einddatum',
  trajectoryCostsLabel: 'Trajectkosten in euro',
  trajectoryCostsHint: 'Coaching, scholing, outplacement. Bijvoorbeeld 1250,50.',
  benefitCostsLabel: 'Uitkeringskosten in euro',
  benefitCostsHint: 'Het eigen risico WW/BWW dat de werkgever draagt. 0 als er geen zijn.',
  choose: '— kies —',
  save: 'Opslaan',
  saving: 'Opslaan…',
  cancel: 'Annuleren',
  formInvalid: (count) => `Het dossier is niet opgeslagen: ${count === 1 ? 'één veld vraagt' : `${count} velden vragen`} aandacht.`,
  problem: problemNl,
  saveFailed: 'Opslaan is niet gelukt',
  created: (id) => `Dossier ${id} is opgeslagen.`,
  updated: (id) => `De wijzigingen in dossier ${id} zijn opgeslagen.`,
  deleted: (id) => `Dossier ${id} is verwijderd.`,
  loadCaseFailed: 'Het dossier kon niet worden geladen',

  deleteTitle: (id) => `Dossier ${id} verwijderen?`,
  deleteText: 'Het dossier verdwijnt uit het register en telt niet meer mee in de stuurinformatie. Dit kun je niet ongedaan maken.',
  deleteConfirm: 'Verwijderen',
  leaveTitle: 'Wijzigingen niet opgeslagen',
  leaveText: 'Je hebt dingen in dit dossier veranderd die nog niet zijn opgeslagen. Ga je weg, dan gaan ze verloren.',
  leaveConfirm: 'Niet opslaan en weggaan',
  leaveCancel: 'Verder bewerken',
  startOver: 'Opnieuw beginnen',
  startedOver: 'Het formulier is leeggemaakt.',
  deleteFailed: (id, reason) => `Dossier ${id} is niet verwijderd. ${reason}`,

  importTitle: 'Dossiers importeren uit een CSV-bestand',
  importIntro:
    'Kies een bestand: we controleren eerst elke regel en slaan dan nog niets op. Klopt alles, dan importeer je alle regels in één keer. Bevat het bestand ook maar één fout, dan wordt niets opgeslagen. Een dossiercode die al bestaat, wordt vervangen door de regel uit het bestand.',
  fileLabel: 'CSV-bestand',
  fileHint: (mb, rows) => `Gescheiden door komma’s of puntkomma’s, UTF-8, hoogstens ${mb} MB en ${rows} regels.`,
  dropZone: 'Of sleep het bestand naar dit vak.',
  columnsTitle: 'Kolommen van het bestand',
  columnsIntro:
    'De eerste regel noemt de kolommen, in willekeurige volgorde. Een andere kolom, zoals een naam of een opmerking, maakt het hele bestand ongeldig. Bedragen zonder punt voor duizendtallen; in een puntkommabestand mag de komma het decimaalteken zijn.',
  columnHeader: 'Kolom',
  requiredHeader: 'Verplicht',
  meaningHeader: 'Betekenis en waarden',
  yes: 'ja',
  no: 'nee',
  columns: {
    id: 'De pseudonieme dossiercode: letters, cijfers en streepjes, minstens één letter. Nooit een naam of personeelsnummer.',
    unit: 'De eenheid: faculteit, instituut of dienst.',
    staffGroup: 'De personeelsgroep.',
    startDate: 'De eerste dag van het traject, jjjj-mm-dd.',
    trigger: 'De aanleiding van het traject.',
    route: 'De route van het traject.',
    outcome: 'Hoe het traject eindigde; alleen samen met een einddatum, leeg als het traject loopt.',
    endDate: 'De laatste dag van het traject, jjjj-mm-dd; leeg als het traject loopt.',
    trajectoryCosts: 'Trajectkosten in euro, zoals 1250.50; leeg telt als 0.',
    benefitCosts: 'Uitkeringskosten (eigen risico WW/BWW) in euro; leeg telt als 0.',
  },
  values: (list) => `Waarden: ${list}`,
  downloadExample: 'Voorbeeldbestand downloaden',
  exampleDownloaded: 'Het voorbeeldbestand is gedownload.',
  checking: (name) => `${name} wordt gecontroleerd…`,
  checkedOk: (name, created, updated) =>
    `${name} is in orde: ${created} ${created === 1 ? 'nieuw dossier' : 'nieuwe dossiers'} en ${updated} ${updated === 1 ? 'bestaand dossier dat' : 'bestaande dossiers die'} wordt vervangen. Er is nog niets opgeslagen.`,
  checkedErrors: (name, count) => `${name} bevat ${count} ${count === 1 ? 'fout' : 'fouten'}. Er is niets opgeslagen. Verbeter het bestand en kies het opnieuw.`,
  omitted: (count) => `En nog ${count} ${count === 1 ? 'fout' : 'fouten'} die hier niet staan.`,
  errorsCaption: 'Fouten per regel van het bestand',
  lineHeader: 'Regel',
  fieldHeader: 'Kolom',
  problemHeader: 'Wat er niet klopt',
  wholeRow: 'hele regel',
  importAll: 'Alles importeren',
  importing: 'Importeren…',
  imported: (created, updated) => `Import voltooid: ${created} ${created === 1 ? 'nieuw dossier' : 'nieuwe dossiers'}, ${updated} vervangen.`,
  otherFile: 'Ander bestand kiezen',
  fileTooLarge: (mb) => `Dit bestand is groter dan ${mb} MB. Splits het in kleinere bestanden.`,
  fileEmpty: 'Dit bestand is leeg.',
  fileUnreadable: 'Dit bestand kon niet als tekst worden gelezen. Sla het op als CSV (UTF-8).',
  checkFailed: 'Het bestand kon niet worden gecontroleerd',
  importFailed: 'Het importeren is niet gelukt; er is niets opgeslagen',
  backToList: 'Naar de dossiers',
  csv: {
    choose: (values) => `Geen geldige waarde. Kies uit: ${values}.`,
    missingColumn: 'Deze verplichte kolom ontbreekt in de eerste regel.',
    unknownColumn: 'Onbekende kolom. Verwijder deze kolom uit het bestand.',
    columnTwice: 'Deze kolom staat twee keer in de eerste regel.',
    duplicateId: (line) => `Deze dossiercode staat ook op regel ${line}.`,
    amount: 'Geen geldig bedrag. Schrijf het zonder punt voor duizendtallen, zoals 1250.50.',
    fieldCount: (expected, found) => `Deze regel heeft ${found} velden in plaats van ${expected}.`,
    date: 'Geen geldige datum. Schrijf jjjj-mm-dd, zoals 2025-03-01.',
    dateRange: 'Kies een datum van 2000 tot en met 2099.',
    endBeforeStart: 'De einddatum ligt vóór de begindatum.',
    outcomeWithEnd: 'Een afgerond traject heeft een uitkomst én een einddatum; een lopend geen van beide.',
    idFormat: 'Gebruik alleen letters, cijfers en losse streepjes.',
    idNeedsLetter: 'Zet er minstens één letter in: een personeelsnummer mag niet.',
    noRows: 'Het bestand bevat geen dossiers.',
    tooManyRows: 'Te veel regels voor één bestand. Splits het bestand.',
    tooManyFields: 'Deze regel heeft veel te veel velden; het lezen is hier gestopt.',
    unclosedQuote: 'Een veld tussen aanhalingstekens wordt niet afgesloten.',
    unitCap: 'Met dit bestand zou je organisatie te veel verschillende eenheden krijgen. Voeg kleine eenheden samen.',
  },
};

const en: HrCasesStrings = {
  ...signInPromptTranslations.en,
  signInTitle: 'Sign in to use the case register',
  signInText: "The case register is for your organisation's HR staff only.",
  roleText: 'The case register holds data about individual trajectories and is therefore for HR staff only. Administrators and employees cannot view it.',
  title: 'Mobility case register',
  intro:
    "Keep your organisation's mobility trajectories here, without names: each case has only its own code, a unit, dates, closed choices and two amounts. The management information counts these cases and never shows groups smaller than the threshold.",
  idHelpTitle: 'A good case id',
  idHelp:
    'Choose a code only HR can trace, such as 2025-REORG-017: letters, digits and dashes, with at least one letter. Never use a name, initials, a personnel number or a date of birth. Names and notes about people do not belong in this register.',
  navLabel: 'Case register',
  navList: 'Cases',
  navCreate: 'New case',
  navImport: 'Import CSV',

  staffGroups: { teaching: 'Teaching staff', support: 'Support staff' },
  triggers: {
    reorganisation: 'Reorganisation',
    'end-of-contract': 'End of temporary contract',
    conflict: 'Work conflict',
    'own-wish': 'Own wish',
    health: 'Health',
  },
  ...caseVocabularyTranslations.en,
  statuses: { open: 'Running', closed: 'Ended' },

  filtersLabel: 'Filter cases',
  unitLabel: 'Unit',
  staffGroupLabel: 'Staff group',
  triggerLabel: 'Trigger',
  routeLabel: 'Route',
  outcomeLabel: 'Outcome',
  statusLabel: 'State',
  startedLabel: 'Started in',
  all: 'All',
  quarter: (year, quarter) => `Q${quarter} ${year}`,
  wholeYear: (year) => `all of ${year}`,
  applyFilters: 'Filter',
  clearFilters: 'Clear filters',

  tableCaption: 'Cases',
  idHeader: 'Case id',
  startHeader: 'Started',
  stateHeader: 'State',
  trajectoryCostsHeader: 'Trajectory costs',
  benefitCostsHeader: 'Benefit costs',
  actionsHeader: 'Actions',
  stateOpen: 'Running',
  stateClosed: (date, outcome) => `Ended on ${date}: ${outcome}`,
  edit: 'Edit',
  remove: 'Delete',
  ofCase: (id) => `case ${id}`,
  pagingLabel: 'Pages',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageNumber: (page) => `Page ${page}`,

  loading: 'Loading cases…',
  loaded: (count, page) => `${count} ${count === 1 ? 'case' : 'cases'} on page ${page}`,
  emptyTitle: 'No cases yet',
  emptyHint: 'Add a case with “New case”, or import a CSV file.',
  emptyFilteredTitle: 'No cases match these filters',
  emptyFilteredHint: 'Clear one or more filters to see more cases.',
  errorTitle: 'The cases could not be loaded',
  errors: {
    network: 'We could not reach the server. Check your internet connection and try again.',
    timeout: 'The server did not answer in time. Try again.',
    validation: 'The server sent data we could not read. Try again later.',
    unauthorized: 'You are not signed in (any more). Sign in and try again.',
    forbidden: "Only your organisation's HR staff can use the case register.",
    rateLimited: 'Too many requests at once. Wait a moment and try again.',
    badRequest: 'The server did not accept these filters. Clear the filters and try again.',
    notFound: 'The server does not know the case register. The address (base-url) is probably wrong.',
    server: 'Something went wrong on the server. Try again later.',
    notConfigured: 'No server is configured. Set base-url or place the element inside <mobility-provider>.',
    unknown: 'Something unexpected went wrong. Try again.',
  },
  retry: 'Try again',

  createTitle: 'New case',
  editTitle: (id) => `Edit case ${id}`,
  idLabel: 'Case id',
  unitHint: 'The faculty, institute or service — never the name of a person.',
  startDateLabel: 'Start date',
  stateLegend: 'State of the trajectory',
  stateRunning: 'The trajectory is still running',
  stateEnded: 'The trajectory has ended',
  endDateLabel: 'End date',
  trajectoryCostsLabel: 'Trajectory costs in euros',
  trajectoryCostsHint: 'Coaching, training, outplacement. For example 1250.50.',
  benefitCostsLabel: 'Benefit costs in euros',
  benefitCostsHint: 'The WW/BWW own risk borne by the employer. 0 if there is none.',
  choose: '— choose —',
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  formInvalid: (count) => `The case was not saved: ${count === 1 ? 'one field needs' : `${count} fields need`} attention.`,
  problem: problemEn,
  saveFailed: 'Saving failed',
  created: (id) => `Case ${id} has been saved.`,
  updated: (id) => `The changes to case ${id} have been saved.`,
  deleted: (id) => `Case ${id} has been deleted.`,
  loadCaseFailed: 'The case could not be loaded',

  deleteTitle: (id) => `Delete case ${id}?`,
  deleteText: 'The case disappears from the register and no longer counts in the management information. This cannot be undone.',
  deleteConfirm: 'Delete',
  leaveTitle: 'Changes not saved',
  leaveText: 'You changed things in this case that are not saved yet. If you leave, they are lost.',
  leaveConfirm: 'Leave without saving',
  leaveCancel: 'Keep editing',
  startOver: 'Start over',
  startedOver: 'The form has been emptied.',
  deleteFailed: (id, reason) => `Case ${id} was not deleted. ${reason}`,

  importTitle: 'Import cases from a CSV file',
  importIntro:
    'Choose a file: every line is checked first and nothing is stored yet. If all is well, you import every line at once. If the file holds even one error, nothing is stored. A case id that already exists is replaced by the line from the file.',
  fileLabel: 'CSV file',
  fileHint: (mb, rows) => `Separated by commas or semicolons, UTF-8, at most ${mb} MB and ${rows} lines.`,
  dropZone: 'Or drop the file on this box.',
  columnsTitle: 'Columns of the file',
  columnsIntro:
    'The first line names the columns, in any order. Any other column, such as a name or a note, makes the whole file invalid. Amounts without thousands separators; in a semicolon file the comma may be the decimal mark.',
  columnHeader: 'Column',
  requiredHeader: 'Required',
  meaningHeader: 'Meaning and values',
  yes: 'yes',
  no: 'no',
  columns: {
    id: 'The pseudonymous case id: letters, digits and dashes, at least one letter. Never a name or personnel number.',
    unit: 'The unit: faculty, institute or service.',
    staffGroup: 'The staff group.',
    startDate: 'The first day of the trajectory, yyyy-mm-dd.',
    trigger: 'Why the trajectory started.',
    route: 'The route of the trajectory.',
    outcome: 'How the trajectory ended; only together with an end date, empty while it runs.',
    endDate: 'The last day of the trajectory, yyyy-mm-dd; empty while it runs.',
    trajectoryCosts: 'Trajectory costs in euros, such as 1250.50; empty counts as 0.',
    benefitCosts: 'Benefit costs (WW/BWW own risk) in euros; empty counts as 0.',
  },
  values: (list) => `Values: ${list}`,
  downloadExample: 'Download an example file',
  exampleDownloaded: 'The example file has been downloaded.',
  checking: (name) => `Checking ${name}…`,
  checkedOk: (name, created, updated) =>
    `${name} is fine: ${created} new ${created === 1 ? 'case' : 'cases'} and ${updated} existing ${updated === 1 ? 'case' : 'cases'} to be replaced. Nothing has been stored yet.`,
  checkedErrors: (name, count) => `${name} holds ${count} ${count === 1 ? 'error' : 'errors'}. Nothing has been stored. Correct the file and choose it again.`,
  omitted: (count) => `And ${count} more ${count === 1 ? 'error' : 'errors'} not listed here.`,
  errorsCaption: 'Errors per line of the file',
  lineHeader: 'Line',
  fieldHeader: 'Column',
  problemHeader: 'What is wrong',
  wholeRow: 'whole line',
  importAll: 'Import everything',
  importing: 'Importing…',
  imported: (created, updated) => `Import complete: ${created} new ${created === 1 ? 'case' : 'cases'}, ${updated} replaced.`,
  otherFile: 'Choose another file',
  fileTooLarge: (mb) => `This file is larger than ${mb} MB. Split it into smaller files.`,
  fileEmpty: 'This file is empty.',
  fileUnreadable: 'This file could not be read as text. Save it as CSV (UTF-8).',
  checkFailed: 'The file could not be checked',
  importFailed: 'The import failed; nothing has been stored',
  backToList: 'Back to the cases',
  csv: {
    choose: (values) => `Not a valid value. Choose from: ${values}.`,
    missingColumn: 'This required column is missing from the first line.',
    unknownColumn: 'Unknown column. Remove this column from the file.',
    columnTwice: 'This column appears twice in the first line.',
    duplicateId: (line) => `This case id is also on line ${line}.`,
    amount: 'Not a valid amount. Write it without thousands separators, such as 1250.50.',
    fieldCount: (expected, found) => `This line has ${found} fields instead of ${expected}.`,
    date: 'Not a valid date. Write yyyy-mm-dd, such as 2025-03-01.',
    dateRange: 'Choose a date from 2000 to 2099.',
    endBeforeStart: 'The end date is before the start date.',
    outcomeWithEnd: 'An ended trajectory has both an outcome and an end date; a running one neither.',
    idFormat: 'Use only letters, digits and single dashes.',
    idNeedsLetter: 'Include at least one letter: a personnel number is not allowed.',
    noRows: 'The file holds no cases.',
    tooManyRows: 'Too many lines for one file. Split the file.',
    tooManyFields: 'This line has far too many fields; reading stopped here.',
    unclosedQuote: 'A field in quotes is not closed.',
    unitCap: 'This file would give your organisation too many different units. Merge small units.',
  },
};

export const hrCasesTranslations: TranslationCatalog<HrCasesStrings> = { nl, en };

declare module '../shared/localize.js' {
  interface TranslationRegistry {
    'mobility-hr-cases': HrCasesStrings;
  }
}
