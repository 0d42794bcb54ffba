/** The AOW date: the day a person reaches the AOW age that applies in the year they reach it. */
import { addMonths, formatIsoDate, type CivilDate } from './dates.js';
import type { ResolvedParameter } from './parameters.js';
import type { Trace } from './trace.js';

export interface AowDate {
  readonly date: CivilDate;
  readonly resolved: ResolvedParameter<number>;
}

/**
 * The AOW age depends on the calendar year in which it is reached, so look for the year whose age,
 * added to the birth date, lands in that same year. Ages only rise, so the first hit is the one.
 */
export function aowDate(birthDate: CivilDate, trace: Trace): AowDate {
  let fallback: AowDate | undefined;
  for (let year = birthDate.year + 60; year <= birthDate.year + 76; year += 1) {
    const resolved = trace.peek('aowAgeMonths', { year, month: 1, day: 1 });
    const date = addMonths(birthDate, resolved.value);
    if (date.year === year) return { date, resolved };
    // A rise in age can carry someone past the year boundary; the later date then applies.
    if (date.year > year && !fallback) fallback = { date, resolved };
  }
  if (fallback) return fallback;
  throw new RangeError(`No AOW age found for birth date ${formatIsoDate(birthDate)}`);
}
