import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { ImportReport } from '@mobility-kit/contract';
import { startServer, type RunningServer } from '../src/index.js';
import { importDocument, type ImportOptions } from '../src/feeds/importer.js';
import { FeedFormatError, parseFeed } from '../src/feeds/parse.js';
import type { Db } from '../src/db/schema.js';

const item = (id: string, description = 'Omschrijving.') =>
  `<item><guid isPermaLink="false">${id}</guid><title>Docent ${id}</title><link>https://werk.example/${id}</link><pubDate>Mon, 03 Mar 2025 08:00:00 +0100</pubDate><description>${description}</description></item>`;
const rss = (before: string, items: string) => `<?xml version="1.0" encoding="UTF-8"?>${before}<rss version="2.0"><channel><title>Test</title>${items}</channel></rss>`;

describe('XML feeds with a document type declaration', () => {
  test('a DOCTYPE is refused wherever it stands, not only in the first 4,096 characters', () => {
    const padding = `<!--${'x'.repeat(5_000)}-->\n${' '.repeat(3_000)}`;
    const late = rss(`${padding}<!DOCTYPE rss [<!ENTITY a "b">]>`, item('laat'));
    assert.throws(() => parseFeed(late, 'application/rss+xml'), (error: unknown) => error instanceof FeedFormatError && /declares its own entities/.test(error.message));
  });

  test('an external DTD without an internal subset is refused too', () => {
    for (const doctype of ['<!DOCTYPE rss SYSTEM "http://169.254.169.254/rss.dtd">', '<!doctype rss PUBLIC "-//x//y" "file:///etc/passwd">']) {
      assert.throws(() => parseFeed(rss(doctype, item('extern')), 'application/rss+xml'), (error: unknown) => error instanceof FeedFormatError && /document type declaration/.test(error.message), doctype);
    }
  });

  test('the same characters as text (in a CDATA section or a comment) are not a declaration', () => {
    const feed = rss('<!-- <!DOCTYPE rss> -->', item('tekst', '<![CDATA[<!DOCTYPE html><p>Een pagina</p>]]>'));
    const parsed = parseFeed(feed, 'application/rss+xml');
    assert.equal(parsed.items.length, 1);
  });
});

describe('large imports (PGlite, one connection)', () => {
  let server: RunningServer;
  let db: Db;
  before(async () => {
    server = await startServer({ dataDir: 'memory://', port: 0, seed: true, devAuth: true, today: () => '2025-03-10', rateLimit: false });
    db = server.app.mobility.database.db;
  });
  after(async () => {
    await server?.close();
  });

  const document = (count: number, prefix: string) => ({
    bytes: new TextEncoder().encode(rss('', Array.from({ length: count }, (_, i) => item(`${prefix}-${i}`)).join(''))),
    contentType: 'application/rss+xml',
    url: 'https://werk.example/feed.xml',
  });
  const importFeed = (count: number, prefix: string, extra: Partial<ImportOptions> = {}) =>
    importDocument(db, { feed: prefix, organisation: 'hogeschool-utrecht', source: 'https://werk.example/feed.xml', today: '2025-03-10', ...extra }, document(count, prefix)).then((r) =>
      ImportReport.parse(r),
    );
  const countOf = async (feed: string) =>
    (await sql<{ n: number }>`select count(*)::int as n from vacancy_feed_items where feed = ${feed}`.execute(db)).rows[0]!.n;

  test('items past the per-feed limit are left out with a report entry, and nothing is closed', async () => {
    const first = await importFeed(4, 'cap', { limits: { maxItems: 10 } });
    assert.equal(first.created, 4);
    const capped = await importFeed(12, 'cap', { limits: { maxItems: 3 } });
    assert.equal(capped.status, 'succeeded', capped.error);
    assert.equal(capped.items, 12);
    assert.deepEqual([capped.created, capped.unchanged, capped.closed], [0, 3, 0]);
    assert.ok(capped.warnings.some((w) => /12 items, more than the limit of 3/.test(w)), capped.warnings.join('\n'));
    assert.equal(await countOf('cap'), 4);
  });

  test('reads are answered between the batches of a running import', async () => {
    const total = 300;
    let done = false;
    const running = importFeed(total, 'groot', { limits: { batchSize: 25 } }).finally(() => {
      done = true;
    });
    // Requests arrive over HTTP and queue behind whatever holds the connection. In one long
    // transaction none is answered before the end, and none could see part of the feed; between
    // batches they are answered and see it grow.
    const seen: number[] = [];
    while (!done) {
      const response = await fetch(`${server.url}/v1/vacancies?limit=1`);
      assert.equal(response.status, 200);
      await response.arrayBuffer();
      seen.push(await countOf('groot'));
    }
    const report = await running;
    assert.equal(report.created, total);
    assert.ok(seen.some((n) => n > 0 && n < total), `a read saw part of the import: ${JSON.stringify(seen.slice(0, 20))}`);
  });
});
