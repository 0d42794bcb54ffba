import { routes } from '@mobility-kit/contract';
import type { HrRegulations, Regulations, RegulationsUpdate } from '@mobility-kit/contract';
import type { RequestOptions, Transport } from '../transport.js';

/** The incentive calculator's parameters as an organisation has verified them: public facts, no personal data. */
export interface RegulationsApi {
  /**
   * The parameters of `organisation` (anyone may read them). An organisation that has set none
   * resolves with empty `parameters` and `updatedAt: null`; an unknown one is a
   * {@link MobilityHttpError} with status 404.
   */
  get(organisation: string, options?: RequestOptions): Promise<Regulations>;
  /**
   * Replace every parameter of the caller's own organisation (the token's; needs role `hr` or
   * `admin`) and resolve with the stored set. The body is checked against the contract before
   * anything is sent. A PUT is idempotent, so it is retried like a GET after a network failure,
   * a 429 or a 503.
   */
  put(update: RegulationsUpdate, options?: RequestOptions): Promise<Regulations>;
  /**
   * The parameters of the caller's own organisation as HR sees them (needs role `hr` or `admin`):
   * who last replaced them, and the latest replacements, newest first, each with the entries it
   * added, changed or removed.
   */
  history(options?: RequestOptions): Promise<HrRegulations>;
}

/** The `regulations` namespace of a client, over its transport. */
export function createRegulationsApi(transport: Transport): RegulationsApi {
  return {
    get: (organisation, { signal } = {}) => transport.send(routes.getRegulations, { query: { organisation }, signal }),
    put: (update, { signal } = {}) => transport.send(routes.putRegulations, { body: update, signal }),
    history: ({ signal } = {}) => transport.send(routes.getHrRegulations, { signal }),
  };
}
