// End to end: the React and Vue example portals, built with Vite against the built
// @mobility-kit/elements package, served from their own origin, talking to the reference server
// on another origin (CORS). Each page must show the seeded vacancies, hand the elements' custom
// events to the framework's own handler, compute with the calculator, and raise no error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { inShadow, launchBrowser, requireBuilt, root, shadowTexts, startApi, startStaticServer, watchPage } from './support.mjs';

const examples = ['react', 'vue'];
const outDir = mkdtempSync(join(tmpdir(), 'mobility-examples-'));
let pages;
let api;
let browser;

before(async () => {
  // The examples import the package through its exports, i.e. the built dist.
  requireBuilt('packages/elements/dist/define.js', 'packages/sdk/dist/index.js', 'packages/rules/dist/index.js');
  // The page server only reads its folders on request, so it can start before the builds finish;
  // the API needs its origin for CORS. The builds and the API's database start run side by side.
  pages = await startStaticServer(Object.fromEntries(examples.map((name) => [`/${name}/`, join(outDir, name)])));
  [api] = await Promise.all([startApi([pages.origin]), ...examples.map((name) => viteBuild(join(root, 'examples', name), join(outDir, name)))]);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await api?.close();
  await pages?.close();
  rmSync(outDir, { recursive: true, force: true });
});

/**
 * `vite build` of an example, in a child process: Vite sets NODE_ENV=production in the process it
 * builds in, under which the reference server (rightly) refuses development sign-in.
 */
async function viteBuild(exampleDir, out) {
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  await promisify(execFile)(process.execPath, [vite, 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], { cwd: exampleDir });
}

/** What the API serves anonymously: the page must show exactly this. */
async function served(path) {
  const response = await fetch(`${api.url}${path}`);
  assert.equal(response.status, 200, path);
  return (await response.json()).items;
}

/** Calculator input through the element's own fields (worked example C of its specification). */
const calculatorInput = { birthDate: '1987-06-01', annualWage: '60000', workedYears: '10', hboServiceYears: '10', yearsWithEmployer: '10' };

for (const name of examples) {
  test(`the ${name} example shows the API's vacancies, stories and a calculation, and hears the elements' events`, async () => {
    const vacancies = (await served('/v1/vacancies?limit=6')).map((vacancy) => vacancy.title);
    const stories = (await served('/v1/stories?channel=public&limit=5')).map((story) => story.displayName);
    assert.ok(vacancies.length > 1, 'the demo database serves vacancies');
    assert.ok(stories.length > 1, 'the demo database serves more than one public story');

    const page = await browser.newPage();
    const { problems } = watchPage(page);
    // The API is on another origin than the page, configured through `?api=`.
    await page.goto(`${pages.origin}/${name}/?api=${encodeURIComponent(api.url)}`, { waitUntil: 'load' });

    // The vacancy feed renders the seeded vacancies, page size 6 set as a property by the framework.
    await page.waitForFunction(
      (count) => (document.querySelector('mobility-vacancies')?.shadowRoot?.querySelectorAll('[part~="title"]').length ?? 0) >= count,
      { timeout: 30_000 },
      vacancies.length,
    );
    assert.deepEqual(await shadowTexts(page, 'mobility-vacancies', '[part~="title"]'), vacancies);
    assert.equal(await page.$eval('mobility-vacancies', (el) => el.pageSize), 6);
    assert.equal(await page.$eval('mobility-provider', (el) => el.baseUrl), api.url);

    // Activating the second title: the framework's handler shows it in the portal's own panel and
    // cancels the event, so the element does not expand the card itself.
    await page.evaluate(() => document.querySelector('mobility-vacancies').shadowRoot.querySelectorAll('[part~="title-button"]')[1].click());
    await page.waitForSelector('.chosen-title', { timeout: 10_000 });
    assert.equal(await page.$eval('.chosen-title', (el) => el.textContent.trim()), vacancies[1]);
    const expanded = await page.evaluate(() =>
      document.querySelector('mobility-vacancies').shadowRoot.querySelectorAll('[part~="title-button"]')[1].getAttribute('aria-expanded'),
    );
    assert.equal(expanded, 'false', 'the handler cancelled the event, so the card stays closed');

    // The stories carousel: "next" fires mobility-story-change, the portal captions the story.
    await inShadow(page, 'mobility-stories', '[part~="next-button"]');
    assert.deepEqual(await shadowTexts(page, 'mobility-stories', '[part~="name"]').then((names) => names.slice(0, 1)), stories.slice(0, 1));
    await page.evaluate(() => document.querySelector('mobility-stories').shadowRoot.querySelector('[part~="next-button"]').click());
    await page.waitForFunction(() => document.querySelector('.story-caption')?.textContent.trim() !== '', { timeout: 10_000 });
    assert.equal(await page.$eval('.story-caption', (el) => el.textContent.trim()), `Verhaal 2: ${stories[1]}`);

    // The calculator computes in the browser from what is typed into its own form.
    await inShadow(page, 'mobility-calculator', '[part~="compute-button"]');
    await page.evaluate((values) => {
      const shadow = document.querySelector('mobility-calculator').shadowRoot;
      for (const [id, value] of Object.entries(values)) {
        const input = shadow.querySelector(`#${id}`);
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      shadow.querySelector('[part~="compute-button"]').click();
    }, calculatorInput);
    await inShadow(page, 'mobility-calculator', '[part~="results"] [part~="table"]');
    const results = await page.$eval('mobility-calculator', (el) => el.shadowRoot.querySelector('[part~="results"]').textContent.replace(/\s+/g, ' '));
    assert.match(results, /€ ?3\.750,00/, 'the first WW months of worked example C: 75 % of € 5.000');

    assert.deepEqual(problems, []);
    await page.close();
  });
}
