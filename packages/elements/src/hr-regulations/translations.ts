import type { CalculatorParameterName } from '@mobility-kit/contract';
import type { LoadErrorKind } from '../shared/load-error.js';
import type { TranslationCatalog } from '../shared/localize.js';
import { signInPromptTranslations, type SignInPromptStrings } from '../shared/sign-in-prompt.js';
import type { EntryProblem, ValuePart } from './entry-form.js';
import type { ExampleFigure } from './live-check.js';

/**
 * Every user-facing string of `<mobility-hr-regulations>` that the calculator does not already
 * have. The names of the values, their statuses and how a value is written come from the
 * calculator's own table (`mobility-calculator`), so the two always say the same.
 */
export interface HrRegulationsStrings extends SignInPromptStrings {
  title: string;
  intro: string;
  loading: string;
  loaded: (own: number) => string;
  errorTitle: string;
  errors: Record<LoadErrorKind, string>;
  retry: string;
  emptyTitle: string;
  emptyText: string;
  lastChanged: (when: string, by: string | undefined) => string;
  /** What the calculator uses a value for, in plain words. */
  purposes: Record<CalculatorParameterName, string>;
  inForce: string;
  noneInForce: string;
  origin: { organisation: string; shipped: string };
  entriesTitle: string;
  from: (date: string) => string;
  unknownValue: string;
  currentBadge: string;
  edit: string;
  editLabel: (name: string, date: string) => string;
  add: string;
  addLabel: (name: string) => string;
  legendNew: (name: string) => string;
  legendEdit: (name: string, date: string) => string;
  fields: { validFrom: string; validFromHelp: string; unknown: string; unknownHelp: string; status: string; source: string; sourceHelp: string };
  parts: Record<ValuePart, string>;
  partHelp: Partial<Record<ValuePart, string>>;
  flagOptions: { yes: string; no: string };
  suppletionOptions: { untilAow: string; months: string };
  save: string;
  saving: string;
  cancel: string;
  saved: (name: string, minutes: string) => string;
  notSaved: string;
  errorSummaryTitle: string;
  fieldErrors: Record<EntryProblem, (limit: string) => string>;
  liveTitle: string;
  liveIntro: (date: string) => string;
  liveCaption: string;
  liveColumns: { figure: string; now: string; after: string };
  figures: Record<ExampleFigure, string>;
  changedBadge: string;
  liveSummary: (changed: number) => string;
  livePending: string;
  liveUnavailable: string;
  historyTitle: (count: number) => string;
  noHistory: string;
  historyTruncated: string;
  revisionBy: (when: string, by: string | undefined) => string;
  initialRevision: (when: string) => string;
  added: (date: string, value: string) => string;
  changed: (date: string, before: string, after: string) => string;
  removed: (date: string, value: string) => string;
}

const nl: HrRegulationsStrings = {
  ...signInPromptTranslations.nl,
  signInTitle: 'Log in om de rekenwaarden te beheren',
  title: 'Rekenwaarden van je organisatie',
  intro:
    'Met deze waarden rekent de rekenhulp WW, BWRHBO en loonsuppletie voor medewerkers van je organisatie. Leg bij elke waarde vast vanaf wanneer hij geldt, waar hij vandaan komt en of hij is gecontroleerd.',
  loading: 'Rekenwaarden laden…',
  loaded: (own) => (own === 0 ? 'Rekenwaarden geladen. Je organisatie gebruikt de standaardtabel.' : `Rekenwaarden geladen. Je organisatie heeft ${own} ${own === 1 ? 'waarde' : 'waarden'} zelf ingesteld.`),
  errorTitle: 'De rekenwaarden konden niet worden geladen',
  errors: {
    network: 'We konden de server niet bereiken. Controleer je internetverbinding en probeer het opnieuw.',
    timeout: 'De server antwoordde niet op tijd. Probeer het opnieuw.',
    validation: 'De server stuurde gegevens die we niet konden lezen. Probeer het later opnieuw.',
    unauthorized: 'Je bent niet (meer) ingelogd. Log in en probeer het opnieuw.',
    forbidden: 'Alleen HR-medewerkers en beheerders van je organisatie kunnen de rekenwaarden beheren.',
    rateLimited: 'Te veel verzoeken tegelijk. Wacht even en probeer het opnieuw.',
    badRequest: 'De server accepteerde dit verzoek niet. Controleer de gegevens.',
    notFound: 'De server kent je organisatie niet. Het adres (base-url) is waarschijnlijk onjuist.',
    server: 'Er ging iets mis op de server. Probeer het later opnieuw.',
    notConfigured: 'Er is geen server ingesteld. Stel base-url in of plaats het element binnen <mobility-provider>.',
    unknown: 'Er ging iets onverwachts mis. Probeer het opnieuw.',
  },
  retry: 'Opnieuw proberen',
  emptyTitle: 'Nog geen eigen waarden',
  emptyText:
    'Je organisatie heeft nog geen waarden ingesteld: de rekenhulp rekent met de standaardtabel hieronder. Controleer elke waarde en leg vast waar hij vandaan komt.',
  lastChanged: (when, by) => `Laatst gewijzigd op ${when}${by ? ` door ${by}` : ''}.`,
  purposes: {
    maxDailyWage: 'Het hoogste dagloon waarover UWV WW betaalt. Wie meer verdiende, krijgt WW over dit bedrag; de aanvulling (AVU) vult aan.',
    aowAgeMonths: 'De leeftijd waarop iemand AOW krijgt. Alle uitkeringen stoppen op die datum.',
    scale12TopMonthly: 'Het maximum van schaal 12 per maand. Bepaalt het maximum van de reparatie-uitkering, de aansluitende uitkering en de loonsuppletie.',
    scale10TopMonthly: 'Het maximum van schaal 10 per maand. Bepaalt het maximum van de extra aansluitende uitkering.',
    holidayPayRate: 'De vakantietoelage als deel van het salaris. Telt mee in het maximum van de bovenwettelijke uitkeringen.',
    yearEndBonusRate: 'De eindejaarsuitkering als deel van het salaris. Telt mee in het maximum van de bovenwettelijke uitkeringen.',
    asuMonths: 'Hoe lang de aansluitende uitkering (ASU) duurt: maanden per dienstjaar in het hbo, met een maximum.',
    extraAsuCapIncludesAllowances: 'Of het maximum van de extra ASU de vakantietoelage en eindejaarsuitkering meetelt.',
    reintegrationBudget: 'Het hoogste re-integratiebudget, naar leeftijd op de eerste werkloze dag.',
    fullTimeHoursPerWeek: 'Het aantal uren van een voltijdbaan. Nodig om het uurloon voor de loonsuppletie te berekenen.',
    suppletionMaxMonths: 'Hoe lang loonsuppletie wordt betaald na de start van een nieuwe baan.',
  },
  inForce: 'Nu van kracht',
  noneInForce: 'Vandaag geldt nog geen waarde.',
  origin: { organisation: 'ingesteld door je organisatie', shipped: 'standaardtabel van de rekenhulp' },
  entriesTitle: 'Waarden per datum',
  from: (date) => `vanaf ${date}`,
  unknownValue: 'nog niet bekend',
  currentBadge: 'nu van kracht',
  edit: 'Wijzigen',
  editLabel: (name, date) => `${name} vanaf ${date} wijzigen`,
  add: 'Nieuwe waarde toevoegen',
  addLabel: (name) => `Nieuwe waarde toevoegen: ${name}`,
  legendNew: (name) => `Nieuwe waarde: ${name}`,
  legendEdit: (name, date) => `${name} vanaf ${date} wijzigen`,
  fields: {
    validFrom: 'Geldig vanaf',
    validFromHelp: 'De eerste dag waarop deze waarde geldt.',
    unknown: 'Waarde nog niet bekend',
    unknownHelp: 'Vanaf deze datum geldt een nieuwe waarde die nog niet is gepubliceerd. De rekenhulp gebruikt dan de vorige waarde en meldt dat.',
    status: 'Status',
    source: 'Bron',
    sourceHelp: 'Waar de waarde vandaan komt: een cao-artikel, een regeling of een webadres. Geen persoonsgegevens.',
  },
  parts: {
    amount: 'Bedrag in euro',
    rate: 'Percentage van het salaris',
    years: 'Jaren',
    months: 'en maanden',
    hours: 'Uren per week',
    flag: 'Inclusief vakantietoelage en eindejaarsuitkering?',
    perServiceYear: 'Maanden per dienstjaar',
    max: 'Hoogstens (maanden)',
    under40: 'Onder 40 jaar (euro)',
    from40: '40 tot en met 49 jaar (euro)',
    from50: '50 jaar en ouder (euro)',
    suppletionKind: 'Duur',
    suppletionMonths: 'Aantal maanden',
  },
  partHelp: {
    amount: 'Bijvoorbeeld 304,25.',
    rate: 'Bijvoorbeeld 8 of 8,3.',
    suppletionMonths: 'Alleen bij een vast aantal maanden.',
  },
  flagOptions: { yes: 'Ja', no: 'Nee' },
  suppletionOptions: { untilAow: 'Tot de AOW-leeftijd', months: 'Een vast aantal maanden' },
  save: 'Opslaan',
  saving: 'Opslaan…',
  cancel: 'Annuleren',
  saved: (name, minutes) => `${name} is opgeslagen. De rekenhulp gebruikt de nieuwe waarde binnen ${minutes} minuten.`,
  notSaved: 'Niet opgeslagen. Wat je hebt ingevuld, staat er nog.',
  errorSummaryTitle: 'Controleer deze gegevens',
  fieldErrors: {
    required: () => 'Vul dit in.',
    notANumber: () => 'Vul een getal in, bijvoorbeeld 304,25.',
    notAWholeNumber: () => 'Vul een heel getal in.',
    notADate: () => 'Vul een geldige datum in.',
    tooLow: (limit) => `Vul een getal in van minstens ${limit}.`,
    tooHigh: (limit) => `Vul een getal in van hoogstens ${limit}.`,
    mustBePositive: () => 'Vul een getal in dat groter is dan 0.',
    belowHundredPercent: () => 'Vul een percentage in onder de 100.',
    duplicateDate: () => 'Er is al een waarde vanaf deze datum. Wijzig die waarde of kies een andere datum.',
    needsKnownValue: () => 'Er moet minstens één bekende waarde zijn.',
    sourceBlank: () => 'Noem waar de waarde vandaan komt.',
    tooLong: (limit) => `Gebruik hoogstens ${limit} tekens.`,
    invalid: () => 'Deze waarde kan niet worden gebruikt. Controleer haar.',
  },
  liveTitle: 'Wat verandert er in een rekenvoorbeeld?',
  liveIntro: (date) =>
    `Voorbeeld: werkloos vanaf ${date}, SV-loon € 96.000 per jaar, 20 jaar arbeidsverleden waarvan 10 vóór 2016, 10 dienstjaren in het hbo, 45 jaar. Berekend op je eigen apparaat, met dezelfde rekenregels als de rekenhulp.`,
  liveCaption: 'Rekenvoorbeeld: nu en met de nieuwe waarde (bruto)',
  liveColumns: { figure: 'Cijfer', now: 'Nu', after: 'Met de nieuwe waarde' },
  figures: {
    wwMonths: 'Duur WW',
    wwFirst: 'WW per maand, maand 1 en 2',
    wwLater: 'WW per maand, vanaf maand 3',
    avuFirst: 'Aanvulling (AVU) in maand 1',
    ruMonths: 'Duur reparatie-uitkering',
    ruMonthly: 'Reparatie-uitkering per maand',
    asuMonths: 'Duur aansluitende uitkering',
    asuMonthly: 'Aansluitende uitkering per maand',
    extraAsuMonths: 'Duur extra ASU',
    budget: 'Re-integratiebudget',
    total: 'Totaal over alle maanden',
  },
  changedBadge: 'verandert',
  liveSummary: (changed) =>
    changed === 0 ? 'Deze waarde verandert niets aan dit voorbeeld.' : `Deze waarde verandert ${changed} ${changed === 1 ? 'cijfer' : 'cijfers'} van dit voorbeeld.`,
  livePending: 'Vul een geldige waarde in om het effect te zien.',
  liveUnavailable: 'Het voorbeeld kan met deze waarden niet worden berekend.',
  historyTitle: (count) => `Wijzigingen (${count})`,
  noHistory: 'Nog geen wijzigingen vastgelegd.',
  historyTruncated: 'Oudere wijzigingen worden niet getoond.',
  revisionBy: (when, by) => `${when}${by ? `, door ${by}` : ''}`,
  initialRevision: (when) => `Stand op ${when}, toen de geschiedenis begon`,
  added: (date, value) => `vanaf ${date}: ${value} toegevoegd`,
  changed: (date, before, after) => `vanaf ${date}: ${before} → ${after}`,
  removed: (date, value) => `vanaf ${date}: ${value} verwijderd`,
};

const en: HrRegulationsStrings = {
  ...signInPromptTranslations.en,
  signInTitle: 'Sign in to manage the calculator values',
  title: "Your organisation's calculator values",
  intro:
    "The calculator for WW, BWRHBO and wage supplement uses these values for your organisation's staff. For every value, record from when it applies, where it comes from and whether it has been checked.",
  loading: 'Loading the calculator values…',
  loaded: (own) => (own === 0 ? 'Calculator values loaded. Your organisation uses the standard table.' : `Calculator values loaded. Your organisation has set ${own} ${own === 1 ? 'value' : 'values'} itself.`),
  errorTitle: 'The calculator values could not be loaded',
  errors: {
    network: 'We could not reach the server. Check your internet connection and try again.',
    timeout: 'The server did not answer in time. Try again.',
    validation: 'The server sent data we could not read. Try again later.',
    unauthorized: 'You are not signed in (any more). Sign in and try again.',
    forbidden: "Only your organisation's HR staff and administrators can manage the calculator values.",
    rateLimited: 'Too many requests at once. Wait a moment and try again.',
    badRequest: 'The server did not accept this request. Check the data.',
    notFound: 'The server does not know your organisation. The address (base-url) is probably wrong.',
    server: 'Something went wrong on the server. Try again later.',
    notConfigured: 'No server is configured. Set base-url or place the element inside <mobility-provider>.',
    unknown: 'Something unexpected went wrong. Try again.',
  },
  retry: 'Try again',
  emptyTitle: 'No values of your own yet',
  emptyText:
    'Your organisation has not set any values: the calculator uses the standard table below. Check every value and record where it comes from.',
  lastChanged: (when, by) => `Last changed on ${when}${by ? ` by ${by}` : ''}.`,
  purposes: {
    maxDailyWage: 'The highest daily wage on which UWV pays WW. Whoever earned more gets WW on this amount; the top-up (AVU) adds to it.',
    aowAgeMonths: 'The age at which someone receives the state pension (AOW). Every benefit stops on that date.',
    scale12TopMonthly: 'The top of salary scale 12 per month. Sets the maximum of the repair benefit, the follow-on benefit and the wage supplement.',
    scale10TopMonthly: 'The top of salary scale 10 per month. Sets the maximum of the extra follow-on benefit.',
    holidayPayRate: 'Holiday pay as a share of salary. Counts towards the maximum of the supplementary benefits.',
    yearEndBonusRate: 'The year-end bonus as a share of salary. Counts towards the maximum of the supplementary benefits.',
    asuMonths: 'How long the follow-on benefit (ASU) lasts: months per year of hbo service, up to a maximum.',
    extraAsuCapIncludesAllowances: 'Whether the maximum of the extra ASU counts holiday pay and the year-end bonus.',
    reintegrationBudget: 'The highest re-integration budget, by age on the first day of unemployment.',
    fullTimeHoursPerWeek: 'The hours of a full-time job. Needed to work out the hourly wage for the wage supplement.',
    suppletionMaxMonths: 'How long the wage supplement is paid after a new job starts.',
  },
  inForce: 'In force now',
  noneInForce: 'No value applies yet today.',
  origin: { organisation: 'set by your organisation', shipped: "the calculator's standard table" },
  entriesTitle: 'Values by date',
  from: (date) => `from ${date}`,
  unknownValue: 'not known yet',
  currentBadge: 'in force now',
  edit: 'Change',
  editLabel: (name, date) => `Change ${name} from ${date}`,
  add: 'Add a new value',
  addLabel: (name) => `Add a new value: ${name}`,
  legendNew: (name) => `New value: ${name}`,
  legendEdit: (name, date) => `Change ${name} from ${date}`,
  fields: {
    validFrom: 'Valid from',
    validFromHelp: 'The first day this value applies.',
    unknown: 'Value not known yet',
    unknownHelp: 'A new value applies from this date but has not been published. The calculator then uses the previous value and says so.',
    status: 'Status',
    source: 'Source',
    sourceHelp: 'Where the value comes from: a CAO article, a regulation or a web address. No personal data.',
  },
  parts: {
    amount: 'Amount in euros',
    rate: 'Percentage of salary',
    years: 'Years',
    months: 'and months',
    hours: 'Hours per week',
    flag: 'Including holiday pay and year-end bonus?',
    perServiceYear: 'Months per year of service',
    max: 'At most (months)',
    under40: 'Under 40 (euros)',
    from40: '40 to 49 (euros)',
    from50: '50 and over (euros)',
    suppletionKind: 'Duration',
    suppletionMonths: 'Number of months',
  },
  partHelp: {
    amount: 'For example 304.25.',
    rate: 'For example 8 or 8.3.',
    suppletionMonths: 'Only for a fixed number of months.',
  },
  flagOptions: { yes: 'Yes', no: 'No' },
  suppletionOptions: { untilAow: 'Until the AOW age', months: 'A fixed number of months' },
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  saved: (name, minutes) => `${name} has been saved. The calculator uses the new value within ${minutes} minutes.`,
  notSaved: 'Not saved. What you entered is still here.',
  errorSummaryTitle: 'Please check',
  fieldErrors: {
    required: () => 'Please fill this in.',
    notANumber: () => 'Enter a number, for example 304.25.',
    notAWholeNumber: () => 'Enter a whole number.',
    notADate: () => 'Enter a valid date.',
    tooLow: (limit) => `Enter a number of at least ${limit}.`,
    tooHigh: (limit) => `Enter a number of at most ${limit}.`,
    mustBePositive: () => 'Enter a number greater than 0.',
    belowHundredPercent: () => 'Enter a percentage below 100.',
    duplicateDate: () => 'There already is a value from this date. Change that value or choose another date.',
    needsKnownValue: () => 'At least one value must be known.',
    sourceBlank: () => 'Say where the value comes from.',
    tooLong: (limit) => `Use at most ${limit} characters.`,
    invalid: () => 'This value cannot be used. Please check it.',
  },
  liveTitle: 'What changes in a worked example?',
  liveIntro: (date) =>
    `Example: unemployed from ${date}, annual SV-wage € 96,000, 20 years of work history of which 10 before 2016, 10 years of hbo service, age 45. Computed on your own device, with the same rules as the calculator.`,
  liveCaption: 'Worked example: now and with the new value (gross)',
  liveColumns: { figure: 'Figure', now: 'Now', after: 'With the new value' },
  figures: {
    wwMonths: 'WW duration',
    wwFirst: 'WW per month, months 1 and 2',
    wwLater: 'WW per month, from month 3',
    avuFirst: 'Top-up (AVU) in month 1',
    ruMonths: 'Repair benefit duration',
    ruMonthly: 'Repair benefit per month',
    asuMonths: 'Follow-on benefit duration',
    asuMonthly: 'Follow-on benefit per month',
    extraAsuMonths: 'Extra ASU duration',
    budget: 'Re-integration budget',
    total: 'Total over all months',
  },
  changedBadge: 'changes',
  liveSummary: (changed) =>
    changed === 0 ? 'This value changes nothing in this example.' : `This value changes ${changed} ${changed === 1 ? 'figure' : 'figures'} of this example.`,
  livePending: 'Enter a valid value to see its effect.',
  liveUnavailable: 'The example cannot be computed with these values.',
  historyTitle: (count) => `Changes (${count})`,
  noHistory: 'No changes recorded yet.',
  historyTruncated: 'Older changes are not shown.',
  revisionBy: (when, by) => `${when}${by ? `, by ${by}` : ''}`,
  initialRevision: (when) => `As it stood on ${when}, when the history began`,
  added: (date, value) => `from ${date}: ${value} added`,
  changed: (date, before, after) => `from ${date}: ${before} → ${after}`,
  removed: (date, value) => `from ${date}: ${value} removed`,
};

/** The shipped string tables of `<mobility-hr-regulations>`. */
export const hrRegulationsTranslations: TranslationCatalog<HrRegulationsStrings> = { nl, en };

declare module '../shared/localize.js' {
  interface TranslationRegistry {
    'mobility-hr-regulations': HrRegulationsStrings;
  }
}
