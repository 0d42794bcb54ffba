// End to end: the HR workspace (examples/intranet/hr.html) from the built bundle, signed in through
// the demo OpenID Connect provider as HR of Hogeschool Utrecht, on a server whose clock the test
// sets. What HR does there reaches employees and anonymous visitors through the same API.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inShadow, launchBrowser, signInOnPage, startDemoIntranetInProcess, watchPage } from './support.mjs';

let intranet;
let baseUrl;
let browser;
let files;

before(async () => {
  intranet = await startDemoIntranetInProcess();
  baseUrl = intranet.url;
  browser = await launchBrowser();
  files = mkdtempSync(join(tmpdir(), 'mobility-hr-e2e-'));
});

after(async () => {
  await browser?.close();
  await intranet?.close();
  if (files) rmSync(files, { recursive: true, force: true });
});

/** A page in a browser context of its own, so no earlier sign-in carries over. */
async function freshPage() {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.once('close', () => void context.close().catch(() => {}));
  return page;
}

/** Open the HR workspace and sign in as `username`; resolves with the page and the API access token it received. */
async function hrWorkspace(username = 'hr@hu.example') {
  const page = await freshPage();
  const watch = watchPage(page);
  await page.goto(`${baseUrl}/hr.html`, { waitUntil: 'load' });
  const [accessToken] = await signInOnPage(page, username);
  assert.ok(accessToken, 'the page received an access token');
  return { page, watch, token: accessToken };
}

/** A request to the API, with a bearer token when given; resolves with status and parsed body. */
async function api(method, path, { token, body, headers = {} } = {}) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined && typeof body === 'string' ? {} : body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  const type = response.headers.get('content-type') ?? '';
  const parsed = type.includes('json') ? await response.json() : await response.arrayBuffer();
  return { status: response.status, body: parsed, headers: response.headers };
}

/** Run `fn(root)` in the page with `root` the shadow root of the first `tag`. */
const inElement = (page, tag, fn, ...args) =>
  page.evaluate((tag, source, ...args) => new Function('root', '...args', `return (${source})(root, ...args)`)(document.querySelector(tag).shadowRoot, ...args), tag, fn.toString(), ...args);

/** Set a form control in the element's shadow root the way typing does (an input and a change event). */
const setField = (page, tag, selector, value) =>
  inElement(
    page,
    tag,
    (root, selector, value) => {
      const field = root.querySelector(selector);
      if (!field) throw new Error(`no ${selector}`);
      field.focus();
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    },
    selector,
    value,
  );

const click = (page, tag, selector) =>
  inElement(
    page,
    tag,
    (root, selector) => {
      const target = root.querySelector(selector);
      if (!target) throw new Error(`no ${selector}`);
      target.click();
    },
    selector,
  );

/**
 * Wait until the element's shadow root has `selector` (optionally with `text` in it). On a timeout
 * the error says what the element shows instead: its status line and every message at a field.
 */
async function waitIn(page, tag, selector, text, timeout = 20_000) {
  try {
    await page.waitForFunction(
      (tag, selector, text) => {
        const found = document.querySelector(tag)?.shadowRoot?.querySelector(selector);
        return !!found && (!text || found.textContent.replace(/\s+/g, ' ').includes(text));
      },
      { timeout },
      tag,
      selector,
      text,
    );
  } catch (error) {
    const shown = await inElement(page, tag, (root) =>
      [...root.querySelectorAll('[part~="status"], [part~="field-error"], [part~="form-error"], [part~="error"]')].map((node) => node.textContent.replace(/\s+/g, ' ').trim()),
    ).catch(() => []);
    throw new Error(`${tag}: no ${selector}${text ? ` with "${text}"` : ''} within ${timeout} ms; it shows: ${JSON.stringify(shown)}`, { cause: error });
  }
}

const addDays = (date, days) => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** Whether the page's menu shows the "HR-werkplek" item. */
const hrMenuItemShown = (page) =>
  page.evaluate(() => {
    const item = document.querySelector('[data-hr-only]');
    return !!item && !item.hidden && item.getBoundingClientRect().height > 0;
  });

test('the menu shows the HR-werkplek to HR once signed in, and to nobody before', async () => {
  const page = await freshPage();
  const watch = watchPage(page);
  await page.goto(`${baseUrl}/index.html`, { waitUntil: 'load' });
  await inShadow(page, 'mobility-sign-in', '[part~="sign-in-button"]');
  assert.equal(await hrMenuItemShown(page), false, 'hidden before anyone signs in');
  await signInOnPage(page, 'hr@hu.example');
  await page.waitForFunction(() => !document.querySelector('[data-hr-only]').hidden, { timeout: 10_000 });
  assert.equal(await hrMenuItemShown(page), true);
  assert.equal(await page.evaluate(() => document.querySelector('[data-hr-only] a').getAttribute('href')), './hr.html');
  assert.deepEqual(watch.problems, []);
  await page.close();
});

/** Whether an anonymous visitor finds a vacancy with this exact title. */
async function anonymousSees(title) {
  const { status, body } = await api('GET', `/v1/vacancies?q=${encodeURIComponent(title)}&limit=50`);
  assert.equal(status, 200);
  return body.items.some((v) => v.title === title);
}

test('HR creates a vacancy for its own staff first and the public later: anonymous visitors see it only from the stage date, and not once it is closed', async () => {
  const { page, watch, token } = await hrWorkspace();
  const tag = 'mobility-hr-vacancies';
  const today = intranet.realToday();
  const stageDate = addDays(today, 10);
  const title = `Docent verpleegkunde e2e ${Date.now()}`;

  await inShadow(page, tag, '#new-vacancy');
  await click(page, tag, '#new-vacancy');
  await waitIn(page, tag, '#f-title');
  await setField(page, tag, '#f-title', title);
  await setField(page, tag, '#f-description', 'Je geeft **les** in de zorg.');
  await click(page, tag, '[part~="add-stage-button"]');
  await waitIn(page, tag, '#f-stage-0-from');
  await setField(page, tag, '#f-stage-0-from', stageDate);
  await setField(page, tag, '#f-stage-0-visibility', 'public');
  await setField(page, tag, '#f-city', 'Utrecht');
  await setField(page, tag, '#f-hoursMin', '24');
  await setField(page, tag, '#f-hoursMax', '32');
  await setField(page, tag, '#f-validThrough', addDays(today, 60));
  await waitIn(page, tag, '[part~="timeline-sentence"]', 'openbaar');
  await click(page, tag, '[part~="save-button"]');
  await waitIn(page, tag, '[part~="status"]', 'is aangemaakt');

  const listed = await api('GET', '/v1/hr/vacancies?limit=100', { token });
  assert.equal(listed.status, 200);
  const stored = listed.body.items.find((v) => v.title === title);
  assert.ok(stored, 'stored for Hogeschool Utrecht');
  assert.equal(stored.organisation.id, 'hogeschool-utrecht');
  assert.equal(stored.visibility, 'internal');
  assert.deepEqual(stored.stages, [{ visibility: 'public', from: stageDate }]);

  assert.equal(await anonymousSees(title), false, 'not public before the stage date');
  intranet.clock.today = stageDate;
  try {
    assert.equal(await anonymousSees(title), true, 'public from the stage date');

    await page.reload({ waitUntil: 'load' });
    await inShadow(page, tag, `#close-${stored.id}`);
    await click(page, tag, `#close-${stored.id}`);
    await waitIn(page, tag, '[part~="confirm-close-button"]');
    await click(page, tag, '[part~="confirm-close-button"]');
    await waitIn(page, tag, `li[data-id="${stored.id}"][data-status="closed"]`);
    assert.equal(await anonymousSees(title), false, 'gone once closed');
  } finally {
    intranet.clock.today = undefined;
  }
  assert.deepEqual(watch.problems, []);
  await page.close();
});

test('HR imports a case file: one bad row stores nothing and shows the row, the fixed file stores every row', async () => {
  const { page, watch, token } = await hrWorkspace();
  const tag = 'mobility-hr-cases';
  const header = 'id,unit,staffGroup,startDate,trigger,route,outcome,endDate,trajectoryCosts,benefitCosts';
  const stamp = Date.now().toString(36).toUpperCase();
  const ids = [1, 2, 3].map((n) => `E2E-${stamp}-${n}`);
  const rows = (route) => [
    header,
    `${ids[0]},Instituut voor Zorg,support,2025-02-03,health,outplacement,,,100,0`,
    `${ids[1]},Instituut voor Zorg,support,2025-02-03,health,${route},,,100,0`,
    `${ids[2]},Instituut voor Zorg,teaching,2025-02-28,own-wish,secondment,,,1200.00,0`,
  ];
  const badFile = join(files, 'dossiers.csv');
  const fixedFile = join(files, 'dossiers-verbeterd.csv');
  writeFileSync(badFile, rows('sabbatical').join('\n'));
  writeFileSync(fixedFile, rows('ww-bww').join('\n'));
  const stored = async () => {
    const found = [];
    for (const id of ids) if ((await api('GET', `/v1/hr/cases/${id}`, { token })).status === 200) found.push(id);
    return found;
  };

  await inShadow(page, tag, '[part~="nav-button"]');
  await inElement(page, tag, (root) => root.querySelectorAll('[part~="nav-button"]')[2].click());
  await waitIn(page, tag, '#csv-file');
  const input = await page.evaluateHandle((tag) => document.querySelector(tag).shadowRoot.querySelector('#csv-file'), tag);
  await input.uploadFile(badFile);
  await waitIn(page, tag, '[part~="row-errors"]', 'Er is niets opgeslagen');
  const errors = await inElement(page, tag, (root) =>
    [...root.querySelectorAll('[part~="error-table"] tbody tr')].map((tr) => [...tr.children].slice(0, 2).map((cell) => cell.textContent.trim())),
  );
  assert.deepEqual(errors, [['3', 'route']], 'the bad row with its line and column');
  assert.deepEqual(await stored(), [], 'nothing stored');

  await click(page, tag, '[part~="other-file-button"]');
  await waitIn(page, tag, '#csv-file');
  const again = await page.evaluateHandle((tag) => document.querySelector(tag).shadowRoot.querySelector('#csv-file'), tag);
  await again.uploadFile(fixedFile);
  await waitIn(page, tag, '[part~="import-button"]');
  assert.deepEqual(await stored(), [], 'the check stores nothing');
  await click(page, tag, '[part~="import-button"]');
  await waitIn(page, tag, '[part~="import-done"]');
  assert.deepEqual(await stored(), ids, 'every row stored');

  for (const id of ids) assert.equal((await api('DELETE', `/v1/hr/cases/${id}`, { token })).status, 200);
  // The check of the bad file is answered with its 400 listing the row errors (which Chromium also
  // logs to the console); nothing else may fail.
  const expected = [/^HTTP 400: .*\/v1\/hr\/cases\/import\?dryRun=true$/, /^console: Failed to load resource: .* 400 \(Bad Request\)$/];
  assert.deepEqual(
    watch.problems.filter((p) => !expected.some((pattern) => pattern.test(p))),
    [],
  );
  assert.equal(watch.problems.length, 2, 'exactly the one refused check');
  await page.close();
});

test('a feed source on a loopback, private or internal address is refused with the reason, and nothing is fetched', async () => {
  // A feed on this machine that counts every request: a refused source must never reach it.
  let hits = 0;
  const trap = createServer((request, response) => {
    hits += 1;
    response.writeHead(200, { 'content-type': 'application/xml' }).end('<jobs/>');
  });
  await new Promise((resolve) => trap.listen(0, '127.0.0.1', resolve));
  const { port } = trap.address();
  try {
    const { page, watch, token } = await hrWorkspace();
    const tag = 'mobility-hr-feeds';
    await inShadow(page, tag, '[part~="add-button"]');
    await click(page, tag, '[part~="add-button"]');
    await waitIn(page, tag, '#url');
    await setField(page, tag, '#name', 'Vacaturesite op deze server');
    await setField(page, tag, '#url', `http://127.0.0.1:${port}/vacatures.xml`);
    await click(page, tag, '[part~="save-button"]');
    await waitIn(page, tag, '#url-error', 'loopback');
    const sources = await api('GET', '/v1/hr/feeds', { token });
    assert.equal(sources.status, 200);
    assert.ok(!sources.body.items.some((source) => source.url.includes(String(port))), 'nothing stored');

    for (const [url, reason] of [
      ['http://localhost/vacatures.xml', /loopback/],
      ['http://10.0.0.5/vacatures.xml', /private/],
      ['http://169.254.169.254/latest/meta-data/', /link-local/],
      [`http://[::ffff:127.0.0.1]:${port}/vacatures.xml`, /loopback/],
    ]) {
      const refused = await api('POST', '/v1/hr/feeds', { token, body: { name: 'Intern adres', url, intervalMinutes: 60, enabled: true } });
      assert.equal(refused.status, 422, url);
      assert.match(refused.headers.get('content-type'), /application\/problem\+json/);
      assert.match(JSON.stringify(refused.body), reason, `${url}: the problem names the reason`);
    }
    assert.equal(hits, 0, 'the feed was never fetched');
    // The refusal shown in the form is answered with a 422 (also logged by Chromium); nothing else may fail.
    const expected = [/^HTTP 422: .*\/v1\/hr\/feeds$/, /^console: Failed to load resource: .* 422 /];
    assert.deepEqual(watch.problems.filter((p) => !expected.some((pattern) => pattern.test(p))), []);
    await page.close();
  } finally {
    await new Promise((resolve) => trap.close(resolve));
  }
});

/** The marker of every JPEG segment before the image data (0xe1 APP1 = EXIF or XMP, 0xed APP13 = IPTC, 0xfe = comment). */
function jpegMarkers(bytes) {
  assert.equal(bytes.readUInt16BE(0), 0xffd8, 'a JPEG');
  const markers = [];
  for (let offset = 2; offset < bytes.length; ) {
    assert.equal(bytes[offset], 0xff, `a marker at ${offset}`);
    const marker = bytes[offset + 1];
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    markers.push(marker);
    if (marker === 0xda) break;
    offset += 2 + bytes.readUInt16BE(offset + 2);
  }
  return markers;
}

const segment = (marker, data) => {
  const head = Buffer.alloc(4);
  head.writeUInt16BE(0xff00 | marker, 0);
  head.writeUInt16BE(data.length + 2, 2);
  return Buffer.concat([head, data]);
};

/** A phone photo as HR gets it: EXIF with the GPS position and the camera serial, an XMP packet and a comment. */
async function phonePhoto() {
  const { default: sharp } = await import('sharp');
  const jpeg = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#3a6ea5' } })
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Make: 'Fairphone', Model: 'FP5' },
      IFD2: { BodySerialNumber: 'SN-20261203' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 1234/100', GPSLongitudeRef: 'E', GPSLongitude: '5/1 7/1 0/1' },
    })
    .toBuffer();
  const xmp = Buffer.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description exif:GPSLatitude="52,5.1N" xmlns:exif="http://ns.adobe.com/exif/1.0/"/></rdf:RDF></x:xmpmeta>');
  const photo = Buffer.concat([jpeg.subarray(0, 2), segment(0xfe, Buffer.from('Gemaakt bij het makerslab')), segment(0xe1, xmp), jpeg.subarray(2)]);
  assert.deepEqual(
    [0xe1, 0xfe].filter((m) => jpegMarkers(photo).includes(m)),
    [0xe1, 0xfe],
    'the test photo carries EXIF/XMP and a comment',
  );
  return photo;
}

/** The texts of the slides of the page's carousel. */
const carouselText = (page) => page.evaluate(() => document.querySelector('mobility-stories')?.shadowRoot?.textContent.replace(/\s+/g, ' ') ?? '');

test('HR publishes a story with a photo and intranet consent: employees of its organisation see it without the photo\'s metadata, HR of another cannot touch it, and a withdrawal takes it away', async () => {
  const { page, watch, token } = await hrWorkspace();
  const tag = 'mobility-hr-stories';
  const name = `Samira e2e ${Date.now()}`;
  const photoFile = join(files, 'samira.jpg');
  writeFileSync(photoFile, await phonePhoto());

  await inShadow(page, tag, '[part~="new-button"]');
  await click(page, tag, '[part~="new-button"]');
  await waitIn(page, tag, '#displayName');
  for (const [selector, value] of [
    ['#displayName', name],
    ['#roleBefore', 'Docent'],
    ['#orgBefore', 'Hogeschool Utrecht'],
    ['#roleAfter', 'Projectleider'],
    ['#orgAfter', 'Gemeente Utrecht'],
    ['#moveType', 'secondment'],
    ['#quote', 'Het was spannend en het was goed.'],
    ['#body', 'Ik ging **op detachering** bij de gemeente.'],
    ['#ctaLabel', 'Bekijk de detacheringen'],
    ['#ctaHref', '/index.html'],
  ]) {
    await setField(page, tag, selector, value);
  }
  const input = await page.evaluateHandle((tag) => document.querySelector(tag).shadowRoot.querySelector('#photo'), tag);
  await input.uploadFile(photoFile);
  await waitIn(page, tag, '[part~="photo-preview"]');
  await setField(page, tag, '#photoAlt', 'Samira bij de 3D-printer in het makerslab');
  await click(page, tag, '[part~="save-button"]');
  await waitIn(page, tag, '[part~="status"]', 'opgeslagen');

  const listed = await api('GET', '/v1/hr/stories?limit=100', { token });
  assert.equal(listed.status, 200);
  const story = listed.body.items.find((s) => s.displayName === name);
  assert.ok(story, 'stored for Hogeschool Utrecht');
  assert.equal(story.status, 'draft');
  assert.match(story.photo.src, /\/v1\/media\//);

  // Consent for the intranet, as the person signed it, then approval.
  await click(page, tag, '[part~="record-consent-button"]');
  await waitIn(page, tag, '#consent-formReference');
  await setField(page, tag, '#consent-channel', 'intranet');
  await setField(page, tag, '#consent-expiresAt', addDays(intranet.realToday(), 365));
  await setField(page, tag, '#consent-formReference', 'DMS-2026-00042');
  await click(page, tag, '[part~="save-consent-button"]');
  await waitIn(page, tag, '[part~="status"]', 'vastgelegd');
  await click(page, tag, '[part~="approve-button"]');
  await page.waitForFunction(
    async (url, token, id) => (await (await fetch(`${url}/v1/hr/stories/${id}`, { headers: { authorization: `Bearer ${token}` } })).json()).status === 'approved',
    { timeout: 20_000 },
    baseUrl,
    token,
    story.id,
  );

  // HR of another organisation can neither see nor change it.
  const other = await hrWorkspace('hr@hva.example');
  assert.equal((await api('GET', `/v1/hr/stories/${story.id}`, { token: other.token })).status, 404);
  assert.equal((await api('PATCH', `/v1/hr/stories/${story.id}`, { token: other.token, body: { quote: 'Overgenomen' } })).status, 404);
  assert.equal((await api('POST', `/v1/hr/stories/${story.id}/consents/withdraw`, { token: other.token, body: { channel: 'intranet' } })).status, 404);
  assert.equal(((await api('GET', `/v1/hr/stories/${story.id}`, { token })).body).quote, 'Het was spannend en het was goed.');
  await other.page.close();

  // An employee of Hogeschool Utrecht sees it in the intranet's carousel.
  const employee = await freshPage();
  const employeeWatch = watchPage(employee);
  await employee.goto(`${baseUrl}/index.html`, { waitUntil: 'load' });
  await signInOnPage(employee, 'medewerker@hu.example');
  assert.equal(await hrMenuItemShown(employee), false, 'no HR-werkplek in the menu for an employee');
  await employee.waitForFunction(
    (name) => document.querySelector('mobility-stories')?.shadowRoot?.textContent.includes(name),
    { timeout: 20_000 },
    name,
  );
  const src = await employee.evaluate((name) => {
    const root = document.querySelector('mobility-stories').shadowRoot;
    const slide = [...root.querySelectorAll('[part~="slide"], article')].find((s) => s.textContent.includes(name));
    return slide?.querySelector('img')?.src;
  }, name);
  assert.ok(src, 'the slide shows the photo');
  const served = await fetch(src);
  assert.equal(served.status, 200);
  assert.equal(served.headers.get('content-type'), 'image/jpeg');
  assert.equal(served.headers.get('x-content-type-options'), 'nosniff');
  const markers = jpegMarkers(Buffer.from(await served.arrayBuffer()));
  assert.deepEqual(
    markers.filter((m) => m === 0xe1 || m === 0xed || m === 0xfe),
    [],
    'no EXIF, XMP, IPTC or comment segment in the served photo',
  );

  // The person withdraws consent: HR records it, and it is gone for the employee (intranet answers are never stored).
  await click(page, tag, '[part~="withdraw-consent-button"]');
  await waitIn(page, tag, '[part~="withdraw-consent-dialog"]', 'seconden');
  await click(page, tag, '[part~="withdraw-consent-dialog"] [value="confirm"]');
  await waitIn(page, tag, '[part~="status"]', 'ingetrokken');
  await employee.reload({ waitUntil: 'load' });
  await inShadow(employee, 'mobility-sign-in', '[part~="sign-out-button"]');
  await employee.waitForFunction(() => {
    const root = document.querySelector('mobility-stories')?.shadowRoot;
    return root && !root.querySelector('[aria-busy="true"]') && root.querySelector('[part~="slide"], [part~="empty"], [part~="error"]');
  }, { timeout: 20_000 });
  assert.ok(!(await carouselText(employee)).includes(name), 'gone from the carousel');
  assert.equal((await fetch(src)).status, 404, 'the photo is no longer served');

  assert.deepEqual(watch.problems, []);
  assert.deepEqual(employeeWatch.problems, []);
  await employee.close();
  await page.close();
});
