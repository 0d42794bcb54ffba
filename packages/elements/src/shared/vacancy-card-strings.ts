import type { ContractType, PriorityGroup, VacancyKind, Visibility, Workplace } from '@mobility-kit/contract';
import type { TranslationCatalog } from './localize.js';

/**
 * The words of one vacancy as employees read them: the card of `<mobility-vacancies>`
 * (`vacancy-card.ts`) and the vocabulary of kinds, workplaces and contracts. Part of
 * `VacanciesStrings` (registered under `mobility-vacancies`, where hosts override them); other
 * elements that show a vacancy as an employee sees it, or label the same vocabulary, use these.
 * Functions take values already formatted by `Intl`.
 */
export interface VacancyCardStrings {
  kinds: Record<VacancyKind, string>;
  visibilities: Record<Visibility, string>;
  workplaces: Record<Workplace, string>;
  priority: Record<PriorityGroup, (until: string) => string>;
  organisationLabel: string;
  locationLabel: string;
  hoursLabel: string;
  hours: (min: string, max: string) => string;
  scaleLabel: string;
  salaryLabel: string;
  salary: (min: string | undefined, max: string | undefined, period: 'hour' | 'month' | 'year') => string;
  closingLabel: string;
  /** Badge when a later publication stage opens the vacancy wider: to partners or to everyone. */
  opensWider: Record<'sector' | 'public', (date: string) => string>;
  contracts: Record<ContractType, string>;
  /** Distance on a card, already formatted (`12`). */
  distance: (km: string) => string;
  distanceLabel: string;
  /** Badge on a vacancy that fits the career-test profile well. */
  matchBadge: string;
  apply: string;
  applyName: (title: string) => string;
  contact: string;
}

const nl: VacancyCardStrings = {
  kinds: {
    vacancy: 'Vacature',
    assignment: 'Klus',
    secondment: 'Detachering',
    internship: 'Docentstage',
    project: 'Projectrol',
  },
  visibilities: {
    internal: 'Intern',
    sector: 'Binnen het netwerk',
    public: 'Openbaar',
  },
  workplaces: { onsite: 'Op locatie', hybrid: 'Hybride', remote: 'Op afstand' },
  priority: {
    redeployment: (until) => `Voorrang voor herplaatsingskandidaten tot ${until}`,
    'partner-mobility': (until) => `Voorrang voor mobiliteitskandidaten van partners tot ${until}`,
  },
  organisationLabel: 'Organisatie',
  locationLabel: 'Plaats',
  hoursLabel: 'Uren',
  hours: (min, max) => (min === max ? `${min} uur per week` : `${min}–${max} uur per week`),
  scaleLabel: 'Schaal',
  salaryLabel: 'Salaris',
  salary: (min, max, period) => {
    const per = { hour: 'per uur', month: 'per maand', year: 'per jaar' }[period];
    if (min && max) return `${min} – ${max} ${per}`;
    if (min) return `vanaf ${min} ${per}`;
    return `tot ${max ?? ''} ${per}`;
  },
  closingLabel: 'Sluit op',
  opensWider: {
    sector: (date) => `Opent voor partners op ${date}`,
    public: (date) => `Opent voor iedereen op ${date}`,
  },
  contracts: { permanent: 'Vast', temporary: 'Tijdelijk', secondment: 'Detachering' },
  distance: (km) => `${km} km`,
  distanceLabel: 'Afstand',
  matchBadge: 'Past bij je profiel',
  apply: 'Solliciteren',
  applyName: (title) => `Solliciteren op ${title}`,
  contact: 'Contact',
};

const en: VacancyCardStrings = {
  kinds: {
    vacancy: 'Vacancy',
    assignment: 'Assignment',
    secondment: 'Secondment',
    internship: 'Lecturer internship',
    project: 'Project role',
  },
  visibilities: {
    internal: 'Internal',
    sector: 'Within the network',
    public: 'Public',
  },
  workplaces: { onsite: 'On site', hybrid: 'Hybrid', remote: 'Remote' },
  priority: {
    redeployment: (until) => `Priority for redeployment candidates until ${until}`,
    'partner-mobility': (until) => `Priority for partner mobility candidates until ${until}`,
  },
  organisationLabel: 'Organisation',
  locationLabel: 'Location',
  hoursLabel: 'Hours',
  hours: (min, max) => (min === max ? `${min} hours a week` : `${min}–${max} hours a week`),
  scaleLabel: 'Scale',
  salaryLabel: 'Salary',
  salary: (min, max, period) => {
    const per = { hour: 'an hour', month: 'a month', year: 'a year' }[period];
    if (min && max) return `${min} – ${max} ${per}`;
    if (min) return `from ${min} ${per}`;
    return `up to ${max ?? ''} ${per}`;
  },
  closingLabel: 'Closes on',
  opensWider: {
    sector: (date) => `Opens to partners on ${date}`,
    public: (date) => `Opens to everyone on ${date}`,
  },
  contracts: { permanent: 'Permanent', temporary: 'Temporary', secondment: 'Secondment' },
  distance: (km) => `${km} km`,
  distanceLabel: 'Distance',
  matchBadge: 'Fits your profile',
  apply: 'Apply',
  applyName: (title) => `Apply for ${title}`,
  contact: 'Contact',
};

/** The shipped words of a vacancy card, in Dutch and English. */
export const vacancyCardTranslations: TranslationCatalog<VacancyCardStrings> = { nl, en };
