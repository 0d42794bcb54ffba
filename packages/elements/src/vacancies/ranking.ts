import type { CareerTestResult, Vacancy } from '@mobility-kit/contract';
import { defaultStoryCongruence, rankVacancies } from '@mobility-kit/rules';

/** Congruence (0–100) from which a vacancy gets the "fits your profile" badge. */
const goodMatchCongruence = defaultStoryCongruence;

/** The vacancies in the order shown, and the ids of those that fit the profile well. */
export interface RankedVacancies {
  items: Vacancy[];
  good: Set<string>;
}

/**
 * Orders the loaded vacancies by a career-test profile, in the browser (the profile is never sent).
 * Memoised per list and profile: re-ranking 10,000 items on every render would be waste.
 */
export class ProfileRanking {
  private last: { items: Vacancy[]; interests: CareerTestResult; result: RankedVacancies } | undefined;

  /**
   * `items` re-ranked by `profile` when `active` (the sort is "best match"), otherwise as the API
   * ordered them. Equal fits keep the API's order.
   */
  rank(items: Vacancy[], profile: CareerTestResult | undefined, active: boolean): RankedVacancies {
    if (!profile || !active || items.length === 0) return { items, good: new Set() };
    if (this.last && this.last.interests === profile && sameList(this.last.items, items)) return this.last.result;
    let result: RankedVacancies;
    try {
      const fit = new Map(rankVacancies(profile, items).map((match) => [match.vacancy.id, match.congruence]));
      const score = (v: Vacancy) => fit.get(v.id) ?? -1;
      // Array.prototype.sort is stable: vacancies that fit equally stay in the API's order.
      const ordered = [...items].sort((a, b) => score(b) - score(a));
      result = { items: ordered, good: new Set(ordered.filter((v) => score(v) >= goodMatchCongruence).map((v) => v.id)) };
    } catch {
      // A result of an instrument without RIASEC scales cannot rank anything: keep the API's order.
      result = { items, good: new Set() };
    }
    this.last = { items, interests: profile, result };
    return result;
  }
}

/** Whether two lists hold the same vacancies in the same order (cheap identity check first). */
function sameList(a: readonly Vacancy[], b: readonly Vacancy[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
