// The demo provider mounted in the real reference server (port 0, in-memory database), and a small
// cookie-keeping HTTP agent that plays the browser: real HTTP all the way, the client side of the
// flows done with oauth4webapi.
import { randomBytes } from 'node:crypto';
import * as oauth from 'oauth4webapi';
import { startServer, type RunningServer, type ServerOptions } from '@mobility-kit/server';
import { createDemoIdentityProvider, type DemoIdentityProvider, type DemoIdentityProviderOptions } from '../src/index.js';

export const browserClientId = 'mobility-kit-intranet';
export const apiClientId = 'mobility-kit-api';

export interface IdpServer {
  readonly server: RunningServer;
  readonly idp: DemoIdentityProvider;
  readonly issuer: string;
  /** The page the browser client returns to after sign-in and sign-out. */
  readonly redirectUri: string;
  readonly apiSecret: string;
  close(): Promise<void>;
}

/** The reference server with the demo provider at `/idp`, created once the server knows its URL. */
export async function startIdpServer(
  options: { server?: ServerOptions; idp?: Partial<Omit<DemoIdentityProviderOptions, 'issuer' | 'clients'>> } = {},
): Promise<IdpServer> {
  const apiSecret = randomBytes(32).toString('base64url');
  let idp: DemoIdentityProvider | undefined;
  const server = await startServer({
    port: 0,
    dataDir: 'memory://',
    seed: true,
    rateLimit: false,
    ...options.server,
    mounts: [
      {
        prefix: '/idp',
        createHandler: (url) => {
          idp = createDemoIdentityProvider({
            issuer: `${url}/idp`,
            clients: {
              browser: { clientId: browserClientId, clientName: 'Intranet Hogeschool Demostad', redirectUris: [`${url}/`, `${url}/index.html`] },
              resourceServer: { clientId: apiClientId, clientSecret: apiSecret },
            },
            ...options.idp,
          });
          return idp.handler;
        },
      },
    ],
  });
  if (!idp) throw new Error('the provider was not created after listen');
  return { server, idp, issuer: `${server.url}/idp`, redirectUri: `${server.url}/`, apiSecret, close: () => server.close() };
}

export { Agent, authorizationRequest, discover, formOf, insecure, redeem, signIn } from '../src/http-sign-in.js';
import { insecure } from '../src/http-sign-in.js';

export const browserClient: oauth.Client = { client_id: browserClientId };

/** Introspect `token` as the API does (HTTP Basic with the resource server's secret). */
export async function introspect(as: oauth.AuthorizationServer, token: string, secret: string): Promise<oauth.IntrospectionResponse> {
  const client: oauth.Client = { client_id: apiClientId };
  return oauth.processIntrospectionResponse(as, client, await oauth.introspectionRequest(as, client, oauth.ClientSecretBasic(secret), token, insecure));
}
