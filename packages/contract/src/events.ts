/**
 * Anonymous usage counts. An event says only *that* something happened — a career test was
 * completed, a calculator was used, a widget was shown — never who, where from, or with what
 * answers. A server keeps nothing but a count per event type and calendar day, which feeds the
 * aggregate dashboard. The shape is strict on purpose: a field that is not listed here is refused,
 * so no later change can smuggle answers or identity into an event without changing the contract.
 */
import * as z from 'zod/mini';

/**
 * Every event type a server counts. Extend this list (and nothing else) to count another kind of use.
 * - `career-test-completed`: an employee saw the result of the career test;
 * - `calculator-session`: an employee used the WW/BWW/loonsuppletie calculator;
 * - `widget-view`: an element was shown on an intranet page.
 */
export const usageEventTypes = ['career-test-completed', 'calculator-session', 'widget-view'] as const;
export type UsageEventType = (typeof usageEventTypes)[number];

/** `POST /v1/events` body: the type of what happened, and nothing else. */
export const UsageEvent = z.strictObject({
  type: z.enum(usageEventTypes),
});
export type UsageEvent = z.infer<typeof UsageEvent>;

/** `POST /v1/events` answer (202): the event was counted. */
export const UsageEventAccepted = z.strictObject({
  accepted: z.literal(true),
});
export type UsageEventAccepted = z.infer<typeof UsageEventAccepted>;
