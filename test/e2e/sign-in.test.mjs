// End to end: real sign-in on the example intranet as `npm start` serves it. "Inloggen" → the demo
// OpenID Connect provider's login page (keyboard only) → back on the intranet, signed in through
// Authorization Code + PKCE; the API checks the opaque token by introspection and maps its
// SURFconext-shaped claims with the shipped claims file. An employee sees her own organisation's
// internal vacancies and no other's; HR gets the dashboard; "Uitloggen" returns to anonymous; no
// token is kept in storage, cookies or the address.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { inShadow, launchBrowser, shadowTexts, signInOnPage, startIntranet, watchPage } from './support.mjs';

let intranet;
let baseUrl;
let browser;

before(async () => {
  intranet = await startIntranet();
  baseUrl = intranet.url;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await intranet?.stop();
});

/**
 * A page in a browser context of its own: no cookies of an earlier test, so no session at the
 * provider that would skip its login page.
 */
async function freshPage() {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.once('close', () => void context.close().catch(() => {}));
  return page;
}

/** Every vacancy the API lists for a bearer token (or anonymously), following the cursor. */
async function allVacancies(token) {
  const items = [];
  let cursor;
  do {
    const url = new URL(`${baseUrl}/v1/vacancies`);
    url.searchParams.set('limit', '100');
    if (cursor) url.searchParams.set('cursor', cursor);
    const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    assert.equal(response.status, 200);
    const page = await response.json();
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** Visibility and text of every vacancy card on the page. */
const cards = (page) =>
  page.evaluate(() =>
    [...document.querySelector('mobility-vacancies').shadowRoot.querySelectorAll('[part~="card"]')].map((card) => ({
      visibility: card.querySelector('[part~="badge-visibility"]')?.dataset.visibility,
      text: card.textContent.replace(/\s+/g, ' '),
    })),
  );

/** Everything of the page's origin a token could hide in: storage, every cookie (HttpOnly too), the address. */
async function whereTokensCouldHide(page) {
  const storage = await page.evaluate(() => {
    const values = (store) => Object.keys(store).map((key) => `${key}=${store.getItem(key)}`);
    return { local: values(localStorage), session: values(sessionStorage), documentCookie: document.cookie };
  });
  const client = await page.createCDPSession();
  const { cookies } = await client.send('Network.getCookies', { urls: [baseUrl, `${baseUrl}/idp/`] });
  await client.detach();
  return [...storage.local, ...storage.session, storage.documentCookie, ...cookies.map((c) => `${c.name}=${c.value}`), page.url()];
}

test('an employee signs in through the demo provider and sees her own organisation\'s internal vacancies, and no other\'s', async () => {
  const page = await freshPage();
  const { problems } = watchPage(page);
  await page.goto(`${baseUrl}/index.html`, { waitUntil: 'load' });
  await inShadow(page, 'mobility-vacancies', '[part~="card"]');
  const before = await cards(page);
  assert.ok(before.length > 0);
  assert.ok(before.every((card) => card.visibility === 'public'), 'anonymous visitors see public vacancies only');

  const tokens = await signInOnPage(page, 'medewerker@hu.example');
  assert.ok(tokens.length >= 2, 'the page received an access token and an ID token');
  const [role] = await shadowTexts(page, 'mobility-sign-in', '[part~="role"]');
  assert.equal(role, 'Medewerker bij Hogeschool Utrecht');

  await page.waitForFunction(
    () => [...document.querySelector('mobility-vacancies').shadowRoot.querySelectorAll('[part~="badge-visibility"]')].some((b) => b.dataset.visibility === 'internal'),
    { timeout: 30_000 },
  );
  const internal = (await cards(page)).filter((card) => card.visibility === 'internal');
  assert.ok(internal.length > 0);
  assert.ok(internal.every((card) => card.text.includes('Hogeschool Utrecht')), `internal vacancies of another organisation shown: ${internal.map((c) => c.text.slice(0, 80))}`);

  // What the element showed is what the server allows this token: every internal vacancy of the
  // whole list is Hogeschool Utrecht's, while other organisations do have internal vacancies.
  const accessToken = tokens[0];
  const listed = await allVacancies(accessToken);
  const internalListed = listed.filter((v) => v.visibility === 'internal');
  assert.ok(internalListed.length > 0);
  assert.deepEqual([...new Set(internalListed.map((v) => v.organisation.id))], ['hogeschool-utrecht']);
  assert.equal((await allVacancies()).filter((v) => v.visibility === 'internal').length, 0, 'anonymous: no internal vacancies');

  // The token is nowhere but in the page's memory.
  const places = await whereTokensCouldHide(page);
  for (const token of tokens) {
    assert.ok(!places.some((value) => value.includes(token)), 'a token was found in storage, a cookie or the address');
  }
  assert.doesNotMatch(page.url(), /[?&#](code|state|session_state|iss)=/, 'the authorization answer was removed from the address');
  assert.deepEqual(problems, []);
  await page.close();
});

test('an employee of another organisation sees that organisation\'s internal vacancies and none of Hogeschool Utrecht', async () => {
  const page = await freshPage();
  await page.goto(`${baseUrl}/index.html`, { waitUntil: 'load' });
  const tokens = await signInOnPage(page, 'medewerker@hr.example');
  const [role] = await shadowTexts(page, 'mobility-sign-in', '[part~="role"]');
  assert.match(role, /^Medewerker bij /);
  assert.doesNotMatch(role, /Utrecht/);
  const listed = await allVacancies(tokens[0]);
  const organisations = new Set(listed.filter((v) => v.visibility === 'internal').map((v) => v.organisation.id));
  assert.ok(!organisations.has('hogeschool-utrecht'), `internal vacancies of: ${[...organisations]}`);
  await page.close();
});

test('HR signs in on the dashboard page, sees the figures, and "Uitloggen" returns to anonymous', async () => {
  const page = await freshPage();
  const { problems } = watchPage(page);
  await page.goto(`${baseUrl}/stuurinformatie.html`, { waitUntil: 'load' });
  // Signed out, the dashboard asks to sign in rather than showing an error.
  await inShadow(page, 'mobility-dashboard', '[part~="sign-in"]');

  await signInOnPage(page, 'hr@hu.example');
  await inShadow(page, 'mobility-dashboard', '[part~="table"]');
  const [role] = await shadowTexts(page, 'mobility-sign-in', '[part~="role"]');
  assert.equal(role, 'HR bij Hogeschool Utrecht');

  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.evaluate(() => document.querySelector('mobility-sign-in').shadowRoot.querySelector('[part~="sign-out-button"]').click()),
  ]);
  // The provider asks to confirm (a sign-out link alone must not end a session), then returns.
  assert.ok(new URL(page.url()).pathname.startsWith('/idp/'), page.url());
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[name="logout"][value="yes"]')]);
  await inShadow(page, 'mobility-sign-in', '[part~="sign-in-button"]');
  await inShadow(page, 'mobility-dashboard', '[part~="sign-in"]');
  assert.equal(new URL(page.url()).pathname, '/stuurinformatie.html');
  // A reload after signing out stays signed out: the provider's session has ended too.
  await page.reload({ waitUntil: 'load' });
  await inShadow(page, 'mobility-sign-in', '[part~="sign-in-button"]');
  assert.deepEqual(problems, []);
  await page.close();
});

test('back from the login page without signing in: the page is usable again, not stuck "signing in"', async () => {
  const page = await freshPage();
  const { problems } = watchPage(page);
  await page.evaluateOnNewDocument(() => {
    window.addEventListener('pageshow', (event) => {
      window.__restoredFromCache = event.persisted;
    });
  });
  await page.goto(`${baseUrl}/index.html`, { waitUntil: 'load' });
  await inShadow(page, 'mobility-sign-in', '[part~="sign-in-button"]');
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.evaluate(() => document.querySelector('mobility-sign-in').shadowRoot.querySelector('[part~="sign-in-button"]').click()),
  ]);
  assert.ok(new URL(page.url()).pathname.startsWith('/idp/'), page.url());
  await page.goBack({ waitUntil: 'load' });
  assert.equal(new URL(page.url()).pathname, '/index.html');
  // The page comes back from the back/forward cache as it was left, mid sign-in: the case to test.
  assert.equal(await page.evaluate(() => window.__restoredFromCache), true, 'the page was not restored from the back/forward cache');
  await page.waitForFunction(
    () => {
      const button = document.querySelector('mobility-sign-in')?.shadowRoot?.querySelector('[part~="sign-in-button"]');
      return button && button.getAttribute('aria-disabled') !== 'true';
    },
    { timeout: 15_000 },
  );
  await inShadow(page, 'mobility-vacancies', '[part~="card"]');
  assert.deepEqual(problems, []);
  await page.close();
});
