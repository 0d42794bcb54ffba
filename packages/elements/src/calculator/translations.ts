import type {
  ExplanationStep,
  ExplanationValue,
  Milestone,
  ParameterName,
  ParameterStatus,
  SuppletionReason,
  WarningCode,
  WwReason,
} from '@mobility-kit/rules';
import type { TranslationCatalog } from '../shared/localize.js';
import type { CalculatorField, FieldProblem, ScenarioKey } from './form-model.js';
import type { TimelineLayer } from './scenarios.js';

/** A value a step reported, or `undefined` when the step did not report that key. */
export type StepValue = ExplanationValue | undefined;

/** Formatters a step sentence uses; each takes a raw explanation value and formats it with `Intl`. */
export interface StepFormat {
  /** Euros with cents. */
  money(value: StepValue): string;
  number(value: StepValue): string;
  /** A fraction as a percentage: 0.75 → 75 %. */
  percent(value: StepValue): string;
  /** An ISO date in words. */
  date(value: StepValue): string;
  /** A number of months, with its unit. */
  months(value: StepValue): string;
  /** A number of years, with its unit. */
  years(value: StepValue): string;
}

/** What a step sentence gets: the step's inputs and result as `simulate` reported them. */
export interface StepContext {
  readonly inputs: Readonly<Record<string, ExplanationValue>>;
  readonly result: Readonly<Record<string, ExplanationValue>>;
  readonly f: StepFormat;
}

/** The words for one explanation step. */
export interface StepText {
  /** The figure this step explains. */
  title: string;
  /** The figure in short, shown beside the title; absent for steps that only explain. */
  headline?: (c: StepContext) => string;
  /** The rule in plain words, with the employee's numbers. */
  text: (c: StepContext) => string;
}

/** Every user-facing string of `<mobility-calculator>`. Functions take values already formatted by `Intl`. */
export interface CalculatorStrings {
  regionLabel: string;
  title: string;
  intro: string;
  privacy: string;
  legends: { you: string; history: string; job: string; partTime: string };
  optionalScenario: string;
  jobScenarioHelp: string;
  partTimeScenarioHelp: string;
  fields: Record<CalculatorField, { label: string; help?: string }>;
  /** Where to find the SV-loon: shown as help under the wage field. */
  svWageHelp: string;
  socialPlan: { label: string; help: string };
  jobContract: { label: string; help: string };
  compute: string;
  print: string;
  errorSummaryTitle: string;
  errors: Record<Exclude<FieldProblem, 'tooLow' | 'tooHigh' | 'tooYoung'>, string> & {
    tooLow: (limit: string) => string;
    tooHigh: (limit: string) => string;
    tooYoung: (limit: string) => string;
  };
  resultsTitle: string;
  statements: { gross: string; indication: string };
  scenarioNames: Record<ScenarioKey, string>;
  scenarioDescriptions: {
    unemployed: string;
    job: (wage: string, month: string, hours: string, contract: boolean) => string;
    partTime: (amount: string, from: string, to: string | undefined) => string;
  };
  comparisonTitle: string;
  comparisonCaption: (months: string, from: string, to: string) => string;
  comparisonIntro: string;
  /** How a scenario compares with staying unemployed over the same months. */
  difference: (amount: string, more: boolean) => string;
  layers: Record<TimelineLayer, string>;
  total: string;
  month: string;
  startDate: string;
  chartCaption: (scenario: string) => string;
  /** Text alternative of the chart, which points to the table with the same figures. */
  chartSummary: (scenario: string, months: string, first: string, last: string) => string;
  tableCaption: (scenario: string) => string;
  tableRegionLabel: (scenario: string) => string;
  milestonesTitle: string;
  milestones: Record<Milestone['kind'], string>;
  milestoneAt: (label: string, month: string, date: string) => string;
  /** Loonsuppletie or income that continues after the compared months. */
  continues: (amount: string, date: string) => string;
  notEligibleTitle: string;
  wwReasons: Record<WwReason, string>;
  noRows: string;
  keyFiguresTitle: string;
  keyFiguresIntro: string;
  scenarioExplanationsTitle: string;
  explain: (figure: string) => string;
  steps: Record<ExplanationStep, StepText>;
  /** Title of a step this version of the element does not know. */
  unknownStep: (key: string) => string;
  suppletionReasons: Record<SuppletionReason, string>;
  parameters: Record<ParameterName, string>;
  parameterTable: { caption: string; name: string; value: string; validFrom: string; status: string; source: string };
  overridden: string;
  unknownEntry: (date: string) => string;
  statuses: Record<ParameterStatus, string>;
  unverified: string;
  /** Said in an explanation whose rule itself (not only a value) is not verified. */
  ruleUnverified: string;
  unverifiedNote: (parameters: string) => string;
  unverifiedMarkerLabel: string;
  warningsTitle: string;
  warnings: Record<WarningCode, (parameter: string | undefined) => string>;
  unknownWarning: (code: string) => string;
  overrides: {
    loading: string;
    applied: (date: string | undefined) => string;
    failed: string;
    rejected: string;
    /** Button after `failed` that loads the organisation's values again. */
    retry: string;
  };
  budgetTitle: string;
  budget: (amount: string) => string;
  noBudget: string;
  months: (formatted: string, count: number) => string;
  years: (formatted: string, count: number) => string;
  yes: string;
  no: string;
  untilAow: string;
  asuRule: (perYear: string, max: string) => string;
  budgetBands: (under40: string, from40: string, from50: string) => string;
  ageMonths: (years: string, months: number) => string;
  hoursPerWeek: (hours: string) => string;
}

const list = (value: StepValue): string => (typeof value === 'string' && value !== '' ? value : '—');

const nl: CalculatorStrings = {
  regionLabel: 'Rekenhulp WW, BWRHBO en loonsuppletie',
  title: 'Wat betekent werkloosheid voor je inkomen?',
  intro:
    'Bereken hoeveel WW en bovenwettelijke uitkering (BWRHBO) je krijgt, hoe lang, en wat er gebeurt als je weer (deels) gaat werken. Alle bedragen zijn bruto.',
  privacy: 'Wat je hier invult, blijft op je eigen apparaat. Er wordt niets verstuurd of bewaard.',
  legends: {
    you: 'Jij en je baan',
    history: 'Je arbeidsverleden',
    job: 'Vergelijk: een nieuwe baan',
    partTime: 'Vergelijk: parttime werk tijdens de WW',
  },
  optionalScenario: 'Niet verplicht. Laat leeg als je dit niet wilt vergelijken.',
  jobScenarioHelp:
    'Een baan met een lager uurloon kan recht geven op loonsuppletie: een aanvulling op je nieuwe loon.',
  partTimeScenarioHelp: 'Inkomsten uit werk naast de WW, zoals een kleine baan of een klus.',
  fields: {
    birthDate: { label: 'Geboortedatum' },
    unemploymentDate: {
      label: 'Eerste werkloze dag',
      help: 'De eerste dag dat je geen loon meer krijgt van je werkgever.',
    },
    annualWage: { label: 'SV-loon per jaar (bruto, in euro)' },
    hoursPerWeek: { label: 'Uren per week in je huidige baan', help: 'Volgens je contract. Voltijd is 38 uur.' },
    weeksWorkedLast36: {
      label: 'Weken gewerkt in de laatste 36 weken',
      help: 'Weken waarin je betaald werkte, in de 36 weken voor je eerste werkloze dag.',
    },
    workedYears: {
      label: 'Gewerkte jaren vanaf 1998',
      help:
        'Tel de kalenderjaren vanaf 1998 tot en met vorig jaar waarin je minstens 208 uur betaald werkte (ongeveer 4 uur per week). We gaan ervan uit dat dit de laatste jaren voor je werkloosheid zijn.',
    },
    hboServiceYears: { label: 'Dienstjaren in het hbo', help: 'Hele jaren dat je bij een hogeschool werkte, bij elkaar opgeteld.' },
    yearsWithEmployer: { label: 'Jaren bij je huidige werkgever', help: 'Bijvoorbeeld 1,5 voor anderhalf jaar.' },
    jobMonthlyWage: {
      label: 'Brutoloon per maand in de nieuwe baan',
      help: 'Inclusief vakantiegeld en eindejaarsuitkering, gedeeld door 12.',
    },
    jobStartMonth: { label: 'Begint in uitkeringsmaand', help: 'Maand 1 is de eerste maand van je werkloosheid.' },
    jobHoursPerWeek: { label: 'Uren per week in de nieuwe baan', help: 'Leeg laten: evenveel uren als nu.' },
    partTimeMonthlyAmount: { label: 'Bruto inkomsten per maand' },
    partTimeFromMonth: { label: 'Vanaf uitkeringsmaand' },
    partTimeToMonth: { label: 'Tot en met uitkeringsmaand', help: 'Leeg laten: tot het einde.' },
  },
  svWageHelp:
    'Je SV-loon (‘loon voor de werknemersverzekeringen’) is je brutoloon inclusief vakantiegeld en eindejaarsuitkering. Het jaartotaal staat op je jaaropgaaf; op je loonstrook staat het per maand als ‘SV-loon’ of ‘loon werknemersverzekeringen’.',
  socialPlan: { label: 'Er geldt een sociaal plan', help: 'Afspraken bij een reorganisatie. Dan geldt het re-integratiebudget niet.' },
  jobContract: {
    label: 'Het is een arbeidscontract',
    help: 'Niet aanvinken als je voor jezelf begint: zelfstandigen krijgen geen loonsuppletie.',
  },
  compute: 'Bereken',
  print: 'Afdrukken',
  errorSummaryTitle: 'Controleer deze gegevens',
  errors: {
    required: 'Vul dit in.',
    notANumber: 'Vul een getal in, bijvoorbeeld 3.500 of 37,5.',
    notAWholeNumber: 'Vul een heel getal in.',
    notADate: 'Vul een geldige datum in.',
    tooLow: (limit) => `Vul een getal in van minstens ${limit}.`,
    tooHigh: (limit) => `Vul een getal in van hoogstens ${limit}.`,
    tooYoung: (limit) => `Je moet op je eerste werkloze dag minstens ${limit} jaar zijn.`,
    birthNotBeforeUnemployment: 'Je geboortedatum moet voor je eerste werkloze dag liggen.',
    toBeforeFrom: 'Deze maand mag niet voor de beginmaand liggen.',
    needsAmount: 'Vul ook een bedrag in, of maak de andere velden van dit blok leeg.',
    rejected: 'Deze waarde kan niet worden gebruikt. Controleer haar.',
  },
  resultsTitle: 'Je uitkomst',
  statements: {
    gross: 'Alle bedragen zijn bruto per maand: er gaan nog belasting en premies af. Dit is geen netto-inkomen.',
    indication:
      'Dit is een indicatie, geen besluit. UWV en je (voormalig) werkgever of de uitvoerder van de BWRHBO beslissen over je uitkering.',
  },
  scenarioNames: { unemployed: 'Werkloos blijven', job: 'Nieuwe baan', partTime: 'Parttime werk tijdens de WW' },
  scenarioDescriptions: {
    unemployed: 'Je krijgt WW en de BWRHBO-uitkeringen en werkt niet.',
    job: (wage, month, hours, contract) =>
      `Vanaf maand ${month} een ${contract ? 'baan' : 'eigen bedrijf'} met ${wage} bruto per maand, ${hours} uur per week.`,
    partTime: (amount, from, to) => `${amount} bruto per maand uit werk, ${to ? `van maand ${from} tot en met ${to}` : `vanaf maand ${from}`}.`,
  },
  comparisonTitle: 'De scenario’s naast elkaar',
  comparisonCaption: (months, from, to) => `Bruto inkomen over ${months} (${from} tot ${to})`,
  comparisonIntro: 'Over dezelfde maanden: de periode waarin je als je werkloos blijft een uitkering krijgt.',
  difference: (amount, more) => (more ? `${amount} meer dan werkloos blijven` : `${amount} minder dan werkloos blijven`),
  layers: {
    income: 'Inkomen uit werk',
    suppletion: 'Loonsuppletie',
    ww: 'WW',
    avu: 'Aanvulling (AVU)',
    ru: 'Reparatie-uitkering (RU)',
    asu: 'Aansluitende uitkering (ASU)',
    extraAsu: 'Extra ASU',
  },
  total: 'Totaal',
  month: 'Maand',
  startDate: 'Begint op',
  chartCaption: (scenario) => `Bruto inkomen per maand: ${scenario}`,
  chartSummary: (scenario, months, first, last) =>
    `Gestapelde staafgrafiek van ${scenario}, ${months}, van ${first} tot ${last}. De tabel hieronder bevat dezelfde bedragen.`,
  tableCaption: (scenario) => `Bruto bedragen per maand: ${scenario}`,
  tableRegionLabel: (scenario) => `Tabel per maand: ${scenario} (scrollbaar)`,
  milestonesTitle: 'Overgangen',
  milestones: {
    'ww-rate-change': 'WW gaat van 75 % naar 70 %',
    'avu-rate-change': 'Aanvulling gaat van 75 % naar 70 %',
    'ww-end': 'Einde WW',
    'ru-start': 'Start reparatie-uitkering',
    'asu-start': 'Start aansluitende uitkering',
    'extra-asu-start': 'Start extra ASU',
    'benefits-end': 'Einde uitkeringen',
    'new-job-start': 'Start nieuwe baan',
    aow: 'AOW-leeftijd',
  },
  milestoneAt: (label, month, date) => `${label}: na maand ${month}, op ${date}`,
  continues: (amount, date) => `Daarna gaat het door: ${amount} per maand vanaf ${date}, zolang de nieuwe baan loopt (uiterlijk tot je AOW).`,
  notEligibleTitle: 'Je hebt waarschijnlijk geen recht op WW',
  wwReasons: {
    wekeneis: 'Je werkte minder dan 26 van de 36 weken voor je werkloosheid (de wekeneis).',
    jareneis: 'Je werkte minder dan 4 van de 5 jaar voor je werkloosheid (de jareneis): de WW duurt 3 maanden.',
    'aow-age': 'Je hebt de AOW-leeftijd al bereikt.',
    'regime-unsupported':
      'Je werkloosheid begon voor 1 april 2017. Daarvoor geldt een oudere regeling die deze rekenhulp niet berekent.',
  },
  noRows: 'Er zijn geen maanden met een uitkering om te tonen.',
  keyFiguresTitle: 'Hoe je uitkering is berekend',
  keyFiguresIntro: 'Open een cijfer om te zien welke regel en welke waarden het bepalen.',
  scenarioExplanationsTitle: 'Uitleg bij dit scenario',
  explain: (figure) => `Uitleg: ${figure}`,
  steps: {
    regime: {
      title: 'Regeling',
      text: ({ inputs: i, result: r, f }) =>
        r.covered
          ? `Je werkloosheid begint op ${f.date(i.unemploymentDate)}, op of na ${f.date(i.regimeFrom)}: de BWRHBO van 2017 geldt.`
          : `Je werkloosheid begint voor ${f.date(i.regimeFrom)}. Daarvoor geldt een oudere regeling die deze rekenhulp niet berekent.`,
    },
    wekeneis: {
      title: 'Wekeneis',
      headline: ({ result: r }) => (r.met ? 'voldaan' : 'niet voldaan'),
      text: ({ inputs: i, result: r, f }) =>
        `Je werkte ${f.number(i.weeksWorkedLast36)} van de ${f.number(i.windowWeeks)} weken voor je werkloosheid; nodig is ${f.number(i.requiredWeeks)}. ` +
        (r.met ? 'Je voldoet aan de wekeneis.' : 'Je voldoet niet aan de wekeneis: je krijgt geen WW.'),
    },
    'aow-date': {
      title: 'AOW-datum',
      headline: ({ result: r, f }) => f.date(r.aowDate),
      text: ({ result: r, f }) =>
        `Je bereikt de AOW-leeftijd op ${f.date(r.aowDate)}.` + (r.cutsTimeline ? ' Je uitkeringen stoppen op die datum.' : ''),
    },
    'work-history': {
      title: 'Arbeidsverleden',
      headline: ({ result: r, f }) => f.years(r.total),
      text: ({ inputs: i, result: r, f }) =>
        `Fictief arbeidsverleden: ${f.years(r.fictitious)} (elk kalenderjaar vanaf ${String(i.yearTurned18)}, het jaar waarin je 18 werd, tot en met 1997). ` +
        `Feitelijk arbeidsverleden: ${f.years(r.actual)} met minstens 208 betaalde uren vanaf 1998 (${list(i.workedYears)}). ` +
        `Samen ${f.years(r.total)}, waarvan ${f.years(r.before2016)} vóór 2016 en ${f.years(r.from2016)} vanaf 2016.`,
    },
    jareneis: {
      title: 'Jareneis',
      headline: ({ result: r }) => (r.met ? 'voldaan' : 'niet voldaan'),
      text: ({ inputs: i, result: r, f }) =>
        `In ${String(i.firstYear)}–${String(i.lastYear)} werkte je ${f.years(i.yearsWorked)}; nodig is ${f.number(i.requiredYears)} van de 5. ` +
        (r.met ? 'Je voldoet aan de jareneis.' : 'Je voldoet niet aan de jareneis: de WW duurt 3 maanden.'),
    },
    'ww-duration': {
      title: 'Duur van de WW',
      headline: ({ result: r, f }) => f.months(r.durationMonths),
      text: ({ inputs: i, result: r, f }) =>
        !i.jareneisMet
          ? 'Zonder jareneis duurt de WW 3 maanden.'
          : r.base === null
            ? `Met ${f.years(i.total)} arbeidsverleden krijg je 1 maand WW per jaar: ${f.months(r.durationMonths)} (minimaal ${f.number(i.min)}).`
            : `De eerste ${f.years(r.base)} tellen elk voor een hele maand (10 jaar, of meer als je vóór 2016 meer jaren had: ${f.years(i.before2016)}); elk jaar daarna voor een halve maand. ` +
              `${f.number(r.base)} + ½ × (${f.number(i.total)} − ${f.number(r.base)}) geeft ${f.months(r.durationMonths)}, minimaal ${f.number(i.min)} en maximaal ${f.number(i.max)} maanden.`,
    },
    'ww-2015-duration': {
      title: 'WW-duur volgens de regels van voor 2016',
      headline: ({ result: r, f }) => f.months(r.duration2015Months),
      text: ({ result: r, f }) =>
        `Volgens de regels van voor 2016 (1 maand per jaar arbeidsverleden, maximaal 38) zou je WW ${f.months(r.duration2015Months)} duren. De BWRHBO gebruikt dit voor de reparatie-uitkering.`,
    },
    'daily-wage': {
      title: 'Dagloon',
      headline: ({ result: r, f }) => f.money(r.dailyWage),
      text: ({ inputs: i, result: r, f }) =>
        `Dagloon = SV-loon per jaar ÷ ${f.number(i.daysPerYear)} = ${f.money(i.annualWage)} ÷ ${f.number(i.daysPerYear)} = ${f.money(r.dailyWage)}. Dit geldt ook als je parttime werkt.`,
    },
    'max-daily-wage': {
      title: 'Maximumdagloon',
      headline: ({ inputs: i, f }) => f.money(i.maxDailyWage),
      text: ({ inputs: i, result: r, f }) =>
        r.capApplies
          ? `Je dagloon (${f.money(i.dailyWage)}) ligt boven het maximumdagloon van ${f.money(i.maxDailyWage)}. De WW rekent daarom met ${f.money(r.capped)}.`
          : `Je dagloon (${f.money(i.dailyWage)}) blijft onder het maximumdagloon van ${f.money(i.maxDailyWage)}: er wordt niets afgetopt.`,
    },
    'monthly-wage': {
      title: 'Maandloon',
      headline: ({ result: r, f }) => f.money(r.uncapped),
      text: ({ inputs: i, result: r, f }) =>
        `Maandloon = dagloon × ${f.number(i.daysPerMonth)} = ${f.money(r.uncapped)}.` +
        (Number(r.capped) < Number(r.uncapped)
          ? ` Voor de WW afgetopt op ${f.money(r.capped)} (het maximum).`
          : ` Het maximummaandloon is ${f.money(r.maxMonthlyWage)}.`),
    },
    'ww-percentage': {
      title: 'Hoogte van de WW',
      headline: ({ result: r, f }) => `${f.money(r.firstMonths)} / ${f.money(r.laterMonths)}`,
      text: ({ inputs: i, result: r, f }) =>
        `De WW is ${f.percent(i.firstRate)} van je maandloon (${f.money(i.cappedMonthlyWage)}) in de eerste ${f.months(i.changeAtMonth)}: ${f.money(r.firstMonths)}. ` +
        `Daarna ${f.percent(i.laterRate)}: ${f.money(r.laterMonths)}. Het vakantiegeld zit erin; UWV betaalt het in mei uit.`,
    },
    'income-deduction': {
      title: 'Inkomsten naast de WW',
      text: ({ inputs: i, result: r, f }) =>
        `Wat je verdient gaat van je WW af: WW = percentage × (maandloon − inkomsten)` +
        (i.capApplies && i.proportionalIncomeOffset ? ', naar verhouding omdat je maandloon is afgetopt. ' : '. ') +
        `Verdien je in een maand meer dan ${f.percent(i.thresholdRate)} van je maandloon (${f.money(r.threshold)}), dan krijg je die maand geen WW` +
        (r.suspendedMonths ? ` (maand ${String(r.suspendedMonths)}).` : '.'),
    },
    'ww-ended-by-income': {
      title: 'Einde WW door werk',
      text: ({ inputs: i, result: r, f }) =>
        `Je verdiende ${f.number(i.consecutiveMonths)} maanden na elkaar meer dan ${f.percent(i.thresholdRate)} van je maandloon. Je WW en de BWRHBO-uitkeringen stoppen in maand ${f.number(r.month)}.`,
    },
    avu: {
      title: 'Aanvulling (AVU)',
      text: ({ inputs: i, result: r, f }) =>
        `De aanvulling vult je WW aan tot ${f.percent(i.firstTarget)} van je volledige maandloon in de eerste ${f.months(i.changeAtMonth)} (${f.money(r.firstLevel)}) ` +
        `en daarna tot ${f.percent(i.laterTarget)} (${f.money(r.laterLevel)}), zolang de WW loopt: ${f.months(r.months)}. Ligt je maandloon onder het maximum, dan is de aanvulling na maand 2 het verschil tussen 75 % en 70 %.`,
    },
    ru: {
      title: 'Reparatie-uitkering (RU)',
      headline: ({ result: r, f }) => f.months(r.ruMonths),
      text: ({ inputs: i, result: r, f }) =>
        Number(r.ruMonths) > 0
          ? `De reparatie-uitkering duurt het verschil tussen de WW-duur van voor 2016 (${f.months(i.duration2015Months)}) en je WW (${f.months(i.durationMonths)}): ${f.months(r.ruMonths)}. ` +
            `Hoogte: ${f.percent(i.rate)} van je maandloon, ten hoogste ${f.money(r.capMonthly)} (70 % van de top van schaal 12 met vakantiegeld en eindejaarsuitkering): ${f.money(r.level)} per maand.`
          : `Geen reparatie-uitkering: je WW duurt al even lang als volgens de regels van voor 2016 (${f.months(i.duration2015Months)}).`,
    },
    asu: {
      title: 'Aansluitende uitkering (ASU)',
      headline: ({ result: r, f }) => f.months(r.months),
      text: ({ inputs: i, result: r, f }) =>
        r.eligible
          ? `Met ${f.years(i.hboServiceYears)} in het hbo (nodig: ${f.number(i.requiredServiceYears)}) krijg je daarna een aansluitende uitkering van ${f.months(r.months)}, op het niveau van de reparatie-uitkering.`
          : `Geen aansluitende uitkering: daarvoor zijn minstens ${f.years(i.requiredServiceYears)} in het hbo nodig (jij: ${f.number(i.hboServiceYears)}).`,
    },
    'extra-asu': {
      title: 'Extra ASU',
      headline: ({ result: r, f }) => f.months(r.months),
      text: ({ inputs: i, result: r, f }) =>
        r.eligible
          ? `Met ${f.years(i.hboServiceYears)} in het hbo (nodig: ${f.number(i.requiredServiceYears)}) en hooguit ${f.years(i.maxYearsToAow)} tot je AOW-datum (${f.date(i.aowDate)}) loopt daarna een extra ASU tot je AOW: ${f.months(r.months)}, ${f.money(r.level)} per maand (ten hoogste ${f.money(r.capMonthly)}).`
          : `Geen extra ASU: die vraagt minstens ${f.years(i.requiredServiceYears)} in het hbo en hooguit ${f.years(i.maxYearsToAow)} tot je AOW-datum (${f.date(i.aowDate)}).`,
    },
    suppletion: {
      title: 'Loonsuppletie',
      headline: ({ result: r, f }) => (r.eligible ? `${f.money(r.monthlyBase)}` : 'geen'),
      text: ({ result: r, f }) =>
        r.eligible
          ? `Je oude uurloon was ${f.money(r.oldHourlyWage)}, je nieuwe is ${f.money(r.newHourlyWage)}; de top van schaal 12 is ${f.money(r.scale12HourlyMax)} per uur. ` +
            `Loonsuppletie vult het lagere uurloon aan: (het laagste van je oude uurloon en de schaaltop − je nieuwe uurloon) × je nieuwe uren per maand = ${f.money(r.monthlyBase)} per maand, ` +
            'zo nodig minder, zodat nieuw loon, uitkeringen en suppletie samen niet boven je oude maandloon komen. Deze rekenregel is een werkhypothese tot de cao-tekst is gecontroleerd.'
          : `Geen loonsuppletie: ${String(r.reasons ?? '')}.`,
    },
    'reintegration-budget': {
      title: 'Re-integratiebudget',
      headline: ({ result: r, f }) => f.money(r.amount),
      text: ({ inputs: i, result: r, f }) =>
        Number(r.amount) > 0
          ? `Met ${f.years(i.yearsWithEmployer)} bij je werkgever (nodig: ${f.number(i.requiredYearsWithEmployer)}) en je leeftijd (${f.number(i.age)}) is er een re-integratiebudget van maximaal ${f.money(r.amount)}. Dat is een budget voor een traject naar ander werk, geen inkomen.`
          : i.socialPlan
            ? 'Geen re-integratiebudget: er geldt een sociaal plan met eigen afspraken.'
            : !i.wwWithAvu
              ? 'Geen re-integratiebudget: je krijgt geen WW met aanvulling.'
              : `Geen re-integratiebudget: daarvoor moet je minstens ${f.years(i.requiredYearsWithEmployer)} bij je werkgever werken.`,
    },
  },
  unknownStep: (key) => `Berekening ‘${key}’`,
  suppletionReasons: {
    'no-new-job': 'er is geen nieuwe baan',
    'no-bwrhbo': 'je hebt geen BWRHBO-uitkering',
    'not-a-contract': 'zelfstandig ondernemers krijgen geen loonsuppletie',
    'starts-after-benefits': 'de baan begint pas na het einde van je uitkeringen',
    'hourly-wage-not-lower': 'je nieuwe uurloon is niet lager dan je oude',
    'above-scale-12': 'je nieuwe uurloon ligt niet onder de top van schaal 12',
  },
  parameters: {
    maxDailyWage: 'Maximumdagloon',
    aowAgeMonths: 'AOW-leeftijd',
    scale12TopMonthly: 'Top van schaal 12 (per maand)',
    scale10TopMonthly: 'Top van schaal 10 (per maand)',
    holidayPayRate: 'Vakantietoelage',
    yearEndBonusRate: 'Eindejaarsuitkering',
    asuMonths: 'Duur aansluitende uitkering',
    extraAsuCapIncludesAllowances: 'Maximum extra ASU inclusief toelagen',
    reintegrationBudget: 'Re-integratiebudget per leeftijd',
    fullTimeHoursPerWeek: 'Voltijd uren per week',
    suppletionMaxMonths: 'Duur loonsuppletie',
  },
  parameterTable: {
    caption: 'Gebruikte waarden',
    name: 'Waarde',
    value: 'Bedrag of getal',
    validFrom: 'Geldig vanaf',
    status: 'Status',
    source: 'Bron',
  },
  overridden: 'ingesteld door je organisatie',
  unknownEntry: (date) => `De waarde vanaf ${date} is nog niet bekend; de vorige waarde is gebruikt.`,
  statuses: { V: 'geverifieerd', V2: 'secundaire bron', D: 'afgeleid', U: 'niet geverifieerd' },
  unverified: 'niet geverifieerd',
  ruleUnverified: 'Deze rekenregel is nog niet geverifieerd: de uitkomst is een indicatie.',
  unverifiedNote: (parameters) =>
    `Niet geverifieerd: deze uitkomst gebruikt waarden die nog niet zijn gecontroleerd (${parameters}). Reken er niet op tot je organisatie ze heeft bevestigd.`,
  unverifiedMarkerLabel: 'gebruikt een niet-geverifieerde waarde',
  warningsTitle: 'Let op',
  warnings: {
    'unverified-parameter': (p) => `${p ?? 'Een waarde'} is niet geverifieerd.`,
    'max-daily-wage-unknown': () =>
      'Het maximumdagloon op je eerste werkloze dag is nog niet bekend. De vorige waarde is gebruikt.',
    'parameter-unknown': (p) => `${p ?? 'Een waarde'} is op je eerste werkloze dag nog niet bekend. De vorige waarde is gebruikt.`,
    'parameter-before-table': (p) => `${p ?? 'Een waarde'} is niet bekend voor zo’n vroege datum. De oudst bekende waarde is gebruikt.`,
    'regime-unsupported': () =>
      'Je werkloosheid begon voor 1 april 2017. Daarvoor geldt een oudere regeling die deze rekenhulp niet berekent.',
    'unverified-rule': () => 'De rekenregel voor loonsuppletie is een werkhypothese tot de cao-tekst is gecontroleerd.',
  },
  unknownWarning: (code) => `Let op: ${code}.`,
  overrides: {
    loading: 'De waarden van je organisatie worden geladen. Tot dan rekent de rekenhulp met de standaardtabel.',
    applied: (date) => `De rekenhulp gebruikt de waarden die je organisatie heeft gecontroleerd${date ? ` (bijgewerkt ${date})` : ''}.`,
    failed: 'De waarden van je organisatie konden niet worden geladen. De rekenhulp gebruikt de standaardtabel.',
    rejected: 'De waarden van je organisatie konden niet worden gebruikt. De rekenhulp gebruikt de standaardtabel.',
    retry: 'Opnieuw proberen',
  },
  budgetTitle: 'Re-integratiebudget',
  budget: (amount) => `Je hebt waarschijnlijk recht op een re-integratiebudget van maximaal ${amount}: een budget voor een traject naar ander werk, geen inkomen.`,
  noBudget: 'Je hebt waarschijnlijk geen recht op een re-integratiebudget.',
  months: (n, count) => (count === 1 ? `${n} maand` : `${n} maanden`),
  years: (n, count) => `${n} jaar`,
  yes: 'ja',
  no: 'nee',
  untilAow: 'tot de AOW-leeftijd',
  asuRule: (perYear, max) => `${perYear} maand per dienstjaar, hoogstens ${max} maanden`,
  budgetBands: (under40, from40, from50) => `onder 40: ${under40}; 40–49: ${from40}; 50 en ouder: ${from50}`,
  ageMonths: (years, months) => (months === 0 ? `${years} jaar` : `${years} jaar en ${months} ${months === 1 ? 'maand' : 'maanden'}`),
  hoursPerWeek: (hours) => `${hours} uur per week`,
};

const en: CalculatorStrings = {
  regionLabel: 'WW, BWRHBO and wage supplement calculator',
  title: 'What does unemployment mean for your income?',
  intro:
    'Work out how much unemployment benefit (WW) and supplementary benefit (BWRHBO) you get, for how long, and what happens when you go back to (part-time) work. All amounts are gross.',
  privacy: 'What you enter stays on your own device. Nothing is sent or stored.',
  legends: {
    you: 'You and your job',
    history: 'Your work history',
    job: 'Compare: a new job',
    partTime: 'Compare: part-time work during the WW',
  },
  optionalScenario: 'Optional. Leave empty if you do not want to compare this.',
  jobScenarioHelp: 'A job with a lower hourly wage may entitle you to loonsuppletie: a supplement to your new wage.',
  partTimeScenarioHelp: 'Income from work alongside the WW, such as a small job or an assignment (klus).',
  fields: {
    birthDate: { label: 'Date of birth' },
    unemploymentDate: { label: 'First day of unemployment', help: 'The first day your employer no longer pays you.' },
    annualWage: { label: 'SV-wage per year (gross, in euros)' },
    hoursPerWeek: { label: 'Hours per week in your current job', help: 'As in your contract. Full time is 38 hours.' },
    weeksWorkedLast36: {
      label: 'Weeks worked in the last 36 weeks',
      help: 'Weeks with paid work in the 36 weeks before your first day of unemployment.',
    },
    workedYears: {
      label: 'Years worked since 1998',
      help:
        'Count the calendar years from 1998 up to and including last year in which you had at least 208 paid hours (about 4 hours a week). We assume these are the years just before your unemployment.',
    },
    hboServiceYears: { label: 'Years of service in the hbo sector', help: 'Full years you worked at a university of applied sciences, added up.' },
    yearsWithEmployer: { label: 'Years with your current employer', help: 'For example 1.5 for a year and a half.' },
    jobMonthlyWage: {
      label: 'Gross monthly wage in the new job',
      help: 'Including holiday pay and year-end bonus, divided by 12.',
    },
    jobStartMonth: { label: 'Starts in benefit month', help: 'Month 1 is the first month of your unemployment.' },
    jobHoursPerWeek: { label: 'Hours per week in the new job', help: 'Leave empty: as many hours as now.' },
    partTimeMonthlyAmount: { label: 'Gross income per month' },
    partTimeFromMonth: { label: 'From benefit month' },
    partTimeToMonth: { label: 'Up to and including benefit month', help: 'Leave empty: until the end.' },
  },
  svWageHelp:
    'Your SV-wage (‘loon voor de werknemersverzekeringen’, wage for employee insurance) is your gross wage including holiday pay and year-end bonus. The year total is on your annual statement (jaaropgaaf); your payslip shows it per month as ‘SV-loon’ or ‘loon werknemersverzekeringen’.',
  socialPlan: { label: 'A social plan (sociaal plan) applies', help: 'Agreements for a reorganisation. Then the re-integration budget does not apply.' },
  jobContract: { label: 'It is an employment contract', help: 'Leave unticked if you become self-employed: the self-employed get no loonsuppletie.' },
  compute: 'Calculate',
  print: 'Print',
  errorSummaryTitle: 'Please check these details',
  errors: {
    required: 'Fill this in.',
    notANumber: 'Enter a number, for example 3,500 or 37.5.',
    notAWholeNumber: 'Enter a whole number.',
    notADate: 'Enter a valid date.',
    tooLow: (limit) => `Enter a number of at least ${limit}.`,
    tooHigh: (limit) => `Enter a number of at most ${limit}.`,
    tooYoung: (limit) => `You must be at least ${limit} on your first day of unemployment.`,
    birthNotBeforeUnemployment: 'Your date of birth must be before your first day of unemployment.',
    toBeforeFrom: 'This month cannot be before the starting month.',
    needsAmount: 'Also enter an amount, or clear the other fields of this section.',
    rejected: 'This value cannot be used. Please check it.',
  },
  resultsTitle: 'Your outcome',
  statements: {
    gross: 'All amounts are gross per month: tax and contributions are still deducted. This is not net income.',
    indication:
      'This is an indication, not a decision. UWV and your (former) employer or the BWRHBO administrator decide on your benefits.',
  },
  scenarioNames: { unemployed: 'Stay unemployed', job: 'New job', partTime: 'Part-time work during the WW' },
  scenarioDescriptions: {
    unemployed: 'You receive WW and the BWRHBO benefits and do not work.',
    job: (wage, month, hours, contract) =>
      `From month ${month}, ${contract ? 'a job' : 'self-employment'} paying ${wage} gross a month, ${hours} hours a week.`,
    partTime: (amount, from, to) => `${amount} gross a month from work, ${to ? `from month ${from} to ${to}` : `from month ${from}`}.`,
  },
  comparisonTitle: 'The scenarios side by side',
  comparisonCaption: (months, from, to) => `Gross income over ${months} (${from} to ${to})`,
  comparisonIntro: 'Over the same months: the period in which you receive benefits if you stay unemployed.',
  difference: (amount, more) => (more ? `${amount} more than staying unemployed` : `${amount} less than staying unemployed`),
  layers: {
    income: 'Income from work',
    suppletion: 'Wage supplement (loonsuppletie)',
    ww: 'WW',
    avu: 'Top-up (AVU)',
    ru: 'Repair benefit (RU)',
    asu: 'Follow-on benefit (ASU)',
    extraAsu: 'Extra ASU',
  },
  total: 'Total',
  month: 'Month',
  startDate: 'Starts on',
  chartCaption: (scenario) => `Gross income per month: ${scenario}`,
  chartSummary: (scenario, months, first, last) =>
    `Stacked bar chart of ${scenario}, ${months}, from ${first} to ${last}. The table below holds the same amounts.`,
  tableCaption: (scenario) => `Gross amounts per month: ${scenario}`,
  tableRegionLabel: (scenario) => `Table per month: ${scenario} (scrollable)`,
  milestonesTitle: 'Transitions',
  milestones: {
    'ww-rate-change': 'WW goes from 75 % to 70 %',
    'avu-rate-change': 'Top-up goes from 75 % to 70 %',
    'ww-end': 'End of WW',
    'ru-start': 'Repair benefit starts',
    'asu-start': 'Follow-on benefit starts',
    'extra-asu-start': 'Extra ASU starts',
    'benefits-end': 'End of benefits',
    'new-job-start': 'New job starts',
    aow: 'State pension (AOW) age',
  },
  milestoneAt: (label, month, date) => `${label}: after month ${month}, on ${date}`,
  continues: (amount, date) => `It goes on after that: ${amount} a month from ${date}, as long as the new job lasts (until your AOW age at the latest).`,
  notEligibleTitle: 'You are probably not entitled to WW',
  wwReasons: {
    wekeneis: 'You worked fewer than 26 of the 36 weeks before your unemployment (the weeks condition, wekeneis).',
    jareneis: 'You worked fewer than 4 of the 5 years before your unemployment (the years condition, jareneis): the WW lasts 3 months.',
    'aow-age': 'You have already reached the state pension (AOW) age.',
    'regime-unsupported':
      'Your unemployment began before 1 April 2017. An older regulation applies, which this calculator does not cover.',
  },
  noRows: 'There are no months with benefits to show.',
  keyFiguresTitle: 'How your benefit was calculated',
  keyFiguresIntro: 'Open a figure to see which rule and which values determine it.',
  scenarioExplanationsTitle: 'About this scenario',
  explain: (figure) => `Explain: ${figure}`,
  steps: {
    regime: {
      title: 'Regulation',
      text: ({ inputs: i, result: r, f }) =>
        r.covered
          ? `Your unemployment starts on ${f.date(i.unemploymentDate)}, on or after ${f.date(i.regimeFrom)}: the 2017 BWRHBO applies.`
          : `Your unemployment starts before ${f.date(i.regimeFrom)}. An older regulation applies, which this calculator does not cover.`,
    },
    wekeneis: {
      title: 'Weeks condition (wekeneis)',
      headline: ({ result: r }) => (r.met ? 'met' : 'not met'),
      text: ({ inputs: i, result: r, f }) =>
        `You worked ${f.number(i.weeksWorkedLast36)} of the ${f.number(i.windowWeeks)} weeks before your unemployment; ${f.number(i.requiredWeeks)} are needed. ` +
        (r.met ? 'You meet the weeks condition.' : 'You do not meet the weeks condition: no WW.'),
    },
    'aow-date': {
      title: 'State pension (AOW) date',
      headline: ({ result: r, f }) => f.date(r.aowDate),
      text: ({ result: r, f }) =>
        `You reach the AOW age on ${f.date(r.aowDate)}.` + (r.cutsTimeline ? ' Your benefits stop on that date.' : ''),
    },
    'work-history': {
      title: 'Work history (arbeidsverleden)',
      headline: ({ result: r, f }) => f.years(r.total),
      text: ({ inputs: i, result: r, f }) =>
        `Deemed work history (fictief): ${f.years(r.fictitious)} (every calendar year from ${String(i.yearTurned18)}, the year you turned 18, up to and including 1997). ` +
        `Actual work history (feitelijk): ${f.years(r.actual)} with at least 208 paid hours from 1998 (${list(i.workedYears)}). ` +
        `Together ${f.years(r.total)}, of which ${f.years(r.before2016)} before 2016 and ${f.years(r.from2016)} from 2016.`,
    },
    jareneis: {
      title: 'Years condition (jareneis)',
      headline: ({ result: r }) => (r.met ? 'met' : 'not met'),
      text: ({ inputs: i, result: r, f }) =>
        `In ${String(i.firstYear)}–${String(i.lastYear)} you worked ${f.years(i.yearsWorked)}; ${f.number(i.requiredYears)} of the 5 are needed. ` +
        (r.met ? 'You meet the years condition.' : 'You do not meet the years condition: the WW lasts 3 months.'),
    },
    'ww-duration': {
      title: 'WW duration',
      headline: ({ result: r, f }) => f.months(r.durationMonths),
      text: ({ inputs: i, result: r, f }) =>
        !i.jareneisMet
          ? 'Without the years condition the WW lasts 3 months.'
          : r.base === null
            ? `With ${f.years(i.total)} of work history you get 1 month of WW per year: ${f.months(r.durationMonths)} (at least ${f.number(i.min)}).`
            : `The first ${f.years(r.base)} count for a full month each (10 years, or more if you had more years before 2016: ${f.years(i.before2016)}); every later year for half a month. ` +
              `${f.number(r.base)} + ½ × (${f.number(i.total)} − ${f.number(r.base)}) gives ${f.months(r.durationMonths)}, at least ${f.number(i.min)} and at most ${f.number(i.max)} months.`,
    },
    'ww-2015-duration': {
      title: 'WW duration under the rules before 2016',
      headline: ({ result: r, f }) => f.months(r.duration2015Months),
      text: ({ result: r, f }) =>
        `Under the rules before 2016 (1 month per year of work history, at most 38) your WW would last ${f.months(r.duration2015Months)}. The BWRHBO uses this for the repair benefit.`,
    },
    'daily-wage': {
      title: 'Daily wage (dagloon)',
      headline: ({ result: r, f }) => f.money(r.dailyWage),
      text: ({ inputs: i, result: r, f }) =>
        `Daily wage = annual SV-wage ÷ ${f.number(i.daysPerYear)} = ${f.money(i.annualWage)} ÷ ${f.number(i.daysPerYear)} = ${f.money(r.dailyWage)}. This also holds if you work part-time.`,
    },
    'max-daily-wage': {
      title: 'Maximum daily wage',
      headline: ({ inputs: i, f }) => f.money(i.maxDailyWage),
      text: ({ inputs: i, result: r, f }) =>
        r.capApplies
          ? `Your daily wage (${f.money(i.dailyWage)}) is above the maximum daily wage of ${f.money(i.maxDailyWage)}. The WW therefore uses ${f.money(r.capped)}.`
          : `Your daily wage (${f.money(i.dailyWage)}) stays below the maximum daily wage of ${f.money(i.maxDailyWage)}: nothing is capped.`,
    },
    'monthly-wage': {
      title: 'Monthly wage (maandloon)',
      headline: ({ result: r, f }) => f.money(r.uncapped),
      text: ({ inputs: i, result: r, f }) =>
        `Monthly wage = daily wage × ${f.number(i.daysPerMonth)} = ${f.money(r.uncapped)}.` +
        (Number(r.capped) < Number(r.uncapped)
          ? ` Capped for the WW at ${f.money(r.capped)} (the maximum).`
          : ` The maximum monthly wage is ${f.money(r.maxMonthlyWage)}.`),
    },
    'ww-percentage': {
      title: 'WW amount',
      headline: ({ result: r, f }) => `${f.money(r.firstMonths)} / ${f.money(r.laterMonths)}`,
      text: ({ inputs: i, result: r, f }) =>
        `The WW is ${f.percent(i.firstRate)} of your monthly wage (${f.money(i.cappedMonthlyWage)}) in the first ${f.months(i.changeAtMonth)}: ${f.money(r.firstMonths)}. ` +
        `After that ${f.percent(i.laterRate)}: ${f.money(r.laterMonths)}. Holiday pay is included; UWV pays it out in May.`,
    },
    'income-deduction': {
      title: 'Income alongside the WW',
      text: ({ inputs: i, result: r, f }) =>
        `What you earn is deducted from your WW: WW = percentage × (monthly wage − income)` +
        (i.capApplies && i.proportionalIncomeOffset ? ', in proportion because your monthly wage is capped. ' : '. ') +
        `If you earn more than ${f.percent(i.thresholdRate)} of your monthly wage (${f.money(r.threshold)}) in a month, you get no WW that month` +
        (r.suspendedMonths ? ` (month ${String(r.suspendedMonths)}).` : '.'),
    },
    'ww-ended-by-income': {
      title: 'WW ended by work',
      text: ({ inputs: i, result: r, f }) =>
        `You earned more than ${f.percent(i.thresholdRate)} of your monthly wage for ${f.number(i.consecutiveMonths)} months in a row. Your WW and the BWRHBO benefits end in month ${f.number(r.month)}.`,
    },
    avu: {
      title: 'Top-up (AVU)',
      text: ({ inputs: i, result: r, f }) =>
        `The top-up brings your WW up to ${f.percent(i.firstTarget)} of your full monthly wage in the first ${f.months(i.changeAtMonth)} (${f.money(r.firstLevel)}) ` +
        `and to ${f.percent(i.laterTarget)} after that (${f.money(r.laterLevel)}), as long as the WW lasts: ${f.months(r.months)}. Below the maximum wage, the top-up after month 2 is the difference between 75 % and 70 %.`,
    },
    ru: {
      title: 'Repair benefit (RU)',
      headline: ({ result: r, f }) => f.months(r.ruMonths),
      text: ({ inputs: i, result: r, f }) =>
        Number(r.ruMonths) > 0
          ? `The repair benefit lasts the difference between the WW duration before 2016 (${f.months(i.duration2015Months)}) and your WW (${f.months(i.durationMonths)}): ${f.months(r.ruMonths)}. ` +
            `Amount: ${f.percent(i.rate)} of your monthly wage, at most ${f.money(r.capMonthly)} (70 % of the top of scale 12 with holiday pay and year-end bonus): ${f.money(r.level)} a month.`
          : `No repair benefit: your WW already lasts as long as under the rules before 2016 (${f.months(i.duration2015Months)}).`,
    },
    asu: {
      title: 'Follow-on benefit (ASU)',
      headline: ({ result: r, f }) => f.months(r.months),
      text: ({ inputs: i, result: r, f }) =>
        r.eligible
          ? `With ${f.years(i.hboServiceYears)} in the hbo sector (needed: ${f.number(i.requiredServiceYears)}) you then get a follow-on benefit for ${f.months(r.months)}, at the level of the repair benefit.`
          : `No follow-on benefit: it needs at least ${f.years(i.requiredServiceYears)} in the hbo sector (you: ${f.number(i.hboServiceYears)}).`,
    },
    'extra-asu': {
      title: 'Extra ASU',
      headline: ({ result: r, f }) => f.months(r.months),
      text: ({ inputs: i, result: r, f }) =>
        r.eligible
          ? `With ${f.years(i.hboServiceYears)} in the hbo sector (needed: ${f.number(i.requiredServiceYears)}) and at most ${f.years(i.maxYearsToAow)} to your AOW date (${f.date(i.aowDate)}), an extra ASU runs until your AOW: ${f.months(r.months)}, ${f.money(r.level)} a month (at most ${f.money(r.capMonthly)}).`
          : `No extra ASU: it needs at least ${f.years(i.requiredServiceYears)} in the hbo sector and at most ${f.years(i.maxYearsToAow)} to your AOW date (${f.date(i.aowDate)}).`,
    },
    suppletion: {
      title: 'Wage supplement (loonsuppletie)',
      headline: ({ result: r, f }) => (r.eligible ? `${f.money(r.monthlyBase)}` : 'none'),
      text: ({ result: r, f }) =>
        r.eligible
          ? `Your old hourly wage was ${f.money(r.oldHourlyWage)}, your new one is ${f.money(r.newHourlyWage)}; the top of scale 12 is ${f.money(r.scale12HourlyMax)} an hour. ` +
            `Loonsuppletie makes up the lower hourly wage: (the lower of your old hourly wage and the scale top − your new hourly wage) × your new hours per month = ${f.money(r.monthlyBase)} a month, ` +
            'less where needed so that new wage, benefits and supplement together stay within your old monthly wage. This formula is a working hypothesis until the CAO text has been checked.'
          : `No wage supplement: ${String(r.reasons ?? '')}.`,
    },
    'reintegration-budget': {
      title: 'Re-integration budget',
      headline: ({ result: r, f }) => f.money(r.amount),
      text: ({ inputs: i, result: r, f }) =>
        Number(r.amount) > 0
          ? `With ${f.years(i.yearsWithEmployer)} at your employer (needed: ${f.number(i.requiredYearsWithEmployer)}) and your age (${f.number(i.age)}) there is a re-integration budget of at most ${f.money(r.amount)}. It is a budget for a route to other work, not income.`
          : i.socialPlan
            ? 'No re-integration budget: a social plan with its own arrangements applies.'
            : !i.wwWithAvu
              ? 'No re-integration budget: you receive no WW with a top-up.'
              : `No re-integration budget: it needs at least ${f.years(i.requiredYearsWithEmployer)} with your employer.`,
    },
  },
  unknownStep: (key) => `Calculation ‘${key}’`,
  suppletionReasons: {
    'no-new-job': 'there is no new job',
    'no-bwrhbo': 'you receive no BWRHBO benefit',
    'not-a-contract': 'the self-employed get no wage supplement',
    'starts-after-benefits': 'the job starts only after your benefits end',
    'hourly-wage-not-lower': 'your new hourly wage is not lower than your old one',
    'above-scale-12': 'your new hourly wage is not below the top of scale 12',
  },
  parameters: {
    maxDailyWage: 'Maximum daily wage',
    aowAgeMonths: 'State pension (AOW) age',
    scale12TopMonthly: 'Top of scale 12 (monthly)',
    scale10TopMonthly: 'Top of scale 10 (monthly)',
    holidayPayRate: 'Holiday pay',
    yearEndBonusRate: 'Year-end bonus',
    asuMonths: 'Follow-on benefit duration',
    extraAsuCapIncludesAllowances: 'Extra ASU cap includes allowances',
    reintegrationBudget: 'Re-integration budget by age',
    fullTimeHoursPerWeek: 'Full-time hours per week',
    suppletionMaxMonths: 'Wage supplement duration',
  },
  parameterTable: {
    caption: 'Values used',
    name: 'Value',
    value: 'Amount or number',
    validFrom: 'Valid from',
    status: 'Status',
    source: 'Source',
  },
  overridden: 'set by your organisation',
  unknownEntry: (date) => `The value from ${date} is not known yet; the previous value was used.`,
  statuses: { V: 'verified', V2: 'secondary source', D: 'derived', U: 'not verified' },
  unverified: 'not verified',
  ruleUnverified: 'This rule has not been verified yet: the outcome is an indication.',
  unverifiedNote: (parameters) =>
    `Not verified: this outcome uses values that have not been checked yet (${parameters}). Do not rely on it until your organisation has confirmed them.`,
  unverifiedMarkerLabel: 'uses a value that is not verified',
  warningsTitle: 'Please note',
  warnings: {
    'unverified-parameter': (p) => `${p ?? 'A value'} is not verified.`,
    'max-daily-wage-unknown': () => 'The maximum daily wage on your first day of unemployment is not known yet. The previous value was used.',
    'parameter-unknown': (p) => `${p ?? 'A value'} is not known yet on your first day of unemployment. The previous value was used.`,
    'parameter-before-table': (p) => `${p ?? 'A value'} is not known for such an early date. The earliest known value was used.`,
    'regime-unsupported': () =>
      'Your unemployment began before 1 April 2017. An older regulation applies, which this calculator does not cover.',
    'unverified-rule': () => 'The wage supplement formula is a working hypothesis until the CAO text has been checked.',
  },
  unknownWarning: (code) => `Please note: ${code}.`,
  overrides: {
    loading: 'Loading the values of your organisation. Until then the calculator uses the standard table.',
    applied: (date) => `The calculator uses the values your organisation has checked${date ? ` (updated ${date})` : ''}.`,
    failed: 'The values of your organisation could not be loaded. The calculator uses the standard table.',
    rejected: 'The values of your organisation could not be used. The calculator uses the standard table.',
    retry: 'Try again',
  },
  budgetTitle: 'Re-integration budget',
  budget: (amount) => `You are probably entitled to a re-integration budget of at most ${amount}: a budget for a route to other work, not income.`,
  noBudget: 'You are probably not entitled to a re-integration budget.',
  months: (n, count) => (count === 1 ? `${n} month` : `${n} months`),
  years: (n, count) => (count === 1 ? `${n} year` : `${n} years`),
  yes: 'yes',
  no: 'no',
  untilAow: 'until the AOW age',
  asuRule: (perYear, max) => `${perYear} month per year of service, at most ${max} months`,
  budgetBands: (under40, from40, from50) => `under 40: ${under40}; 40–49: ${from40}; 50 and over: ${from50}`,
  ageMonths: (years, months) => (months === 0 ? `${years} years` : `${years} years and ${months} ${months === 1 ? 'month' : 'months'}`),
  hoursPerWeek: (hours) => `${hours} hours a week`,
};

/** The shipped string tables of `<mobility-calculator>`. */
export const calculatorTranslations: TranslationCatalog<CalculatorStrings> = { nl, en };

declare module '../shared/localize.js' {
  interface TranslationRegistry {
    'mobility-calculator': CalculatorStrings;
  }
}
