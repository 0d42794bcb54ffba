#!/usr/bin/env node
// Builds the static Storybook and opens every story in headless Chromium: each must render its
// elements in the state its id names (loading, empty, load-error, content, …), in the language it
// names (Dutch unless `english`), without horizontal scrolling at 320 px when it is `narrow`,
// without page or console errors, and with no axe violations. Every docs page must load without
// errors and show the attribute tables generated from the Custom Elements Manifest.
//
//   node scripts/check-storybook.mjs [--no-build] [--filter <substring of story id>]
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const staticDir = join(root, 'storybook-static');
const args = process.argv.slice(2);
const filter = args.includes('--filter') ? args[args.indexOf('--filter') + 1] ?? '' : '';
const started = Date.now();
const seconds = (from) => ((Date.now() - from) / 1000).toFixed(1);

// --- build -----------------------------------------------------------------------------------
if (!args.includes('--no-build')) {
  const buildStart = Date.now();
  const build = spawnSync('npm', ['run', '--silent', 'build-storybook'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  if (build.status !== 0) {
    process.stdout.write(build.stdout ?? '');
    process.stderr.write(build.stderr ?? '');
    console.error(`build-storybook failed (exit ${build.status})`);
    process.exit(1);
  }
  console.log(`built storybook-static in ${seconds(buildStart)} s`);
}
if (!existsSync(join(staticDir, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run npm run build-storybook');
  process.exit(1);
}

// --- static server on an ephemeral port --------------------------------------------------------
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};
const server = createServer((request, response) => {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  const file = normalize(join(staticDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
  if (!file.startsWith(staticDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// --- what each story must show ----------------------------------------------------------------
const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter((entry) => entry.id.includes(filter));
const stories = entries.filter((entry) => entry.type === 'story');
const docs = entries.filter((entry) => entry.type === 'docs');

/** What a story id promises: `elements-vacancies--load-error-english-narrow`. */
function expectationOf(id) {
  const name = id.split('--')[1] ?? '';
  const state = ['load-error', 'loading', 'empty', 'content', 'result', 'intro'].find((s) => name.startsWith(s) || name.includes(`${s}-`) || name.endsWith(s));
  return { state, locale: /(^|-)english($|-)/.test(name) ? 'en' : 'nl', narrow: /(^|-)narrow($|-)/.test(name) };
}

/**
 * Runs in the page: whether every mobility-kit element of the story (the provider aside) shows
 * `state`. Returns a list of what is wrong, empty when all is well.
 */
function inspect({ state, locale, narrow }) {
  const problems = [];
  const subjects = [...document.querySelectorAll('#storybook-root *')].filter(
    (el) => el.localName.startsWith('mobility-') && el.localName !== 'mobility-provider',
  );
  if (subjects.length === 0) return ['no mobility-kit element rendered'];
  if (document.documentElement.lang !== locale) problems.push(`<html lang> is ${document.documentElement.lang}, expected ${locale}`);
  const retryText = locale === 'en' ? 'Try again' : 'Opnieuw proberen';
  const visible = (el) => !!el && el.getClientRects().length > 0;
  for (const el of subjects) {
    const tag = el.localName;
    const shadow = el.shadowRoot;
    const $ = (selector) => shadow?.querySelector(selector) ?? null;
    const $$ = (selector) => [...(shadow?.querySelectorAll(selector) ?? [])];
    const fail = (what) => problems.push(`<${tag}> ${what}`);
    if (!shadow || shadow.childElementCount === 0) {
      fail('did not render');
      continue;
    }
    if (el.closest('[lang]')?.getAttribute('lang') !== locale) fail(`is not inside lang=${locale}`);
    const langOfRoot = $('[lang]')?.getAttribute('lang');
    if (langOfRoot && langOfRoot !== locale) fail(`renders lang=${langOfRoot}, expected ${locale}`);
    const expectRetry = (scope) => {
      const retry = (scope ?? shadow).querySelector('button[part~="retry-button"]');
      if (!visible(retry)) fail('shows no retry button in its error state');
      else if (retry.textContent.trim() !== retryText) fail(`retry button says "${retry.textContent.trim()}", expected "${retryText}"`);
    };
    if (tag === 'mobility-calculator') {
      const notice = $('[part~="notice"]')?.textContent.trim() ?? '';
      const form = $('form[part~="form"]');
      if (!visible(form)) fail('shows no form');
      const notices = {
        loading: { nl: /worden geladen/, en: /^Loading the values/ },
        'load-error': { nl: /konden niet worden geladen/, en: /could not be loaded/ },
        content: { nl: /gecontroleerd/, en: /has checked/ },
        result: { nl: /gecontroleerd/, en: /has checked/ },
      };
      if (state === 'empty') {
        if (notice !== '') fail(`shows notice "${notice}" although the organisation set no values`);
      } else if (!notices[state]?.[locale]?.test(notice)) {
        fail(`notice "${notice}" is not the ${state} notice in ${locale}`);
      }
      if (state === 'result' && !visible($('[part~="results"]'))) fail('shows no results');
      continue;
    }
    if (tag === 'mobility-career-test') {
      if (state === 'intro') {
        if (!visible($('[part~="start-button"]'))) fail('shows no start button');
        continue;
      }
      const section = $('[part~="vacancies"]');
      if (!visible($('[part~="result"]')) || !section) {
        fail('shows no result with matching vacancies');
        continue;
      }
      const busy = section.getAttribute('aria-busy') === 'true';
      const error = section.querySelector('[part~="error"]');
      const matches = section.querySelectorAll('.matches li').length;
      if (state === 'loading' && !busy) fail('vacancies are not loading');
      if (state !== 'loading' && busy) fail('vacancies are still loading');
      if (state === 'load-error') {
        if (!error) fail('shows no vacancy load error');
        else expectRetry(section);
      } else if (error) fail('shows a load error');
      if (state === 'content' && matches === 0) fail('lists no matching vacancies');
      if (state === 'empty' && (matches > 0 || busy)) fail('is not in the empty state');
      continue;
    }
    // Vacancies, stories, dashboard: one state at a time.
    const loading = $('[part~="skeleton"]');
    const error = $('[part~="error"]');
    const empty = $('[part~="empty"]');
    const content = {
      'mobility-vacancies': () => $$('[part~="card"]').length,
      'mobility-stories': () => $$('[part~="tab"]').length + $$('[part~="slide"]').length + $$('article, blockquote').length,
      'mobility-dashboard': () => $$('[part~="table"]').length,
      'mobility-hr-cases': () => $$('[part~="table"]').length + $$('[part~="form"]').length,
      // The standard table is listed below the empty state's notice: with the notice it counts as empty.
      'mobility-hr-regulations': () => ($('[part~="empty"]') ? 0 : $$('[part~="parameter"]').length),
      'mobility-hr-vacancies': () => $$('[part~="item"]').length,
      'mobility-hr-feeds': () => $$('[part~="source"]').length,
      'mobility-hr-stories': () => $$('[part~="story"], [part~="form"]').length,
    }[tag]?.() ?? 0;
    const shown = { loading: !!loading, 'load-error': !!error, empty: !!empty, content: content > 0 };
    const expected = state === 'result' || state === 'intro' ? 'content' : state;
    if (!shown[expected]) fail(`is not in the ${expected} state (shows: ${Object.keys(shown).filter((k) => shown[k]).join(', ') || 'nothing'})`);
    for (const other of Object.keys(shown)) if (other !== expected && shown[other]) fail(`also shows the ${other} state`);
    if (expected === 'load-error' && error) expectRetry(error);
  }
  if (narrow) {
    const width = document.documentElement.scrollWidth;
    if (width > window.innerWidth) problems.push(`scrolls sideways at ${window.innerWidth} px (content is ${width} px wide)`);
  }
  return problems;
}

// --- run ----------------------------------------------------------------------------------------
const browser = await launchChromium();
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const failures = [];
let passed = 0;

/** Open a page of the Storybook and collect what goes wrong on it. */
async function open(context, path, { narrow }) {
  const page = await context.newPage();
  await page.setViewport(narrow ? { width: 320, height: 640 } : { width: 1280, height: 900 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location()?.url?.endsWith('/favicon.ico')) errors.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    // Chromium asks for /favicon.ico on its own; the Storybook has an SVG icon instead.
    if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico') errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    const url = request.url();
    // Aborted requests of the fixture API are how a loading story ends; nothing else may fail.
    if (!url.startsWith('https://api.mobility-kit.invalid/')) errors.push(`request failed: ${url} (${request.failure()?.errorText})`);
  });
  await page.goto(`${origin}/${path}`, { waitUntil: 'load' });
  return { page, errors };
}

/** Storybook's own verdict on the story: rendered, or an error display (a thrown play function). */
async function storybookError(page) {
  return page.evaluate(() =>
    document.body.classList.contains('sb-show-errordisplay')
      ? (document.querySelector('#error-message')?.textContent ?? 'Storybook shows an error')
      : undefined,
  );
}

/**
 * Wait until the story (and its play function) shows what it promises; what is still wrong at the
 * deadline, or the error Storybook displays, is the verdict.
 */
async function waitForState(page, expectation, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const shownError = await storybookError(page);
    if (shownError) return [`Storybook error: ${shownError.trim().slice(0, 300)}`];
    const problems = await page.evaluate(inspect, expectation);
    if (problems.length === 0 || Date.now() > deadline) return problems;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * One page per worker, kept open: each story is rendered in it the way Storybook's own UI does it
 * (`setCurrentStory` on the preview's channel), which saves loading the preview bundle and axe
 * for every story. Storybook unmounts the previous story first.
 */
async function storyPage(context) {
  const session = await open(context, 'iframe.html?globals=a11y.manual:!true', { narrow: false });
  await session.page.waitForFunction(() => window.__STORYBOOK_ADDONS_CHANNEL__ && window.__STORYBOOK_PREVIEW__, { timeout: 30000 });
  await session.page.evaluate(axeSource);
  return session;
}

/** Render a story and resolve with Storybook's verdict once it (and its play function) finished. */
function renderStory(page, id) {
  return page.evaluate(
    (storyId) =>
      new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const outcomes = {
          storyRendered: () => undefined,
          storyErrored: (error) => `story errored: ${error?.title ?? ''} ${error?.description ?? ''}`,
          storyThrewException: (error) => `story threw: ${error?.message ?? error}`,
          playFunctionThrewException: (error) => `play function threw: ${error?.message ?? error}`,
          storyMissing: () => 'story missing',
        };
        const listeners = Object.entries(outcomes).map(([event, verdict]) => {
          const listener = (payload) => {
            // `storyRendered` carries the id of the story; the rest concern the current story.
            if (event === 'storyRendered' && payload !== storyId) return;
            for (const [name, fn] of listeners) channel.off(name, fn);
            resolve(verdict(payload));
          };
          channel.on(event, listener);
          return [event, listener];
        });
        channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }),
    id,
  );
}

async function checkStory(session, entry) {
  const expectation = expectationOf(entry.id);
  const problems = [];
  if (!expectation.state) return [`story id ${entry.id} names no known state`];
  const { page, errors } = session;
  errors.length = 0;
  await page.setViewport(expectation.narrow ? { width: 320, height: 640 } : { width: 1280, height: 900 });
  const verdict = await Promise.race([
    renderStory(page, entry.id),
    new Promise((resolve) => setTimeout(() => resolve('did not finish rendering in 20 s'), 20000)),
  ]);
  if (verdict) return [verdict, ...errors];
  const last = await waitForState(page, expectation, 8000);
  problems.push(...last);
  // Let late work (animations, tasks) settle before judging errors and accessibility.
  await new Promise((resolve) => setTimeout(resolve, 150));
  if (last.length === 0 && expectation.state === 'load-error') {
    // The retry button must work: the element loads again and, the API still failing, ends in the
    // same state. The error message on screen before the click must be replaced: the element went
    // back to loading, which is what tells the new failure from the old one.
    const clicked = await page.evaluate(() => {
      window.retryProbe = [];
      for (const el of document.querySelectorAll('#storybook-root *')) {
        const retry = el.shadowRoot?.querySelector('button[part~="retry-button"]');
        if (!retry) continue;
        window.retryProbe.push(retry.closest('[part~="error"]'));
        retry.click();
      }
      return window.retryProbe.length;
    });
    if (clicked === 0) problems.push('no retry button to click');
    const replaced = () => page.evaluate(() => window.retryProbe.every((node) => !node?.isConnected));
    const deadline = Date.now() + 12000;
    while (Date.now() < deadline && !(await replaced())) await new Promise((resolve) => setTimeout(resolve, 100));
    if (!(await replaced())) problems.push('retry did not load again');
    problems.push(...(await waitForState(page, expectation, 12000)).map((p) => `after retry: ${p}`));
  }
  const violations = await page.evaluate(async () => {
    // Storybook's accessibility addon may run axe on the same page; axe allows one run at a time.
    let result;
    for (let attempt = 0; !result; attempt++) {
      try {
        result = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
      } catch (error) {
        if (attempt > 100 || !String(error?.message).includes('already running')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    return result.violations.map((v) => `axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
  });
  problems.push(...violations);
  return [...problems, ...errors];
}

async function checkDocs(entry) {
  // A context of its own: docs pages render every story of an element, beforeEach hooks included.
  const context = await browser.createBrowserContext();
  const { page, errors } = await open(context, `iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`, { narrow: false });
  const problems = [];
  try {
    await page.waitForSelector('.docblock-argstable', { timeout: 15000 }).catch(() => problems.push('shows no attribute table'));
    const rows = await page.evaluate(() => document.querySelectorAll('.docblock-argstable tbody tr').length);
    if (rows === 0) problems.push('the attribute table is empty: is custom-elements.json read?');
    await new Promise((resolve) => setTimeout(resolve, 500));
  } finally {
    await context.close();
  }
  return [...problems, ...errors];
}

const runStart = Date.now();
try {
  // Two pages at a time: one per core of the CI machine.
  const queue = [...stories, ...docs];
  // Each worker in its own browser context: stories that keep state in localStorage (the career
  // test) must not see each other's.
  const worker = async () => {
    const context = await browser.createBrowserContext();
    let session;
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const entryStart = Date.now();
      let problems;
      try {
        if (entry.type === 'docs') {
          problems = await checkDocs(entry);
        } else {
          session ??= await storyPage(context);
          problems = await checkStory(session, entry);
        }
      } catch (error) {
        problems = [`the check itself failed: ${error?.stack ?? error}`];
        // Start the next story on a fresh page.
        await session?.page.close().catch(() => undefined);
        session = undefined;
      }
      if (problems.length === 0) {
        passed++;
        console.log(`ok   ${entry.id} (${seconds(entryStart)} s)`);
      } else {
        failures.push({ id: entry.id, problems });
        console.log(`FAIL ${entry.id}\n${problems.map((p) => `       ${p}`).join('\n')}`);
      }
    }
    await context.close();
  };
  await Promise.all(Array.from({ length: Number(process.env.STORYBOOK_CHECK_PAGES ?? 2) }, worker));
} finally {
  await browser.close();
  server.close();
}

console.log(
  `\n${passed} passed, ${failures.length} failed (${stories.length} stories, ${docs.length} docs pages) ` +
    `in ${seconds(runStart)} s of browser time, ${seconds(started)} s in all`,
);
if (stories.length === 0) {
  console.error('no stories found');
  process.exit(1);
}
process.exit(failures.length === 0 ? 0 : 1);
