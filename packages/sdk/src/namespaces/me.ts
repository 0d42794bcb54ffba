import { routes } from '@mobility-kit/contract';
import type { Me } from '@mobility-kit/contract';
import type { RequestOptions, Transport } from '../transport.js';

/** Who the server takes the signed-in caller to be. */
export interface MeApi {
  /**
   * The caller's organisation and role, as the server maps them from the token's claims. Without
   * a token a {@link MobilityHttpError} with status 401; a token whose claims map to no
   * organisation or role (or to an organisation the server does not know) one with status 403,
   * whose problem detail says which.
   */
  get(options?: RequestOptions): Promise<Me>;
}

/** The `me` namespace of a client, over its transport. */
export function createMeApi(transport: Transport): MeApi {
  return {
    get: ({ signal } = {}) => transport.send(routes.getMe, { signal }),
  };
}
