// End to end: `npm start`'s script on a fresh data folder, the example intranet page in headless
// Chromium, and the vacancy titles the server serves rendered inside <mobility-vacancies>.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { inShadow, launchBrowser, signInOnPage, startIntranet } from './support.mjs';

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

test('the example intranet page shows the vacancies the server serves', async () => {
  const response = await fetch(`${baseUrl}/v1/vacancies?limit=12`);
  assert.equal(response.status, 200);
  const served = (await response.json()).items.map((v) => v.title);
  assert.ok(served.length > 0, 'the demo database serves vacancies');

  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on('requestfailed', (request) => problems.push(`requestfailed: ${request.url()}`));
  page.on('response', (res) => res.status() >= 400 && problems.push(`HTTP ${res.status()}: ${res.url()}`));

  await page.goto(`${baseUrl}/`, { waitUntil: 'load' });
  await page.waitForFunction(
    (count) => {
      const host = document.querySelector('mobility-vacancies');
      return (host?.shadowRoot?.querySelectorAll('[part~="title"]').length ?? 0) >= count;
    },
    { timeout: 30_000 },
    served.length,
  );
  const rendered = await page.evaluate(() =>
    [...document.querySelector('mobility-vacancies').shadowRoot.querySelectorAll('[part~="title"]')].map((el) => el.textContent.trim()),
  );
  assert.deepEqual(rendered.slice(0, served.length), served);
  assert.equal(await page.evaluate(() => customElements.get('mobility-provider') !== undefined), true);
  assert.deepEqual(problems, []);
  await page.close();
});

/** Open a page of the example intranet and collect everything that went wrong on it. */
async function openPage(path) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on('response', (res) => res.status() >= 400 && problems.push(`HTTP ${res.status()}: ${res.url()}`));
  await page.goto(`${baseUrl}/${path}`, { waitUntil: 'load' });
  return { page, problems };
}


test('every element of the complete bundle is registered on every example page', async () => {
  const tags = ['mobility-provider', 'mobility-sign-in', 'mobility-vacancies', 'mobility-stories', 'mobility-career-test', 'mobility-calculator', 'mobility-dashboard'];
  for (const path of ['index.html', 'loopbaantest.html', 'rekenhulp.html', 'stuurinformatie.html']) {
    const { page, problems } = await openPage(path);
    const undefinedTags = await page.evaluate((names) => names.filter((name) => !customElements.get(name)), tags);
    assert.deepEqual(undefinedTags, [], `${path}: unregistered tags`);
    assert.deepEqual(problems, [], `${path}: problems`);
    await page.close();
  }
});

test('the stories carousel on the home page shows the publicly consented demo stories', async () => {
  const { page, problems } = await openPage('index.html');
  const response = await fetch(`${baseUrl}/v1/stories?channel=public`);
  const names = (await response.json()).items.map((story) => story.displayName);
  assert.ok(names.length > 0, 'the demo serves public stories');
  await inShadow(page, 'mobility-stories', '[part~="name"]');
  const shown = await page.evaluate(() =>
    [...document.querySelector('mobility-stories').shadowRoot.querySelectorAll('[part~="name"]')].map((el) => el.textContent.trim()),
  );
  assert.ok(shown.some((text) => names.some((name) => text.includes(name))), `rendered ${shown} from served ${names}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the career test and the calculator pages start in their first state', async () => {
  const test1 = await openPage('loopbaantest.html');
  await inShadow(test1.page, 'mobility-career-test', '[part~="start-button"]');
  assert.deepEqual(test1.problems, []);
  await test1.page.close();

  const test2 = await openPage('rekenhulp.html');
  await inShadow(test2.page, 'mobility-calculator', '[part~="form"]');
  assert.deepEqual(test2.problems, []);
  await test2.page.close();
});

test('the dashboard page asks to sign in, and shows insights once signed in as HR', async () => {
  const { page, problems } = await openPage('stuurinformatie.html');
  // Signed out, the dashboard offers "Inloggen" and sends no request that would fail.
  await inShadow(page, 'mobility-dashboard', '[part~="sign-in"]');
  await signInOnPage(page, 'hr@hu.example');
  await inShadow(page, 'mobility-dashboard', '[part~="table"]');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the server answers health and problem documents on the same origin', async () => {
  const health = await fetch(`${baseUrl}/v1/health`);
  assert.equal(health.status, 200);
  assert.equal((await health.json()).database, 'ok');
  const bad = await fetch(`${baseUrl}/v1/vacancies?kind=baan`);
  assert.equal(bad.status, 400);
  assert.match(bad.headers.get('content-type') ?? '', /^application\/problem\+json/);
});
