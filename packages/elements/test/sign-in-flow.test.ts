/**
 * Sign-in of `<mobility-provider>` against a real OpenID Connect provider: the demo identity
 * provider (oidc-provider) at `/idp` of a reference server that checks its tokens by introspection
 * (see sign-in-server.ts).
 *
 * A sign-in leaves the page and the provider's pages forbid framing, so the full redirect flow runs
 * in a second tab of the same browser, driven with the keyboard through the `sign-in-tab` command;
 * the silent sign-in (hidden frame, answer relayed by `postMessage`) and the handling of the
 * provider's answer run on this page. The tests of the first block build on each other in order:
 * sign in, reload, renew, silent sign-in here, sign out.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/define.js';
import type { MobilityProvider, MobilityVacancies } from '../src/index.js';
import { savePendingSignIn, signedInHintKey } from '../src/provider/sign-in-storage.js';
import type { RecordedRequest, SignInTestConfig } from './sign-in-server.js';
import { part, parts, uniqueId, watchUncaught } from './support.js';

const signInPage = '/packages/elements/test/sign-in-page.html';

let config: SignInTestConfig;
const loadConfig = async (): Promise<SignInTestConfig> => (config ??= await (await fetch('/sign-in-api/config')).json());

type TabAction =
  | { action: 'open'; url: string }
  | { action: 'press'; key: string }
  | { action: 'type'; text: string }
  | { action: 'waitForUrl'; startsWith: string; timeoutMs?: number }
  | { action: 'evaluate'; expression: string }
  | { action: 'cookies' }
  | { action: 'close' };
/** The tab the helpers below drive. */
let currentTab = 'main';
const tab = <R = unknown>(payload: TabAction) => executeServerCommand<R, TabAction & { tab: string }>('sign-in-tab', { ...payload, tab: currentTab });

/** Drive the tab `name` while `run` runs. */
async function inOtherTab<T>(name: string, run: () => Promise<T>): Promise<T> {
  const previous = currentTab;
  currentTab = name;
  try {
    return await run();
  } finally {
    currentTab = previous;
  }
}
/** Evaluate an expression in the second tab; rejects while the tab is between two documents. */
async function inTab<R>(expression: string): Promise<R> {
  const result = await tab<{ value?: R; navigating?: true }>({ action: 'evaluate', expression });
  if (result.navigating) throw new Error('the tab is navigating');
  return result.value as R;
}

/** Evaluate an expression that leaves the page (a reload): its result never arrives. */
const leaveInTab = (expression: string) => tab({ action: 'evaluate', expression });

/** Poll an expression in the second tab until it is truthy. */
async function untilInTab(expression: string, message: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      last = await inTab(expression);
      if (last) return;
    } catch (error) {
      // The tab is between two documents.
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const session = await inTab<string>(`JSON.stringify(document.querySelector('mobility-provider')?.session ?? null)`).catch(() => 'unknown');
  throw new Error(`${message} (timed out; last: ${String(last)}; session in the tab: ${session})`);
}

/** Press Tab in the second tab until `expression` (about `document.activeElement`) holds. */
async function tabTo(expression: string, message: string, maxPresses = 25): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    await tab({ action: 'press', key: 'Tab' });
    if (await inTab<boolean>(expression)) return;
  }
  throw new Error(`${message}: not reached with ${maxPresses} presses of Tab`);
}

/** Expressions about the page in the second tab. */
const page = {
  status: `document.querySelector('mobility-provider')?.session.status`,
  signInRoot: `document.querySelector('mobility-sign-in')?.shadowRoot`,
  focusedPart: `(() => { let a = document.activeElement; while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement; return a?.getAttribute('part') ?? a?.id ?? a?.localName; })()`,
  /** Everything a page could leak a token through: its address, web storage and cookies. */
  traces: `JSON.stringify({
    href: location.href,
    local: Object.entries(localStorage),
    session: Object.entries(sessionStorage),
    cookie: document.cookie,
  })`,
};

const log = async (id: string): Promise<RecordedRequest[]> => (await fetch(`/sign-in-api/log/${id}`)).json();
const bearerTokens = (entries: RecordedRequest[]): string[] => [
  ...new Set(entries.map((entry) => /^Bearer (.+)$/.exec(entry.authorization ?? '')?.[1]).filter((token): token is string => Boolean(token))),
];

/** Sign in in the second tab with the keyboard only: Tab to "Inloggen", Enter, fill in the provider's form, Enter. */
async function signInWithKeyboard(username: string): Promise<void> {
  await untilInTab(`${page.signInRoot}?.querySelector('[part~="sign-in-button"]')`, 'the sign-in button appears');
  await tabTo(`${page.focusedPart} === 'button sign-in-button'`, 'the sign-in button');
  await tab({ action: 'press', key: 'Enter' });
  await tab({ action: 'waitForUrl', startsWith: `${config.issuer}/interaction/` });
  await tabTo(`document.activeElement?.id === 'username'`, "the provider's username field");
  await tab({ action: 'type', text: username });
  await tabTo(`document.activeElement?.id === 'password'`, "the provider's password field");
  await tab({ action: 'type', text: config.password });
  await tab({ action: 'press', key: 'Enter' });
  await tab({ action: 'waitForUrl', startsWith: config.redirectUri });
}

/** Sign out in the second tab: "Uitloggen", then "yes" on the provider's sign-out page, back to the page. */
async function signOutInTab(): Promise<void> {
  await leaveInTab(`${page.signInRoot}.querySelector('[part~="sign-out-button"]').click()`);
  await tab({ action: 'waitForUrl', startsWith: `${config.issuer}/session/end` });
  await untilInTab(`document.querySelector('button[value="yes"]')`, "the provider's sign-out question");
  await leaveInTab(`document.querySelector('button[value="yes"]').click()`);
  await tab({ action: 'waitForUrl', startsWith: config.redirectUri });
  await untilInTab(`${page.status} === 'anonymous'`, 'signed out on the page');
}

describe('sign-in with the demo OpenID Connect provider', () => {
  const run = uniqueId();
  let hrTokens: string[] = [];

  before(async () => {
    await loadConfig();
  });
  after(async () => {
    await tab({ action: 'close' }).catch(() => {});
  });

  it('signs in with the keyboard alone; after the redirect no token is in the address, storage or cookies', async function () {
    this.timeout(60_000);
    await tab({ action: 'open', url: `${signInPage}?run=${run}` });
    await signInWithKeyboard(config.accounts['hogeschool-utrecht']!.hr!);
    await untilInTab(`${page.status} === 'signed-in'`, 'signed in');

    expect(await inTab(`${page.signInRoot}.querySelector('[part~="name"]').textContent.trim()`)).to.equal('HR-adviseur Hogeschool Utrecht');
    expect(await inTab(`${page.signInRoot}.querySelector('[part~="role"]').textContent.trim()`)).to.equal('HR bij Hogeschool Utrecht');
    expect(await inTab(`window.sessionChanges`)).to.deep.equal(['signing-in', 'signed-in']);
    // The dashboard, for HR only, shows the figures of the signed-in organisation.
    await untilInTab(`document.querySelector('mobility-dashboard').shadowRoot.querySelector('[part~="table"]')`, 'the dashboard shows figures');

    const requests = await log(run);
    hrTokens = bearerTokens(requests);
    expect(requests.some((r) => r.url === '/v1/me' && r.authorization), 'GET /v1/me went out with the token').to.equal(true);
    expect(requests.some((r) => r.url.startsWith('/v1/insights') && r.authorization), 'the dashboard asked with the token').to.equal(true);
    expect(hrTokens.length, 'one access token so far').to.equal(1);

    const traces = JSON.parse(await inTab<string>(page.traces)) as { href: string; local: [string, string][]; session: [string, string][]; cookie: string };
    expect(traces.href, 'the answer is gone from the address').to.equal(config.redirectUri);
    const everything = JSON.stringify(traces);
    for (const token of hrTokens) expect(everything.includes(token), 'the access token is nowhere').to.equal(false);
    expect(traces.local, 'nothing in localStorage').to.deep.equal([]);
    // Only the non-secret hint and the page's own note remain; the PKCE verifier, state and nonce are gone.
    expect(Object.fromEntries(traces.session)).to.deep.equal({ [signedInHintKey]: '1', 'sign-in-page:run': run });
    expect(traces.cookie, 'no cookie on the page').to.equal('');
    // Nor in any cookie of the browser, HttpOnly ones included (the provider's own are session ids).
    const cookies = await tab<{ name: string; value: string; domain: string }[]>({ action: 'cookies' });
    expect(cookies.length, "the provider's session cookies are there to look in").to.be.greaterThan(0);
    for (const token of hrTokens) expect(cookies.some((cookie) => cookie.value.includes(token)), 'no cookie holds the access token').to.equal(false);
  });

  it('signs in again silently after a reload, without leaving the page', async function () {
    this.timeout(30_000);
    const before = (await log(run)).length;
    await leaveInTab(`location.reload()`);
    await untilInTab(`document.readyState === 'complete' && window.sessionChanges`, 'the page reloads');
    await untilInTab(`${page.status} === 'signed-in'`, 'signed in again');
    expect(await inTab(`window.sessionChanges`)).to.deep.equal(['signing-in', 'signed-in']);
    expect(await inTab(`performance.getEntriesByType('navigation')[0].type`), 'the page was reloaded, not navigated away and back').to.equal('reload');
    expect(await inTab(`location.href`)).to.equal(config.redirectUri);
    expect(await inTab(`document.querySelectorAll('iframe').length`), 'the hidden frame is gone').to.equal(0);
    const tokens = bearerTokens((await log(run)).slice(before));
    expect(tokens.length, 'a new access token').to.equal(1);
    expect(hrTokens).to.not.include(tokens[0]);
    hrTokens.push(tokens[0]!);
    const everything = await inTab<string>(page.traces);
    for (const token of hrTokens) expect(everything.includes(token)).to.equal(false);
  });

  it('renews the access token with the refresh token before it expires; the client and the person stay the same', async function () {
    this.timeout(30_000);
    await inTab(`window.clientBefore = document.querySelector('mobility-provider').client; true`);
    const before = (await log(run)).length;
    // Ten minutes of token lifetime: pretend 9 min 55 s have passed, so the next request renews first.
    await inTab(`(() => { const realNow = Date.now; window.realNow = realNow; Date.now = () => realNow.call(Date) + 595_000; return true; })()`);
    try {
      await inTab(`document.querySelector('mobility-dashboard').reload(); true`);
      await untilInTab(`document.querySelector('mobility-dashboard').shadowRoot.querySelector('[part~="content"]').getAttribute('aria-busy') === 'false'`, 'the figures load again');
    } finally {
      await inTab(`(() => { Date.now = window.realNow; return true; })()`).catch(() => {});
    }
    const after = (await log(run)).slice(before);
    const tokens = bearerTokens(after);
    expect(tokens.length, 'one new token').to.equal(1);
    expect(hrTokens, 'a renewed token').to.not.include(tokens[0]);
    hrTokens.push(tokens[0]!);
    expect(after.every((r) => r.url !== '/v1/me'), 'the same person: nobody asked who is signed in').to.equal(true);
    expect(await inTab(`document.querySelector('mobility-provider').client === window.clientBefore`), 'the same client').to.equal(true);
    expect(await inTab(`${page.status}`)).to.equal('signed-in');
    expect(await inTab(`document.querySelector('mobility-dashboard').shadowRoot.querySelector('[part~="table"]') !== null`)).to.equal(true);
  });

  it('signs in silently on a page with a hidden frame whose answer comes back by postMessage; requests wait for it', async function () {
    this.timeout(30_000);
    const id = uniqueId();
    sessionStorage.setItem(signedInHintKey, '1');
    const uncaught = watchUncaught();
    try {
      const provider = await fixture<MobilityProvider>(html`<mobility-provider
        base-url=${`/sign-in-api/${id}`}
        issuer=${config.issuer}
        client-id=${config.clientId}
        redirect-uri=${config.redirectUri}
      >
        <mobility-sign-in></mobility-sign-in>
        <mobility-vacancies page-size="100" virtualize-above="100"></mobility-vacancies>
      </mobility-provider>`);
      expect(provider.session.status).to.equal('signing-in');
      const clientWhileSigningIn = provider.client;
      await waitUntil(() => provider.session.status === 'signed-in', 'signed in silently', { timeout: 15_000 });
      expect(provider.session.user).to.deep.equal({
        name: 'HR-adviseur Hogeschool Utrecht',
        organisation: 'hogeschool-utrecht',
        organisationName: 'Hogeschool Utrecht',
        role: 'hr',
      });
      expect(document.querySelectorAll('iframe').length, 'the hidden frame is gone').to.equal(0);
      expect(provider.client, 'requests made while signing in waited for it: no new client').to.equal(clientWhileSigningIn);
      const vacancies = provider.querySelector('mobility-vacancies') as MobilityVacancies;
      await waitUntil(() => parts(vacancies, 'card').length > 0, 'vacancies appear', { timeout: 12_000 });
      expect(parts(vacancies, 'badge-visibility').map((b) => b.textContent?.trim()), 'internal vacancies of the signed-in organisation').to.include('Intern');
      const listRequests = (await log(id)).filter((r) => r.url.startsWith('/v1/vacancies'));
      expect(listRequests.length, 'the list was loaded once').to.equal(1);
      expect(listRequests[0]!.authorization, 'with the token').to.match(/^Bearer /);

      const signIn = provider.querySelector('mobility-sign-in')!;
      await expect(signIn).to.be.accessible();
      expect(part(signIn, 'name')!.textContent).to.equal('HR-adviseur Hogeschool Utrecht');

      // Without issuer the provider hands over no token any more: anonymous requests, a new client.
      provider.removeAttribute('issuer');
      await provider.updateComplete;
      expect(provider.session.status).to.equal('unconfigured');
      expect(provider.client).to.not.equal(clientWhileSigningIn);
      await waitUntil(() => !parts(vacancies, 'badge-visibility').some((b) => b.textContent?.trim() === 'Intern'), 'internal vacancies disappear', { timeout: 12_000 });
      uncaught.assertNone();
    } finally {
      uncaught.stop();
      sessionStorage.removeItem(signedInHintKey);
    }
  });

  it('signs out at the provider and back on the page; a reload then stays signed out', async function () {
    this.timeout(30_000);
    await signOutInTab();
    expect(await inTab(`sessionStorage.getItem('${signedInHintKey}')`), 'the hint is gone').to.equal(null);
    expect(await inTab(`${page.signInRoot}.querySelector('[part~="sign-in-button"]').textContent.trim()`)).to.equal('Inloggen');
    await untilInTab(`document.querySelector('mobility-dashboard').shadowRoot.querySelector('[part~="sign-in"]')`, 'the dashboard asks to sign in');

    // Even with the hint back, the provider's session has ended: the silent sign-in finds nobody.
    await leaveInTab(`sessionStorage.setItem('${signedInHintKey}', '1'); location.reload(); true`);
    await untilInTab(`document.readyState === 'complete' && window.sessionChanges?.length >= 2`, 'the page reloads and settles');
    expect(await inTab(`window.sessionChanges`)).to.deep.equal(['signing-in', 'anonymous']);
    expect(await inTab(`sessionStorage.getItem('${signedInHintKey}')`)).to.equal(null);
    expect(await inTab(`location.href`)).to.equal(config.redirectUri);
  });
});

describe('a renewal that fails', () => {
  before(async () => {
    await loadConfig();
  });
  after(async () => {
    await tab({ action: 'close' }).catch(() => {});
    await inOtherTab('other', () => tab({ action: 'close' })).catch(() => {});
  });

  it('signs out and tells the elements when the provider no longer renews the token', async function () {
    this.timeout(60_000);
    const run = uniqueId();
    await tab({ action: 'open', url: `${signInPage}?run=${run}` });
    await signInWithKeyboard(config.accounts['hogeschool-van-amsterdam']!.hr!);
    await untilInTab(`${page.status} === 'signed-in'`, 'signed in');
    await untilInTab(`document.querySelector('mobility-dashboard').shadowRoot.querySelector('[part~="table"]')`, 'the dashboard shows figures');

    // In another tab of the same browser: signed in at once (the provider's session), then signed
    // out at the provider, which ends the session the first tab's refresh token belongs to.
    await inOtherTab('other', async () => {
      await tab({ action: 'open', url: `${signInPage}?run=${run}-other` });
      await untilInTab(`${page.signInRoot}?.querySelector('[part~="sign-in-button"]')`, 'the sign-in button appears');
      await leaveInTab(`${page.signInRoot}.querySelector('[part~="sign-in-button"]').click()`);
      await tab({ action: 'waitForUrl', startsWith: config.redirectUri });
      await untilInTab(`${page.status} === 'signed-in'`, 'signed in without a form');
      await signOutInTab();
    });

    const before = (await log(run)).length;
    await inTab(`(() => { const realNow = Date.now; window.realNow = realNow; Date.now = () => realNow.call(Date) + 595_000; return true; })()`);
    try {
      await inTab(`document.querySelector('mobility-dashboard').reload(); true`);
      await untilInTab(`${page.status} === 'anonymous'`, 'signed out after the failed renewal');
    } finally {
      await inTab(`(() => { Date.now = window.realNow; return true; })()`).catch(() => {});
    }
    expect(await inTab(`window.sessionChanges`)).to.deep.equal(['signing-in', 'signed-in', 'anonymous']);
    expect(await inTab(`sessionStorage.getItem('${signedInHintKey}')`), 'the hint is gone').to.equal(null);
    await untilInTab(`document.querySelector('mobility-dashboard').shadowRoot.querySelector('[part~="sign-in"]')`, 'the dashboard asks to sign in');
    expect(await inTab(`${page.signInRoot}.querySelector('[part~="sign-in-button"]').textContent.trim()`)).to.equal('Inloggen');
    expect((await log(run)).slice(before).filter((r) => r.authorization), 'no request went out with the old token').to.deep.equal([]);
  });
});

describe('sign-in of accounts the dashboard or the API does not let in', () => {
  before(async () => {
    await loadConfig();
  });
  after(async () => {
    await tab({ action: 'close' }).catch(() => {});
  });

  it('an employee sees "Alleen voor HR" in the dashboard, not an error', async function () {
    this.timeout(60_000);
    const run = uniqueId();
    await tab({ action: 'open', url: `${signInPage}?run=${run}` });
    await signInWithKeyboard(config.accounts['hogeschool-utrecht']!.employee!);
    await untilInTab(`${page.status} === 'signed-in'`, 'signed in');
    expect(await inTab(`${page.signInRoot}.querySelector('[part~="role"]').textContent.trim()`)).to.equal('Medewerker bij Hogeschool Utrecht');
    await untilInTab(`document.querySelector('mobility-dashboard').shadowRoot.querySelector('[part~="role-notice"]')`, 'the HR-only notice');
    expect(await inTab(`document.querySelector('mobility-dashboard').shadowRoot.querySelector('[part~="error"]')`)).to.equal(null);
    expect((await log(run)).some((r) => r.url.startsWith('/v1/insights')), 'nothing asked of the insights').to.equal(false);
    await signOutInTab();
  });

  it('an account the API maps to no role is "signed in, but no access", and requests go out without its token', async function () {
    this.timeout(60_000);
    const run = uniqueId();
    await tab({ action: 'open', url: `${signInPage}?run=${run}` });
    await signInWithKeyboard(config.studentUsername);
    await untilInTab(`${page.status} === 'no-access'`, 'no access');
    expect(await inTab(`${page.signInRoot}.querySelector('[part~="message"]').textContent`)).to.contain('Geen toegang');
    expect(await inTab(`document.querySelector('mobility-provider').session.error.kind`)).to.equal('no-access');
    await untilInTab(`document.querySelector('mobility-dashboard').shadowRoot.querySelector('[part~="no-access"]')`, "the dashboard's notice");
    const requests = await log(run);
    expect(requests.filter((r) => r.url === '/v1/me').length, 'asked once, no loop').to.equal(1);
    expect(requests.filter((r) => r.url !== '/v1/me' && r.authorization), 'nothing else carried the token').to.deep.equal([]);
    await signOutInTab();
  });
});

describe("the provider's answer on this page's address", () => {
  let original: string;
  before(async () => {
    await loadConfig();
    original = location.href;
  });
  afterEach(() => {
    history.replaceState(history.state, '', original);
    sessionStorage.clear();
  });

  const pendingFor = (state: string, issuer = config.issuer) =>
    savePendingSignIn(state, { issuer, clientId: config.clientId, redirectUri: config.redirectUri, codeVerifier: 'v'.repeat(43), nonce: 'n', createdAt: Date.now() });

  it('takes its own answer out of the address at once, keeps the rest, and forgets the verifier', async () => {
    pendingFor('state-1');
    history.replaceState(history.state, '', `${original}${original.includes('?') ? '&' : '?'}tab=vacatures&code=not-a-real-code&state=state-1&iss=${encodeURIComponent(config.issuer)}#lijst`);
    const provider = await fixture<MobilityProvider>(html`<mobility-provider base-url="/sign-in-api/answer" issuer=${config.issuer} client-id=${config.clientId} redirect-uri=${config.redirectUri}></mobility-provider>`);
    const url = new URL(location.href);
    for (const name of ['code', 'state', 'iss']) expect(url.searchParams.has(name), name).to.equal(false);
    expect(url.searchParams.get('tab')).to.equal('vacatures');
    expect(url.hash).to.equal('#lijst');
    expect(`${url.origin}${url.pathname}`).to.equal(`${new URL(original).origin}${new URL(original).pathname}`);
    for (const [name, value] of new URL(original).searchParams) expect(url.searchParams.get(name), name).to.equal(value);
    expect(sessionStorage.getItem('mobility-kit:sign-in:state-1'), 'the verifier is gone').to.equal(null);
    // The provider refuses the made-up code: a failed sign-in, not a loop.
    await waitUntil(() => provider.session.status === 'error', 'the exchange fails', { timeout: 10_000 });
    expect(provider.session.error?.kind).to.equal('sign-in');
    expect(provider.session.error?.detail).to.contain('invalid_grant');
    expect(typeof provider.session.retry).to.equal('function');
  });

  it('treats a cancelled sign-in as signed out', async () => {
    pendingFor('state-2');
    history.replaceState(history.state, '', `${original}${original.includes('?') ? '&' : '?'}error=access_denied&error_description=cancelled&state=state-2&iss=${encodeURIComponent(config.issuer)}`);
    const provider = await fixture<MobilityProvider>(html`<mobility-provider issuer=${config.issuer} client-id=${config.clientId} redirect-uri=${config.redirectUri}></mobility-provider>`);
    expect(new URL(location.href).searchParams.has('error')).to.equal(false);
    await waitUntil(() => provider.session.status === 'anonymous', 'signed out', { timeout: 10_000 });
  });

  it("leaves an answer it did not ask for alone (another application's, or another provider's)", async () => {
    pendingFor('state-3', 'https://other-idp.example');
    const foreign = `${original}${original.includes('?') ? '&' : '?'}code=theirs&state=state-3`;
    history.replaceState(history.state, '', foreign);
    const provider = await fixture<MobilityProvider>(html`<mobility-provider issuer=${config.issuer} client-id=${config.clientId} redirect-uri=${config.redirectUri}></mobility-provider>`);
    expect(location.href).to.equal(foreign);
    expect(provider.session.status).to.equal('anonymous');
    expect(sessionStorage.getItem('mobility-kit:sign-in:state-3')).to.not.equal(null);
  });

  it('refuses an issuer on plain http elsewhere than on this machine, before any request', async () => {
    const provider = await fixture<MobilityProvider>(html`<mobility-provider issuer="http://login.example.nl" client-id="intranet"></mobility-provider>`);
    expect(provider.session.status).to.equal('error');
    expect(provider.session.error?.kind).to.equal('configuration');
    expect(provider.session.error?.detail).to.contain('https:');
    expect(provider.session.retry).to.equal(undefined);
    provider.setAttribute('issuer', 'https://login.example.nl');
    await provider.updateComplete;
    expect(provider.session.status).to.equal('anonymous');
  });

  it('says the identity provider cannot be reached, and tries again on retry', async () => {
    const provider = await fixture<MobilityProvider>(html`<mobility-provider issuer="http://127.0.0.1:9/idp" client-id="intranet"><mobility-sign-in></mobility-sign-in></mobility-provider>`);
    expect(provider.session.status).to.equal('anonymous');
    const changes: string[] = [];
    provider.addEventListener('mobility-session-change', (event) => changes.push(event.detail.session.status));
    provider.session.signIn();
    await waitUntil(() => provider.session.status === 'error', 'discovery fails', { timeout: 10_000 });
    expect(provider.session.error?.kind).to.equal('identity-provider');
    expect(changes).to.deep.equal(['signing-in', 'error']);
    const signIn = provider.querySelector('mobility-sign-in')!;
    await signIn.updateComplete;
    expect(part(signIn, 'message')!.textContent).to.contain('De inlogdienst is niet bereikbaar');
    await expect(signIn).to.be.accessible();
    part<HTMLButtonElement>(signIn, 'retry-button')!.click();
    await waitUntil(() => changes.length === 4, 'retried', { timeout: 10_000 });
    expect(changes).to.deep.equal(['signing-in', 'error', 'signing-in', 'error']);
  });
});
