/** Shared scenario builders for the calculator tests (first half of 2026, as in the specification's examples). */
import type { ScenarioInput } from '@mobility-kit/rules';

/** Calendar years from `first` to `last` inclusive. */
export function years(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** A birth date that makes someone exactly `age` (full years) on 2026-03-01. */
export function bornForAge(age: number): string {
  return `${2026 - age - 1}-06-01`;
}

/** A scenario with full wekeneis and jareneis, unemployed on 2026-03-01. */
export function scenario(overrides: Partial<ScenarioInput> = {}): ScenarioInput {
  return {
    unemploymentDate: '2026-03-01',
    birthDate: bornForAge(38),
    annualWage: 60000,
    hoursPerWeek: 36,
    weeksWorkedLast36: 36,
    workedYears: years(2016, 2025),
    hboServiceYears: 3,
    yearsWithEmployer: 3,
    ...overrides,
  };
}
