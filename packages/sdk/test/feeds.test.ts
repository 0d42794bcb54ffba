/**
 * `client.feeds` against the real reference server over HTTP: the stored feed sources of the
 * caller's organisation, a run and its report, and the refusal of a URL on the server's own network.
 */
import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { DevTokenResponse, type FeedRun } from '@mobility-kit/contract';
import { startServer, type RunningServer } from '@mobility-kit/server';
import { createMobilityClient, MobilityHttpError, MobilityValidationError, type MobilityClient } from '../src/index.js';

const OWN = 'hogeschool-utrecht';
const OTHER = 'hogeschool-van-amsterdam';
const feed = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Werken bij</title><language>nl</language>
<item><guid isPermaLink="false">SDK-1</guid><title>Medewerker servicedesk</title><link>https://werk.example/SDK-1</link><pubDate>Mon, 03 Mar 2025 08:00:00 +0100</pubDate><description>Omschrijving.</description></item>
<item><guid isPermaLink="false">SDK-2</guid><link>https://werk.example/SDK-2</link><description>Zonder titel.</description></item>
</channel></rss>`;

let server: RunningServer;
let feedHost: Server;
let feedPort: number;
let trap: Server;
let trapPort: number;
const trapHits: string[] = [];
let hr: MobilityClient;
let otherHr: MobilityClient;
const previousAllow = process.env.MOBILITY_FEED_SOURCES_FETCH_ALLOW;

async function devToken(role: string, organisation: string): Promise<string> {
  const response = await fetch(`${server.url}/v1/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role, organisation }) });
  return DevTokenResponse.parse(await response.json()).token;
}

const listen = async (handler: Parameters<typeof createServer>[1]) => {
  const s = createServer(handler);
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return [s, (s.address() as AddressInfo).port] as const;
};
const stop = (s: Server | undefined) => new Promise<void>((resolve) => (s ? (s.closeAllConnections(), s.close(() => resolve())) : resolve()));

before(async () => {
  [feedHost, feedPort] = await listen((_request, response) => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed));
  [trap, trapPort] = await listen((request, response) => {
    trapHits.push(request.url ?? '/');
    response.writeHead(200).end();
  });
  // The operator allows the test feed host only, as the server's feed tests do.
  process.env.MOBILITY_FEED_SOURCES_FETCH_ALLOW = `localhost:${feedPort}`;
  server = await startServer({ port: 0, dataDir: 'memory://', seed: true, devAuth: true, rateLimit: false, feedSources: { tickMs: 0 } });
  const as = async (role: string, organisation: string) => {
    const token = await devToken(role, organisation);
    return createMobilityClient({ baseUrl: server.url, getToken: () => token });
  };
  [hr, otherHr] = await Promise.all([as('hr', OWN), as('hr', OTHER)]);
});
after(async () => {
  await server?.close();
  await stop(feedHost);
  await stop(trap);
  if (previousAllow === undefined) delete process.env.MOBILITY_FEED_SOURCES_FETCH_ALLOW;
  else process.env.MOBILITY_FEED_SOURCES_FETCH_ALLOW = previousAllow;
});

describe('client.feeds', () => {
  test('create, list, get, update, run with its report, delete', async () => {
    const created = await hr.feeds.create({ name: 'Werken bij', url: `http://localhost:${feedPort}/rss`, intervalMinutes: 60, enabled: false });
    assert.equal(created.organisation, OWN);
    assert.ok((await hr.feeds.list()).some((s) => s.id === created.id));
    assert.ok(!(await otherHr.feeds.list()).some((s) => s.id === created.id));
    await assert.rejects(otherHr.feeds.get(created.id), (error: unknown) => error instanceof MobilityHttpError && error.status === 404);

    const updated = await hr.feeds.update(created.id, { name: 'Werken bij HU', url: created.url, intervalMinutes: 1440, enabled: false });
    assert.equal(updated.name, 'Werken bij HU');

    const started = await hr.feeds.run(created.id);
    assert.equal(started.outcome, 'running');
    let run: FeedRun | undefined;
    for (let i = 0; i < 100 && (!run || run.outcome === 'running'); i++) {
      [run] = await hr.feeds.runs(created.id, { limit: 1 });
      if (run?.outcome === 'running') await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal(run?.id, started.id);
    assert.equal(run?.outcome, 'succeeded', run?.error ?? '');
    assert.deepEqual([run?.created, run?.skipped, run?.skips[0]?.reason], [1, 1, 'missing-title']);
    assert.equal((await hr.feeds.get(created.id)).lastRun?.id, started.id);

    assert.deepEqual(await hr.feeds.delete(created.id), { id: created.id, deleted: true });
    await assert.rejects(hr.feeds.get(created.id), (error: unknown) => error instanceof MobilityHttpError && error.status === 404);
  });

  test('a URL on the server’s own network: a 422 naming the url field and the reason; nothing fetched', async () => {
    await assert.rejects(
      hr.feeds.create({ name: 'Intern', url: `http://127.0.0.1:${trapPort}/feed`, intervalMinutes: 60, enabled: true }),
      (error: unknown) =>
        error instanceof MobilityHttpError &&
        error.status === 422 &&
        error.problem.invalidParams?.some((p) => p.path === 'url' && /127\.0\.0\.1 is a loopback address/.test(p.message)) === true,
    );
    assert.deepEqual(trapHits, []);
  });

  test('input the contract refuses is refused before sending', async () => {
    await assert.rejects(hr.feeds.create({ name: 'Te vaak', url: 'https://werkenbij.example.nl/rss', intervalMinutes: 1, enabled: true }), MobilityValidationError);
  });
});
