/**
 * Closed vocabularies of the contract. Each is a `const` tuple so that schemas, types and
 * documentation are derived from one list.
 *
 * Zod-free, with the calendar: this module is the `@mobility-kit/contract/vocabulary` entry point,
 * the one place `@mobility-kit/rules` may import values from (everything else of the contract it
 * imports with `import type`), so the pure rules never load a schema library at run time.
 */
export { amsterdamToday, contractTimeZone } from './calendar.js';

/** What kind of opportunity a vacancy is. `assignment` is a *klus*, `internship` a *docentstage*. */
export const vacancyKinds = ['vacancy', 'assignment', 'secondment', 'internship', 'project'] as const;
export type VacancyKind = (typeof vacancyKinds)[number];

/** Who may see a vacancy: own staff, staff of partner organisations, or everyone. */
export const visibilities = ['internal', 'sector', 'public'] as const;
export type Visibility = (typeof visibilities)[number];

/** The part of the labour market an organisation belongs to. */
export const sectors = ['hbo', 'wo', 'mbo', 'vo', 'po', 'government', 'business', 'care', 'other'] as const;
export type Sector = (typeof sectors)[number];

export const contractTypes = ['permanent', 'temporary', 'secondment'] as const;
export type ContractType = (typeof contractTypes)[number];

export const workplaces = ['onsite', 'hybrid', 'remote'] as const;
export type Workplace = (typeof workplaces)[number];

/** Groups that may get priority (voorrang) on a vacancy until a date. */
export const priorityGroups = ['redeployment', 'partner-mobility'] as const;
export type PriorityGroup = (typeof priorityGroups)[number];

/** Holland's RIASEC interest types, used to match vacancies to a career-test profile. */
export const riasecTypes = ['R', 'I', 'A', 'S', 'E', 'C'] as const;
export type RiasecType = (typeof riasecTypes)[number];

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];

export const salaryPeriods = ['hour', 'month', 'year'] as const;

/** Roles carried by a bearer token. */
export const roles = ['employee', 'hr', 'admin'] as const;
export type Role = (typeof roles)[number];

/** Every calculator parameter an institution may override, in a stable order. */
export const calculatorParameterNames = [
  'maxDailyWage',
  'aowAgeMonths',
  'scale12TopMonthly',
  'scale10TopMonthly',
  'holidayPayRate',
  'yearEndBonusRate',
  'asuMonths',
  'extraAsuCapIncludesAllowances',
  'reintegrationBudget',
  'fullTimeHoursPerWeek',
  'suppletionMaxMonths',
] as const;
export type CalculatorParameterName = (typeof calculatorParameterNames)[number];

/**
 * How far a value can be trusted, in order of trust: `V` verified against an official or sector
 * source, `V2` from a secondary source (union, news, trade press), `D` derived arithmetic, `U`
 * unverified (the calculator flags every figure a `U` value influences).
 */
export const calculatorParameterStatuses = ['V', 'V2', 'D', 'U'] as const;
export type CalculatorParameterStatus = (typeof calculatorParameterStatuses)[number];
