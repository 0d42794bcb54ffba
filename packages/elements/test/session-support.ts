/**
 * A stand-in for `<mobility-provider>`'s sign-in: `<test-session-provider>` provides a session
 * through the same string-keyed context (as a separately bundled provider would), so a test can put
 * an element in each state of the session without an identity provider.
 */
import { LitElement, html } from 'lit';
import { ContextProvider } from '@lit/context';
import { sessionContext, type MobilitySession, type SessionStatus, type SessionUser } from '../src/shared/session-context.js';

/** Provides a session the way `<mobility-provider>` does, so a test can set each state directly. */
export class TestSessionProvider extends LitElement {
  private readonly provider = new ContextProvider(this, { context: sessionContext });
  set session(value: MobilitySession) {
    this.provider.setValue(value);
  }
  get session(): MobilitySession {
    return this.provider.value!;
  }
  protected override render() {
    return html`<slot></slot>`;
  }
}
if (!customElements.get('test-session-provider')) customElements.define('test-session-provider', TestSessionProvider);

/** A session in `status` that counts what is asked of it. */
export function sessionOf(status: SessionStatus, extra: { user?: SessionUser; error?: MobilitySession['error']; retry?: boolean } = {}) {
  const calls: string[] = [];
  const session: MobilitySession = {
    status,
    ...(extra.user ? { user: extra.user } : {}),
    ...(extra.error ? { error: extra.error } : {}),
    signIn: () => calls.push('signIn'),
    signOut: () => calls.push('signOut'),
    ...(extra.retry ? { retry: () => calls.push('retry') } : {}),
  };
  return { session, calls };
}

