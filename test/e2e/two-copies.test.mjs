// End to end: two separately built copies of the self-contained bundle on one page, as happens when
// a portal loads mobility-kit and a portlet (or a CMS block) brings its own, other version. The
// second copy is the real built `mobility-kit-all.js` with its version constant rewritten. The page
// must raise no error, warn once on the page (naming both versions), keep the first
// copy's definitions, and the copies must still work together: elements of one copy get their
// API client from the other copy's <mobility-provider> (the context key is a string).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inShadow, launchBrowser, requireBuilt, root, shadowTexts, startApi, startStaticServer, watchPage } from './support.mjs';

const dist = join(root, 'packages/elements/dist');
const version = JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8')).version;
/** The other copy's version: shares no digits with the real one, so a warning must name each. */
const otherVersion = '97.0.0-portlet';
const folder = mkdtempSync(join(tmpdir(), 'mobility-two-copies-'));
let pages;
let api;
let browser;

before(async () => {
  requireBuilt('packages/elements/dist/mobility-kit.js', 'packages/elements/dist/mobility-kit-all.js');
  pages = await startStaticServer({ '/': folder });
  api = await startApi([pages.origin]);
  browser = await launchBrowser();

  copyFileSync(join(dist, 'mobility-kit.js'), join(folder, 'mobility-kit.js'));
  copyFileSync(join(dist, 'mobility-kit-all.js'), join(folder, 'mobility-kit-all.js'));
  // The version constant of src/version.ts is the only quoted occurrence of the version in the
  // minified bundle (the preamble comment is not quoted). Exactly one replacement, or the build
  // changed and this test must be looked at.
  const bundle = readFileSync(join(dist, 'mobility-kit-all.js'), 'utf8');
  const quoted = new RegExp(`(["'\`])${version.replace(/\./g, '\\.')}\\1`, 'g');
  assert.equal(bundle.match(quoted)?.length, 1, `one quoted "${version}" in mobility-kit-all.js`);
  writeFileSync(join(folder, 'other-version.js'), bundle.replace(quoted, `"${otherVersion}"`));
});

after(async () => {
  await browser?.close();
  await api?.close();
  await pages?.close();
  rmSync(folder, { recursive: true, force: true });
});

/**
 * A page that loads `scripts` in order (module scripts run in document order), with a provider
 * around the vacancy feed and the stories carousel, and a `<portlet-vacancies>` that `portletScript`
 * may define.
 */
function writePage(name, scripts, portletScript = '') {
  writeFileSync(
    join(folder, name),
    `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <title>Twee kopieën van mobility-kit</title>
    <link rel="icon" href="data:," />
    ${scripts.map((src) => `<script type="module" src="./${src}"></script>`).join('\n    ')}
    ${portletScript ? `<script type="module">${portletScript}</script>` : ''}
  </head>
  <body>
    <mobility-provider base-url="${api.url}">
      <mobility-vacancies page-size="5"></mobility-vacancies>
      <mobility-stories channel="public" limit="3"></mobility-stories>
      <portlet-vacancies page-size="4"></portlet-vacancies>
    </mobility-provider>
  </body>
</html>
`,
  );
}

async function servedTitles(limit) {
  const response = await fetch(`${api.url}/v1/vacancies?limit=${limit}`);
  assert.equal(response.status, 200);
  return (await response.json()).items.map((vacancy) => vacancy.title);
}

/** Wait for `count` titles in the shadow root of `tag`, then return them. */
async function titlesOf(page, tag, count) {
  await page.waitForFunction(
    (t, n) => (document.querySelector(t)?.shadowRoot?.querySelectorAll('[part~="title"]').length ?? 0) >= n,
    { timeout: 30_000 },
    tag,
    count,
  );
  return shadowTexts(page, tag, '[part~="title"]');
}

test('a second copy of another version: one warning, first copy kept, both copies work together', async () => {
  // The portlet registers the other copy's vacancy class under its own tag; that element, the
  // stories carousel (only in the other copy) and the calculator come from the other copy, the
  // provider and <mobility-vacancies> from the first.
  writePage(
    'other-version.html',
    ['mobility-kit.js', 'other-version.js', 'other-version.js?loaded-again'],
    `import { MobilityVacancies, defineElement, version } from './other-version.js';
     window.otherCopyVersion = version;
     window.portletDefined = defineElement('portlet-vacancies', MobilityVacancies);`,
  );
  const page = await browser.newPage();
  const { problems, warnings } = watchPage(page);
  await page.goto(`${pages.origin}/other-version.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.portletDefined !== undefined && customElements.get('mobility-calculator'));

  assert.equal(await page.evaluate(() => window.otherCopyVersion), otherVersion, 'the rewritten copy reports its own version');
  assert.equal(await page.evaluate(() => window.portletDefined), true);
  const versions = await page.evaluate(() =>
    Object.fromEntries(
      ['mobility-provider', 'mobility-vacancies', 'mobility-stories', 'mobility-calculator', 'portlet-vacancies'].map((tag) => [
        tag,
        customElements.get(tag)?.mobilityKitVersion,
      ]),
    ),
  );
  assert.deepEqual(versions, {
    'mobility-provider': version,
    'mobility-vacancies': version,
    'mobility-stories': otherVersion,
    'mobility-calculator': otherVersion,
    'portlet-vacancies': otherVersion,
  });

  // Both copies' vacancy lists load through the first copy's provider.
  const served = await servedTitles(5);
  assert.ok(served.length > 1, 'the demo database serves vacancies');
  assert.deepEqual(await titlesOf(page, 'mobility-vacancies', served.length), served);
  assert.deepEqual(await titlesOf(page, 'portlet-vacancies', 4), served.slice(0, 4));
  // So does the other copy's stories carousel.
  const stories = await (await fetch(`${api.url}/v1/stories?channel=public&limit=3`)).json();
  await inShadow(page, 'mobility-stories', '[part~="name"]');
  assert.equal((await shadowTexts(page, 'mobility-stories', '[part~="name"]'))[0], stories.items[0].displayName);

  // The other copy was loaded twice and clashes on two tags: still exactly one warning on the page,
  // naming both versions and the first tag that clashed.
  const mobilityWarnings = warnings.filter((text) => text.includes('[mobility-kit]'));
  assert.equal(mobilityWarnings.length, 1, `warnings: ${JSON.stringify(warnings)}`);
  const [warning] = mobilityWarnings;
  assert.ok(warning.includes(version) && warning.includes(otherVersion), `names both versions: ${warning}`);
  assert.ok(warning.includes('<mobility-provider>') || warning.includes('<mobility-vacancies>'), `names a clashing tag: ${warning}`);
  assert.deepEqual(warnings, mobilityWarnings, 'no other warnings');
  assert.deepEqual(problems, []);
  await page.close();
});

test('two copies of the same version (the core and the complete bundle) register quietly and work together', async () => {
  writePage('same-version.html', ['mobility-kit.js', 'mobility-kit-all.js'], `
    import { MobilityVacancies, defineElement } from './mobility-kit-all.js';
    window.portletDefined = defineElement('portlet-vacancies', MobilityVacancies);`);
  const page = await browser.newPage();
  const { problems, warnings } = watchPage(page);
  await page.goto(`${pages.origin}/same-version.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.portletDefined !== undefined);
  assert.equal(await page.evaluate(() => window.portletDefined), true);
  const served = await servedTitles(5);
  assert.deepEqual(await titlesOf(page, 'mobility-vacancies', served.length), served);
  assert.deepEqual(await titlesOf(page, 'portlet-vacancies', 4), served.slice(0, 4));
  assert.equal(await page.evaluate(() => customElements.get('mobility-calculator')?.mobilityKitVersion), version);
  assert.deepEqual(warnings, []);
  assert.deepEqual(problems, []);
  await page.close();
});
