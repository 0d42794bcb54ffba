// End to end: every page of the example intranet, served by `npm start`'s script with the reference
// server's Content Security Policy — no 'unsafe-inline' or 'unsafe-eval' for scripts or styles,
// Trusted Types required with Lit's policy as the only one — loads in headless Chromium without a
// single policy violation or console error, and its elements render content.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inShadow, launchBrowser, root, signInOnPage, startIntranet } from './support.mjs';

const pages = readdirSync(join(root, 'examples/intranet')).filter((name) => name.endsWith('.html')).sort();
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

/** The directives of a policy header, by name. */
const directives = (policy) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]));

/** Open a page; collect policy violations (from the page itself), console errors and page errors. */
async function openPage(path, context = browser) {
  const page = await context.newPage();
  const problems = [];
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample} @${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  const response = await page.goto(`${baseUrl}/${path}`, { waitUntil: 'load' });
  const violations = () => page.evaluate(() => window.__violations);
  return { page, problems, response, violations };
}

test('the example pages are served with a strict policy: no inline or eval for scripts and styles, Trusted Types with Lit only', async () => {
  assert.ok(pages.length >= 4, `example pages: ${pages}`);
  for (const path of pages) {
    const response = await fetch(`${baseUrl}/${path}`);
    assert.equal(response.status, 200, path);
    const policy = response.headers.get('content-security-policy') ?? '';
    const d = directives(policy);
    assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|'strict-dynamic'|\*/, `${path}: ${policy}`);
    assert.deepEqual(d.get('script-src'), ["'self'"], path);
    assert.deepEqual(d.get('style-src'), ["'self'"], path);
    assert.deepEqual(d.get('script-src-attr'), ["'none'"], path);
    assert.deepEqual(d.get('style-src-attr'), ["'none'"], path);
    assert.deepEqual(d.get('object-src'), ["'none'"], path);
    assert.deepEqual(d.get('require-trusted-types-for'), ["'script'"], path);
    assert.deepEqual(d.get('trusted-types'), ['lit-html'], path);
    // Nothing inline in the pages themselves: scripts and styles are files.
    const body = await response.text();
    assert.doesNotMatch(body, /<script(?![^>]*\bsrc=)[^>]*>/i, `${path}: inline script`);
    assert.doesNotMatch(body, /<style[\s>]|\sstyle=|\son[a-z]+=/i, `${path}: inline style or handler`);
  }
});

test('the policy is enforced: an HTML string for innerHTML and a policy other than Lit\'s are refused and reported', async () => {
  const { page, violations } = await openPage('index.html');
  const outcome = await page.evaluate(() => {
    const results = {};
    try {
      document.createElement('div').innerHTML = '<img src=x>';
      results.innerHTML = 'allowed';
    } catch (error) {
      results.innerHTML = error.name;
    }
    try {
      window.trustedTypes.createPolicy('something-else', { createHTML: (s) => s });
      results.policy = 'allowed';
    } catch (error) {
      results.policy = error.name;
    }
    return results;
  });
  // (eval cannot be checked from here: code that DevTools runs is exempt from the page's eval rule;
  // the header test above asserts there is no 'unsafe-eval'.)
  assert.deepEqual(outcome, { innerHTML: 'TypeError', policy: 'TypeError' });
  const reported = await violations();
  assert.ok(reported.some((v) => v.startsWith('require-trusted-types-for')), `violations: ${reported}`);
  assert.ok(reported.some((v) => v.startsWith('trusted-types')), `violations: ${reported}`);
  await page.close();
});

test('index.html: vacancies, their descriptions, filters and stories render without a violation', async () => {
  const { page, problems, violations } = await openPage('index.html');
  await inShadow(page, 'mobility-vacancies', '[part~="card"]');
  await inShadow(page, 'mobility-stories', '[part~="name"]');
  // Open the filters and the first descriptions: more templates, the restricted Markdown.
  await page.evaluate(() => {
    const root = document.querySelector('mobility-vacancies').shadowRoot;
    root.querySelector('[aria-controls="filters"], [part~="filters-toggle"]')?.click();
    for (const button of [...root.querySelectorAll('[part~="title-button"]')].slice(0, 5)) button.click();
    const stories = document.querySelector('mobility-stories').shadowRoot;
    for (const details of stories.querySelectorAll('details')) details.open = true;
  });
  await page.waitForFunction(() => document.querySelector('mobility-vacancies').shadowRoot.querySelector('[part~="detail"]:not([hidden]) .description'), { timeout: 15_000 });
  const cards = await page.evaluate(() => document.querySelector('mobility-vacancies').shadowRoot.querySelectorAll('[part~="card"]').length);
  assert.ok(cards > 0);
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('loopbaantest.html: the career test runs its first page without a violation', async () => {
  const { page, problems, violations } = await openPage('loopbaantest.html');
  await inShadow(page, 'mobility-career-test', '[part~="start-button"]');
  await page.evaluate(() => document.querySelector('mobility-career-test').shadowRoot.querySelector('[part~="start-button"]').click());
  await inShadow(page, 'mobility-career-test', '[part~="item"]');
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('rekenhulp.html: the calculator renders its form and outcome without a violation', async () => {
  const { page, problems, violations } = await openPage('rekenhulp.html');
  await inShadow(page, 'mobility-calculator', '[part~="form"]');
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('stuurinformatie.html: the dashboard renders its table and chart for HR without a violation', async () => {
  const { page, problems, violations } = await openPage('stuurinformatie.html');
  await signInOnPage(page, 'hr@hu.example');
  await inShadow(page, 'mobility-dashboard', '[part~="table"]');
  // The sign-in went through the demo provider's pages and back: the page's policy still holds.
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('hr.html: every part of the HR workspace renders for HR, with the story form and its preview, without a violation', async () => {
  // A context of its own: the provider's session from the dashboard page would sign in silently.
  const context = await browser.createBrowserContext();
  const { page, problems, violations } = await openPage('hr.html', context);
  await signInOnPage(page, 'hr@hu.example');
  await inShadow(page, 'mobility-hr-stories', '[part~="list"]');
  await inShadow(page, 'mobility-hr-vacancies', '[part~="item"]');
  await inShadow(page, 'mobility-hr-feeds', '[part~="run-button"]');
  await inShadow(page, 'mobility-hr-cases', '[part~="table"]');
  await inShadow(page, 'mobility-hr-regulations', '[part~="parameter"]');
  await page.evaluate(() => document.querySelector('mobility-hr-stories').shadowRoot.querySelector('[part~="edit-button"]').click());
  await inShadow(page, 'mobility-hr-stories', '[part~="preview-slide"]');
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('every example page is covered above', () => {
  assert.deepEqual(pages, ['hr.html', 'index.html', 'loopbaantest.html', 'rekenhulp.html', 'stuurinformatie.html']);
});
