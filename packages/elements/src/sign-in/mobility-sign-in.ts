import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { LocalizeController } from '../shared/localize.js';
import { MobilitySessionController, type MobilitySession, type SessionStatus } from '../shared/session-context.js';
import { signInTranslations, type SignInStrings } from './translations.js';
import { signInStyles } from './mobility-sign-in.styles.js';

/**
 * The sign-in control of a `<mobility-provider>` that has `issuer` and `client-id`: place it where
 * the page wants it (a header, a side bar). It shows an "Inloggen" button; while signing in a busy
 * button; once signed in the name, the role and the organisation with an "Uitloggen" button; for an
 * account without access a notice with "Uitloggen"; after a failure a message with "Opnieuw
 * proberen". With a provider without sign-in, or without a provider, it renders nothing.
 *
 * The button stays the same element in every state, so keyboard focus stays on it when the state
 * changes; while signing in it is `aria-disabled` (still focusable) rather than `disabled`.
 *
 * Toegankelijkheid: voldoet aan WCAG 2.2 AA, o.a. 1.4.10 (reflow tot 320 px), 2.1.1 (alles met het
 * toetsenbord: één knop), 2.4.3 (de focus blijft op de knop als de toestand wisselt), 2.4.7
 * (zichtbare focus), 2.5.8 (doelgrootte), 4.1.2 (naam en toestand van de knop, `aria-busy`),
 * 4.1.3 (statuswijzigingen worden beleefd voorgelezen).
 *
 * @summary Sign-in button and signed-in state of the surrounding `<mobility-provider>`.
 *
 * @tagname mobility-sign-in
 *
 * @csspart base - The wrapper of the control.
 * @csspart status - The polite live region (visually hidden) that announces a change of state.
 * @csspart account - Who is signed in: name, role and organisation.
 * @csspart name - The signed-in person's name.
 * @csspart role - The role and the organisation.
 * @csspart message - The notice of an account without access, or the failure message.
 * @csspart button - The button; also `sign-in-button`, `sign-out-button` or `retry-button` by state.
 */
export class MobilitySignIn extends LitElement {
  static override styles = signInStyles;

  private readonly l10n = new LocalizeController<SignInStrings>(this, 'mobility-sign-in', signInTranslations);
  private readonly sessionSource = new MobilitySessionController(this);
  /** The status at the last render; `undefined` before the first, which announces nothing. */
  private shownStatus: SessionStatus | undefined;
  private announcement = '';

  /** The session of the surrounding provider (`status: 'unconfigured'` without one). */
  get session(): MobilitySession {
    return this.sessionSource.session;
  }

  protected override willUpdate(): void {
    const { status } = this.session;
    if (this.shownStatus !== undefined && status !== this.shownStatus) this.announcement = this.announcementFor(this.session);
    this.shownStatus = status;
  }

  protected override render() {
    const session = this.session;
    if (session.status === 'unconfigured') return nothing;
    const t = this.l10n.strings;
    const busy = session.status === 'signing-in';
    const button = this.buttonFor(session, t);
    // The live region stays outside the busy container: screen readers hold back what changes inside
    // an `aria-busy` region, and "signing in" is announced exactly while it is busy.
    // An API that refused the signed-in person's token cannot be fixed by retrying alone: sign-out
    // is offered beside the retry.
    const alsoSignOut = session.status === 'error' && session.error?.kind === 'api';
    return html`<p part="status" class="visually-hidden" role="status" lang=${this.l10n.lang}>${this.announcement}</p>
      <div part="base" class="root" lang=${this.l10n.lang} aria-busy=${busy ? 'true' : 'false'}>
      ${this.details(session, t)}
      ${button
        ? html`<button
            part=${`button ${button.part}`}
            class=${button.secondary ? 'button button-secondary' : 'button'}
            type="button"
            aria-disabled=${busy ? 'true' : nothing}
            @click=${button.action}
          >
            ${button.label}
          </button>`
        : nothing}
      ${alsoSignOut
        ? html`<button part="button sign-out-button" class="button button-secondary" type="button" @click=${() => session.signOut()}>${t.signOut}</button>`
        : nothing}
    </div>`;
  }

  private details(session: MobilitySession, t: SignInStrings): TemplateResult | typeof nothing {
    switch (session.status) {
      case 'signed-in': {
        const user = session.user;
        if (!user) return nothing;
        return html`<div part="account" class="account">
          <p>${user.name ? html`${t.signedInAs} <span part="name" class="name">${user.name}</span>` : html`<span class="name">${t.signedIn}</span>`}</p>
          <p part="role" class="role">${t.roleAt(t.roles[user.role], user.organisationName ?? user.organisation)}</p>
        </div>`;
      }
      case 'no-access':
        return html`<div part="message" class="message">
          <p class="message-title">${t.noAccessTitle}</p>
          <p>${t.noAccessText}</p>
        </div>`;
      case 'error': {
        const kind = session.error?.kind;
        const text = kind && kind !== 'no-access' ? t.errors[kind] : t.errors['sign-in'];
        return html`<div part="message" class="message error">
          <p class="message-title">${t.errorTitle}</p>
          <p>${text}</p>
        </div>`;
      }
      default:
        return nothing;
    }
  }

  private buttonFor(session: MobilitySession, t: SignInStrings): { label: string; part: string; secondary: boolean; action: () => void } | undefined {
    // A page whose sign-in settings are wrong cannot be helped by pressing a button.
    if (session.status === 'error' && session.error?.kind === 'configuration') return undefined;
    switch (session.status) {
      case 'signed-in':
      case 'no-access':
        return { label: t.signOut, part: 'sign-out-button', secondary: true, action: () => session.signOut() };
      case 'error':
        return { label: t.retry, part: 'retry-button', secondary: false, action: () => (session.retry ? session.retry() : session.signIn()) };
      case 'signing-in':
        // Focus stays on the button; a press does nothing until the sign-in is settled.
        return { label: t.signingIn, part: 'sign-in-button', secondary: false, action: () => {} };
      default:
        return { label: t.signIn, part: 'sign-in-button', secondary: false, action: () => session.signIn() };
    }
  }

  private announcementFor(session: MobilitySession): string {
    const t = this.l10n.strings;
    switch (session.status) {
      case 'signing-in':
        return t.announcements.signingIn;
      case 'signed-in':
        return t.announcements.signedIn(session.user?.name);
      case 'no-access':
        return t.noAccessTitle;
      case 'error':
        return t.errorTitle;
      case 'anonymous':
        return t.announcements.signedOut;
      default:
        return '';
    }
  }
}
