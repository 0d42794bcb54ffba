/**
 * No request made by `<mobility-career-test>` may carry an answer, a score or the profile code.
 * Every request is recorded three ways while the test is taken and the result shown: by wrapping
 * `fetch`, by a `PerformanceObserver` for resource entries (which also sees requests that do not go
 * through `fetch`), and on the server side, by the test server's recording proxy in front of the
 * reference API (`/recorded/<id>/…`, see web-test-runner.config.mjs).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defaultInstrument, scoreInstrument } from '@mobility-kit/rules';
import '../src/define.js';
import type { MobilityCareerTest } from '../src/index.js';
import { devToken, part, uniqueId, watchUncaught } from './support.js';
import { allAnswers, answerAllByClicks, clearCareerStorage, clickPart, storiesSettled, tiedProfile, vacanciesSettled } from './career-test-support.js';

interface ClientRequest {
  method: string;
  url: string;
  body: string | null;
}
interface ServerRequest extends ClientRequest {
  headers: Record<string, string>;
}

/** Record every request of the page from now on; `stop()` restores `fetch` and returns what was seen. */
function recordNetwork() {
  const requests: ClientRequest[] = [];
  const pending: Promise<void>[] = [];
  const resources: string[] = [];
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    // A copy to read: building a Request from the caller's Request would use up its body.
    const request = input instanceof Request ? input.clone() : new Request(input, init);
    pending.push(
      (request.body ? request.clone().text() : Promise.resolve(null)).then((body) => {
        requests.push({ method: request.method, url: request.url, body });
      }),
    );
    return original(input, init);
  };
  performance.setResourceTimingBufferSize(10000);
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) resources.push(entry.name);
  });
  observer.observe({ type: 'resource', buffered: false });
  const recorder = {
    async stop() {
      active = undefined;
      window.fetch = original;
      // Entries of the last requests may still be queued for the observer.
      for (const entry of observer.takeRecords()) resources.push(entry.name);
      observer.disconnect();
      await Promise.all(pending);
      return { requests, resources };
    },
  };
  active = recorder;
  return recorder;
}

/** The recorder of the running test, stopped after it even when the test fails half-way. */
let active: { stop(): Promise<unknown> } | undefined;

async function serverLog(id: string): Promise<ServerRequest[]> {
  return (await fetch(`/recorded/log/${id}`)).json();
}

async function completedCount(): Promise<number> {
  const rows: { type: string; count: number }[] = await (await fetch('/recorded/event-counts')).json();
  return rows.filter((row) => row.type === 'career-test-completed').reduce((sum, row) => sum + row.count, 0);
}

const result = scoreInstrument(defaultInstrument, { items: allAnswers(tiedProfile), valueOrder: defaultInstrument.workValues!.values.map((v) => v.id) });

/**
 * Everything that would give away answers, scores or the code: item ids (`s01`), the code and its
 * letters in order, every score as a number next to a type, and words that name them.
 */
function leaks(text: string): string[] {
  const found: string[] = [];
  const item = /\b[riasec]\d{2}\b/i.exec(text);
  if (item) found.push(`item id ${item[0]}`);
  for (const needle of [result.code.text, encodeURIComponent(result.code.text), 'SAIE', 'SAEI', 'SA(', 'answers', 'score', 'riasec', 'interests', 'profile', 'valueOrder', 'independence']) {
    if (text.toLowerCase().includes(needle.toLowerCase())) found.push(needle);
  }
  return found;
}

/** Run the whole test by clicks against the recording proxy; return the three recordings. */
async function takeTest(reportCompletion: boolean) {
  const id = uniqueId();
  const network = recordNetwork();
  const element = await fixture<MobilityCareerTest>(
    html`<mobility-career-test base-url=${`/recorded/${id}`} ?report-completion=${reportCompletion}></mobility-career-test>`,
  );
  await answerAllByClicks(element, tiedProfile);
  await clickPart(element, 'done-button');
  await vacanciesSettled(element);
  await storiesSettled(element);
  expect(part(element, 'code')?.querySelector('.code-text')?.textContent).to.equal(result.code.text);
  // The completion count is sent after the result is shown; give it time to arrive, then a little more
  // to catch a duplicate.
  if (reportCompletion) await waitUntil(async () => (await serverLog(id)).some((r) => r.method === 'POST'), 'the event arrives', { timeout: 5000 });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const { requests, resources } = await network.stop();
  return { element, id, requests, resources, server: await serverLog(id) };
}

describe('<mobility-career-test> sends no answers, scores or code', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(() => {
    clearCareerStorage();
    uncaught = watchUncaught();
  });
  afterEach(async () => {
    await active?.stop();
    uncaught.stop();
    uncaught.assertNone();
    clearCareerStorage();
  });

  it('with report-completion: one vacancy and one stories fetch without the profile and exactly one POST {"type":"career-test-completed"}', async function () {
    this.timeout(60000);
    const before = await completedCount();
    const { requests, resources, server, id } = await takeTest(true);

    // Server side: exactly what arrived at the API. The two fetches run side by side, so their order is not fixed.
    expect(server.map((r) => `${r.method} ${r.url}`).sort()).to.deep.equal([
      'GET /v1/stories?channel=public&limit=50',
      'GET /v1/vacancies?limit=100',
      'POST /v1/events',
    ]);
    const post = server.find((r) => r.method === 'POST')!;
    expect(post.body).to.equal('{"type":"career-test-completed"}');
    for (const r of server) {
      expect(leaks(r.url), `server URL ${r.url}`).to.deep.equal([]);
      expect(leaks(r.body ?? ''), `server body of ${r.url}`).to.deep.equal([]);
      expect(leaks(JSON.stringify(r.headers)), `server headers of ${r.url}`).to.deep.equal([]);
    }
    expect(await completedCount(), 'the server counted one completion').to.equal(before + 1);

    // Client side: the wrapped fetch saw the same three requests (and the test's own log reads, before the wrap was undone, none).
    const mine = requests.filter((r) => r.url.includes(`/recorded/${id}/`));
    expect(mine.map((r) => `${r.method} ${new URL(r.url).pathname}${new URL(r.url).search}`).sort()).to.deep.equal([
      `GET /recorded/${id}/v1/stories?channel=public&limit=50`,
      `GET /recorded/${id}/v1/vacancies?limit=100`,
      `POST /recorded/${id}/v1/events`,
    ]);
    for (const r of requests) {
      expect(leaks(r.url), r.url).to.deep.equal([]);
      expect(leaks(r.body ?? ''), `body of ${r.url}`).to.deep.equal([]);
    }
    // Every resource the page loaded meanwhile, whatever started it.
    expect(resources.length, 'the observer saw the requests').to.be.greaterThan(0);
    for (const name of resources) expect(leaks(name), name).to.deep.equal([]);
    expect(resources.filter((name) => name.includes('/v1/')).map((name) => new URL(name).pathname).sort()).to.deep.equal([
      `/recorded/${id}/v1/events`,
      `/recorded/${id}/v1/stories`,
      `/recorded/${id}/v1/vacancies`,
    ]);
  });

  it('signed in through a provider: the completion count travels without the token, the vacancy fetch with it', async function () {
    this.timeout(60000);
    const id = uniqueId();
    const token = await devToken('hogeschool-utrecht');
    const wrapper = await fixture<HTMLElement>(
      html`<mobility-provider base-url=${`/recorded/${id}`} .token=${token}><mobility-career-test report-completion></mobility-career-test></mobility-provider>`,
    );
    const element = wrapper.querySelector<MobilityCareerTest>('mobility-career-test')!;
    await answerAllByClicks(element, tiedProfile);
    await clickPart(element, 'done-button');
    await vacanciesSettled(element);
    await waitUntil(async () => (await serverLog(id)).some((r) => r.method === 'POST'), 'the event arrives', { timeout: 5000 });
    const log = await serverLog(id);
    const vacancyFetch = log.find((r) => r.url.startsWith('/v1/vacancies'));
    expect(vacancyFetch?.headers.authorization, 'signed-in routes carry the token').to.equal(`Bearer ${token}`);
    const event = log.find((r) => r.method === 'POST' && r.url === '/v1/events');
    expect(event?.body).to.equal('{"type":"career-test-completed"}');
    expect(event?.headers.authorization, 'the anonymous count carries no token').to.equal(undefined);
  });

  it('without report-completion: no event at all, only the vacancy and stories fetches', async function () {
    this.timeout(60000);
    const before = await completedCount();
    const { requests, resources, server } = await takeTest(false);
    expect(server.map((r) => `${r.method} ${r.url}`).sort()).to.deep.equal(['GET /v1/stories?channel=public&limit=50', 'GET /v1/vacancies?limit=100']);
    expect(requests.filter((r) => r.method !== 'GET')).to.deep.equal([]);
    expect(resources.filter((name) => name.includes('/v1/events'))).to.deep.equal([]);
    expect(await completedCount()).to.equal(before);
  });

  it('with vacancy-kind and stories-channel, the fetches are filtered by kind and channel only', async () => {
    const id = uniqueId();
    localStorage.setItem(
      'mobility-kit/career-test@1:mobility-kit-riasec@1.0.0',
      JSON.stringify({ savedAt: Date.now(), items: allAnswers(tiedProfile), valueOrder: [], valuesSkipped: true, step: { view: 'result' } }),
    );
    const element = await fixture<MobilityCareerTest>(
      html`<mobility-career-test base-url=${`/recorded/${id}`} vacancy-kind="assignment" stories-channel="intranet" report-completion></mobility-career-test>`,
    );
    await clickPart(element, 'start-button');
    await vacanciesSettled(element);
    await storiesSettled(element);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Resuming a finished test shows the result again but is no new completion: no event.
    const log = await serverLog(id);
    const paths = log.map((r) => `${r.method} ${new URL(r.url, 'http://x').pathname}`);
    expect(paths.sort()).to.deep.equal(['GET /v1/stories', 'GET /v1/vacancies']);
    const queryOf = (path: string) => [...new URL(log.find((r) => r.url.startsWith(path))!.url, 'http://x').searchParams.entries()].sort();
    expect(queryOf('/v1/vacancies')).to.deep.equal([
      ['kind', 'assignment'],
      ['limit', '100'],
    ]);
    expect(queryOf('/v1/stories')).to.deep.equal([
      ['channel', 'intranet'],
      ['limit', '50'],
    ]);
    for (const r of log) {
      expect(leaks(r.url), r.url).to.deep.equal([]);
      expect(leaks(JSON.stringify(r.headers)), `headers of ${r.url}`).to.deep.equal([]);
    }
    // Without a token the intranet channel answers 401, which the stories section ignores.
    expect(part(element, 'stories')!.querySelector('[part~="error"], [role="alert"]')).to.equal(null);
  });

  it('a failing event endpoint is ignored: no error shown, no retry', async () => {
    localStorage.setItem(
      'mobility-kit/career-test@1:mobility-kit-riasec@1.0.0',
      JSON.stringify({ savedAt: Date.now(), items: allAnswers(tiedProfile), valueOrder: [], valuesSkipped: false, step: { view: 'values' } }),
    );
    const id = uniqueId();
    // The broken API answers every request, the event included, with a 500.
    const element = await fixture<MobilityCareerTest>(html`<mobility-career-test base-url=${`/broken/server-error/${id}`} report-completion></mobility-career-test>`);
    await clickPart(element, 'start-button');
    await clickPart(element, 'skip-button');
    await vacanciesSettled(element);
    await storiesSettled(element);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const stats: { hits: number } = await (await fetch(`/broken/stats/${id}`)).json();
    expect(stats.hits, 'one vacancy request, one stories request and one event, nothing repeated').to.equal(3);
    expect(part(element, 'stories')!.querySelector('[part~="error"], [role="alert"]'), 'a failing stories request shows no error').to.equal(null);
    expect(part(element, 'code')?.querySelector('.code-text')?.textContent).to.equal(result.code.text);
    expect(part(element, 'vacancies')?.textContent).to.contain('Er ging iets mis op de server');
  });
});
