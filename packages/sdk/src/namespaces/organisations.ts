import { routes } from '@mobility-kit/contract';
import type { Organisation } from '@mobility-kit/contract';
import type { RequestOptions, Transport } from '../transport.js';

/** The organisations taking part in the network. */
export interface OrganisationsApi {
  /** Every organisation taking part. */
  list(options?: RequestOptions): Promise<Organisation[]>;
}

/** The `organisations` namespace of a client, over its transport. */
export function createOrganisationsApi(transport: Transport): OrganisationsApi {
  return {
    list: async ({ signal } = {}) => (await transport.send(routes.listOrganisations, { signal })).items,
  };
}
