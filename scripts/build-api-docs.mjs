#!/usr/bin/env node
// `npm run docs:api`: renders packages/contract/openapi.json into one static page,
// docs/api/index.html, with Redocly's renderer inlined (no CDN), then opens the page in headless
// Chromium with every network request refused except the page itself, to prove it needs nothing
// from the network. Set CHROME_PATH to use another Chromium; `--no-browser-check` skips that step.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const output = join(root, 'docs/api/index.html');
mkdirSync(dirname(output), { recursive: true });

const redocly = join(root, 'node_modules/@redocly/cli/bin/cli.js');
const build = spawnSync(
  process.execPath,
  // --inlineBundle: the renderer goes into the page instead of coming from Redocly's CDN.
  // disableTelemetry: the page is read on intranets; it must not report page views to Redocly.
  [redocly, 'build-docs', 'packages/contract/openapi.json', '--inlineBundle', '--openapi.disableTelemetry=true', '--title', 'mobility-kit API', '-o', output],
  { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, REDOCLY_TELEMETRY: 'off' } },
);
if (build.status !== 0) process.exit(build.status ?? 1);

// Redoc's "API docs by Redocly" footer loads its logo from Redocly's CDN and no option turns that
// off. A reader's browser must not contact a third party for a page on an intranet, so the logo's
// address becomes an empty data URL (the image hides itself when it cannot be shown).
const html = readFileSync(output, 'utf8').replace(/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g, 'data:,');
writeFileSync(output, html);
if (/cdn\.redoc\.ly/.test(html)) {
  console.error('docs/api/index.html still names cdn.redoc.ly');
  process.exit(1);
}
if (!html.includes('"disableTelemetry":true')) {
  console.error('docs/api/index.html was rendered with Redoc telemetry switched on');
  process.exit(1);
}
// Static check first: anything the browser would fetch on load from another host.
const remote = [
  ...html.matchAll(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']((?:https?:)?\/\/[^"']+)["']/gi),
  ...html.matchAll(/@import\s+(?:url\()?["']?((?:https?:)?\/\/[^"')]+)/gi),
  ...html.matchAll(/@font-face[^}]*url\(["']?((?:https?:)?\/\/[^"')]+)/gi),
].map((m) => m[1]);
if (remote.length > 0) {
  console.error(`docs/api/index.html loads from the network:\n  ${[...new Set(remote)].join('\n  ')}`);
  process.exit(1);
}

if (!process.argv.includes('--no-browser-check')) {
  const { launchChromium } = await import('./chromium.mjs');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const pageUrl = pathToFileURL(output).href;
    const refused = [];
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url === pageUrl || url.startsWith('data:') || url.startsWith('blob:')) void request.continue();
      else {
        refused.push(url);
        void request.abort();
      }
    });
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    // networkidle0 gives the renderer time to ask for fonts, scripts or the document itself.
    await page.goto(pageUrl, { waitUntil: 'networkidle0', timeout: 60_000 });
    const text = await page.evaluate(() => document.body.innerText);
    const missing = ['mobility-kit API', '/v1/vacancies/{id}', '/v1/organisations'].filter((needle) => !text.includes(needle));
    if (missing.length > 0) errors.push(`rendered page lacks ${missing.join(', ')}`);
    if (refused.length > 0 || errors.length > 0) {
      console.error(`docs/api/index.html is not self-contained:\n  refused: ${refused.join(', ') || 'none'}\n  errors: ${errors.join(', ') || 'none'}`);
      process.exit(1);
    }
    console.log('docs/api/index.html renders offline: no network request, no script error.');
  } finally {
    await browser.close();
  }
}
