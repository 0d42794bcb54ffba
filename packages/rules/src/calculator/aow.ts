/** The AOW date: the day a person reaches the AOW age that applies in the year they reach it. */
import { addMonths, formatIsoDate, monthPosition, type CivilDate } from './dates.js';
import { aowAgeRange, type ResolvedParameter } from './parameters.js';
import type { Trace } from './trace.js';
import type { AowResult, ParameterUse } from './types.js';

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
  const first = birthDate.year + Math.floor(aowAgeRange.min / 12);
  // One year further: an age with months beyond its whole years lands in the year after.
  const last = birthDate.year + Math.floor(aowAgeRange.max / 12) + 1;
  for (let year = first; year <= last; year += 1) {
    const resolved = trace.peek('aowAgeMonths', { year, month: 1, day: 1 });
    const date = addMonths(birthDate, resolved.value);
    if (date.year === year) return { date, resolved };
    // A rise in age can carry someone past the year boundary; the later date then applies.
    if (date.year > year && !fallback) fallback = { date, resolved };
  }
  if (fallback) return fallback;
  throw new RangeError(`No AOW age found for birth date ${formatIsoDate(birthDate)}`);
}

/**
 * The AOW date of one scenario, where it falls on the month axis, and whether it influences a
 * figure: several stages may find that it does, and it is recorded (with its warnings) once.
 */
export class AowFacts {
  readonly #trace: Trace;
  #use: ParameterUse | undefined;
  readonly date: CivilDate;
  readonly resolved: ResolvedParameter<number>;
  /** Position of the AOW date on the month axis. */
  readonly month: number;
  readonly result: AowResult;

  constructor(birthDate: CivilDate, origin: CivilDate, trace: Trace) {
    this.#trace = trace;
    const found = aowDate(birthDate, trace);
    this.date = found.date;
    this.resolved = found.resolved;
    this.month = monthPosition(origin, found.date);
    this.result = { date: formatIsoDate(found.date), ageMonths: found.resolved.value, month: this.month };
  }

  /** Records that the AOW age influences a figure (once) and returns its use. */
  use(): ParameterUse {
    return (this.#use ??= this.#trace.use(this.resolved));
  }

  /** The recorded use, if any stage needed the AOW age. */
  get used(): ParameterUse | undefined {
    return this.#use;
  }
}
