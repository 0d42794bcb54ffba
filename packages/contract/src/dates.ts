import * as z from 'zod/mini';

/** First calendar date the contract accepts anywhere. */
export const minCalendarDate = '1900-01-01';
/** Last calendar date the contract accepts anywhere. */
export const maxCalendarDate = '2100-12-31';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date, `YYYY-MM-DD`, from {@link minCalendarDate} to {@link maxCalendarDate}. Dates in
 * the contract carry no time zone: they are Dutch calendar days (see `calendar.ts`). The range keeps
 * typing slips (`0202`, `9999`) out of the data and out of the database, which cannot hold year 0;
 * a schema with a narrower range builds on this one.
 */
export const CalendarDate = z.iso.date().check(
  z.refine((value: string) => !isoDay.test(value) || (value >= minCalendarDate && value <= maxCalendarDate), {
    message: `must be a date from ${minCalendarDate} to ${maxCalendarDate}`,
    // A narrower range built on this one (case dates) then reports one issue, not two.
    abort: true,
  }),
);
