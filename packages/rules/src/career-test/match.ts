/**
 * Matching a career-test profile to vacancies and to colleagues' stories by RIASEC congruence.
 *
 * Measure: the C-index of Brown & Gore (1994, "An evaluation of interest congruence indices:
 * distribution characteristics and measurement properties", Journal of Vocational Behavior 45,
 * 310–327). It compares the person's code and the environment's code place by place and scores each
 * pair by its distance on Holland's hexagon — 3 for the same type, 2 for a neighbour, 1 for a type
 * two steps away, 0 for the opposite type — weighting the first place 3, the second 2, the third 1:
 * C = 3·x₁ + 2·x₂ + x₃, from 0 to 18. We chose it over Iachan's M index (1984), which only counts
 * letters that agree and so treats a neighbouring type (S next to E) like the opposite one (S
 * against R); the hexagon is exactly what Holland's theory says about which work suits a person,
 * and Brown & Gore found the C-index as informative as the more elaborate indices while being
 * simple enough to explain to an employee in one sentence.
 *
 * Two adaptations, both explained in `congruence`: a vacancy may carry fewer than three letters, so
 * only the places it has are compared and the sum is divided by its maximum; and where the profile
 * code has ties, the index is averaged over every code the scores allow instead of picking one.
 */
import type { CareerTestResult, RiasecType, Vacancy } from '@mobility-kit/contract';
import { profileCode, profileCodeLength, type RankedScale } from './code.js';

/** Holland's hexagon in order around it: neighbours are adjacent, R and S, I and E, A and C opposite. */
const hexagon: readonly RiasecType[] = ['R', 'I', 'A', 'S', 'E', 'C'];

const isRiasecType = (value: unknown): value is RiasecType => typeof value === 'string' && (hexagon as readonly string[]).includes(value);

/** Steps between two types on the hexagon: 0 (same), 1 (neighbours), 2, or 3 (opposite). */
export function hexagonDistance(a: RiasecType, b: RiasecType): number {
  const steps = Math.abs(hexagon.indexOf(a) - hexagon.indexOf(b));
  return Math.min(steps, hexagon.length - steps);
}

/** Weight of each code place in the C-index: first 3, second 2, third 1. */
const placeWeights = [3, 2, 1] as const;

/**
 * Brown & Gore's C-index of two codes, over the places both have (at most three), with its maximum
 * for that many places (18 for three letters, 15 for two, 9 for one).
 */
export function cIndex(person: readonly RiasecType[], environment: readonly RiasecType[]): { value: number; max: number } {
  const places = Math.min(person.length, environment.length, placeWeights.length);
  let value = 0;
  let max = 0;
  for (let place = 0; place < places; place++) {
    const weight = placeWeights[place]!;
    value += weight * (3 - hexagonDistance(person[place]!, environment[place]!));
    max += weight * 3;
  }
  return { value, max };
}

/**
 * The RIASEC codes a result allows: one when the scores decide, several when interest scales tie.
 * Only interest scales mapped to a Holland type take part.
 */
export function riasecCodes(result: CareerTestResult): RiasecType[][] {
  const ranked: RankedScale[] = result.scales
    .filter((scale) => scale.kind === 'interest' && scale.riasec !== undefined)
    .map((scale) => ({ code: scale.riasec!, points: scale.raw - scale.rawMin, span: scale.rawMax - scale.rawMin }));
  // At most six mapped scales, so every alternative (at most 6 × 5 × 4 = 120) is listed.
  return profileCode(ranked, profileCodeLength).alternatives.map((code) => [...code] as RiasecType[]);
}

/** Whether a result can be matched at all: its instrument maps interest scales to Holland types. */
export function hasRiasecProfile(result: CareerTestResult): boolean {
  return riasecCodes(result).length > 0;
}

/** Thrown when a result cannot be matched because its instrument has no RIASEC-mapped interest scales. */
export class CareerTestMatchError extends Error {
  override readonly name = 'CareerTestMatchError';
  constructor(instrument: string) {
    super(`The result of instrument "${instrument}" has no interest scales mapped to RIASEC types, so it cannot be matched`);
  }
}

/**
 * Congruence of a profile with one environment code, kept as an exact fraction: the C-index summed
 * over every profile code the scores allow, over the maximum summed likewise. Exact, so that equal
 * congruences tie and the documented tie-break decides, not a floating-point remainder.
 */
interface Congruence {
  readonly sum: number;
  readonly of: number;
  /** Places compared (letters of the environment code that count). */
  readonly places: number;
}

function congruence(profiles: readonly (readonly RiasecType[])[], environment: readonly RiasecType[]): Congruence | null {
  if (environment.length === 0 || profiles.length === 0) return null;
  let sum = 0;
  let of = 0;
  for (const profile of profiles) {
    const c = cIndex(profile, environment);
    sum += c.value;
    of += c.max;
  }
  return { sum, of, places: Math.min(environment.length, profiles[0]!.length, placeWeights.length) };
}

/** The letters of a code that are RIASEC types, each once, in their order. */
function environmentCode(letters: readonly unknown[] | undefined): RiasecType[] {
  const code: RiasecType[] = [];
  for (const letter of letters ?? []) if (isRiasecType(letter) && !code.includes(letter)) code.push(letter);
  return code;
}

/** One ranked entry: the congruence as shown (0–100, one decimal) and the C-index behind it. */
export interface InterestMatch {
  /** 0–100, one decimal; `null` when the entry carries no interest code to compare with. */
  readonly congruence: number | null;
  /** Brown & Gore C-index, averaged over the profile's possible codes when they tie. */
  readonly cIndex: number | null;
  /** The highest C-index possible for the number of letters compared (18, 15 or 9). */
  readonly cIndexMax: number | null;
}

export interface VacancyMatch<V> extends InterestMatch {
  readonly vacancy: V;
}

export interface StoryLink<S> extends InterestMatch {
  readonly story: S;
}

/** The part of a vacancy matching reads. */
export type MatchableVacancy = Pick<Vacancy, 'id' | 'interests'>;

/** A story of a colleague's move, as far as linking reads it: `interests` are the RIASEC letters of the move's destination. */
export interface MatchableStory {
  readonly id: string;
  readonly interests?: readonly string[];
}

interface Scored<T> {
  readonly entry: T;
  readonly id: string;
  readonly fit: Congruence | null;
}

/**
 * Order: higher congruence first; on equal congruence the entry compared on more letters first
 * (more evidence of the same fit); then by id in code-unit order, which does not depend on a locale.
 * Entries without a code come last, by id.
 */
function compareScored<T>(a: Scored<T>, b: Scored<T>): number {
  if (a.fit && b.fit) {
    const byFit = b.fit.sum * a.fit.of - a.fit.sum * b.fit.of;
    if (byFit !== 0) return byFit;
    if (a.fit.places !== b.fit.places) return b.fit.places - a.fit.places;
  } else if (a.fit || b.fit) {
    return a.fit ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function shown(fit: Congruence | null, profiles: number): InterestMatch {
  if (!fit) return { congruence: null, cIndex: null, cIndexMax: null };
  return {
    congruence: Math.round((fit.sum / fit.of) * 1000) / 10,
    cIndex: fit.sum / profiles,
    cIndexMax: fit.of / profiles,
  };
}

function profilesOf(result: CareerTestResult): RiasecType[][] {
  const profiles = riasecCodes(result);
  if (profiles.length === 0) throw new CareerTestMatchError(result.instrument.id);
  return profiles;
}

/**
 * Rank vacancies by how well their RIASEC `interests` fit the profile (Brown & Gore C-index; see the
 * module comment). Deterministic: equal congruence is ordered by the number of letters compared,
 * then by vacancy id. Vacancies without interest codes come last with `congruence: null`. The input
 * is not changed.
 *
 * @throws CareerTestMatchError when the result has no RIASEC-mapped interest scales.
 */
export function rankVacancies<V extends MatchableVacancy>(result: CareerTestResult, vacancies: readonly V[]): VacancyMatch<V>[] {
  const profiles = profilesOf(result);
  return vacancies
    .map((vacancy): Scored<V> => ({ entry: vacancy, id: vacancy.id, fit: congruence(profiles, environmentCode(vacancy.interests)) }))
    .sort(compareScored)
    .map((scored) => ({ vacancy: scored.entry, ...shown(scored.fit, profiles.length) }));
}

/** Default lowest congruence of a linked story: on average every letter compared is the same type or a neighbour on the hexagon. */
export const defaultStoryCongruence = 66.7;

/**
 * The stories of colleagues whose move went to work that fits this profile: congruence (as shown,
 * 0–100) at least `minCongruence`, best first, at most `limit`. Letters that are not RIASEC types
 * are ignored; a story without any is never linked.
 *
 * @throws CareerTestMatchError when the result has no RIASEC-mapped interest scales.
 */
export function linkStories<S extends MatchableStory>(
  result: CareerTestResult,
  stories: readonly S[],
  options: { readonly minCongruence?: number; readonly limit?: number } = {},
): StoryLink<S>[] {
  const { minCongruence = defaultStoryCongruence, limit = Number.POSITIVE_INFINITY } = options;
  const profiles = profilesOf(result);
  return stories
    .map((story): Scored<S> => ({ entry: story, id: story.id, fit: congruence(profiles, environmentCode(story.interests)) }))
    .filter((scored) => scored.fit !== null)
    .sort(compareScored)
    .map((scored) => ({ story: scored.entry, ...shown(scored.fit, profiles.length) }))
    .filter((link) => link.congruence !== null && link.congruence >= minCongruence)
    .slice(0, Math.max(0, limit));
}
