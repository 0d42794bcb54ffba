import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as oauth from 'oauth4webapi';
import { demoEntitlements } from '../src/index.js';
import {
  Agent,
  apiClientId,
  authorizationRequest,
  browserClient,
  browserClientId,
  discover,
  formOf,
  insecure,
  introspect,
  redeem,
  signIn,
  startIdpServer,
  type IdpServer,
} from './support.js';

const jwtShape = /^[\w-]+\.[\w-]+\.[\w-]*$/;

describe('the demo provider mounted at /idp of the reference server', () => {
  let setup: IdpServer;
  let as: oauth.AuthorizationServer;

  before(async () => {
    setup = await startIdpServer();
    as = await discover(setup.issuer);
  });
  after(() => setup?.close());

  test('publishes its discovery document at /idp/.well-known/openid-configuration with the issuer and every endpoint under /idp', async () => {
    const response = await fetch(`${setup.server.url}/idp/.well-known/openid-configuration`);
    assert.equal(response.status, 200);
    const document = (await response.json()) as Record<string, unknown>;
    assert.equal(document.issuer, setup.issuer);
    for (const [endpoint, path] of [
      ['authorization_endpoint', '/auth'],
      ['token_endpoint', '/token'],
      ['introspection_endpoint', '/token/introspection'],
      ['revocation_endpoint', '/token/revocation'],
      ['userinfo_endpoint', '/me'],
      ['end_session_endpoint', '/session/end'],
      ['jwks_uri', '/jwks'],
    ] as const) {
      assert.equal(document[endpoint], `${setup.issuer}${path}`, endpoint);
    }
    assert.equal(setup.idp.discoveryUrl, `${setup.issuer}/.well-known/openid-configuration`);
    assert.equal(setup.idp.introspectionUrl, document.introspection_endpoint);
    assert.deepEqual(document.code_challenge_methods_supported, ['S256']);
    assert.deepEqual(document.response_types_supported, ['code']);
    for (const claim of ['schac_home_organization', 'eduperson_affiliation', 'eduperson_entitlement', 'name']) {
      assert.ok((document.claims_supported as string[]).includes(claim), claim);
    }
    // The API next to it is untouched by the mount.
    assert.equal((await fetch(`${setup.server.url}/v1/health`)).status, 200);
  });

  test('Authorization Code with PKCE: login page, credentials, code, an opaque access token that introspects with the SURF claims', async () => {
    const agent = new Agent();
    const request = await authorizationRequest(as, setup.redirectUri);
    const page = await agent.follow(request.url);
    assert.equal(page.response.status, 200);
    assert.match(page.url.pathname, /^\/idp\/interaction\/[\w-]+$/);
    assert.match(page.response.headers.get('content-type') ?? '', /^text\/html/);
    const html = await page.response.text();
    assert.match(html, /<html lang="nl">/);
    assert.match(html, /Intranet Hogeschool Demostad/);
    const form = formOf(html);
    assert.equal(form.action, `${page.url.pathname}/login`);

    const back = await agent.follow(
      new URL(form.action, page.url),
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ ...form.fields, username: 'hr@hu.example', password: 'demo' }).toString() },
      setup.redirectUri,
    );
    assert.equal(`${back.url.origin}${back.url.pathname}`, setup.redirectUri);
    assert.ok(back.url.searchParams.get('code'), `a code in ${back.url.search}`);
    const tokens = await redeem(as, setup.redirectUri, back.url, request);

    assert.equal(tokens.token_type.toLowerCase(), 'bearer');
    assert.doesNotMatch(tokens.access_token, jwtShape, 'the access token is opaque, not a JWT');
    assert.ok(tokens.expires_in && tokens.expires_in <= 600, `access token lifetime ${tokens.expires_in}`);
    assert.ok(tokens.refresh_token, 'a refresh token for the browser client');
    const idToken = oauth.getValidatedIdTokenClaims(tokens)!;
    assert.equal(idToken.iss, setup.issuer);
    assert.equal(idToken.aud, browserClientId);
    assert.equal(idToken.schac_home_organization, 'hu.example');
    assert.equal(idToken.name, 'HR-adviseur Hogeschool Utrecht');

    const answer = await introspect(as, tokens.access_token, setup.apiSecret);
    assert.equal(answer.active, true);
    assert.equal(answer.client_id, browserClientId);
    assert.equal(answer.iss, setup.issuer);
    assert.equal(answer.sub, idToken.sub);
    assert.equal(answer.token_type, 'Bearer');
    assert.equal(answer.schac_home_organization, 'hu.example');
    assert.deepEqual(answer.eduperson_entitlement, [demoEntitlements.hr]);
    assert.ok((answer.eduperson_affiliation as string[]).includes('employee'));
    assert.equal(answer.name, 'HR-adviseur Hogeschool Utrecht');

    const userinfo = await oauth.processUserInfoResponse(as, browserClient, idToken.sub, await oauth.userInfoRequest(as, browserClient, tokens.access_token, insecure));
    assert.equal(userinfo.schac_home_organization, 'hu.example');
    assert.deepEqual(userinfo.eduperson_entitlement, [demoEntitlements.hr]);
  });

  test('introspection answers only the resource server: a wrong secret is invalid_client, the browser client learns nothing', async () => {
    const tokens = await signIn(new Agent(), as, setup.redirectUri, 'medewerker@hva.example');
    const employee = await introspect(as, tokens.access_token, setup.apiSecret);
    assert.equal(employee.active, true);
    assert.deepEqual(employee.eduperson_entitlement, []);
    assert.equal(employee.schac_home_organization, 'hva.example');

    const wrongSecret = await oauth.introspectionRequest(as, { client_id: apiClientId }, oauth.ClientSecretBasic('not-the-secret'), tokens.access_token, insecure);
    assert.equal(wrongSecret.status, 401);
    assert.equal(((await wrongSecret.json()) as { error: string }).error, 'invalid_client');

    const byBrowser = await oauth.processIntrospectionResponse(
      as,
      browserClient,
      await oauth.introspectionRequest(as, browserClient, oauth.None(), tokens.access_token, insecure),
    );
    assert.equal(byBrowser.active, false);
    assert.equal(byBrowser.schac_home_organization, undefined);
  });

  test('a wrong password shows the page again with a 400 and the error, and no code; the same attempt then succeeds', async () => {
    const agent = new Agent();
    const request = await authorizationRequest(as, setup.redirectUri);
    const page = await agent.follow(request.url);
    const form = formOf(await page.response.text());
    const loginUrl = new URL(form.action, page.url);

    const wrong = await agent.post(loginUrl, { ...form.fields, username: 'hr@hu.example', password: 'wrong' });
    assert.equal(wrong.status, 400);
    assert.equal(wrong.headers.get('location'), null);
    const html = await wrong.text();
    assert.match(html, /id="error-summary"[^>]*autofocus/);
    assert.match(html, /<title>Fout: Inloggen/);
    assert.match(html, /id="password"[^>]*aria-describedby="password-error"[^>]*aria-invalid="true"/);
    assert.match(html, /value="hr@hu.example"/, 'the username is kept');
    assert.doesNotMatch(html, /value="wrong"/, 'the password is never sent back');

    const empty = await agent.post(loginUrl, { ...form.fields, username: ' ', password: '' });
    assert.equal(empty.status, 400);
    const emptyHtml = await empty.text();
    assert.match(emptyHtml, /id="username-error"/);
    assert.match(emptyHtml, /id="password-error"/);
    assert.match(emptyHtml, /href="#username"/);

    const unknown = await agent.post(loginUrl, { ...form.fields, username: 'nobody@hu.example', password: 'demo' });
    assert.equal(unknown.status, 400);

    const right = await agent.follow(
      loginUrl,
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ ...form.fields, username: 'HR@hu.example ', password: 'demo' }).toString() },
      setup.redirectUri,
    );
    const tokens = await redeem(as, setup.redirectUri, right.url, request);
    assert.equal((await introspect(as, tokens.access_token, setup.apiSecret)).schac_home_organization, 'hu.example');
  });

  test('PKCE is required: without a code challenge, or with the plain method, the request is refused and no login page is shown', async () => {
    for (const drop of [{ code_challenge: '', code_challenge_method: '' }, { code_challenge_method: 'plain' }]) {
      const request = await authorizationRequest(as, setup.redirectUri);
      for (const [name, value] of Object.entries(drop)) {
        if (value === '') request.url.searchParams.delete(name);
        else request.url.searchParams.set(name, value);
      }
      const answer = await new Agent().fetch(request.url);
      assert.equal(answer.status, 303);
      const location = new URL(answer.headers.get('location')!);
      assert.equal(`${location.origin}${location.pathname}`, setup.redirectUri);
      assert.equal(location.searchParams.get('error'), 'invalid_request', location.search);
      assert.match(location.searchParams.get('error_description') ?? '', /PKCE|code_challenge_method/);
      assert.equal(location.searchParams.get('code'), null);
    }
  });

  test('a code is redeemed only with its own verifier', async () => {
    const agent = new Agent();
    const request = await authorizationRequest(as, setup.redirectUri);
    const page = await agent.follow(request.url);
    const form = formOf(await page.response.text());
    const back = await agent.follow(
      new URL(form.action, page.url),
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ ...form.fields, username: 'medewerker@saxion.example', password: 'demo' }).toString() },
      setup.redirectUri,
    );
    const parameters = oauth.validateAuthResponse(as, browserClient, back.url, request.state);
    const response = await oauth.authorizationCodeGrantRequest(as, browserClient, oauth.None(), parameters, setup.redirectUri, oauth.generateRandomCodeVerifier(), insecure);
    assert.equal(response.status, 400);
    assert.equal(((await response.json()) as { error: string }).error, 'invalid_grant');
  });

  test('"cancel" returns to the page with access_denied', async () => {
    const agent = new Agent();
    const request = await authorizationRequest(as, setup.redirectUri);
    const page = await agent.follow(request.url);
    const html = await page.response.text();
    const abort = /formaction="([^"]+)"/.exec(html)?.[1];
    assert.equal(abort, `${page.url.pathname}/abort`);
    const back = await agent.follow(new URL(abort!, page.url), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' }, setup.redirectUri);
    assert.equal(back.url.searchParams.get('error'), 'access_denied');
    assert.equal(back.url.searchParams.get('state'), request.state);
    assert.equal(back.url.searchParams.get('code'), null);
  });

  test('the refresh token renews the access token and rotates: the old refresh token is refused afterwards', async () => {
    const first = await signIn(new Agent(), as, setup.redirectUri, 'beheer@hu.example');
    const renewed = await oauth.processRefreshTokenResponse(
      as,
      browserClient,
      await oauth.refreshTokenGrantRequest(as, browserClient, oauth.None(), first.refresh_token!, insecure),
    );
    assert.notEqual(renewed.access_token, first.access_token);
    assert.ok(renewed.refresh_token && renewed.refresh_token !== first.refresh_token, 'a new refresh token');
    const answer = await introspect(as, renewed.access_token, setup.apiSecret);
    assert.equal(answer.active, true);
    assert.deepEqual(answer.eduperson_entitlement, [demoEntitlements.admin]);

    const replay = await oauth.refreshTokenGrantRequest(as, browserClient, oauth.None(), first.refresh_token!, insecure);
    assert.equal(replay.status, 400);
    assert.equal(((await replay.json()) as { error: string }).error, 'invalid_grant');
  });

  test('signing out ends the session: its tokens stop working and the next sign-in asks for the password again', async () => {
    const agent = new Agent();
    const tokens = await signIn(agent, as, setup.redirectUri, 'medewerker@fontys.example');

    // While signed in, a new authorization request comes straight back with a code (single sign-on).
    const again = await authorizationRequest(as, setup.redirectUri);
    const silent = await agent.follow(again.url, {}, setup.redirectUri);
    assert.ok(silent.url.searchParams.get('code'), 'signed in: no login page');

    const logout = new URL(as.end_session_endpoint!);
    logout.search = new URLSearchParams({ id_token_hint: tokens.id_token!, post_logout_redirect_uri: setup.redirectUri, client_id: browserClientId, state: 'after-logout' }).toString();
    const question = await agent.follow(logout);
    assert.equal(question.response.status, 200);
    const questionHtml = await question.response.text();
    assert.match(questionHtml, /<html lang="nl">/);
    assert.match(questionHtml, /Ja, uitloggen/);
    const form = formOf(questionHtml, 'op.logoutForm');
    const done = await agent.follow(
      new URL(form.action, question.url),
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ ...form.fields, logout: 'yes' }).toString() },
      setup.redirectUri,
    );
    assert.equal(`${done.url.origin}${done.url.pathname}`, setup.redirectUri);
    assert.equal(done.url.searchParams.get('state'), 'after-logout');

    assert.equal((await introspect(as, tokens.access_token, setup.apiSecret)).active, false);
    const refresh = await oauth.refreshTokenGrantRequest(as, browserClient, oauth.None(), tokens.refresh_token!, insecure);
    assert.equal(refresh.status, 400);
    const next = await agent.follow((await authorizationRequest(as, setup.redirectUri)).url, {}, setup.redirectUri);
    assert.equal(next.response.status, 200);
    assert.match(next.url.pathname, /^\/idp\/interaction\//, 'signed out: the login page again');
  });

  test('the page speaks English for ui_locales=en, for an English browser and after the language switch', async () => {
    const viaParameter = await new Agent().follow((await authorizationRequest(as, setup.redirectUri, { ui_locales: 'en-GB nl' })).url);
    assert.match(await viaParameter.response.text(), /<html lang="en">[\s\S]*<h1>Sign in<\/h1>/);

    const english = new Agent();
    const request = await authorizationRequest(as, setup.redirectUri);
    const first = await english.fetch(request.url, { headers: { 'accept-language': 'de-DE, en;q=0.8, nl;q=0.5' } });
    const page = await english.fetch(new URL(first.headers.get('location')!, request.url), { headers: { 'accept-language': 'de-DE, en;q=0.8, nl;q=0.5' } });
    const html = await page.text();
    assert.match(html, /<html lang="en">/);
    const toDutch = /<a href="([^"]+)" lang="nl" hreflang="nl">Nederlands<\/a>/.exec(html)?.[1];
    assert.ok(toDutch, 'a link to the Dutch page');
    const dutch = await english.fetch(new URL(toDutch!, request.url));
    assert.match(await dutch.text(), /<html lang="nl">[\s\S]*<h1>Inloggen<\/h1>/);
  });

  test('the pages carry their own strict policy: no script at all, the served stylesheet only, forms to this origin', async () => {
    const page = await new Agent().follow((await authorizationRequest(as, setup.redirectUri)).url);
    const policy = page.response.headers.get('content-security-policy') ?? '';
    assert.match(policy, /default-src 'none'/);
    assert.match(policy, /style-src 'self'(;|$)/);
    assert.match(policy, new RegExp(`form-action 'self' ${setup.server.url.replace(/[.]/g, '\\.')}(;|$)`));
    assert.doesNotMatch(policy, /unsafe|script-src/);
    assert.equal(page.response.headers.get('cache-control'), 'no-store');
    const html = await page.response.text();
    assert.doesNotMatch(html, /<script|\sstyle=|\son[a-z]+=/i);
    const css = await fetch(`${setup.issuer}/assets/sign-in.css`);
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
    assert.match(await css.text(), /prefers-reduced-motion/);
  });

  test('an interaction page without its cookie (another browser, an old link) says the attempt expired', async () => {
    const page = await new Agent().follow((await authorizationRequest(as, setup.redirectUri)).url);
    const stranger = await fetch(page.url);
    assert.equal(stranger.status, 400);
    assert.match(await stranger.text(), /Deze inlogpoging is verlopen/);
    const forged = await fetch(`${page.url.href}/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'username=hr%40hu.example&password=demo' });
    assert.equal(forged.status, 400);
    assert.equal(forged.headers.get('location'), null);
  });

  test('an unknown client or redirect URI gets the provider\'s error page, in its own layout', async () => {
    const request = await authorizationRequest(as, 'https://evil.example/');
    const answer = await fetch(request.url);
    assert.equal(answer.status, 400);
    const html = await answer.text();
    assert.match(html, /<h1>Er ging iets mis<\/h1>/);
    assert.match(html, /<code>invalid_redirect_uri<\/code>/);
    assert.match(answer.headers.get('content-security-policy') ?? '', /default-src 'none'/);
  });
});
