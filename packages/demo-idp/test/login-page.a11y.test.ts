// The sign-in page in real headless Chromium: axe finds nothing (empty, after an error, in English),
// a keyboard alone signs in, the focus ring shows, nothing scrolls sideways at 320 CSS pixels,
// reduced motion is respected, and the page's strict policy is never violated.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import type * as oauth from 'oauth4webapi';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { authorizationRequest, discover, startIdpServer, type IdpServer } from './support.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

describe('the sign-in page in Chromium', () => {
  let setup: IdpServer;
  let as: oauth.AuthorizationServer;
  let browser: Browser;

  before(async () => {
    setup = await startIdpServer();
    as = await discover(setup.issuer);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await setup?.close();
  });

  /**
   * A fresh browser context (no cookies) of a Dutch browser on the login page of a new
   * authorization request.
   */
  async function openLoginPage(extra: Record<string, string> = {}, viewport = { width: 1024, height: 768 }) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport(viewport);
    await page.setExtraHTTPHeaders({ 'accept-language': 'nl-NL,nl;q=0.9,en;q=0.5' });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${(error as Error).message}`));
    page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const request = await authorizationRequest(as, setup.redirectUri, extra);
    const response = await page.goto(request.url.href, { waitUntil: 'load' });
    assert.equal(response?.status(), 200);
    assert.match(new URL(page.url()).pathname, /^\/idp\/interaction\//);
    return { page, problems, request, close: () => context.close() };
  }

  async function axeViolations(page: Page): Promise<string[]> {
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations;
    });
    return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
  }

  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
  /** `autofocus` is applied at the next rendering opportunity, which may come after the load event. */
  const autofocused = async (page: Page, id: string) => {
    await page.waitForFunction((expected) => document.activeElement?.id === expected, { timeout: 5_000 }, id).catch(() => undefined);
    return focusedId(page);
  };

  test('the empty page: no axe violation, Dutch, labelled fields with autocomplete, no policy violation', async () => {
    const { page, problems, close } = await openLoginPage();
    try {
      assert.deepEqual(await axeViolations(page), []);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
      const fields = await page.evaluate(() =>
        ['username', 'password'].map((id) => {
          const input = document.getElementById(id) as HTMLInputElement;
          return { label: input.labels?.[0]?.textContent?.trim(), autocomplete: input.autocomplete, required: input.required };
        }),
      );
      assert.deepEqual(fields, [
        { label: 'Gebruikersnaam', autocomplete: 'username', required: true },
        { label: 'Wachtwoord', autocomplete: 'current-password', required: true },
      ]);
      assert.match(await page.$eval('h1', (h) => h.textContent ?? ''), /Inloggen/);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('a failed attempt: focus on the error summary, messages tied to the field, still no axe violation', async () => {
    const { page, problems, close } = await openLoginPage();
    try {
      await page.type('#username', 'hr@hu.example');
      await page.type('#password', 'wrong');
      await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]:not([formaction])')]);
      assert.equal(await autofocused(page, 'error-summary'), 'error-summary');
      assert.match(await page.title(), /^Fout: /);
      const described = await page.evaluate(() => {
        const input = document.getElementById('password')!;
        return { invalid: input.getAttribute('aria-invalid'), description: document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent?.trim() };
      });
      assert.equal(described.invalid, 'true');
      assert.match(described.description ?? '', /Fout: Deze gebruikersnaam en dit wachtwoord horen niet bij elkaar/);
      assert.deepEqual(await axeViolations(page), []);
      // The summary's link takes the keyboard user to the field.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      assert.equal(await focusedId(page), 'password');
      assert.deepEqual(problems.filter((p) => !/status of 400/.test(p)), []);
    } finally {
      await close();
    }
  });

  test('the English page (ui_locales=en, though the browser prefers Dutch): no axe violation, lang="en", English labels', async () => {
    const { page, problems, close } = await openLoginPage({ ui_locales: 'en' });
    try {
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      assert.equal(await page.$eval('label[for="password"]', (l) => l.textContent), 'Password');
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('keyboard only: Tab to the fields (with a visible focus ring), type, Enter signs in and returns with a code', async () => {
    const { page, request, close } = await openLoginPage();
    try {
      const order: string[] = [];
      for (let i = 0; i < 10 && (await focusedId(page)) !== 'username'; i++) {
        await page.keyboard.press('Tab');
        order.push(await page.evaluate(() => `${document.activeElement?.tagName.toLowerCase()}${document.activeElement?.id ? `#${document.activeElement.id}` : ''}`));
      }
      assert.equal(await focusedId(page), 'username', `tab order: ${order.join(' → ')}`);
      assert.deepEqual(order, ['a', 'input#username'], 'the language switch, then the username');
      const ring = await page.$eval('#username', (input) => {
        const style = getComputedStyle(input);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      assert.equal(ring.style, 'solid');
      assert.ok(ring.width >= 2, `outline ${ring.width}px`);
      await page.keyboard.type('medewerker@avans.example');
      await page.keyboard.press('Tab');
      assert.equal(await focusedId(page), 'password');
      await page.keyboard.type('demo');
      await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.keyboard.press('Enter')]);
      const landed = new URL(page.url());
      assert.equal(`${landed.origin}${landed.pathname}`, setup.redirectUri);
      assert.ok(landed.searchParams.get('code'), `a code in ${landed.search}`);
      assert.equal(landed.searchParams.get('state'), request.state);
    } finally {
      await close();
    }
  });

  test('at 320 CSS pixels nothing scrolls sideways, empty or with errors', async () => {
    const { page, close } = await openLoginPage({}, { width: 320, height: 640 });
    try {
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(await overflow(), 0);
      await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]:not([formaction])')]);
      assert.equal(await autofocused(page, 'error-summary'), 'error-summary');
      assert.equal(await overflow(), 0);
    } finally {
      await close();
    }
  });

  test('motion only when the user has not asked for less', async () => {
    const { page, close } = await openLoginPage();
    try {
      const transition = () => page.$eval('.button', (b) => getComputedStyle(b).transitionDuration);
      assert.notEqual(await transition(), '0s');
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      assert.equal(await transition(), '0s');
    } finally {
      await close();
    }
  });
});
