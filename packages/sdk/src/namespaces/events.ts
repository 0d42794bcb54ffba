import { routes } from '@mobility-kit/contract';
import type { UsageEvent, UsageEventAccepted } from '@mobility-kit/contract';
import type { RequestOptions, Transport } from '../transport.js';

/** Anonymous usage counts for the aggregate dashboard. */
export interface EventsApi {
  /**
   * Count one anonymous usage event, e.g. `{ type: 'career-test-completed' }`. The event carries
   * its type and nothing else (the contract refuses any other field). Like every POST it is sent
   * with an `Idempotency-Key` and retried after a network failure, a 429 or a 503, so a retry of
   * an event the server did count is not counted twice. Rejects with a {@link MobilityError} like
   * every call; callers that count best-effort ignore that.
   */
  create(event: UsageEvent, options?: RequestOptions): Promise<UsageEventAccepted>;
}

/** The `events` namespace of a client, over its transport. */
export function createEventsApi(transport: Transport): EventsApi {
  return {
    create: (event, { signal } = {}) => transport.send(routes.createEvent, { body: event, signal }),
  };
}
