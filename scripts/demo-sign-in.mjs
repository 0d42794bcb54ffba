// The demo sign-in set-up that `npm start` and `npm run conformance` share: the demo OpenID Connect
// provider mounted at /idp on the server's own origin, and the server's auth settings that go with
// it (opaque access tokens checked by introspection, SURFconext-shaped claims mapped by the shipped
// claims file). Both need the server's address before it starts, so `freePort` picks one for PORT=0.
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export { freePort } from './free-port.mjs';

/** The intranet pages' client id at the demo provider (a public client with PKCE). */
export const intranetClientId = 'mobility-kit-intranet';
/** The API's client id at the demo provider, for introspection. */
export const apiClientId = 'mobility-kit-api';

/**
 * The provider for a server at `origin` (e.g. `http://127.0.0.1:8080`) whose pages `redirectPaths`
 * may start a sign-in and a sign-out, and the server options (`auth`, `mounts`) that use it.
 * `root` is the repository root (the built `packages/demo-idp/dist` is loaded from there).
 */
export async function demoSignIn(root, { origin, redirectPaths = ['/'], clientName = 'Intranet Hogeschool Demostad' }) {
  const { createDemoIdentityProvider, claimsFile } = await import(join(root, 'packages/demo-idp/dist/index.js'));
  // A new secret on every start: only this process needs it, and it is never printed.
  const apiClientSecret = randomBytes(32).toString('base64url');
  const redirectUris = redirectPaths.map((path) => `${origin}${path}`);
  const idp = createDemoIdentityProvider({
    issuer: `${origin}/idp`,
    clients: {
      browser: { clientId: intranetClientId, clientName, redirectUris },
      resourceServer: { clientId: apiClientId, clientSecret: apiClientSecret },
    },
  });
  return {
    idp,
    serverOptions: {
      auth: {
        issuer: idp.issuer,
        audience: intranetClientId,
        introspectionUrl: idp.introspectionUrl,
        clientId: apiClientId,
        clientSecret: apiClientSecret,
        claims: JSON.parse(readFileSync(claimsFile, 'utf8')),
      },
      mounts: [{ prefix: '/idp', handler: idp.handler }],
    },
  };
}

/**
 * What `npm start` serves beside the API on `origin`: the example intranet at `/`, the browser
 * bundles at `/dist/`, and the demo provider at `/idp` with every intranet page as a redirect target.
 * Resolves with the provider and the server options to spread into `startServer` (the caller adds
 * port, host, data folder and anything else, such as a test's clock).
 */
export async function demoIntranet(root, { origin }) {
  const intranet = join(root, 'examples/intranet');
  const pages = readdirSync(intranet).filter((name) => name.endsWith('.html')).sort();
  const { idp, serverOptions } = await demoSignIn(root, { origin, redirectPaths: ['/', ...pages.map((page) => `/${page}`)] });
  return {
    idp,
    serverOptions: {
      seed: true,
      ...serverOptions,
      staticRoots: [
        { root: join(root, 'packages/elements/dist'), prefix: '/dist/' },
        { root: intranet, prefix: '/' },
      ],
    },
  };
}
