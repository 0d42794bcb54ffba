import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { ImportReport } from '@mobility-kit/contract';
import { startServer } from '../src/index.js';
import { parseImportArguments } from '../src/feeds/command.js';
import { importsFromEnv, ImportConfigurationError, validateScheduledImports } from '../src/feeds/schedule.js';
import { scratchDatabase, type ScratchDatabase } from './helpers.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const fixturePath = fileURLToPath(new URL('./fixtures/feeds/gemeente-utrecht.rss.xml', import.meta.url));

/** Run the command line as a user would, with tsx in place of a build. */
function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/cli.ts', ...args], {
      cwd: packageDir,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('import configuration', () => {
  test('scheduled imports are checked with a message naming the entry and field', () => {
    const ok = validateScheduledImports([{ feed: 'gemeente', url: 'https://werk.example/rss', organisation: 'gemeente-utrecht', intervalMinutes: 60, defaults: { kind: 'assignment' } }]);
    assert.deepEqual(ok, [{ feed: 'gemeente', url: 'https://werk.example/rss', organisation: 'gemeente-utrecht', intervalMinutes: 60, defaults: { kind: 'assignment' } }]);
    const bad: [unknown, RegExp][] = [
      [{}, /array/],
      [[{ feed: 'a', url: 'file:///etc/passwd', organisation: 'x', intervalMinutes: 60 }], /imports\[0\]\.url must be an http or https URL/],
      [[{ feed: 'a', url: 'https://x.example', organisation: 'Geen Id', intervalMinutes: 60 }], /imports\[0\]\.organisation/],
      [[{ feed: 'a', url: 'https://x.example', organisation: 'x', intervalMinutes: 1 }], /intervalMinutes .* at least 5/],
      [[{ feed: 'a', url: 'https://x.example', organisation: 'x', intervalMinutes: 60 }, { feed: 'a', url: 'https://y.example', organisation: 'x', intervalMinutes: 60 }], /imports\[1\]\.feed "a" is configured twice/],
      [[{ feed: 'a', url: 'https://x.example', organisation: 'x', intervalMinutes: 60, defaults: { visibility: 'everyone' } }], /defaults\.visibility/],
    ];
    for (const [value, message] of bad) assert.throws(() => validateScheduledImports(value), (e: unknown) => e instanceof ImportConfigurationError && message.test(e.message));
    assert.deepEqual(importsFromEnv({}), []);
    assert.equal(importsFromEnv({ MOBILITY_IMPORTS: JSON.stringify([{ feed: 'f', url: 'https://x.example/a', organisation: 'x', intervalMinutes: 30 }]) })[0]?.feed, 'f');
    assert.throws(() => importsFromEnv({ MOBILITY_IMPORTS: '[{' }), /MOBILITY_IMPORTS is not valid JSON/);
  });

  test('command-line arguments', () => {
    const parsed = parseImportArguments(['https://werk.example/vacatures.xml', '--organisation', 'gemeente-utrecht', '--visibility', 'sector', '--kind', 'assignment', '--hours', '8-16']);
    assert.notEqual(parsed, 'help');
    if (parsed === 'help') return;
    assert.equal(parsed.feed, 'werk.example/vacatures.xml');
    assert.deepEqual(parsed.defaults, { visibility: 'sector', kind: 'assignment', hoursPerWeek: { min: 8, max: 16 } });
    assert.throws(() => parseImportArguments(['x.xml']), /--organisation is required/);
    assert.throws(() => parseImportArguments(['x.xml', '--organisation', 'a', '--visibility', 'iedereen']), /--visibility must be one of/);
    assert.throws(() => parseImportArguments(['x.xml', '--organisation', 'a', '--hours', '40-20']), /--hours/);
    assert.equal(parseImportArguments(['--help']), 'help');
    const waiting = parseImportArguments(['x.xml', '--organisation', 'a', '--wait', '30']);
    assert.equal(waiting !== 'help' && waiting.waitSeconds, 30);
    assert.equal(parsed.waitSeconds, 0);
    for (const bad of ['-1', '1.5', 'soon', String(2 * 24 * 3600)]) assert.throws(() => parseImportArguments(['x.xml', '--organisation', 'a', `--wait=${bad}`]), /--wait/);
  });
});

describe('scheduled imports and the command line (PGlite)', () => {
  let scratch: ScratchDatabase;
  let feedServer: ReturnType<typeof createServer>;
  let feedUrl: string;
  let requests = 0;

  before(async () => {
    scratch = await scratchDatabase('pglite', { reason: 'not needed' }, 'folder');
    const body = await readFile(fixturePath);
    feedServer = createServer((_request, response) => {
      requests++;
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body);
    });
    await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
    feedUrl = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/vacatures.rss`;
    // The feed host is on loopback, which outbound fetches refuse unless an operator allows it.
    process.env.MOBILITY_FETCH_ALLOW = new URL(feedUrl).host;
  });

  after(async () => {
    feedServer?.closeAllConnections();
    await new Promise<void>((resolve) => (feedServer ? feedServer.close(() => resolve()) : resolve()));
    await scratch?.drop();
  });

  test('a configured feed is imported shortly after start, and closing the server stops the schedule', async () => {
    const server = await startServer({
      ...scratch.options,
      port: 0,
      seed: true,
      today: () => '2025-03-10',
      rateLimit: false,
      imports: [{ feed: 'gemeente-utrecht-rss', url: feedUrl, organisation: 'gemeente-utrecht', intervalMinutes: 60, defaults: { kind: 'assignment' } }],
    });
    try {
      const db = server.app.mobility.database.db;
      let runs: { status: string; report: unknown }[] = [];
      for (let i = 0; i < 100 && runs.length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        runs = (await sql<{ status: string; report: unknown }>`select status, report from vacancy_import_runs where feed = 'gemeente-utrecht-rss'`.execute(db)).rows;
      }
      assert.equal(runs.length, 1, 'one run within ten seconds');
      const report = ImportReport.parse(typeof runs[0]!.report === 'string' ? JSON.parse(runs[0]!.report) : runs[0]!.report);
      assert.deepEqual([report.status, report.created], ['succeeded', 3]);
      const kinds = await sql<{ kind: string }>`select distinct v.kind from vacancies v join vacancy_feed_items f on f.vacancy_id = v.id where f.feed = 'gemeente-utrecht-rss'`.execute(db);
      assert.deepEqual(kinds.rows, [{ kind: 'assignment' }]);
    } finally {
      await server.close();
    }
    const seen = requests;
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(requests, seen, 'no request after close');
  });

  test('`mobility-kit-server import` imports a file, reports as JSON, and exits non-zero on failure', async () => {
    const env = { DATA_DIR: scratch.options.dataDir! };
    const ok = await cli(['import', fixturePath, '--organisation', 'gemeente-utrecht', '--feed', 'gemeente-bestand', '--json'], env);
    assert.equal(ok.code, 0, ok.stderr);
    const report = ImportReport.parse(JSON.parse(ok.stdout));
    assert.deepEqual([report.status, report.format, report.created, report.skipped.length], ['succeeded', 'rss', 3, 1]);

    const again = await cli(['import', fixturePath, '--organisation', 'gemeente-utrecht', '--feed', 'gemeente-bestand'], env);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /0 created, 0 updated, 3 unchanged, 0 closed, 1 skipped/);
    assert.match(again.stdout, /skipped item 3 id GU-2025-0305: missing-title/);

    const unknown = await cli(['import', fixturePath, '--organisation', 'bestaat-niet'], env);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /failed; nothing was changed\. There is no organisation "bestaat-niet"/);

    const usage = await cli(['import', fixturePath], env);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /--organisation is required/);
  });
});
