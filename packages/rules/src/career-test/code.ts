/**
 * The profile code (e.g. "SAE") from a set of scale scores, with ties kept visible. Used for the
 * code of a result (instrument codes) and for matching (RIASEC letters).
 */
import type { CareerTestCode } from '@mobility-kit/contract';

/** Length of the profile code; Holland reports three letters. */
export const profileCodeLength = 3;

/** Most alternative codes a result lists; 120 covers every three-letter RIASEC code (6 × 5 × 4). */
export const maxAlternatives = 120;

/**
 * One scale's position in the ranking. The score is the fraction `points / span` so that scales with
 * different item counts compare exactly (integer cross-multiplication, no rounding decides a tie).
 */
export interface RankedScale {
  readonly code: string;
  readonly points: number;
  readonly span: number;
}

/** Positive when `a` scores higher than `b`, 0 when they tie exactly. */
function compareScores(a: RankedScale, b: RankedScale): number {
  return a.points * b.span - b.points * a.span;
}

/** Scales grouped by equal score, highest first; within a group the order given (instrument order). */
export function tieGroups(scales: readonly RankedScale[]): RankedScale[][] {
  const sorted = [...scales].sort((a, b) => -compareScores(a, b));
  const groups: RankedScale[][] = [];
  for (const scale of sorted) {
    const last = groups.at(-1);
    if (last && compareScores(last[0]!, scale) === 0) last.push(scale);
    else groups.push([scale]);
  }
  return groups;
}

/** Number of orderings of `k` out of `n` (n! / (n − k)!). */
function arrangements(n: number, k: number): number {
  let count = 1;
  for (let i = 0; i < k; i++) count *= n - i;
  return count;
}

/**
 * The code of the highest-scoring scales. Where scales tie, every place they could take lists all of
 * them, and `alternatives` spells out every code the scores allow: no tie is broken silently.
 */
export function profileCode(scales: readonly RankedScale[], length: number = profileCodeLength): CareerTestCode {
  const places = Math.min(length, scales.length);
  const positions: string[][] = [];
  let alternativeCount = places > 0 ? 1 : 0;
  for (const group of tieGroups(scales)) {
    if (positions.length >= places) break;
    const taken = Math.min(group.length, places - positions.length);
    for (let i = 0; i < taken; i++) positions.push(group.map((scale) => scale.code));
    alternativeCount *= arrangements(group.length, taken);
  }

  const alternatives: string[] = [];
  const used = new Set<string>();
  const walk = (place: number, prefix: string): void => {
    if (alternatives.length >= maxAlternatives) return;
    if (place === positions.length) {
      alternatives.push(prefix);
      return;
    }
    for (const code of positions[place]!) {
      if (used.has(code)) continue;
      used.add(code);
      walk(place + 1, prefix + code);
      used.delete(code);
    }
  };
  if (places > 0) walk(0, '');

  return {
    text: positions.map((codes) => (codes.length === 1 ? codes[0]! : `(${codes.join('/')})`)).join(''),
    positions,
    certain: alternativeCount === 1,
    alternatives,
    alternativeCount,
  };
}
