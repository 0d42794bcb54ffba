/**
 * Input checks of `simulate`: a wrong input gets a clear, typed error naming every field at fault,
 * never a NaN in a timeline.
 *
 * Only what makes a scenario impossible is checked here: a date that does not exist, an amount
 * below zero, more hours than a week has, more weeks than the wekeneis window, a worked year
 * outside the history. How much is plausible (a wage up to ten million, sixty years of service …)
 * is declared once, in the contract's `calculatorBounds`, and checked where a value enters (the
 * calculator form). The limits both need are typed by the contract's literals, so they cannot differ.
 */
import type { CalculatorBounds } from '@mobility-kit/contract';
import { compareDates, parseIsoDate, type CivilDate } from './dates.js';
import type { ScenarioInput } from './types.js';
import { firstActualYear, wekeneis } from './ww.js';

/** A week has 168 hours: no more can be worked in one. */
const hoursInWeek: CalculatorBounds['hoursPerWeek']['max'] = 168;

/** One problem with the input: the dotted path of the field and what is wrong with it. */
export interface ScenarioInputIssue {
  readonly path: string;
  readonly message: string;
}

/** Thrown by `simulate` when the input cannot be calculated with; `issues` names every field at fault. */
export class ScenarioInputError extends Error {
  override readonly name = 'ScenarioInputError';
  constructor(readonly issues: readonly ScenarioInputIssue[]) {
    super(`Invalid scenario input: ${issues.map((issue) => `${issue.path} ${issue.message}`).join('; ')}`);
  }
}

/** The input after checking: dates parsed, worked years as a sorted list. */
export interface CheckedInput {
  readonly unemploymentDate: CivilDate;
  readonly birthDate: CivilDate;
  readonly workedYears: readonly number[] | number;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isHours = (value: unknown): boolean => isNumber(value) && value > 0 && value <= hoursInWeek;

export function checkScenarioInput(input: ScenarioInput): CheckedInput {
  const issues: ScenarioInputIssue[] = [];
  const issue = (path: string, message: string) => issues.push({ path, message });
  if (typeof input !== 'object' || input === null) throw new ScenarioInputError([{ path: '', message: 'must be an object' }]);

  const unemploymentDate = parseIsoDate(input.unemploymentDate);
  const birthDate = parseIsoDate(input.birthDate);
  if (!unemploymentDate) issue('unemploymentDate', 'must be an ISO date (YYYY-MM-DD)');
  if (!birthDate) issue('birthDate', 'must be an ISO date (YYYY-MM-DD)');
  if (unemploymentDate && birthDate && compareDates(birthDate, unemploymentDate) >= 0) {
    issue('birthDate', 'must lie before unemploymentDate');
  }

  if (!isNumber(input.annualWage) || input.annualWage <= 0) issue('annualWage', 'must be a positive amount');
  if (!isHours(input.hoursPerWeek)) issue('hoursPerWeek', `must be more than 0 and at most ${hoursInWeek} hours`);
  if (!Number.isInteger(input.weeksWorkedLast36) || input.weeksWorkedLast36 < 0 || input.weeksWorkedLast36 > wekeneis.windowWeeks) {
    issue('weeksWorkedLast36', `must be a whole number of weeks from 0 to ${wekeneis.windowWeeks}`);
  }
  if (!isNumber(input.hboServiceYears) || input.hboServiceYears < 0) issue('hboServiceYears', 'must be 0 or more years');
  if (!isNumber(input.yearsWithEmployer) || input.yearsWithEmployer < 0) issue('yearsWithEmployer', 'must be 0 or more years');
  if (input.socialPlan !== undefined && typeof input.socialPlan !== 'boolean') issue('socialPlan', 'must be true or false');

  const worked = input.workedYears;
  if (typeof worked === 'number') {
    if (!Number.isInteger(worked) || worked < 0) issue('workedYears', 'must be a whole number of years or a list of calendar years');
  } else if (Array.isArray(worked)) {
    const seen = new Set<number>();
    worked.forEach((year: unknown, index) => {
      const path = `workedYears.${index}`;
      if (!Number.isInteger(year)) return issue(path, 'must be a calendar year');
      const y = year as number;
      if (y < firstActualYear) issue(path, `must be ${firstActualYear} or later (earlier years count as fictief arbeidsverleden)`);
      else if (unemploymentDate && y >= unemploymentDate.year) issue(path, 'must lie before the year of unemployment');
      if (seen.has(y)) issue(path, 'is listed twice');
      seen.add(y);
    });
  } else {
    issue('workedYears', 'must be a whole number of years or a list of calendar years');
  }

  const job = input.newJob;
  if (job !== undefined) {
    if (typeof job !== 'object' || job === null) issue('newJob', 'must be an object');
    else {
      if (!Number.isInteger(job.startMonth) || job.startMonth < 1) issue('newJob.startMonth', 'must be a row number from 1');
      if (!isNumber(job.monthlyWage) || job.monthlyWage < 0) issue('newJob.monthlyWage', 'must be 0 or a positive amount');
      if (!isHours(job.hoursPerWeek)) issue('newJob.hoursPerWeek', `must be more than 0 and at most ${hoursInWeek} hours`);
      if (typeof job.contract !== 'boolean') issue('newJob.contract', 'must be true or false');
    }
  }

  const other = input.otherIncome;
  if (other !== undefined) {
    if (!Array.isArray(other)) issue('otherIncome', 'must be a list');
    else {
      other.forEach((entry, index) => {
        const path = `otherIncome.${index}`;
        if (typeof entry !== 'object' || entry === null) return issue(path, 'must be an object');
        if (!Number.isInteger(entry.fromMonth) || entry.fromMonth < 1) issue(`${path}.fromMonth`, 'must be a row number from 1');
        if (entry.toMonth !== undefined && (!Number.isInteger(entry.toMonth) || entry.toMonth < entry.fromMonth)) {
          issue(`${path}.toMonth`, 'must be a row number not before fromMonth');
        }
        if (!isNumber(entry.monthlyAmount) || entry.monthlyAmount < 0) issue(`${path}.monthlyAmount`, 'must be 0 or a positive amount');
      });
    }
  }

  if (issues.length > 0 || !unemploymentDate || !birthDate) throw new ScenarioInputError(issues);
  return { unemploymentDate, birthDate, workedYears: worked };
}
