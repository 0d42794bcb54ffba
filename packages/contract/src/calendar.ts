/**
 * The calendar every contract date lives in. A date in the contract (`YYYY-MM-DD`) is a day in the
 * Netherlands, whatever the time zone of the server or the browser that reads it. Zod-free, so
 * the elements and the rules can import it without pulling a schema library.
 */

/** The time zone of every calendar date in the contract. */
export const contractTimeZone = 'Europe/Amsterdam';

// en-CA formats as YYYY-MM-DD.
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: contractTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Europe/Amsterdam at `now`, `YYYY-MM-DD`. */
export function amsterdamToday(now: Date = new Date()): string {
  return dayFormat.format(now);
}
