/**
 * `<mobility-sign-in>` in each state of the session, the "Inloggen" call to action of
 * `<mobility-dashboard>`, and the pure parts of the sign-in (the address after the identity
 * provider's answer, what `sessionStorage` holds across the redirect, the display name).
 *
 * The session is provided by a stand-in provider here (as a separately bundled provider would,
 * through the string-keyed context), so each state can be shown without an identity provider;
 * sign-in-flow.test.ts runs the real flow against the demo identity provider.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import type { MobilitySession, SessionUser } from '../src/shared/session-context.js';
import type { MobilityDashboard, MobilitySignIn } from '../src/index.js';
import { registerTranslations, clearTranslations } from '../src/index.js';
import {
  authorizationResponseState,
  isLoopback,
  pageRedirectUri,
  withoutAuthorizationResponse,
} from '../src/provider/authorization-response.js';
import { displayName } from '../src/provider/display-name.js';
import {
  forgetPendingSignIn,
  hasSignedInHint,
  pendingLifetimeMs,
  pendingSignIn,
  savePendingSignIn,
  setSignedInHint,
  signedInHintKey,
} from '../src/provider/sign-in-storage.js';
import { signInGate } from '../src/shared/sign-in-prompt.js';
import { apiUrl, brokenApi, devToken, part, shadow, uniqueId, watchUncaught } from './support.js';
import { sessionOf, type TestSessionProvider } from './session-support.js';

const hr: SessionUser = { name: 'Anna de Vries', organisation: 'hogeschool-utrecht', organisationName: 'Hogeschool Utrecht', role: 'hr' };

async function signInIn(session: MobilitySession, lang = 'nl'): Promise<{ provider: TestSessionProvider; element: MobilitySignIn }> {
  const provider = await fixture<TestSessionProvider>(html`<test-session-provider lang=${lang} .session=${session}><mobility-sign-in></mobility-sign-in></test-session-provider>`);
  const element = provider.querySelector('mobility-sign-in')!;
  await element.updateComplete;
  return { provider, element };
}

const button = (element: Element) => part<HTMLButtonElement>(element, 'button')!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

describe('<mobility-sign-in>', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(() => {
    uncaught = watchUncaught();
  });
  afterEach(async () => {
    uncaught.stop();
    uncaught.assertNone();
    await setViewport({ width: 800, height: 600 });
  });

  it('anonymous: an accessible "Inloggen" button that starts a sign-in', async () => {
    const { session, calls } = sessionOf('anonymous');
    const { element } = await signInIn(session);
    await expect(element).to.be.accessible();
    expect(text(button(element))).to.equal('Inloggen');
    expect(part(element, 'base')!.getAttribute('aria-busy')).to.equal('false');
    expect(button(element).getAttribute('part')).to.equal('button sign-in-button');
    button(element).click();
    expect(calls).to.deep.equal(['signIn']);
  });

  it('signing in: busy, the button says so, stays focusable and does nothing', async () => {
    const { session, calls } = sessionOf('signing-in');
    const { element } = await signInIn(session);
    await expect(element).to.be.accessible();
    expect(part(element, 'base')!.getAttribute('aria-busy')).to.equal('true');
    expect(button(element).getAttribute('aria-disabled')).to.equal('true');
    expect(button(element).disabled).to.equal(false);
    expect(text(button(element))).to.equal('Bezig met inloggen…');
    button(element).click();
    expect(calls).to.deep.equal([]);
  });

  it('signed in: name, role in words and organisation name, and an "Uitloggen" button', async () => {
    const { session, calls } = sessionOf('signed-in', { user: hr });
    const { element } = await signInIn(session);
    await expect(element).to.be.accessible();
    expect(text(part(element, 'account'))).to.equal('Ingelogd als Anna de Vries HR bij Hogeschool Utrecht');
    expect(text(part(element, 'name'))).to.equal('Anna de Vries');
    expect(text(part(element, 'role'))).to.equal('HR bij Hogeschool Utrecht');
    expect(text(button(element))).to.equal('Uitloggen');
    expect(button(element).getAttribute('part')).to.equal('button sign-out-button');
    button(element).click();
    expect(calls).to.deep.equal(['signOut']);
  });

  it('signed in without a name or organisation name: "Ingelogd", the role and the slug', async () => {
    const { session } = sessionOf('signed-in', { user: { organisation: 'hanzehogeschool-groningen', role: 'employee' } });
    const { element } = await signInIn(session);
    await expect(element).to.be.accessible();
    expect(text(part(element, 'account'))).to.equal('Ingelogd Medewerker bij hanzehogeschool-groningen');
    expect(part(element, 'name')).to.equal(null);
  });

  it('names every role in words, in Dutch and English', async () => {
    const expected = { nl: { employee: 'Medewerker', hr: 'HR', admin: 'Beheerder' }, en: { employee: 'Employee', hr: 'HR', admin: 'Administrator' } };
    for (const lang of ['nl', 'en'] as const) {
      for (const role of ['employee', 'hr', 'admin'] as const) {
        const { element } = await signInIn(sessionOf('signed-in', { user: { organisation: 'han', organisationName: 'HAN', role } }).session, lang);
        expect(text(part(element, 'role')), `${lang} ${role}`).to.equal(lang === 'nl' ? `${expected.nl[role]} bij HAN` : `${expected.en[role]} at HAN`);
      }
    }
  });

  it('no access: the notice and an "Uitloggen" button', async () => {
    const { session, calls } = sessionOf('no-access', { error: { kind: 'no-access', detail: 'Your account has no role.' } });
    const { element } = await signInIn(session);
    await expect(element).to.be.accessible();
    expect(text(part(element, 'message'))).to.contain('Geen toegang').and.contain('geen toegang tot deze voorziening');
    // The server's English detail is for developers; the page shows its own words.
    expect(text(part(element, 'message'))).to.not.contain('Your account');
    expect(text(button(element))).to.equal('Uitloggen');
    button(element).click();
    expect(calls).to.deep.equal(['signOut']);
  });

  it('error: a message per cause and "Opnieuw proberen", which retries', async () => {
    const messages = {
      'identity-provider': 'De inlogdienst is niet bereikbaar.',
      'sign-in': 'De inlogdienst heeft het inloggen niet afgerond.',
      api: 'We konden niet nagaan wie er is ingelogd.',
    } as const;
    for (const [kind, message] of Object.entries(messages)) {
      const { session, calls } = sessionOf('error', { error: { kind: kind as keyof typeof messages }, retry: true });
      const { element } = await signInIn(session);
      await expect(element).to.be.accessible();
      expect(part(element, 'message')!.classList.contains('error')).to.equal(true);
      expect(text(part(element, 'message')), kind).to.contain('Inloggen is niet gelukt').and.contain(message);
      expect(text(button(element))).to.equal('Opnieuw proberen');
      button(element).click();
      expect(calls, kind).to.deep.equal(['retry']);
    }
  });

  it('wrong sign-in settings: says so, with no button that could not help', async () => {
    const { element } = await signInIn(sessionOf('error', { error: { kind: 'configuration', detail: 'issuer must be an https: URL' } }).session);
    await expect(element).to.be.accessible();
    expect(text(part(element, 'message'))).to.contain('Inloggen is op deze pagina niet goed ingesteld.');
    expect(part(element, 'button')).to.equal(null);
  });

  it('unconfigured (no sign-in on the provider, or no provider): renders nothing', async () => {
    const { element } = await signInIn(sessionOf('unconfigured').session);
    expect(shadow(element).children.length).to.equal(0);
    expect(element.getBoundingClientRect().height).to.equal(0);
    const alone = await fixture<MobilitySignIn>(html`<mobility-sign-in></mobility-sign-in>`);
    expect(alone.session.status).to.equal('unconfigured');
    expect(shadow(alone).children.length).to.equal(0);
    await expect(alone).to.be.accessible();
  });

  it('speaks English under lang="en"', async () => {
    const anonymous = await signInIn(sessionOf('anonymous').session, 'en');
    expect(text(button(anonymous.element))).to.equal('Sign in');
    const signedIn = await signInIn(sessionOf('signed-in', { user: hr }).session, 'en');
    expect(text(part(signedIn.element, 'account'))).to.equal('Signed in as Anna de Vries HR at Hogeschool Utrecht');
    expect(text(button(signedIn.element))).to.equal('Sign out');
    const busy = await signInIn(sessionOf('signing-in').session, 'en');
    expect(text(button(busy.element))).to.equal('Signing in…');
    const failed = await signInIn(sessionOf('error', { error: { kind: 'api' } }).session, 'en');
    expect(text(part(failed.element, 'message'))).to.contain('Sign-in failed');
    expect(text(button(failed.element))).to.equal('Try again');
    await expect(failed.element).to.be.accessible();
  });

  it('takes strings a host registers', async () => {
    registerTranslations('mobility-sign-in', 'nl', { signIn: 'Aanmelden met je HU-account' });
    try {
      const { element } = await signInIn(sessionOf('anonymous').session);
      expect(text(button(element))).to.equal('Aanmelden met je HU-account');
    } finally {
      clearTranslations('mobility-sign-in');
    }
  });

  it('is operated with the keyboard alone, and focus stays on the button as the state changes', async () => {
    const first = sessionOf('anonymous');
    const { provider, element } = await signInIn(first.session);
    const before = document.createElement('button');
    before.textContent = 'Vorige knop';
    provider.before(before);
    try {
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActive(), 'Tab reaches the button').to.equal(button(element));
      await sendKeys({ press: 'Enter' });
      expect(first.calls).to.deep.equal(['signIn']);
      await sendKeys({ press: 'Space' });
      expect(first.calls).to.deep.equal(['signIn', 'signIn']);

      const focused = button(element);
      provider.session = sessionOf('signing-in').session;
      await element.updateComplete;
      expect(deepActive(), 'focus stays while signing in').to.equal(focused);
      const signedIn = sessionOf('signed-in', { user: hr });
      provider.session = signedIn.session;
      await element.updateComplete;
      expect(deepActive(), 'focus stays when signed in').to.equal(focused);
      expect(text(focused)).to.equal('Uitloggen');
      await sendKeys({ press: 'Enter' });
      expect(signedIn.calls).to.deep.equal(['signOut']);
    } finally {
      before.remove();
    }
  });

  it('announces changes of state politely, not the first state', async () => {
    const { provider, element } = await signInIn(sessionOf('signing-in').session);
    const status = part(element, 'status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(text(status)).to.equal('');
    provider.session = sessionOf('signed-in', { user: hr }).session;
    await element.updateComplete;
    expect(text(status)).to.equal('Ingelogd als Anna de Vries.');
    provider.session = sessionOf('anonymous').session;
    await element.updateComplete;
    expect(text(status)).to.equal('Je bent niet ingelogd.');
    provider.session = sessionOf('error', { error: { kind: 'sign-in' } }).session;
    await element.updateComplete;
    expect(text(status)).to.equal('Inloggen is niet gelukt');
    provider.session = sessionOf('no-access', { error: { kind: 'no-access' } }).session;
    await element.updateComplete;
    expect(text(status)).to.equal('Geen toegang');
  });

  it('reflows to 320 px in every state, with a visible focus indicator', async () => {
    await setViewport({ width: 320, height: 640 });
    const long: SessionUser = { name: 'Anna Maria Gertruda van der Heijden-Schoonhoven', organisation: 'hogeschool-van-arnhem-en-nijmegen', organisationName: 'Hogeschool van Arnhem en Nijmegen', role: 'admin' };
    const states = [
      sessionOf('anonymous'),
      sessionOf('signing-in'),
      sessionOf('signed-in', { user: long }),
      sessionOf('no-access', { error: { kind: 'no-access' } }),
      sessionOf('error', { error: { kind: 'identity-provider' }, retry: true }),
    ];
    for (const { session } of states) {
      const { element } = await signInIn(session);
      expect(document.documentElement.scrollWidth, `${session.status}: page`).to.be.at.most(window.innerWidth);
      const base = part(element, 'base')!;
      expect(base.scrollWidth, `${session.status}: control`).to.be.at.most(base.clientWidth + 1);
      await expect(element).to.be.accessible();
    }
    const { element } = await signInIn(sessionOf('anonymous').session);
    button(element).focus();
    await sendKeys({ press: 'Shift' });
    expect(getComputedStyle(button(element)).outlineStyle).to.equal('solid');
  });
});

describe('the "Inloggen" call to action of <mobility-dashboard>', () => {
  /** The dashboard inside a provider of the API and a stand-in provider of the session. */
  async function dashboardWith(session: MobilitySession, options: { baseUrl?: string; token?: string } = {}) {
    const provider = await fixture(html`<mobility-provider base-url=${options.baseUrl ?? apiUrl()} .token=${options.token}>
      <test-session-provider .session=${session}><mobility-dashboard></mobility-dashboard></test-session-provider>
    </mobility-provider>`);
    const element = provider.querySelector('mobility-dashboard') as MobilityDashboard;
    await element.updateComplete;
    return element;
  }

  const recordedApi = (id: string) => `/recorded/${id}`;
  const recorded = async (id: string): Promise<unknown[]> => (await fetch(`/recorded/log/${id}`)).json();

  it('anonymous: asks nothing of the API and offers "Inloggen", accessibly', async () => {
    const id = uniqueId();
    const { session, calls } = sessionOf('anonymous');
    const element = await dashboardWith(session, { baseUrl: recordedApi(id) });
    await waitUntil(() => part(element, 'sign-in'), 'the call to action appears');
    await expect(element).to.be.accessible();
    expect(text(part(element, 'sign-in'))).to.contain('Log in om de stuurinformatie te zien');
    expect(part(element, 'content')!.getAttribute('aria-busy')).to.equal('false');
    expect(text(part(element, 'status'))).to.equal('Log in om de stuurinformatie te zien');
    expect(part(element, 'error')).to.equal(null);
    expect(part(element, 'filters')).to.equal(null);
    part<HTMLButtonElement>(element, 'sign-in-button')!.click();
    expect(calls).to.deep.equal(['signIn']);
    expect(await recorded(id), 'no request reached the API').to.deep.equal([]);
  });

  it('signing in: the loading state, and still no request', async () => {
    const id = uniqueId();
    const element = await dashboardWith(sessionOf('signing-in').session, { baseUrl: recordedApi(id) });
    expect(part(element, 'content')!.getAttribute('aria-busy')).to.equal('true');
    expect(part(element, 'skeleton')).to.not.equal(null);
    await expect(element).to.be.accessible();
    expect(await recorded(id)).to.deep.equal([]);
  });

  it('signed in as an employee: "Alleen voor HR", not an error', async () => {
    const id = uniqueId();
    const element = await dashboardWith(sessionOf('signed-in', { user: { ...hr, role: 'employee' } }).session, { baseUrl: recordedApi(id) });
    await waitUntil(() => part(element, 'role-notice'), 'the notice appears');
    await expect(element).to.be.accessible();
    expect(text(part(element, 'role-notice'))).to.contain('Alleen voor HR').and.contain('alleen voor HR-medewerkers');
    expect(part(element, 'error')).to.equal(null);
    expect(await recorded(id)).to.deep.equal([]);
  });

  it('no access: the notice', async () => {
    const element = await dashboardWith(sessionOf('no-access', { error: { kind: 'no-access' } }).session);
    await waitUntil(() => part(element, 'no-access'), 'the notice appears');
    await expect(element).to.be.accessible();
    expect(text(part(element, 'no-access'))).to.contain('Geen toegang');
  });

  it('signed in as HR: loads the figures, and shows them again after a sign-out only when signed in again', async () => {
    const token = await devToken('hogeschool-utrecht', 'hr');
    const provider = await fixture(html`<mobility-provider base-url=${apiUrl()} .token=${token}>
      <test-session-provider .session=${sessionOf('signed-in', { user: hr }).session}><mobility-dashboard></mobility-dashboard></test-session-provider>
    </mobility-provider>`);
    const sessions = provider.querySelector('test-session-provider') as TestSessionProvider;
    const element = provider.querySelector('mobility-dashboard') as MobilityDashboard;
    await waitUntil(() => part(element, 'table'), 'figures appear', { timeout: 12000 });
    sessions.session = sessionOf('anonymous').session;
    await waitUntil(() => part(element, 'sign-in'), 'signed out: the call to action');
    expect(part(element, 'table')).to.equal(null);
    expect(element.toCsv()).to.equal(undefined);
  });

  it('a 401 while the provider signs people in asks for a sign-in instead of an error', async () => {
    const { session, calls } = sessionOf('signed-in', { user: hr });
    const element = await dashboardWith(session, { baseUrl: brokenApi('unauthorized') });
    await waitUntil(() => part(element, 'sign-in'), 'the call to action appears', { timeout: 12000 });
    expect(part(element, 'error')).to.equal(null);
    part<HTMLButtonElement>(element, 'sign-in-button')!.click();
    expect(calls).to.deep.equal(['signIn']);
  });

  it('without sign-in on the provider (unconfigured), a 401 stays the error it was', async () => {
    const element = await fixture<MobilityDashboard>(html`<mobility-provider base-url=${brokenApi('unauthorized')}><mobility-dashboard></mobility-dashboard></mobility-provider>`).then(
      (provider) => provider.querySelector('mobility-dashboard')!,
    );
    await waitUntil(() => part(element, 'error'), 'the error appears', { timeout: 12000 });
    expect(part(element, 'sign-in')).to.equal(null);
    expect(text(part(element, 'error'))).to.contain('niet (meer) ingelogd');
  });
});

describe('the gate of an element that needs a signed-in role', () => {
  it('follows the session: open without sign-in, wait, sign in, role, no access', () => {
    const roles = ['hr', 'admin'] as const;
    expect(signInGate(sessionOf('unconfigured').session, roles)).to.equal('open');
    expect(signInGate(sessionOf('signing-in').session, roles)).to.equal('wait');
    expect(signInGate(sessionOf('anonymous').session, roles)).to.equal('sign-in');
    expect(signInGate(sessionOf('error').session, roles)).to.equal('sign-in');
    expect(signInGate(sessionOf('no-access').session, roles)).to.equal('no-access');
    expect(signInGate(sessionOf('signed-in', { user: hr }).session, roles)).to.equal('open');
    expect(signInGate(sessionOf('signed-in', { user: { ...hr, role: 'admin' } }).session, roles)).to.equal('open');
    expect(signInGate(sessionOf('signed-in', { user: { ...hr, role: 'employee' } }).session, roles)).to.equal('role');
  });
});

describe('the address after the identity provider answers', () => {
  it('recognises an answer by its state and a code or an error', () => {
    expect(authorizationResponseState(new URL('https://intranet.example/loopbaan/?code=abc&state=s1'))).to.equal('s1');
    expect(authorizationResponseState(new URL('https://intranet.example/?error=access_denied&state=s2'))).to.equal('s2');
    expect(authorizationResponseState(new URL('https://intranet.example/?state=s3'))).to.equal(undefined);
    expect(authorizationResponseState(new URL('https://intranet.example/?code=abc'))).to.equal(undefined);
    expect(authorizationResponseState(new URL('https://intranet.example/#code=abc&state=s4'))).to.equal(undefined);
  });

  it('removes every answer parameter and keeps the rest of the query, its order and the hash', () => {
    const url = new URL(
      'https://intranet.example/loopbaan/vacatures.html?kind=assignment&code=abc&state=s1&iss=https%3A%2F%2Flogin.example&session_state=x.y&q=docent+ict&error=e&error_description=d&error_uri=u#resultaten',
    );
    expect(withoutAuthorizationResponse(url)).to.equal('/loopbaan/vacatures.html?kind=assignment&q=docent+ict#resultaten');
    expect(withoutAuthorizationResponse(new URL('https://intranet.example/?code=a&state=b'))).to.equal('/');
    // Nothing to remove: the query is left exactly as it was.
    expect(withoutAuthorizationResponse(new URL('https://intranet.example/p?a=%20b&c#h'))).to.equal('/p?a=%20b&c#h');
  });

  it('uses the page without query and hash as the default redirect URI', () => {
    expect(pageRedirectUri({ origin: 'https://intranet.example', pathname: '/loopbaan/' })).to.equal('https://intranet.example/loopbaan/');
  });

  it('allows plain http only on this machine', () => {
    for (const url of ['http://localhost:8080/idp', 'http://127.0.0.1:9000', 'http://[::1]:3000', 'http://idp.localhost']) {
      expect(isLoopback(new URL(url)), url).to.equal(true);
    }
    for (const url of ['http://login.example', 'http://10.0.0.1', 'http://localhost.example', 'http://128.0.0.1']) {
      expect(isLoopback(new URL(url)), url).to.equal(false);
    }
  });
});

describe('what crosses the redirect in sessionStorage', () => {
  const pending = (createdAt = Date.now()) => ({
    issuer: 'https://login.example',
    clientId: 'intranet',
    redirectUri: 'https://intranet.example/',
    codeVerifier: 'v'.repeat(43),
    nonce: 'n',
    createdAt,
  });
  afterEach(() => {
    sessionStorage.clear();
  });

  it('keeps a sign-in under way under its state until it is forgotten, and no longer than its lifetime', () => {
    expect(savePendingSignIn('s1', pending())).to.equal(true);
    expect(pendingSignIn('s1')).to.deep.equal(pending(pendingSignIn('s1')!.createdAt));
    expect(pendingSignIn('other')).to.equal(undefined);
    forgetPendingSignIn('s1');
    expect(pendingSignIn('s1')).to.equal(undefined);
    expect(sessionStorage.length).to.equal(0);

    savePendingSignIn('s2', pending(Date.now() - pendingLifetimeMs - 1));
    expect(pendingSignIn('s2'), 'expired').to.equal(undefined);
    // A new sign-in drops the expired one.
    savePendingSignIn('s3', pending());
    expect(Object.keys(sessionStorage).sort()).to.deep.equal(['mobility-kit:sign-in:s3']);
  });

  it('ignores what is not a sign-in it stored', () => {
    sessionStorage.setItem('mobility-kit:sign-in:s1', '{"issuer":"x"}');
    sessionStorage.setItem('mobility-kit:sign-in:s2', 'not json');
    expect(pendingSignIn('s1')).to.equal(undefined);
    expect(pendingSignIn('s2')).to.equal(undefined);
  });

  it('keeps the signed-in hint as a plain flag', () => {
    expect(hasSignedInHint()).to.equal(false);
    setSignedInHint(true);
    expect(sessionStorage.getItem(signedInHintKey)).to.equal('1');
    expect(hasSignedInHint()).to.equal(true);
    setSignedInHint(false);
    expect(sessionStorage.getItem(signedInHintKey)).to.equal(null);
  });
});

describe('the display name from the ID token', () => {
  it('prefers name, then given and family name, then username, then e-mail', () => {
    expect(displayName({ name: 'Anna de Vries', given_name: 'Anna', preferred_username: 'avries' })).to.equal('Anna de Vries');
    expect(displayName({ given_name: 'Anna', family_name: 'de Vries' })).to.equal('Anna de Vries');
    expect(displayName({ family_name: 'de Vries', email: 'a@hu.example' })).to.equal('de Vries');
    expect(displayName({ name: '  ', preferred_username: 'avries', email: 'a@hu.example' })).to.equal('avries');
    expect(displayName({ email: 'a@hu.example' })).to.equal('a@hu.example');
    expect(displayName({ name: 42, sub: 'x' })).to.equal(undefined);
  });
});
