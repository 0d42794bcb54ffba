/**
 * "Nothing typed into the calculator leaves the browser": every request the page makes while a
 * full scenario is entered by keyboard and computed is recorded — through `fetch`, XHR and
 * `sendBeacon`, and independently through the browser's own resource timing — and none may carry
 * a value the employee typed, in its URL or its body. Storage is checked as well: the element
 * promises not to keep anything.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import '../src/calculator/define.js';
import type { MobilityProvider } from '../src/index.js';
import type { MobilityCalculator } from '../src/calculator/mobility-calculator.js';
import { apiUrl, shadow, watchUncaught } from './support.js';
import { cell, fillByKeyboard, scenarioTable, showsResults } from './calculator-support.js';

interface Recorded {
  readonly via: string;
  readonly url: string;
  readonly body: string;
}

/** Wraps every way a page script sends data and records what goes out. */
function recordRequests(): { requests: Recorded[]; resourceUrls: () => string[]; stop(): void } {
  const requests: Recorded[] = [];
  const bodyText = async (body: unknown): Promise<string> => {
    if (body === undefined || body === null) return '';
    if (typeof body === 'string') return body;
    if (body instanceof Blob) return body.text();
    if (body instanceof URLSearchParams) return body.toString();
    if (body instanceof FormData) return [...body.entries()].map(([k, v]) => `${k}=${String(v)}`).join('&');
    if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return new TextDecoder().decode(body as ArrayBuffer);
    return String(body);
  };
  const pending: Promise<void>[] = [];
  const originalFetch = window.fetch;
  window.fetch = function (this: unknown, resource: RequestInfo | URL, init?: RequestInit) {
    const request = resource instanceof Request ? resource : undefined;
    const url = request ? request.url : String(resource);
    pending.push(
      (async () => {
        const body = init?.body !== undefined ? await bodyText(init.body) : request ? await request.clone().text() : '';
        requests.push({ via: 'fetch', url, body });
      })(),
    );
    return originalFetch.call(window, resource, init);
  } as typeof window.fetch;
  const originalOpen = XMLHttpRequest.prototype.open;
  const originalSend = XMLHttpRequest.prototype.send;
  const urls = new WeakMap<XMLHttpRequest, string>();
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    urls.set(this, String(url));
    return (originalOpen as (...args: unknown[]) => void).call(this, method, url, ...rest);
  } as typeof XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    pending.push(bodyText(body).then((text) => void requests.push({ via: 'xhr', url: urls.get(this) ?? '', body: text })));
    return originalSend.call(this, body);
  };
  const originalBeacon = navigator.sendBeacon?.bind(navigator);
  navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
    pending.push(bodyText(data).then((text) => void requests.push({ via: 'beacon', url: String(url), body: text })));
    return originalBeacon ? originalBeacon(url, data) : false;
  };

  const observed: string[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => observed.push(entry.name)));
  observer.observe({ type: 'resource', buffered: false });
  const startedAt = performance.now();
  return {
    requests,
    resourceUrls: () => [
      ...observed,
      ...performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime >= startedAt)
        .map((entry) => entry.name),
    ],
    stop() {
      window.fetch = originalFetch;
      XMLHttpRequest.prototype.open = originalOpen;
      XMLHttpRequest.prototype.send = originalSend;
      if (originalBeacon) navigator.sendBeacon = originalBeacon;
      observer.disconnect();
      void Promise.all(pending);
    },
  };
}

/** The parts of a URL a value could be hidden in (the origin is the test server's own). */
const urlPayload = (url: string): string => {
  try {
    const parsed = new URL(url, location.href);
    return decodeURIComponent(`${parsed.pathname}${parsed.search}${parsed.hash}`);
  } catch {
    return url;
  }
};

describe('<mobility-calculator> keeps what is typed in the browser', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(() => {
    uncaught = watchUncaught();
  });
  afterEach(() => {
    uncaught.stop();
    uncaught.assertNone();
  });

  it('sends no input value in any request while a full scenario is entered and computed', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const recorder = recordRequests();
    try {
      // With a provider and an organisation, the element does talk to the API (for the parameters):
      // exactly the case where a leak could happen.
      const provider = await fixture<MobilityProvider>(html`
        <mobility-provider base-url=${apiUrl()} lang="nl">
          <mobility-calculator organisation="hogeschool-van-amsterdam"></mobility-calculator>
        </mobility-provider>
      `);
      const element = provider.querySelector('mobility-calculator') as MobilityCalculator;
      // Values chosen to be recognisable anywhere: none of them occurs in a normal URL or body.
      const typed = {
        birthDate: '1983-07-19',
        unemploymentDate: '2026-03-01',
        annualWage: '61357',
        hoursPerWeek: '37,25',
        weeksWorkedLast36: '33',
        workedYears: '17',
        hboServiceYears: '13,5',
        yearsWithEmployer: '11,75',
        jobMonthlyWage: '3917',
        jobStartMonth: '5',
        jobHoursPerWeek: '31,5',
        partTimeMonthlyAmount: '1243',
        partTimeFromMonth: '3',
        partTimeToMonth: '9',
      };
      shadow(element).querySelector<HTMLElement>('#birthDate')!.focus();
      await fillByKeyboard(element, typed);
      await sendKeys({ press: 'Enter' });
      await showsResults(element);
      expect(cell(scenarioTable(element, 'partTime'), 3, 'income')).to.equal('€ 1.243,00');
      // Give any late request (a beacon, a lazy load) the chance to go out.
      await new Promise((resolve) => setTimeout(resolve, 300));

      const needles = [
        ...Object.values(typed).filter((value) => value.length >= 3),
        '1983', '19-07', '07-19', '19/07', '07/19', '61.357', '61,357', '37.25', '3.917', '3,917', '1.243', '13.5', '11.75', '31.5',
      ];
      const outgoing = [
        ...recorder.requests.map((r) => ({ where: `${r.via} ${r.url}`, text: `${urlPayload(r.url)} ${r.body}` })),
        ...recorder.resourceUrls().map((url) => ({ where: `resource ${url}`, text: urlPayload(url) })),
      ];
      // The recorder itself works: the organisation's parameters were asked for (or at least tried).
      expect(outgoing.length, 'requests were recorded').to.be.greaterThan(0);
      for (const { where, text } of outgoing) {
        for (const needle of needles) expect(text, `${where} carries "${needle}"`).to.not.contain(needle);
      }
      const stored = [
        ...Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`),
        ...Object.keys(sessionStorage).map((k) => `${k}=${sessionStorage.getItem(k)}`),
        document.cookie,
      ].join('\n');
      for (const needle of needles) expect(stored, `storage holds "${needle}"`).to.not.contain(needle);
    } finally {
      recorder.stop();
    }
  });
});
