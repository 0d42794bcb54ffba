import { createHash, timingSafeEqual } from 'node:crypto';
import { demoOrganisations, type DemoOrganisation } from './organisations.js';

/** The role an account gets from the shipped claims file (`claims.json`). */
export type DemoRole = 'employee' | 'hr' | 'admin';

/**
 * The attributes SURFconext releases to a relying party, by their OpenID Connect claim names:
 * SCHAC home organisation, eduPerson affiliation and entitlement, and a display name.
 */
export interface SurfClaims {
  readonly schac_home_organization: string;
  readonly eduperson_affiliation: readonly string[];
  readonly eduperson_scoped_affiliation: readonly string[];
  readonly eduperson_entitlement: readonly string[];
  readonly eduperson_principal_name: string;
  readonly name: string;
  readonly email: string;
}

/** A demo account: every one signs in with {@link demoPassword}. */
export interface DemoAccount {
  /** What the login page asks for, e.g. `medewerker@hu.example`. */
  readonly username: string;
  /** The `sub`: opaque, and the same on every start (derived from the username). */
  readonly subject: string;
  /** The role `claims.json` maps the account to. */
  readonly role: DemoRole;
  readonly organisation: DemoOrganisation;
  readonly claims: SurfClaims;
}

/** The one password of every demo account. It is a demo: the login page says so. */
export const demoPassword = 'demo';

/** Entitlements (SURF's `urn:mace:` namespace) that `claims.json` turns into the HR and admin roles. */
export const demoEntitlements = {
  hr: 'urn:mace:surf.nl:mobility:hr',
  admin: 'urn:mace:surf.nl:mobility:admin',
} as const;

const affiliations = ['employee', 'staff', 'member'] as const;

const localParts: Record<DemoRole, string> = { employee: 'medewerker', hr: 'hr', admin: 'beheer' };
const displayNames: Record<DemoRole, (organisation: string) => string> = {
  employee: (organisation) => `Medewerker ${organisation}`,
  hr: (organisation) => `HR-adviseur ${organisation}`,
  admin: (organisation) => `Functioneel beheerder ${organisation}`,
};

/** Opaque and stable, as SURFconext's `sub` is: a hash, not the username itself. */
function subjectOf(username: string): string {
  return createHash('sha256').update(`mobility-kit-demo-idp:${username}`).digest('hex').slice(0, 32);
}

/** One account of `role` at `organisation`. */
export function demoAccount(organisation: DemoOrganisation, role: DemoRole): DemoAccount {
  const username = `${localParts[role]}@${organisation.domain}`;
  return {
    username,
    subject: subjectOf(username),
    role,
    organisation,
    claims: {
      schac_home_organization: organisation.domain,
      eduperson_affiliation: [...affiliations],
      eduperson_scoped_affiliation: affiliations.map((affiliation) => `${affiliation}@${organisation.domain}`),
      eduperson_entitlement: role === 'employee' ? [] : [demoEntitlements[role]],
      eduperson_principal_name: username,
      name: displayNames[role](organisation.name),
      email: username,
    },
  };
}

/**
 * The default accounts: an employee and an HR adviser at every demo organisation, and one
 * functional administrator (at the first organisation, Hogeschool Utrecht).
 */
export const demoAccounts: readonly DemoAccount[] = [
  ...demoOrganisations.flatMap((organisation) => [demoAccount(organisation, 'employee'), demoAccount(organisation, 'hr')]),
  demoAccount(demoOrganisations[0]!, 'admin'),
];

/** Look accounts up by username (any case, surrounding spaces ignored) and by subject. */
export class AccountDirectory {
  readonly #byUsername = new Map<string, DemoAccount>();
  readonly #bySubject = new Map<string, DemoAccount>();
  readonly #password: Buffer;

  constructor(
    readonly accounts: readonly DemoAccount[],
    password: string,
  ) {
    for (const account of accounts) {
      this.#byUsername.set(account.username.toLowerCase(), account);
      this.#bySubject.set(account.subject, account);
    }
    this.#password = digest(password);
  }

  bySubject(subject: string): DemoAccount | undefined {
    return this.#bySubject.get(subject);
  }

  /** The account whose username and password these are, or `undefined`. */
  check(username: string, password: string): DemoAccount | undefined {
    const account = this.#byUsername.get(username.trim().toLowerCase());
    // Compared as digests of equal length, in constant time, whether or not the account exists.
    const passwordMatches = timingSafeEqual(digest(password), this.#password);
    return account && passwordMatches ? account : undefined;
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
