// End to end: `npm start`'s script runs the demo OpenID Connect provider on its own origin at /idp.
// An HR adviser signs in on an example intranet page in headless Chromium (keyboard only), the page's
// code is redeemed with PKCE, and the API — checking the opaque token by introspection and mapping
// its SURF claims through the shipped claims file — knows the organisation and the role.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as oauth from 'oauth4webapi';
import { launchBrowser, startIntranet } from './support.mjs';

const insecure = { [oauth.allowInsecureRequests]: true };
const client = { client_id: 'mobility-kit-intranet' };
let intranet;
let browser;

before(async () => {
  intranet = await startIntranet();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await intranet?.stop();
});

/** An authorization request with PKCE, as the intranet page sends it. */
async function authorizationRequest(as, redirectUri) {
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const url = new URL(as.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: client.client_id,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid',
    state,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
  }).toString();
  return { url, state, verifier };
}

test('npm start: discovery at /idp, every intranet page a redirect URI, and a signed-in HR adviser is HR of her organisation at the API', async () => {
  const issuer = new URL(`${intranet.url}/idp`);
  const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { algorithm: 'oidc', ...insecure }));
  assert.equal(as.issuer, issuer.href);

  for (const page of ['/', '/index.html', '/loopbaantest.html', '/rekenhulp.html', '/stuurinformatie.html']) {
    const { url } = await authorizationRequest(as, `${intranet.url}${page}`);
    const answer = await fetch(url, { redirect: 'manual' });
    assert.equal(answer.status, 303, page);
    assert.match(answer.headers.get('location') ?? '', /^\/idp\/interaction\//, `${page} is a registered redirect URI`);
  }

  const redirectUri = `${intranet.url}/stuurinformatie.html`;
  const request = await authorizationRequest(as, redirectUri);
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.goto(request.url.href, { waitUntil: 'load' });
    await page.focus('#username');
    await page.keyboard.type('hr@hu.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type('demo');
    await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.keyboard.press('Enter')]);
    const callback = new URL(page.url());
    assert.equal(`${callback.origin}${callback.pathname}`, redirectUri);

    const parameters = oauth.validateAuthResponse(as, client, callback, request.state);
    const tokens = await oauth.processAuthorizationCodeResponse(
      as,
      client,
      await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), parameters, redirectUri, request.verifier, insecure),
    );
    const me = await fetch(`${intranet.url}/v1/me`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    assert.equal(me.status, 200, await me.clone().text());
    assert.deepEqual(await me.json(), { organisation: 'hogeschool-utrecht', role: 'hr' });
  } finally {
    await context.close();
  }
});
