// Part of `npm run bench`: the time <mobility-calculator> takes from "Bereken" to a rendered
// timeline, as a ratio to a plain DOM table of the same rows built in the same page.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';

const page = (bundleUrl) => `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<script type="module" src="${bundleUrl}"></script></head>
<body><mobility-calculator></mobility-calculator><div id="baseline"></div></body></html>`;

/** A long career: WW, reparatie-uitkering and ASU give a timeline of well over 60 months. */
const fields = {
  birthDate: '1975-06-01',
  unemploymentDate: '2026-03-01',
  annualWage: '72000',
  hoursPerWeek: '38',
  weeksWorkedLast36: '36',
  workedYears: '26',
  hboServiceYears: '22',
  yearsWithEmployer: '15',
};

export async function measureCalculatorRender({ bundlePath, rounds = 12 }) {
  const bundle = readFileSync(bundlePath);
  const server = createServer((req, res) => {
    if (req.url === '/bundle.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    } else {
      res.writeHead(200, { 'content-type': 'text/html' }).end(page('/bundle.js'));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
    await tab.waitForFunction(() => document.querySelector('mobility-calculator')?.shadowRoot?.querySelector('[part~="form"]'));
    return await tab.evaluate(
      async (values, rounds) => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
        const element = [];
        const baseline = [];
        let rows = 0;
        for (let r = 0; r < rounds; r++) {
          // A fresh element each round, filled in, then timed from "Bereken" to a painted timeline.
          document.querySelector('mobility-calculator')?.remove();
          const host = document.createElement('mobility-calculator');
          document.body.prepend(host);
          await host.updateComplete;
          const root = host.shadowRoot;
          for (const [id, value] of Object.entries(values)) {
            const field = root.getElementById(id);
            field.value = value;
            field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
            field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
          }
          await host.updateComplete;
          await frame();
          const rowCount = () => root.querySelectorAll('[part~="table"] tbody tr').length;
          const start = performance.now();
          root.querySelector('[part~="compute-button"]').click();
          await host.updateComplete;
          while (rowCount() === 0) await frame();
          await frame();
          element.push(performance.now() - start);
          rows = rowCount();
          // The baseline: a plain table with as many rows and 9 cells each, built and painted.
          const target = document.getElementById('baseline');
          const t0 = performance.now();
          const table = document.createElement('table');
          const body = table.createTBody();
          for (let i = 0; i < rows; i++) {
            const tr = body.insertRow();
            for (let c = 0; c < 9; c++) tr.insertCell().textContent = `€ ${(i * 31.7 + c).toFixed(2)}`;
          }
          target.replaceChildren(table);
          await frame();
          baseline.push(performance.now() - t0);
          target.replaceChildren();
        }
        return { elementMs: median(element), baselineMs: median(baseline), rows };
      },
      fields,
      rounds,
    );
  } finally {
    await browser.close();
    server.close();
  }
}
