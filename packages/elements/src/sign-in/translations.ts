import type { SessionErrorKind, SessionRole } from '../shared/session-context.js';
import type { TranslationCatalog } from '../shared/localize.js';
import { signInPromptTranslations } from '../shared/sign-in-prompt.js';

/** Every user-facing string of `<mobility-sign-in>`. */
export interface SignInStrings {
  signIn: string;
  signingIn: string;
  signOut: string;
  retry: string;
  /** Before the name of the signed-in person. */
  signedInAs: string;
  /** When the identity provider released no name. */
  signedIn: string;
  roles: Record<SessionRole, string>;
  /** The role and the organisation (its name, else its slug) on one line. */
  roleAt: (role: string, organisation: string) => string;
  noAccessTitle: string;
  noAccessText: string;
  errorTitle: string;
  errors: Record<Exclude<SessionErrorKind, 'no-access'>, string>;
  /** Announced politely when the state changes. */
  announcements: {
    signingIn: string;
    signedIn: (name: string | undefined) => string;
    signedOut: string;
  };
}

const nl: SignInStrings = {
  signIn: 'Inloggen',
  signingIn: 'Bezig met inloggen…',
  signOut: 'Uitloggen',
  retry: 'Opnieuw proberen',
  signedInAs: 'Ingelogd als',
  signedIn: 'Ingelogd',
  roles: { employee: 'Medewerker', hr: 'HR', admin: 'Beheerder' },
  roleAt: (role, organisation) => `${role} bij ${organisation}`,
  noAccessTitle: signInPromptTranslations.nl.noAccessTitle,
  noAccessText: signInPromptTranslations.nl.noAccessText,
  errorTitle: 'Inloggen is niet gelukt',
  errors: {
    'identity-provider': 'De inlogdienst is niet bereikbaar. Probeer het later opnieuw.',
    'sign-in': 'De inlogdienst heeft het inloggen niet afgerond. Probeer het opnieuw.',
    api: 'We konden niet nagaan wie er is ingelogd. Probeer het opnieuw.',
    configuration: 'Inloggen is op deze pagina niet goed ingesteld. Neem contact op met de beheerder van de website.',
  },
  announcements: {
    signingIn: 'Bezig met inloggen…',
    signedIn: (name) => (name ? `Ingelogd als ${name}.` : 'Ingelogd.'),
    signedOut: 'Je bent niet ingelogd.',
  },
};

const en: SignInStrings = {
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  signOut: 'Sign out',
  retry: 'Try again',
  signedInAs: 'Signed in as',
  signedIn: 'Signed in',
  roles: { employee: 'Employee', hr: 'HR', admin: 'Administrator' },
  roleAt: (role, organisation) => `${role} at ${organisation}`,
  noAccessTitle: signInPromptTranslations.en.noAccessTitle,
  noAccessText: signInPromptTranslations.en.noAccessText,
  errorTitle: 'Sign-in failed',
  errors: {
    'identity-provider': 'The sign-in service cannot be reached. Please try again later.',
    'sign-in': 'The sign-in service did not complete the sign-in. Please try again.',
    api: 'We could not check who is signed in. Please try again.',
    configuration: 'Sign-in is not set up correctly on this page. Please contact the website’s administrator.',
  },
  announcements: {
    signingIn: 'Signing in…',
    signedIn: (name) => (name ? `Signed in as ${name}.` : 'Signed in.'),
    signedOut: 'You are not signed in.',
  },
};

export const signInTranslations: TranslationCatalog<SignInStrings> = { nl, en };

declare module '../shared/localize.js' {
  interface TranslationRegistry {
    'mobility-sign-in': SignInStrings;
  }
}
