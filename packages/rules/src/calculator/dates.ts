/**
 * Civil-date arithmetic on ISO `YYYY-MM-DD` strings. No `Date` objects: they carry a time zone and a
 * clock, and the calculator must give the same answer on every machine on every day.
 */

/** A calendar date without time or zone. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Parses a strict ISO calendar date; `undefined` for anything else (including 2025-02-30). */
export function parseIsoDate(text: unknown): CivilDate | undefined {
  if (typeof text !== 'string') return undefined;
  const match = isoDatePattern.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function formatIsoDate(date: CivilDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Days since 1970-01-01 (proleptic Gregorian), after Howard Hinnant's days_from_civil. */
export function dayNumber(date: CivilDate): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthIndex = date.month > 2 ? date.month - 3 : date.month + 9;
  const dayOfYear = Math.floor((153 * monthIndex + 2) / 5) + date.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return dayNumber(a) - dayNumber(b);
}

/** Adds whole calendar months; the day is clamped to the target month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

export function addDays(date: CivilDate, days: number): CivilDate {
  // Inverse of dayNumber (Hinnant's civil_from_days).
  const z = dayNumber(date) + days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Completed years from `from` to `to` (an age on a date). */
export function fullYearsBetween(from: CivilDate, to: CivilDate): number {
  let years = to.year - from.year;
  if (to.month < from.month || (to.month === from.month && to.day < from.day)) years -= 1;
  return years;
}

/**
 * Position of `date` on the month axis that starts at `origin`: whole calendar months plus the
 * elapsed fraction (in days) of the month in which the date falls. Month 0 is the origin itself.
 */
export function monthPosition(origin: CivilDate, date: CivilDate): number {
  let whole = (date.year - origin.year) * 12 + (date.month - origin.month);
  while (compareDates(addMonths(origin, whole), date) > 0) whole -= 1;
  while (compareDates(addMonths(origin, whole + 1), date) <= 0) whole += 1;
  const start = dayNumber(addMonths(origin, whole));
  const end = dayNumber(addMonths(origin, whole + 1));
  return whole + (dayNumber(date) - start) / (end - start);
}

/** The calendar date at a (possibly fractional) position on the month axis; fractions round down to a day. */
export function dateAtPosition(origin: CivilDate, position: number): CivilDate {
  const whole = Math.floor(position);
  const start = addMonths(origin, whole);
  const length = dayNumber(addMonths(origin, whole + 1)) - dayNumber(start);
  return addDays(start, Math.floor((position - whole) * length + 1e-9));
}
