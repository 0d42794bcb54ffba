import { fileURLToPath } from 'node:url';

export { createDemoIdentityProvider, type DemoIdentityProvider, type DemoIdentityProviderOptions } from './provider.js';
export { demoAccount, demoAccounts, demoEntitlements, demoPassword, type DemoAccount, type DemoRole, type SurfClaims } from './accounts.js';
export { demoOrganisations, type DemoOrganisation } from './organisations.js';

/**
 * Path of the shipped claims file (`@mobility-kit/demo-idp/claims.json`): the SCHAC home
 * organisations of the demo accounts mapped to the server's organisations, and the entitlements
 * and affiliations mapped to roles. Give it to the server as `MOBILITY_CLAIMS`.
 */
export const claimsFile: string = fileURLToPath(new URL('../claims.json', import.meta.url));
export { signInOverHttp } from './http-sign-in.js';
