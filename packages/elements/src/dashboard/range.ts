/** The quarters and staff group a dashboard asks for, repaired when attributes are missing or out of order. */
import {
  maxInsightsQuarters,
  Quarter,
  amsterdamToday,
  quarterAt,
  quarterIndex,
  quarterOf,
  staffGroups,
  type StaffGroup,
} from '@mobility-kit/contract';

export const isQuarter = (value: unknown): value is Quarter => Quarter.safeParse(value).success;
export const isStaffGroup = (value: unknown): value is StaffGroup => typeof value === 'string' && (staffGroups as readonly string[]).includes(value);

/** The current quarter in the Netherlands. */
export function currentQuarter(): Quarter {
  return quarterOf(amsterdamToday());
}

/**
 * The range to load: `to` defaults to (and never passes) the current quarter, `from` to seven
 * quarters before `to`; swapped when reversed and shortened to the longest range the API serves.
 */
export function insightsRange(fromAttribute: string | undefined, toAttribute: string | undefined): { from: Quarter; to: Quarter } {
  const current = currentQuarter();
  let to = isQuarter(toAttribute) && quarterIndex(toAttribute) <= quarterIndex(current) ? toAttribute : current;
  let from = isQuarter(fromAttribute) ? fromAttribute : quarterAt(quarterIndex(to) - 7);
  if (quarterIndex(from) > quarterIndex(to)) [from, to] = [to, from];
  if (quarterIndex(to) - quarterIndex(from) >= maxInsightsQuarters) from = quarterAt(quarterIndex(to) - maxInsightsQuarters + 1);
  return { from, to };
}

/** The quarters the range filters offer: the current one and those before it, newest first. */
export function quarterOptions(): Quarter[] {
  const current = quarterIndex(currentQuarter());
  return Array.from({ length: maxInsightsQuarters + 8 }, (_, i) => quarterAt(current - i));
}
