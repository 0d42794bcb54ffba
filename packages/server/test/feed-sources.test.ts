/**
 * Feed sources stored by HR (`/v1/hr/feeds`) over real HTTP: CRUD within the caller's own
 * organisation, the limits, "run now" with its report, the schedule, and the outbound rules — a
 * source on a loopback or private address (written, resolved or redirected to) is refused with a
 * problem naming the reason, and nothing is fetched from it.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import {
  DevTokenResponse,
  FeedRun,
  FeedRunList,
  FeedSource,
  FeedSourceList,
  maxFeedSourcesPerOrganisation,
  problemTypes,
  type FeedSourceInput,
} from '@mobility-kit/contract';
import { startServer, type RunningServer } from '../src/index.js';
import type { Resolver } from '../src/net/guarded-fetch.js';
import { maxRunsAtOnce } from '../src/feeds/sources.js';
import { expectProblem, probePostgres, scratchDatabase, type Engine, type ScratchDatabase } from './helpers.js';

const TODAY = '2025-03-10';
const OWN = 'hogeschool-utrecht';
const OTHER = 'hogeschool-van-amsterdam';
const probe = await probePostgres();

const rss = (items: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Werken bij</title><language>nl</language>${items}</channel></rss>`;
const rssItem = (id: string, title: string) =>
  `<item><guid isPermaLink="false">${id}</guid><title>${title}</title><link>https://werk.example/${id}</link><pubDate>Mon, 03 Mar 2025 08:00:00 +0100</pubDate><description>Omschrijving van ${title}.</description></item>`;
/** An item without a title: skipped with reason `missing-title`. */
const untitled = `<item><guid isPermaLink="false">zonder-titel</guid><link>https://werk.example/x</link><description>Geen titel.</description></item>`;

/** An HTTP server on loopback that records every request it gets. */
interface Host {
  readonly port: number;
  readonly hits: string[];
  readonly server: Server;
}

async function listen(handler: (path: string, response: import('node:http').ServerResponse) => void): Promise<Host> {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    hits.push(path);
    handler(path, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, hits, server };
}

const close = (host: Host | undefined) =>
  new Promise<void>((resolve) => {
    if (!host) return resolve();
    host.server.closeAllConnections();
    host.server.close(() => resolve());
  });

for (const engine of ['pglite', 'postgres'] as const satisfies readonly Engine[]) {
  if (engine === 'postgres' && !('url' in probe)) {
    test('feed sources on PostgreSQL', (t) => t.skip(`PostgreSQL not reachable: ${probe.reason}`));
    continue;
  }

  describe(`feed sources on ${engine}`, () => {
    let scratch: ScratchDatabase;
    let server: RunningServer;
    /** The internal network: must never be reached. */
    let trap: Host;
    /** The feed host an operator allowed (as `feeds.example.test:<port>`). */
    let feeds: Host;
    let feedBody = rss(rssItem('A-1', 'Docent wiskunde') + rssItem('A-2', 'Beleidsadviseur') + untitled);
    /** What the injected resolver answers; a name not in it does not resolve. */
    const dns = new Map<string, string>();
    const resolver: Resolver = async (host) => {
      const address = dns.get(host);
      if (!address) throw Object.assign(new Error(`unknown host ${host}`), { code: 'ENOTFOUND' });
      return [{ address, family: address.includes(':') ? 6 : 4 }];
    };
    const tokens: Record<string, string> = {};
    const previousAllow = process.env.MOBILITY_FETCH_ALLOW;
    const previousSourcesAllow = process.env.MOBILITY_FEED_SOURCES_FETCH_ALLOW;

    const call = (method: string, path: string, as: string, body?: unknown) =>
      fetch(`${server.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${tokens[as]}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const input = (overrides: Partial<FeedSourceInput> = {}): FeedSourceInput => ({
      name: 'Werken bij HU',
      url: `http://feeds.example.test:${feeds.port}/rss`,
      intervalMinutes: 60,
      enabled: false,
      ...overrides,
    });
    const create = async (overrides: Partial<FeedSourceInput> = {}, as = 'hr') => {
      const response = await call('POST', '/v1/hr/feeds', as, input(overrides));
      assert.equal(response.status, 201, await response.clone().text());
      return FeedSource.parse(await response.json());
    };
    const runNow = async (id: string) => {
      const response = await call('POST', `/v1/hr/feeds/${id}/run`, 'hr');
      assert.equal(response.status, 202, await response.clone().text());
      return FeedRun.parse(await response.json());
    };
    const runs = async (id: string, as = 'hr') => {
      const response = await call('GET', `/v1/hr/feeds/${id}/runs`, as);
      assert.equal(response.status, 200, await response.clone().text());
      return FeedRunList.parse(await response.json()).items;
    };
    /** Run now, wait for the end, and answer with the finished run. */
    const runToEnd = async (id: string) => {
      const started = await runNow(id);
      assert.equal(started.outcome, 'running');
      await server.app.feedSources.idle();
      const [last] = await runs(id);
      assert.equal(last?.id, started.id);
      return last!;
    };

    before(async () => {
      scratch = await scratchDatabase(engine, probe);
      trap = await listen((_path, response) => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(rssItem('secret', 'Geheim'))));
      feeds = await listen((path, response) => {
        if (path === '/rss') response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feedBody);
        else if (path === '/slow') setTimeout(() => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feedBody), 400);
        else if (path === '/to-loopback') response.writeHead(302, { location: `http://127.0.0.1:${trap.port}/feed` }).end();
        else if (path === '/to-private') response.writeHead(301, { location: `http://intern.example.test/feed` }).end();
        else response.writeHead(404).end();
      });
      dns.set('feeds.example.test', '127.0.0.1');
      dns.set('intern.example.test', '10.0.0.5');
      dns.set('rebind.example.test', '93.184.216.34');
      // The operator allows the test feed host (and nothing else) for stored sources. The allow-list of
      // the command-line imports opens the trap and a private range, which stored sources must ignore.
      process.env.MOBILITY_FEED_SOURCES_FETCH_ALLOW = `feeds.example.test:${feeds.port}`;
      process.env.MOBILITY_FETCH_ALLOW = `127.0.0.1:${trap.port},10.0.0.0/8`;
      server = await startServer({
        ...scratch.options,
        port: 0,
        seed: true,
        devAuth: true,
        today: () => TODAY,
        rateLimit: false,
        feedSources: { outbound: { resolver }, tickMs: 100 },
      });
      for (const [name, role, organisation] of [
        ['hr', 'hr', OWN],
        ['admin', 'admin', OWN],
        ['employee', 'employee', OWN],
        ['otherHr', 'hr', OTHER],
      ] as const) {
        const response = await fetch(`${server.url}/v1/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role, organisation }) });
        tokens[name] = DevTokenResponse.parse(await response.json()).token;
      }
    });

    after(async () => {
      await server?.close();
      await close(trap);
      await close(feeds);
      await scratch?.drop();
      if (previousAllow === undefined) delete process.env.MOBILITY_FETCH_ALLOW;
      else process.env.MOBILITY_FETCH_ALLOW = previousAllow;
      if (previousSourcesAllow === undefined) delete process.env.MOBILITY_FEED_SOURCES_FETCH_ALLOW;
      else process.env.MOBILITY_FEED_SOURCES_FETCH_ALLOW = previousSourcesAllow;
    });

    test('create, list, get, update and delete within the own organisation; others get 404, employees 403', async () => {
      const created = await create();
      assert.equal(created.organisation, OWN);
      assert.equal(created.createdBy, `dev-hr-${OWN}`);
      assert.equal(created.lastRun, null);
      const list = FeedSourceList.parse(await (await call('GET', '/v1/hr/feeds', 'hr')).json());
      assert.ok(list.items.some((s) => s.id === created.id));
      const otherList = FeedSourceList.parse(await (await call('GET', '/v1/hr/feeds', 'otherHr')).json());
      assert.ok(!otherList.items.some((s) => s.id === created.id), 'another organisation does not list it');

      for (const [method, path, body] of [
        ['GET', `/v1/hr/feeds/${created.id}`, undefined],
        ['PUT', `/v1/hr/feeds/${created.id}`, input({ name: 'Overgenomen' })],
        ['POST', `/v1/hr/feeds/${created.id}/run`, undefined],
        ['GET', `/v1/hr/feeds/${created.id}/runs`, undefined],
        ['DELETE', `/v1/hr/feeds/${created.id}`, undefined],
      ] as const) {
        await expectProblem(await call(method, path, 'otherHr', body), 404, problemTypes.notFound);
      }
      await expectProblem(await call('GET', '/v1/hr/feeds', 'employee'), 403, problemTypes.forbidden);
      await expectProblem(await call('POST', '/v1/hr/feeds', 'employee', input()), 403, problemTypes.forbidden);

      const updated = await call('PUT', `/v1/hr/feeds/${created.id}`, 'admin', input({ name: '  Vacatures HU  ', intervalMinutes: 1440 }));
      assert.equal(updated.status, 200);
      const after = FeedSource.parse(await updated.json());
      assert.equal(after.name, 'Vacatures HU');
      assert.equal(after.intervalMinutes, 1440);
      assert.equal(after.updatedBy, `dev-admin-${OWN}`);
      assert.equal(after.createdBy, `dev-hr-${OWN}`);

      const deleted = await call('DELETE', `/v1/hr/feeds/${created.id}`, 'admin');
      assert.deepEqual(await deleted.json(), { id: created.id, deleted: true });
      await expectProblem(await call('GET', `/v1/hr/feeds/${created.id}`, 'hr'), 404);
    });

    test('invalid input is a 400 naming the field', async () => {
      const cases: [Partial<FeedSourceInput> & Record<string, unknown>, string][] = [
        [{ url: 'ftp://feeds.example.test/x' }, 'url'],
        [{ url: 'niet een adres' }, 'url'],
        [{ url: `https://feeds.example.test/${'a'.repeat(2000)}` }, 'url'],
        [{ url: 'https://user:secret@feeds.example.test/' }, 'url'],
        [{ name: '   ' }, 'name'],
        [{ intervalMinutes: 5 }, 'intervalMinutes'],
        [{ intervalMinutes: 20_000 }, 'intervalMinutes'],
        [{ extra: true }, 'extra'],
      ];
      for (const [overrides, field] of cases) {
        const problem = await expectProblem(await call('POST', '/v1/hr/feeds', 'hr', { ...input(), ...overrides }), 400, problemTypes.invalidRequest);
        assert.ok(problem.invalidParams?.some((p) => p.path === field), `${JSON.stringify(overrides).slice(0, 80)}: ${JSON.stringify(problem.invalidParams)}`);
      }
    });

    test('a source URL on loopback, link-local or a private network is refused when stored, naming the reason, even where the imports\' allow-list opens it; nothing is fetched', async () => {
      trap.hits.length = 0;
      const refused: [string, RegExp][] = [
        [`http://127.0.0.1:${trap.port}/feed`, /address 127\.0\.0\.1 is a loopback address/],
        [`http://2130706433:${trap.port}/feed`, /loopback/],
        [`http://0177.0.0.1:${trap.port}/feed`, /loopback/],
        [`http://[::1]:${trap.port}/feed`, /loopback/],
        [`http://[::ffff:127.0.0.1]:${trap.port}/feed`, /loopback/],
        ['http://0.0.0.0/feed', /unspecified/],
        ['http://169.254.169.254/latest/meta-data/', /link-local/],
        ['http://[fd00::5]/feed', /unique-local/],
        ['http://192.168.1.10/feed', /private address/],
        [`http://intern.example.test/feed`, /the host intern\.example\.test resolves to a refused address: address 10\.0\.0\.5 is a private address/],
      ];
      const existing = await create();
      for (const [url, reason] of refused) {
        for (const [method, path] of [
          ['POST', '/v1/hr/feeds'],
          ['PUT', `/v1/hr/feeds/${existing.id}`],
        ] as const) {
          const problem = await expectProblem(await call(method, path, 'hr', input({ url })), 422, problemTypes.invalidRequest);
          assert.match(problem.detail ?? '', reason, `${method} ${url}`);
          const param = problem.invalidParams?.find((p) => p.path === 'url');
          assert.ok(param, `${url}: the problem names the url field`);
          assert.match(param.message, reason, url);
        }
      }
      assert.deepEqual(trap.hits, [], 'nothing was fetched from the internal network');
      const stored = FeedSourceList.parse(await (await call('GET', '/v1/hr/feeds', 'hr')).json()).items;
      assert.ok(!stored.some((s) => /127\.0\.0\.1|intern\.example|169\.254|0\.0\.0\.0/.test(s.url)), 'no refused URL was stored');
    });

    test('checked again at each fetch: a name that resolves to a private address later, or a redirect there, fails the run naming the reason', async () => {
      trap.hits.length = 0;
      // Stored while the name resolved to a public address; by the run it answers a private one.
      dns.set('rebind.example.test', '93.184.216.34');
      const rebind = await create({ url: `http://rebind.example.test/feed` });
      dns.set('rebind.example.test', '10.0.0.5');
      const rebound = await runToEnd(rebind.id);
      assert.equal(rebound.outcome, 'failed');
      assert.match(rebound.error ?? '', /rebind\.example\.test resolves to a refused address: address 10\.0\.0\.5 is a private address/);

      // The allowed feed host redirects into the internal network: refused at that hop.
      for (const [path, reason] of [
        ['/to-loopback', /address 127\.0\.0\.1 is a loopback address/],
        ['/to-private', /intern\.example\.test resolves to a refused address: address 10\.0\.0\.5 is a private address/],
      ] as const) {
        const source = await create({ url: `http://feeds.example.test:${feeds.port}${path}` });
        const run = await runToEnd(source.id);
        assert.equal(run.outcome, 'failed', path);
        assert.match(run.error ?? '', reason, path);
        assert.equal(run.created, 0);
        // The source's own view shows the same last run.
        const view = FeedSource.parse(await (await call('GET', `/v1/hr/feeds/${source.id}`, 'hr')).json());
        assert.equal(view.lastRun?.id, run.id);
        assert.equal(view.lastRun?.outcome, 'failed');
      }
      assert.ok(feeds.hits.includes('/to-loopback') && feeds.hits.includes('/to-private'), 'the first hop was fetched (the check can pass)');
      assert.deepEqual(trap.hits, [], 'nothing was fetched from the internal network');
    });

    test('run now: created, updated, closed and skipped items with their reasons; newest run first; one run at a time', async () => {
      feedBody = rss(rssItem('A-1', 'Docent wiskunde') + rssItem('A-2', 'Beleidsadviseur') + untitled);
      const source = await create({ name: 'HU rss' });
      const first = await runToEnd(source.id);
      assert.equal(first.outcome, 'succeeded', first.error ?? '');
      assert.equal(first.trigger, 'manual');
      assert.deepEqual([first.items, first.created, first.updated, first.closed, first.skipped], [3, 2, 0, 0, 1]);
      assert.equal(first.skips[0]?.reason, 'missing-title');
      assert.ok(first.finishedAt);

      const listed = await fetch(`${server.url}/v1/vacancies?organisation=${OWN}&q=Beleidsadviseur&limit=100`);
      assert.ok(((await listed.json()) as { items: { title: string }[] }).items.some((v) => v.title === 'Beleidsadviseur'), 'the imported vacancy is listed');

      feedBody = rss(rssItem('A-1', 'Docent wiskunde en statistiek'));
      const second = await runToEnd(source.id);
      assert.equal(second.outcome, 'succeeded', second.error ?? '');
      assert.deepEqual([second.created, second.updated, second.closed, second.skipped], [0, 1, 1, 0]);
      assert.deepEqual((await runs(source.id)).map((r) => r.id), [second.id, first.id], 'newest first');
      await expectProblem(await call('GET', `/v1/hr/feeds/${source.id}/runs?limit=101`, 'hr'), 400);

      // A slow feed: a second "run now" and a delete while it runs are 409s.
      const slow = await create({ name: 'Traag', url: `http://feeds.example.test:${feeds.port}/slow` });
      await runNow(slow.id);
      await expectProblem(await call('POST', `/v1/hr/feeds/${slow.id}/run`, 'hr'), 409, problemTypes.conflict);
      await expectProblem(await call('DELETE', `/v1/hr/feeds/${slow.id}`, 'hr'), 409, problemTypes.conflict);
      await server.app.feedSources.idle();
      const [done] = await runs(slow.id);
      assert.equal(done?.outcome, 'succeeded', done?.error ?? '');
      assert.equal((await call('DELETE', `/v1/hr/feeds/${slow.id}`, 'hr')).status, 200);
    });

    test(`at most ${maxRunsAtOnce} runs at once: "run now" past it is a 503 with Retry-After, and works again when they end`, async () => {
      const sources = [];
      for (let i = 0; i <= maxRunsAtOnce; i++) sources.push(await create({ name: `Traag ${i}`, url: `http://feeds.example.test:${feeds.port}/slow` }));
      for (const source of sources.slice(0, maxRunsAtOnce)) await runNow(source.id);
      const busy = await call('POST', `/v1/hr/feeds/${sources[maxRunsAtOnce]!.id}/run`, 'hr');
      await expectProblem(busy, 503, problemTypes.unavailable);
      assert.equal(busy.headers.get('retry-after'), '30');
      assert.deepEqual(await runs(sources[maxRunsAtOnce]!.id), [], 'no run was started');
      await server.app.feedSources.idle();
      await runToEnd(sources[maxRunsAtOnce]!.id);
      for (const source of sources) assert.equal((await call('DELETE', `/v1/hr/feeds/${source.id}`, 'hr')).status, 200);
    });

    test('only the newest 100 runs of a source are kept', async () => {
      feedBody = rss(rssItem('B-1', 'Controller'));
      const source = await create({ name: 'Veel runs' });
      const db = server.app.mobility.database.db;
      await sql`insert into feed_source_runs (id, source_id, organisation_id, trigger, outcome, started_at, finished_at)
        select gen_random_uuid()::text, ${source.id}, ${OWN}, 'scheduled', 'succeeded', now() - make_interval(hours => n), now() - make_interval(hours => n)
        from generate_series(1, 120) as n`.execute(db);
      const latest = await runToEnd(source.id);
      const all = await sql<{ count: string | number }>`select count(*) as count from feed_source_runs where source_id = ${source.id}`.execute(db);
      assert.equal(Number(all.rows[0]!.count), 100);
      const page = await runs(source.id);
      assert.equal(page.length, 20);
      assert.equal(page[0]!.id, latest.id);
    });

    test('at most 20 sources per organisation: the 21st is a 409', async () => {
      const existing = FeedSourceList.parse(await (await call('GET', '/v1/hr/feeds', 'otherHr')).json()).items.length;
      for (let i = existing; i < maxFeedSourcesPerOrganisation; i++) await create({ name: `Bron ${i}` }, 'otherHr');
      const problem = await expectProblem(await call('POST', '/v1/hr/feeds', 'otherHr', input({ name: 'Eén te veel' })), 409, problemTypes.conflict);
      assert.match(problem.detail ?? '', /20 feed sources/);
      assert.equal(FeedSourceList.parse(await (await call('GET', '/v1/hr/feeds', 'otherHr')).json()).items.length, maxFeedSourcesPerOrganisation);
    });

    test('the scheduler runs enabled sources from the stored list', async () => {
      feedBody = rss(rssItem('C-1', 'Roostermaker'));
      const source = await create({ name: 'Gepland', enabled: true, intervalMinutes: 60 });
      const deadline = Date.now() + 10_000;
      let scheduled: FeedRun | undefined;
      while (!scheduled && Date.now() < deadline) {
        scheduled = (await runs(source.id)).find((r) => r.trigger === 'scheduled' && r.outcome !== 'running');
        if (!scheduled) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.ok(scheduled, 'a scheduled run happened');
      assert.equal(scheduled.outcome, 'succeeded', scheduled.error ?? '');
      // Not again within its interval.
      await new Promise((resolve) => setTimeout(resolve, 400));
      assert.equal((await runs(source.id)).length, 1);
      await call('PUT', `/v1/hr/feeds/${source.id}`, 'hr', input({ name: 'Gepland', enabled: false }));
    });
  });
}
