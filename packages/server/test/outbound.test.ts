import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { ImportReport } from '@mobility-kit/contract';
import { startServer, type RunningServer } from '../src/index.js';
import { runImport, type ImportOptions } from '../src/feeds/importer.js';
import { checkDestination, parseAllowList, policyFromEnv, type OutboundPolicy, type Resolver } from '../src/net/guarded-fetch.js';
import type { Db } from '../src/db/schema.js';

const TODAY = '2025-03-10';
const feedBody = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Intern</title><language>nl</language>
<item><guid isPermaLink="false">geheim-1</guid><title>Interne beheerpagina</title><link>https://werk.example/geheim-1</link><pubDate>Mon, 03 Mar 2025 08:00:00 +0100</pubDate><description>Alleen voor het interne netwerk.</description></item>
</channel></rss>`;

/** A resolver with fixed answers; anything else is unknown (and counted). */
function fixedResolver(answers: Record<string, string[]>): Resolver & { calls: string[] } {
  const calls: string[] = [];
  const resolver = async (hostname: string) => {
    calls.push(hostname);
    const addresses = answers[hostname];
    if (!addresses) throw Object.assign(new Error(`unknown host ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: (address.includes(':') ? 6 : 4) as 4 | 6 }));
  };
  return Object.assign(resolver, { calls });
}

describe('outbound fetches: the feed importer cannot reach the server’s own network', () => {
  let internal: Server;
  let port: number;
  let server: RunningServer;
  let db: Db;
  const hits: string[] = [];

  before(async () => {
    internal = createServer((request, response) => {
      hits.push(request.url ?? '/');
      if (request.url === '/redirect-loopback') {
        response.writeHead(302, { location: `http://2130706433:${port}/feed` }).end();
      } else if (request.url === '/redirect-ipv6') {
        response.writeHead(301, { location: `http://[::1]:${port}/feed` }).end();
      } else {
        response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feedBody);
      }
    });
    await new Promise<void>((resolve) => internal.listen(0, '127.0.0.1', resolve));
    port = (internal.address() as AddressInfo).port;
    server = await startServer({ dataDir: 'memory://', port: 0, seed: true, devAuth: true, today: () => TODAY, rateLimit: false });
    db = server.app.mobility.database.db;
  });

  after(async () => {
    await server?.close();
    internal?.closeAllConnections();
    await new Promise<void>((resolve) => (internal ? internal.close(() => resolve()) : resolve()));
  });

  /**
   * The policy of a server whose only extra is that the fixture's port counts as a web port, so
   * that the address rules (not the port rule) are what must refuse.
   */
  const withFixturePort = (overrides: Partial<OutboundPolicy> = {}): OutboundPolicy =>
    policyFromEnv({}, { ports: new Set([80, 443, port]), ...overrides });

  const importFrom = (source: string, extra: Partial<ImportOptions> = {}) =>
    runImport(db, { feed: `ssrf-${hits.length}-${Math.random().toString(36).slice(2)}`, organisation: 'hogeschool-utrecht', today: TODAY, source, ...extra }).then((r) =>
      ImportReport.parse(r),
    );

  test('loopback in every notation is refused before anything is sent', async () => {
    const notations = ['127.0.0.1', '[::1]', '2130706433', '0x7f.1', '0177.0.0.1', '127.1', '[::ffff:127.0.0.1]', '0x7f000001', 'localhost'];
    for (const notation of notations) {
      hits.length = 0;
      const report = await importFrom(`http://${notation}:${port}/feed`, { outbound: withFixturePort() });
      assert.equal(report.status, 'failed', notation);
      assert.match(report.error ?? '', /is a loopback address/, notation);
      assert.equal(report.created, 0, notation);
      assert.deepEqual(hits, [], `${notation}: nothing was fetched`);
    }
  });

  test('a name that resolves to a private address is refused, even when another of its addresses is public', async () => {
    const resolver = fixedResolver({ 'intranet.example.test': ['93.184.216.34', '10.1.2.3'], 'meta.example.test': ['169.254.169.254'] });
    const mixed = await importFrom(`http://intranet.example.test:${port}/feed`, { outbound: withFixturePort({ resolver }) });
    assert.equal(mixed.status, 'failed');
    assert.match(mixed.error ?? '', /address 10\.1\.2\.3 is a private address/);
    const metadata = await importFrom('http://meta.example.test/latest/meta-data/', { outbound: withFixturePort({ resolver }) });
    assert.match(metadata.error ?? '', /address 169\.254\.169\.254 is a link-local address/);
    assert.deepEqual(hits, []);
  });

  test('a public-looking URL that redirects to loopback: the redirect is refused at its hop', async () => {
    for (const path of ['/redirect-loopback', '/redirect-ipv6']) {
      hits.length = 0;
      const resolver = fixedResolver({ 'feeds.example.test': ['127.0.0.1'] });
      // The first host is allowed (as an institution would allow its own feed host); the redirect target is not.
      const policy = policyFromEnv({ MOBILITY_FETCH_ALLOW: `feeds.example.test:${port}` }, { resolver, ports: new Set([80, 443, port]) });
      const report = await importFrom(`http://feeds.example.test:${port}${path}`, { outbound: policy });
      assert.equal(report.status, 'failed', path);
      assert.match(report.error ?? '', /is a loopback address/, path);
      assert.deepEqual(hits, [path], `${path}: only the first hop was fetched`);
      assert.equal(report.created, 0);
    }
  });

  test('ports other than 80 and 443 are refused unless allowed', async () => {
    hits.length = 0;
    const report = await importFrom(`http://93.184.216.34:${port}/feed`);
    assert.match(report.error ?? '', new RegExp(`port ${port} is not fetched`));
    assert.deepEqual(hits, []);
  });

  test('with the allow-list, the loopback fixture is fetched, on the checked address', async () => {
    hits.length = 0;
    const allowed = await importFrom(`http://127.0.0.1:${port}/feed`, { outbound: policyFromEnv({ MOBILITY_FETCH_ALLOW: `127.0.0.1:${port}` }) });
    assert.equal(allowed.status, 'succeeded', allowed.error);
    assert.equal(allowed.created, 1);
    assert.deepEqual(hits, ['/feed']);

    // A name only the injected resolver knows: the connection can only have gone to the address it
    // answered (the system resolver would not find `.test`), and it was asked once.
    const resolver = fixedResolver({ 'pinned.example.test': ['127.0.0.1'] });
    const pinned = await importFrom(`http://pinned.example.test:${port}/feed`, {
      outbound: policyFromEnv({ MOBILITY_FETCH_ALLOW: `pinned.example.test:${port}` }, { resolver }),
    });
    assert.equal(pinned.status, 'succeeded', pinned.error);
    assert.deepEqual(resolver.calls, ['pinned.example.test']);

    // An address range in the allow-list works too.
    const ranged = await importFrom(`http://127.0.0.1:${port}/feed`, { outbound: policyFromEnv({ MOBILITY_FETCH_ALLOW: '127.0.0.0/8' }, { ports: new Set([80, 443, port]) }) });
    assert.equal(ranged.status, 'succeeded', ranged.error);
  });

  test('MOBILITY_FETCH_ALLOW in the environment is what a server uses by default', async () => {
    const previous = process.env.MOBILITY_FETCH_ALLOW;
    try {
      delete process.env.MOBILITY_FETCH_ALLOW;
      assert.equal((await importFrom(`http://127.0.0.1:${port}/feed`)).status, 'failed');
      process.env.MOBILITY_FETCH_ALLOW = `127.0.0.1:${port}`;
      assert.equal((await importFrom(`http://127.0.0.1:${port}/feed`)).status, 'succeeded');
    } finally {
      if (previous === undefined) delete process.env.MOBILITY_FETCH_ALLOW;
      else process.env.MOBILITY_FETCH_ALLOW = previous;
    }
  });
});

describe('outbound address rules', () => {
  const policy = policyFromEnv({}, { resolver: fixedResolver({ 'www.example.test': ['93.184.216.34', '2606:2800:220:1::248'] }) });
  const reasonFor = async (url: string) => checkDestination(new URL(url), policy).then(
    () => undefined,
    (error: Error & { reason?: string }) => error.reason ?? error.message,
  );

  test('refused ranges, in every notation the URL parser accepts', async () => {
    const refused: [string, RegExp][] = [
      ['http://127.0.0.1/', /^address 127\.0\.0\.1 is a loopback address$/],
      ['http://0x7f.1/', /loopback/],
      ['http://0177.0.0.1/', /loopback/],
      ['http://2130706433/', /loopback/],
      ['http://[::ffff:127.0.0.1]/', /loopback/],
      ['http://[::1]/', /loopback/],
      ['http://0.0.0.0/', /unspecified/],
      ['http://[::]/', /unspecified/],
      ['http://10.0.0.1/', /private/],
      ['http://172.16.5.4/', /private/],
      ['http://192.168.1.1/', /private/],
      ['http://169.254.169.254/', /link-local/],
      ['http://[fe80::1]/', /link-local/],
      ['http://[fd00::1]/', /unique-local/],
      ['http://100.64.0.1/', /carrier-grade NAT/],
      ['http://224.0.0.1/', /multicast/],
      ['http://240.0.0.1/', /reserved/],
      ['http://[64:ff9b::a9fe:a9fe]/', /embeds 169\.254\.169\.254 is a link-local/],
      ['http://[2002:7f00:1::]/', /embeds 127\.0\.0\.1 is a loopback/],
      ['gopher://www.example.test/', /only http and https/],
      ['http://user:pass@www.example.test/', /user name or password/],
      ['https://www.example.test:8443/', /port 8443 is not fetched/],
    ];
    for (const [url, reason] of refused) assert.match((await reasonFor(url)) ?? 'allowed', reason, url);
  });

  test('public addresses and names are allowed', async () => {
    for (const url of ['https://www.example.test/feed', 'http://93.184.216.34/', 'https://[2606:2800:220:1::248]/', 'http://www.example.test:80/']) {
      assert.equal(await reasonFor(url), undefined, url);
    }
  });

  test('the allow-list setting is parsed or refused with a message', () => {
    const list = parseAllowList('intranet.example.nl, 10.20.0.0/16 ,feeds.example.nl:8080,[fd00::5]:8443');
    assert.equal(list.size, 4);
    assert.deepEqual([...list.hosts.keys()].sort(), ['fd00::5', 'feeds.example.nl', 'intranet.example.nl']);
    assert.deepEqual([...list.hosts.get('feeds.example.nl')!], [8080]);
    assert.ok(list.ranges.check('10.20.3.4', 'ipv4'));
    assert.throws(() => parseAllowList('10.0.0.0/33'), /not an address range/);
    assert.throws(() => parseAllowList('user@intranet.example.nl'), /not a host/);
  });
});
