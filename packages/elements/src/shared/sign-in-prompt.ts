import { html, nothing, type TemplateResult } from 'lit';
import type { Role } from '@mobility-kit/contract';
import type { MobilitySession } from './session-context.js';
import type { ShippedLanguage } from './localize.js';

/**
 * What an element that needs a signed-in person shows instead of its content, when the page's
 * `<mobility-provider>` signs people in: an "Inloggen" call to action, a "only for HR" notice for
 * a role that may not use the element, or "no access" for an account the API does not map.
 * With a provider without sign-in (`unconfigured`) none of these apply: the element loads and shows
 * the API's answer, as before.
 */
export type SignInGate =
  /** Load as usual. */
  | 'open'
  /** A sign-in is being settled: show the loading state, request nothing yet. */
  | 'wait'
  /** Nobody is signed in (or signing in failed): show the call to action. */
  | 'sign-in'
  /** Signed in with a role that may not use the element. */
  | 'role'
  /** Signed in, but the API maps the account to no organisation or role. */
  | 'no-access';

/** The gate of an element that needs a signed-in person with one of `roles`. */
export function signInGate(session: MobilitySession, roles: readonly Role[]): SignInGate {
  switch (session.status) {
    case 'unconfigured':
      return 'open';
    case 'signing-in':
      return 'wait';
    case 'anonymous':
    case 'error':
      return 'sign-in';
    case 'no-access':
      return 'no-access';
    case 'signed-in':
      return session.user && roles.includes(session.user.role) ? 'open' : 'role';
  }
}

/** The strings of the call to action and notices, in every element's own table (hosts may override them per element). */
export interface SignInPromptStrings {
  /** First line of the call to action, e.g. "Log in om de stuurinformatie te zien". */
  signInTitle: string;
  signInText: string;
  signInButton: string;
  /** Notice for a role that may not use the element. */
  roleTitle: string;
  roleText: string;
  noAccessTitle: string;
  noAccessText: string;
}

/** The shipped wording; an element spreads it into its tables and adapts the titles. */
export const signInPromptTranslations: Readonly<Record<ShippedLanguage, SignInPromptStrings>> = {
  nl: {
    signInTitle: 'Log in om verder te gaan',
    signInText: 'Dit onderdeel is alleen voor ingelogde medewerkers.',
    signInButton: 'Inloggen',
    roleTitle: 'Alleen voor HR',
    roleText: 'Dit onderdeel is alleen voor HR-medewerkers en beheerders van je organisatie.',
    noAccessTitle: 'Geen toegang',
    noAccessText: 'Je bent ingelogd, maar je account heeft geen toegang tot deze voorziening. Neem contact op met HR of de servicedesk van je organisatie.',
  },
  en: {
    signInTitle: 'Sign in to continue',
    signInText: 'This part is for signed-in staff only.',
    signInButton: 'Sign in',
    roleTitle: 'For HR only',
    roleText: "This part is for your organisation's HR staff and administrators only.",
    noAccessTitle: 'No access',
    noAccessText: 'You are signed in, but your account has no access to this service. Please contact HR or your organisation’s service desk.',
  },
};

/** The title of a gate's notice, for a status line; empty for `open` and `wait`. */
export function signInPromptTitle(t: SignInPromptStrings, gate: SignInGate): string {
  if (gate === 'sign-in') return t.signInTitle;
  if (gate === 'role') return t.roleTitle;
  if (gate === 'no-access') return t.noAccessTitle;
  return '';
}

/**
 * The call to action or notice for a gate (nothing for `open` and `wait`). `heading` renders the
 * title as a heading of the element's outline when given, else as the message's first line.
 */
export function signInPromptView(
  t: SignInPromptStrings,
  gate: SignInGate,
  session: MobilitySession,
  heading?: (content: string) => TemplateResult,
): TemplateResult | typeof nothing {
  if (gate === 'open' || gate === 'wait') return nothing;
  const title = signInPromptTitle(t, gate);
  const titleView = heading ? heading(title) : html`<p class="message-title">${title}</p>`;
  if (gate === 'sign-in') {
    return html`<div part="sign-in" class="message sign-in-prompt">
      ${titleView}
      <p>${t.signInText}</p>
      <button part="button sign-in-button" class="button" type="button" @click=${() => session.signIn()}>${t.signInButton}</button>
    </div>`;
  }
  return html`<div part=${gate === 'role' ? 'role-notice' : 'no-access'} class="message">
    ${titleView}
    <p>${gate === 'role' ? t.roleText : t.noAccessText}</p>
  </div>`;
}
