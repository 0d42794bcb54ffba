/**
 * Sign-in: bearer tokens from the institution's OpenID Connect provider, verified as JWTs against
 * its JWKS or by introspection, mapped to an organisation and a role; and the Fastify wiring that
 * puts the caller on every request. The pieces live in `auth/`.
 */
export {
  createAuthenticator,
  devIssuer,
  devTokenLifetimeSeconds,
  type Authenticator,
  type AuthOptions,
  type Principal,
} from './auth/authenticator.js';
export { ClaimsMapping, ClaimsMappingError, loadClaimsMapping, mapClaims, parseClaimsMapping } from './auth/claims-mapping.js';
export { IntrospectionCache, type AuthLog } from './auth/introspection.js';
export { defaultMaxTokenAgeSeconds, issuedAtLeewaySeconds } from './auth/token-rules.js';
export { principalOf, registerAuth, requireKnownOrganisation, roleRoute } from './auth/routes.js';
