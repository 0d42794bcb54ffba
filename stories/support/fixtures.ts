/**
 * The data the stories show: realistic, fictional, and typed with the contract's own types, so a
 * change to the contract breaks the type-check here instead of a story at runtime. The fixture API
 * serves these through the real SDK, which validates every answer against the contract again.
 */
import {
  amsterdamToday,
  countedFigures,
  neverCollectedData,
  protectedIdentities,
  quarterRange,
  type BenchmarkExport,
  type BenchmarkQuery,
  type CaseRecord,
  type HrVacancy,
  type Insights,
  type InsightsCell,
  type InsightsQuery,
  type InsightsRow,
  type Organisation,
  type OrganisationRef,
  type Quarter,
  type HrRegulations,
  type Regulations,
  type Story,
  type StoryRecord,
  type UsageQuarter,
  type Vacancy,
} from '@mobility-kit/contract';

/**
 * A picture served by the Storybook itself (`stories/assets/fixtures`). Absolute, because the
 * elements resolve a story photo's path against the API, and the fixture API has no pictures.
 */
const fixtureAsset = (name: string): string => new URL(`fixtures/${name}`, document.baseURI).href;

const rijnland: OrganisationRef = { id: 'hogeschool-rijnland', name: 'Hogeschool Rijnland', sector: 'hbo' };
const deltaland: OrganisationRef = { id: 'hogeschool-deltaland', name: 'Hogeschool Deltaland', sector: 'hbo' };
const gemeente: OrganisationRef = { id: 'gemeente-zeestad', name: 'Gemeente Zeestad', sector: 'government' };

/** The organisations of the network, for the vacancy filter. */
export const organisations: Organisation[] = [
  { ...rijnland, city: 'Leiden', networks: ['hbo-mobiliteit-zuid-holland'], website: 'https://www.example.nl/rijnland' },
  { ...deltaland, city: 'Rotterdam', networks: ['hbo-mobiliteit-zuid-holland'] },
  { ...gemeente, city: 'Den Haag', networks: ['hbo-mobiliteit-zuid-holland'] },
];

/** Vacancies in both languages and of several kinds, closing well after the stories' dates. */
export const vacancies: Vacancy[] = [
  {
    id: 'docent-verpleegkunde-2026',
    title: 'Docent Verpleegkunde',
    summary: 'Geef les in het eerste jaar van de bachelor Verpleegkunde en begeleid studenten op stage.',
    description: 'Je verzorgt onderwijs in het eerste studiejaar en begeleidt studenten tijdens hun praktijkperiode.',
    kind: 'vacancy',
    visibility: 'public',
    organisation: rijnland,
    unit: 'Instituut voor Zorg',
    location: { city: 'Leiden', pc4: '2333' },
    workplace: 'hybrid',
    hoursPerWeek: { min: 28, max: 36 },
    salary: { scale: '11', min: 4325, max: 6193, currency: 'EUR', period: 'month' },
    contract: 'permanent',
    datePosted: '2026-10-01',
    validThrough: '2027-12-31',
    interests: ['S', 'I'],
    skills: ['didactiek', 'verpleegkunde', 'coaching'],
    applyUrl: 'https://www.example.nl/vacatures/docent-verpleegkunde',
    language: 'nl',
  },
  {
    id: 'projectleider-onderwijsvernieuwing',
    title: 'Projectleider onderwijsvernieuwing',
    summary: 'Een klus van een half jaar: leid de invoering van flexibel onderwijs in twee opleidingen.',
    description: 'Je brengt docenten, studenten en roosteraars samen en houdt de planning bij.',
    kind: 'assignment',
    visibility: 'sector',
    organisation: deltaland,
    location: { city: 'Rotterdam', pc4: '3011' },
    workplace: 'onsite',
    hoursPerWeek: { min: 16, max: 24 },
    contract: 'temporary',
    datePosted: '2026-09-15',
    validThrough: '2027-06-30',
    startDate: '2027-02-01',
    interests: ['E', 'S', 'C'],
    skills: ['projectmanagement', 'veranderkunde'],
    language: 'nl',
  },
  {
    id: 'research-data-steward',
    title: 'Research data steward',
    summary: 'Help researchers of three lectorates store, describe and share their data.',
    description: 'You advise on data management plans and run the repository of the research centre.',
    kind: 'secondment',
    visibility: 'internal',
    organisation: rijnland,
    unit: 'Kenniscentrum Innovatie',
    location: { city: 'Leiden' },
    workplace: 'remote',
    hoursPerWeek: { min: 20, max: 20 },
    salary: { scale: '10', currency: 'EUR', period: 'month' },
    contract: 'secondment',
    datePosted: '2026-10-20',
    validThrough: '2027-03-31',
    interests: ['I', 'C'],
    skills: ['research data', 'FAIR', 'Python'],
    language: 'en',
  },
  {
    id: 'beleidsadviseur-arbeidsmarkt',
    title: 'Beleidsadviseur arbeidsmarkt',
    summary: 'Werk een jaar bij de gemeente aan de aansluiting tussen hbo-opleidingen en de regionale arbeidsmarkt.',
    description: 'Een detachering bij een partner in het netwerk.',
    kind: 'secondment',
    visibility: 'sector',
    priority: { group: 'redeployment', until: '2027-01-31' },
    organisation: gemeente,
    location: { city: 'Den Haag', pc4: '2511' },
    workplace: 'hybrid',
    hoursPerWeek: { min: 32, max: 36 },
    salary: { scale: '11', currency: 'EUR', period: 'month' },
    contract: 'secondment',
    datePosted: '2026-11-02',
    validThrough: '2027-08-31',
    interests: ['E', 'I', 'S'],
    skills: ['beleid', 'arbeidsmarkt'],
    language: 'nl',
  },
];

/** Approved stories of colleagues, one in English, one with a photo. */
export const stories: Story[] = [
  {
    id: 'van-docent-naar-onderwijskundige',
    displayName: 'Samira',
    photo: { src: fixtureAsset('portret-samira.svg'), alt: 'Samira lacht in de bibliotheek van de hogeschool', width: 320, height: 320 },
    roleBefore: 'Docent Bedrijfskunde',
    orgBefore: 'Hogeschool Rijnland',
    roleAfter: 'Onderwijskundige',
    orgAfter: 'Hogeschool Deltaland',
    moveType: 'partner',
    quote: 'Ik wilde mijn ervaring als docent gebruiken om het onderwijs zelf beter te maken.',
    body: 'Na twaalf jaar lesgeven zocht Samira een nieuwe uitdaging. Via het netwerk vond ze een functie bij een partnerhogeschool.',
    language: 'nl',
    cta: { label: 'Bekijk vacatures bij partners', href: '/vacatures?visibility=sector' },
    interests: ['S', 'I'],
    organisation: rijnland,
    publishFrom: '2026-06-01',
  },
  {
    id: 'from-lab-to-policy',
    displayName: 'Joost',
    roleBefore: 'Lab technician',
    orgBefore: 'Hogeschool Rijnland',
    roleAfter: 'Policy adviser',
    orgAfter: 'Gemeente Zeestad',
    moveType: 'secondment',
    quote: 'A year at the municipality showed me how research ends up in real decisions.',
    body: 'Joost was seconded to the municipality for a year and decided to stay on in a new role.',
    language: 'en',
    cta: { label: 'Read about secondments', href: 'https://www.example.nl/detachering' },
    interests: ['I', 'E'],
    organisation: rijnland,
    publishFrom: '2026-05-12',
  },
  {
    id: 'klus-bij-de-bibliotheek',
    displayName: 'Anouk',
    roleBefore: 'Medewerker studentenzaken',
    orgBefore: 'Hogeschool Deltaland',
    roleAfter: 'Projectmedewerker bibliotheek',
    orgAfter: 'Hogeschool Deltaland',
    moveType: 'assignment',
    quote: 'Een klus van drie maanden gaf me de moed om echt van baan te wisselen.',
    body: 'Anouk deed naast haar werk een klus bij de bibliotheek en solliciteerde daarna intern.',
    language: 'nl',
    cta: { label: 'Bekijk klussen', href: '/vacatures?kind=assignment' },
    interests: ['C', 'S'],
    organisation: deltaland,
    publishFrom: '2026-03-20',
  },
];

/** The values of Hogeschool Rijnland for the calculator, as its HR department checked them. */
export const regulations: Regulations = {
  organisation: rijnland.id,
  updatedAt: '2026-09-01T08:30:00Z',
  parameters: {
    holidayPayRate: [{ value: 0.08, validFrom: '2024-01-01', status: 'V', source: 'Cao hbo 2024–2025, artikel H-3' }],
    yearEndBonusRate: [{ value: 0.0833, validFrom: '2024-01-01', status: 'V', source: 'Cao hbo 2024–2025, artikel H-5' }],
  },
};

/** An organisation that has not set any calculator values: the calculator keeps its own table. */
export const regulationsUnset: Regulations = { organisation: rijnland.id, updatedAt: null, parameters: {} };

const k = 10;

const rules: Insights['rules'] = {
  k,
  minimumK: 5,
  smallestPeriod: 'quarter',
  smallestGroup: 'unit',
  protectedIdentities: [...protectedIdentities],
  costsOnlyForShownGroups: true,
  counted: [...countedFigures],
  neverCollected: [...neverCollectedData],
};

const shown = (value: number): InsightsCell => ({ value });
const hidden: InsightsCell = { suppressed: true, reason: 'below-threshold' };
const secondary: InsightsCell = { suppressed: true, reason: 'secondary' };

/** One quarter of one unit (or the whole organisation when `unit` is null), scaled by `size`. */
function row(quarter: Quarter, index: number, unit: string | null, size: number): InsightsRow {
  const inflow = Math.round((12 + (index % 3) * 4) * size);
  const outflow = Math.round((10 + ((index + 1) % 4) * 3) * size);
  const small = size < 1;
  return {
    quarter,
    unit,
    inflow: inflow >= k ? shown(inflow) : hidden,
    inProgress: shown(Math.round((30 + index * 2) * size)),
    outflow: outflow >= k ? shown(outflow) : hidden,
    outflowByRoute: {
      'internal-redeployment': small ? hidden : shown(Math.round(outflow * 0.5)),
      'external-placement': small ? hidden : shown(Math.round(outflow * 0.3)),
      secondment: hidden,
      outplacement: secondary,
      'ww-bww': hidden,
    },
    outflowByOutcome: {
      'internal-job': small ? hidden : shown(Math.round(outflow * 0.6)),
      'external-job': hidden,
      'self-employed': hidden,
      benefits: secondary,
      retired: hidden,
      other: hidden,
    },
    medianDurationDays: small ? hidden : shown(120 + index * 5),
    trajectoryCosts: small ? hidden : shown(Math.round(outflow * 4500)),
    benefitCosts: small ? hidden : shown(Math.round(outflow * 2100)),
  };
}

const units = ['Instituut voor Zorg', 'Instituut voor Techniek'];

/** Anonymised figures for whatever range the dashboard asks for. */
export function insightsFor(query: InsightsQuery): Insights {
  const quarters = quarterRange(query.from, query.to);
  const scopes: Array<[string | null, number]> = query.unit
    ? [[query.unit, query.unit === units[0] ? 1 : 0.6]]
    : [[null, 1.6], [units[0]!, 1], [units[1]!, 0.6]];
  const usage: UsageQuarter[] = quarters.map((quarter, i) => ({
    quarter,
    counts: { 'career-test-completed': shown(40 + i * 3), 'calculator-session': shown(25 + i), 'widget-view': shown(300 + i * 20) },
  }));
  return {
    organisation: rijnland,
    query,
    generatedAt: '2026-11-20T09:00:00Z',
    rules,
    quarters,
    units,
    rows: scopes.flatMap(([unit, size]) => quarters.map((quarter, i) => row(quarter, i, unit, size))),
    usage: { scope: 'server', quarters: usage },
  };
}

/** An organisation without any mobility case yet: nothing to show. */
export function insightsEmptyFor(query: InsightsQuery): Insights {
  return {
    organisation: rijnland,
    query,
    generatedAt: '2026-11-20T09:00:00Z',
    rules,
    quarters: quarterRange(query.from, query.to),
    units: [],
    rows: [],
    usage: { scope: 'server', quarters: [] },
  };
}

/** The whole-organisation figures as a benchmark document for other institutions. */
export function benchmarkFor(query: BenchmarkQuery): BenchmarkExport {
  const quarters = quarterRange(query.from, query.to);
  return {
    format: 'mobility-kit/insights-benchmark',
    contractVersion: '0.1.0',
    institution: { id: rijnland.id, name: rijnland.name },
    period: { from: query.from, to: query.to },
    ...(query.staffGroup ? { staffGroup: query.staffGroup } : {}),
    exportedAt: '2026-11-20T09:00:00Z',
    rules,
    rows: quarters.map((quarter, i) => row(quarter, i, null, 1.6)),
  };
}

/** Pseudonymous cases of the register (`<mobility-hr-cases>`): codes, units, choices, dates and amounts only. */
export const cases: CaseRecord[] = [
  { id: '2025-REORG-001', unit: 'Instituut voor Techniek', staffGroup: 'teaching', startDate: '2025-01-13', trigger: 'reorganisation', route: 'internal-redeployment', outcome: 'internal-job', endDate: '2025-06-30', trajectoryCosts: 2400, benefitCosts: 0 },
  { id: '2025-REORG-002', unit: 'Instituut voor Techniek', staffGroup: 'support', startDate: '2025-01-20', trigger: 'reorganisation', route: 'outplacement', trajectoryCosts: 6500, benefitCosts: 0 },
  { id: '2025-EIGEN-003', unit: 'Instituut voor Zorg', staffGroup: 'teaching', startDate: '2025-03-03', trigger: 'own-wish', route: 'secondment', trajectoryCosts: 850.5, benefitCosts: 0 },
  { id: '2025-CONTRACT-004', unit: 'Dienst Onderwijs en Onderzoek', staffGroup: 'support', startDate: '2025-04-01', trigger: 'end-of-contract', route: 'ww-bww', outcome: 'benefits', endDate: '2025-10-31', trajectoryCosts: 0, benefitCosts: 12400 },
];

/** HR's view of the calculator values (`GET /v1/hr/regulations`): the set above with its history. */
export const hrRegulations: HrRegulations = {
  ...regulations,
  updatedBy: 'hr-rijnland-0042',
  history: [
    {
      at: '2026-09-01T08:30:00Z',
      by: 'hr-rijnland-0042',
      initial: false,
      changes: [
        {
          parameter: 'yearEndBonusRate',
          validFrom: '2024-01-01',
          before: { value: 0.083, validFrom: '2024-01-01', status: 'V2', source: 'Vakbondssite, samenvatting cao hbo' },
          after: { value: 0.0833, validFrom: '2024-01-01', status: 'V', source: 'Cao hbo 2024–2025, artikel H-5' },
        },
      ],
    },
    {
      at: '2026-06-15T13:05:00Z',
      by: 'hr-rijnland-0007',
      initial: false,
      changes: [
        { parameter: 'holidayPayRate', validFrom: '2024-01-01', before: null, after: { value: 0.08, validFrom: '2024-01-01', status: 'V', source: 'Cao hbo 2024–2025, artikel H-3' } },
        { parameter: 'yearEndBonusRate', validFrom: '2024-01-01', before: null, after: { value: 0.083, validFrom: '2024-01-01', status: 'V2', source: 'Vakbondssite, samenvatting cao hbo' } },
      ],
    },
  ],
  historyTruncated: false,
};

/** HR's view of an organisation that has not set any calculator values. */
export const hrRegulationsUnset: HrRegulations = { ...regulationsUnset, history: [], historyTruncated: false };

const audit = { createdBy: 'hr-rijnland', createdAt: '2026-10-01T09:00:00+02:00', updatedBy: 'hr-rijnland', updatedAt: '2026-10-01T09:00:00+02:00' };

/**
 * Hogeschool Rijnland's vacancies as its HR sees them (`<mobility-hr-vacancies>`): its public ones,
 * one that opens in stages (own staff, then the network, then everyone) with priority for
 * redeployment candidates, and a closed one.
 */
export const hrVacancies: HrVacancy[] = [
  {
    ...vacancies.find((v) => v.organisation.id === rijnland.id)!,
    id: 'hogeschool-rijnland-coordinator-stages-2027',
    title: 'Coördinator stages',
    summary: 'Verbind studenten, praktijkbegeleiders en docenten rond de stages van de opleidingen Zorg.',
    description: 'Je **organiseert** de stages van drie opleidingen.\n\n- contact met zorginstellingen\n- planning en beoordeling',
    visibility: 'internal',
    currentVisibility: 'internal',
    stages: [
      { visibility: 'sector', from: '2027-01-12' },
      { visibility: 'public', from: '2027-01-26' },
    ],
    priority: { group: 'redeployment', until: '2027-01-11' },
    datePosted: '2026-12-01',
    validThrough: '2027-02-28',
    status: 'open',
    ...audit,
  },
  ...vacancies
    .filter((v) => v.organisation.id === rijnland.id)
    .map((v): HrVacancy => ({ ...v, currentVisibility: v.visibility, status: 'open', ...audit })),
  {
    ...vacancies.find((v) => v.organisation.id === rijnland.id)!,
    id: 'hogeschool-rijnland-roosteraar-2026',
    title: 'Roosteraar',
    summary: 'Maak de roosters van het Instituut voor Techniek.',
    description: 'Je maakt de roosters voor ruim 2.000 studenten.',
    visibility: 'public',
    currentVisibility: 'public',
    datePosted: '2026-09-01',
    validThrough: '2026-10-31',
    status: 'closed',
    ...audit,
    closedAt: '2026-10-15T16:30:00+02:00',
  },
];

/** `today` plus `days`, as a contract calendar date: HR stories' states are relative to the day shown. */
const daysFromToday = (days: number): string => {
  const date = new Date(`${amsterdamToday()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/**
 * The stories of Hogeschool Rijnland as HR manages them (`<mobility-hr-stories>`): one live on
 * the intranet with consent expiring soon, one scheduled, a draft and a withdrawn one.
 */
export const hrStories: StoryRecord[] = [
  {
    ...stories[0]!,
    status: 'approved',
    publishFrom: daysFromToday(-60),
    publishUntil: daysFromToday(300),
    consent: [
      { id: 'c1', channel: 'intranet', grantedAt: daysFromToday(-70), expiresAt: daysFromToday(20), formReference: 'DMS-2026-00117' },
      { id: 'c2', channel: 'public', grantedAt: daysFromToday(-70), expiresAt: daysFromToday(-5), formReference: 'DMS-2026-00118' },
    ],
    liveOn: ['intranet'],
    createdAt: '2026-05-20T09:00:00+02:00',
    updatedAt: '2026-05-28T14:30:00+02:00',
  },
  {
    ...stories[1]!,
    status: 'approved',
    publishFrom: daysFromToday(14),
    publishUntil: daysFromToday(200),
    consent: [{ id: 'c3', channel: 'public', grantedAt: daysFromToday(-3), expiresAt: daysFromToday(700), formReference: 'DMS-2026-00201' }],
    liveOn: [],
    createdAt: '2026-05-01T09:00:00+02:00',
    updatedAt: '2026-05-02T10:00:00+02:00',
  },
  {
    ...stories[2]!,
    organisation: rijnland,
    status: 'draft',
    publishFrom: daysFromToday(7),
    publishUntil: daysFromToday(372),
    consent: [],
    liveOn: [],
    createdAt: '2026-03-01T09:00:00+01:00',
    updatedAt: '2026-03-01T09:00:00+01:00',
  },
  {
    id: 'terug-naar-de-klas',
    displayName: 'Femke',
    roleBefore: 'Beleidsmedewerker',
    orgBefore: 'Gemeente Zeestad',
    roleAfter: 'Docent Bestuurskunde',
    orgAfter: 'Hogeschool Rijnland',
    moveType: 'external',
    quote: 'Na vijf jaar beleid wilde ik weer met studenten werken.',
    body: 'Femke maakte de overstap terug naar het onderwijs.',
    language: 'nl',
    cta: { label: 'Bekijk vacatures', href: '/vacatures' },
    organisation: rijnland,
    status: 'withdrawn',
    publishFrom: daysFromToday(-200),
    publishUntil: daysFromToday(100),
    consent: [{ id: 'c4', channel: 'intranet', grantedAt: daysFromToday(-210), expiresAt: daysFromToday(400), withdrawnAt: daysFromToday(-10), formReference: 'DMS-2025-00990' }],
    liveOn: [],
    createdAt: '2025-12-01T09:00:00+01:00',
    updatedAt: '2026-01-10T09:00:00+01:00',
  },
];
