import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { sql } from 'kysely';
import { DevTokenResponse, ImportReport, JobPosting, problemTypes, VacancyPage } from '@mobility-kit/contract';
import { startServer, type RunningServer } from '../src/index.js';
import { runImport, type ImportOptions } from '../src/feeds/importer.js';
import type { Db } from '../src/db/schema.js';
import { expectProblem, probePostgres, scratchDatabase, type Engine, type ScratchDatabase } from './helpers.js';

const TODAY = '2025-03-10';
const probe = await probePostgres();
const fixture = (name: string) => readFile(new URL(`./fixtures/feeds/${name}`, import.meta.url));

/** A feed host: paths map to bodies and content types; `/slow` never answers. */
interface FeedHost {
  readonly url: string;
  set(path: string, body: string | Uint8Array, contentType: string, status?: number): void;
  close(): Promise<void>;
}

async function startFeedHost(): Promise<FeedHost> {
  const routes = new Map<string, { body: Uint8Array; contentType: string; status: number }>();
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    if (path === '/slow') return; // never answers: the importer's timeout must end it
    const route = routes.get(path);
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Niet gevonden</h1>');
      return;
    }
    response.writeHead(route.status, { 'content-type': route.contentType }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    set(path, body, contentType, status = 200) {
      routes.set(path, { body: typeof body === 'string' ? new TextEncoder().encode(body) : body, contentType, status });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const rss = (items: string, encoding = 'UTF-8') =>
  `<?xml version="1.0" encoding="${encoding}"?><rss version="2.0"><channel><title>Test</title><language>nl</language>${items}</channel></rss>`;
const rssItem = (id: string, title: string, description = 'Omschrijving.') =>
  `<item><guid isPermaLink="false">${id}</guid><title>${title}</title><link>https://werk.example/${id}</link><pubDate>Mon, 03 Mar 2025 08:00:00 +0100</pubDate><description>${description}</description></item>`;

for (const engine of ['pglite', 'postgres'] as const satisfies readonly Engine[]) {
  if (engine === 'postgres' && !('url' in probe)) {
    test('vacancy feeds on PostgreSQL', (t) => t.skip(`PostgreSQL not reachable: ${probe.reason}`));
    continue;
  }

  describe(`vacancy feeds on ${engine}`, () => {
    let scratch: ScratchDatabase;
    let server: RunningServer;
    let host: FeedHost;
    let db: Db;

    const importFeed = (options: Partial<ImportOptions> & { source: string }) =>
      runImport(db, { feed: 'test', organisation: 'hogeschool-utrecht', today: TODAY, ...options });

    /** Every row of a feed with what the report and the API should agree on. */
    const rowsOf = (feed: string) =>
      sql<{ id: string; title: string; status: string; description: string; source_key: string; visibility: string }>`
        select v.id, v.title, v.status, v.description, v.visibility, f.source_key
        from vacancy_feed_items f join vacancies v on v.id = f.vacancy_id where f.feed = ${feed} order by f.source_key`
        .execute(db)
        .then((r) => r.rows);

    const snapshot = async () =>
      (await sql<{ id: string; title: string; status: string; updated_at: unknown }>`select id, title, status, updated_at::text from vacancies order by id`.execute(db)).rows;

    const anonymousList = async (query: string) => {
      const response = await fetch(`${server.url}/v1/vacancies?${query}`);
      assert.equal(response.status, 200, await response.clone().text());
      return VacancyPage.parse(await response.json()).items;
    };

    const token = async (organisation: string) => {
      const response = await fetch(`${server.url}/v1/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role: 'employee', organisation }),
      });
      assert.equal(response.status, 200);
      return DevTokenResponse.parse(await response.json()).token;
    };

    before(async () => {
      scratch = await scratchDatabase(engine, probe);
      host = await startFeedHost();
      // The feed host is on loopback, which outbound fetches refuse unless an operator allows it.
      process.env.MOBILITY_FETCH_ALLOW = new URL(host.url).host;
      server = await startServer({
        ...scratch.options,
        port: 0,
        seed: true,
        devAuth: true,
        today: () => TODAY,
        rateLimit: false,
        publicVacancyUrl: 'https://werkenbij.example.nl/vacatures/{id}',
      });
      db = server.app.mobility.database.db;
      host.set('/hu/werkenbij', await fixture('hogeschool-utrecht-werkenbij.html'), 'text/html; charset=utf-8');
      host.set('/gemeente/rss', await fixture('gemeente-utrecht.rss.xml'), 'application/rss+xml');
      host.set('/noordwerk/atom', await fixture('noordwerk-techniek.atom.xml'), 'application/atom+xml');
    });

    after(async () => {
      await server?.close();
      await host?.close();
      await scratch?.drop();
    });

    test('a hogeschool careers page: JSON-LD JobPostings mapped onto the contract, bad items reported', async () => {
      const report = ImportReport.parse(await importFeed({ feed: 'hu-werkenbij', source: `${host.url}/hu/werkenbij` }));
      assert.equal(report.status, 'succeeded', report.error);
      assert.equal(report.format, 'html-jsonld');
      assert.deepEqual([report.items, report.created, report.updated, report.closed], [3, 2, 0, 0]);
      assert.deepEqual(report.skipped.map((s) => [s.externalId, s.reason]), [['HU-2025-021', 'invalid-date']]);
      assert.ok(report.warnings.some((w) => /ld\+json block 3/.test(w)), report.warnings.join('\n'));

      const items = await anonymousList('organisation=hogeschool-utrecht&q=Verpleegkunde&limit=100');
      const nurse = items.find((v) => v.source?.externalId === 'HU-2025-014');
      assert.ok(nurse, 'the imported vacancy is listed');
      assert.equal(nurse.title, 'Docent Verpleegkunde');
      assert.deepEqual(nurse.location, { city: 'Utrecht', pc4: '3584', lat: 52.0851, lon: 5.1615 });
      assert.deepEqual(nurse.hoursPerWeek, { min: 28, max: 32 });
      assert.deepEqual(nurse.salary, { min: 4032, max: 5822, currency: 'EUR', period: 'month' });
      assert.equal(nurse.contract, 'temporary');
      assert.equal(nurse.validThrough, '2025-03-31');
      assert.equal(nurse.visibility, 'public');
      assert.ok(nurse.skills.includes('2310 Docenten hoger onderwijs'));
      assert.equal(nurse.source?.feed, 'hu-werkenbij');
      assert.equal(nurse.source?.url, 'https://werkenbij.hu.nl/vacatures/HU-2025-014');
      assert.match(nurse.description, /^\*\*Wat ga je doen\?\*\*\n\n/);
      assert.match(nurse.description, /\n- Je begeleidt studenten tijdens hun \*stage\* in de zorg\n/);
      assert.match(nurse.description, /\[onze arbeidsvoorwaarden\]\(https:\/\/werkenbij\.hu\.nl\/arbeidsvoorwaarden\)/);
      assert.doesNotMatch(nurse.description, /<[a-z/!]/i);

      const lecturer = (await rowsOf('hu-werkenbij')).find((r) => r.source_key === 'HU-2025-019');
      assert.ok(lecturer);
      const detail = await fetch(`${server.url}/v1/vacancies/${lecturer.id}`).then((r) => r.json() as Promise<{ language: string; datePosted: string }>);
      assert.equal(detail.language, 'en');
      assert.equal(detail.datePosted, '2025-03-04');
    });

    test('re-importing the same feed changes nothing; a changed feed updates, and a vacancy gone from it is closed, not deleted', async () => {
      const before = await snapshot();
      const again = await importFeed({ feed: 'hu-werkenbij', source: `${host.url}/hu/werkenbij` });
      assert.deepEqual([again.status, again.created, again.updated, again.unchanged, again.closed], ['succeeded', 0, 0, 2, 0]);
      assert.deepEqual(await snapshot(), before, 'an unchanged re-import rewrites nothing');

      const page = (await fixture('hogeschool-utrecht-werkenbij.html')).toString('utf8');
      // HU-2025-019 disappears (its whole JobPosting node is removed), HU-2025-014 gets a new title.
      const changed = page
        .replace('"title": "Docent Verpleegkunde"', '"title": "Docent Verpleegkunde (deeltijd)"')
        .replace(/,\s*\{\s*"@type": "JobPosting",\s*"identifier": "HU-2025-019"[\s\S]*?"url": "https:\/\/werkenbij\.hu\.nl\/vacatures\/HU-2025-019"\s*\}/, '');
      assert.notEqual(changed, page);
      host.set('/hu/werkenbij-v2', changed, 'text/html');
      const report = await importFeed({ feed: 'hu-werkenbij', source: `${host.url}/hu/werkenbij-v2` });
      assert.deepEqual([report.status, report.created, report.updated, report.unchanged, report.closed], ['succeeded', 0, 1, 0, 1]);
      const rows = await rowsOf('hu-werkenbij');
      assert.deepEqual(
        rows.map((r) => [r.source_key, r.title, r.status]),
        [
          ['HU-2025-014', 'Docent Verpleegkunde (deeltijd)', 'open'],
          ['HU-2025-019', 'Lecturer Data Science', 'closed'],
        ],
      );
      const closedId = rows[1]!.id;
      await expectProblem(await fetch(`${server.url}/v1/vacancies/${closedId}`), 404, problemTypes.notFound);

      // Back in the feed: the same vacancy opens again (same id, no duplicate).
      const reopened = await importFeed({ feed: 'hu-werkenbij', source: `${host.url}/hu/werkenbij` });
      assert.deepEqual([reopened.created, reopened.updated, reopened.closed], [0, 2, 0]);
      const after = await rowsOf('hu-werkenbij');
      assert.deepEqual(after.map((r) => [r.id, r.status]), [[rows[0]!.id, 'open'], [closedId, 'open']]);
    });

    test('an RSS feed of a municipality and an Atom feed of a regional employer', async () => {
      const municipality = await importFeed({ feed: 'gemeente-utrecht', organisation: 'gemeente-utrecht', source: `${host.url}/gemeente/rss` });
      assert.equal(municipality.format, 'rss');
      assert.deepEqual([municipality.items, municipality.created], [4, 3]);
      assert.deepEqual(municipality.skipped.map((s) => [s.index, s.reason]), [[3, 'missing-title']]);
      const rows = await rowsOf('gemeente-utrecht');
      const project = rows.find((r) => r.source_key === 'GU-2025-0312');
      assert.equal(project?.description, 'Utrecht groeit en daarmee ook het aantal leerlingen. Als **projectleider** zorg jij dat scholen op tijd een passend gebouw hebben.\n\n- Je stuurt een projectteam aan\n- Je werkt samen met schoolbesturen & de wijk');
      assert.ok(rows.some((r) => r.title === 'Stagiair Communicatie' && r.description.includes('Communicatie én zelf')), 'numeric character references are decoded');
      assert.ok(rows.some((r) => r.source_key === 'https://www.werkenvoorutrecht.nl/vacatures/2025-0298' && r.description.includes('[het sollicitatieformulier](https://www.werkenvoorutrecht.nl/solliciteren?id=2025-0298)')));

      const employer = await importFeed({ feed: 'noordwerk', organisation: 'noordwerk-techniek', source: `${host.url}/noordwerk/atom`, defaults: { kind: 'internship', visibility: 'sector' } });
      assert.equal(employer.format, 'atom');
      assert.deepEqual([employer.items, employer.created], [3, 2]);
      assert.deepEqual(employer.skipped.map((s) => [s.externalId, s.reason]), [['urn:noordwerk:vacature:880', 'unknown-language']]);
      const atomRows = await rowsOf('noordwerk');
      assert.deepEqual(atomRows.map((r) => [r.title, r.visibility]), [
        ['Werkvoorbereider Installatietechniek', 'sector'],
        ['Docent-stage Elektrotechniek', 'sector'],
      ]);
      assert.equal(atomRows[0]!.description, 'Je maakt werktekeningen en planningen voor onze monteurs.\n\n1. Calculeren\n2. Inkopen');
      // Sector vacancies are not for anonymous callers.
      assert.equal((await anonymousList('organisation=noordwerk-techniek&limit=100')).filter((v) => v.source?.feed === 'noordwerk').length, 0);
    });

    test('hostile markup never survives: scripts, javascript: links, event handlers, oversized fields, control characters', async () => {
      const huge = 'x'.repeat(1024 * 1024);
      const feed = rss(
        [
          rssItem('evil-1', 'Docent &lt;script&gt;alert(1)&lt;/script&gt;', '&lt;p onclick="alert(1)"&gt;Welkom&lt;script&gt;alert("xss")&lt;/script&gt;&lt;style&gt;p{display:none}&lt;/style&gt; &lt;a href="javascript:alert(2)"&gt;klik hier&lt;/a&gt; &lt;a href="data:text/html;base64,PHNjcmlwdD4="&gt;data&lt;/a&gt; &lt;img src=x onerror="alert(3)" alt="logo"&gt; &lt;iframe src="https://evil.example"&gt;&lt;/iframe&gt;&amp;lt;b&amp;gt;ontsnapt&amp;lt;/b&amp;gt; [slim](javascript:alert(4))&lt;/p&gt;'),
          rssItem('evil-2', 'Te lang', huge),
          rssItem('evil-3', 'Controle\u0001teken', '<![CDATA[<svg onload="alert(5)"><script>alert(6)</script></svg><p>Gewoon <a href=" JAVASCRIPT:alert(7)">tekst</a>.</p>]]>'),
          rssItem('evil-4', 'x'.repeat(250)),
        ].join(''),
      );
      host.set('/evil/rss', feed, 'application/rss+xml');
      const report = await importFeed({ feed: 'evil', source: `${host.url}/evil/rss` });
      assert.equal(report.status, 'succeeded', report.error);
      assert.equal(report.created, 2);
      assert.deepEqual(report.skipped.map((s) => [s.externalId, s.reason]), [['evil-2', 'field-too-long'], ['evil-4', 'field-too-long']]);
      const rows = await rowsOf('evil');
      for (const row of rows) {
        assert.doesNotMatch(row.description, /<\/?[a-z!?]/i, 'no tag survives');
        assert.doesNotMatch(row.description, /onclick|onerror|onload/i);
        assert.doesNotMatch(row.description, /\]\((?!https?:|mailto:)/i, 'only http(s) and mailto links');
        assert.doesNotMatch(row.description, /alert\(1\)|alert\("xss"\)|alert\(6\)|display:none/, 'script and style content is dropped');
      }
      const first = rows.find((r) => r.source_key === 'evil-1')!;
      assert.match(first.description, /Welkom/);
      assert.match(first.description, /klik hier/);
      assert.match(first.description, /< b>ontsnapt< \/b>/, 'escaped markup stays visible text, never a tag');
      assert.equal(first.title, 'Docent <script>alert(1)</script>', 'a title is plain text, escaped wherever it is shown');
      const third = rows.find((r) => r.source_key === 'evil-3')!;
      assert.equal(third.title, 'Controleteken');
      assert.equal(third.description, 'Gewoon tekst.');
    });

    test('an unreadable source fails the run and changes nothing: 404, not a feed, broken XML, entity bomb, too large, too slow, not http', async () => {
      const before = await snapshot();
      const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]><rss version="2.0"><channel><item><guid>b</guid><title>&lol2;</title></item></channel></rss>`;
      host.set('/bomb', bomb, 'application/xml');
      host.set('/broken', rss(rssItem('b-1', 'Open <b>tag')), 'application/rss+xml');
      host.set('/text', 'Dit is geen feed.', 'text/plain');
      host.set('/big', rss(rssItem('big', 'Groot', 'y'.repeat(20_000))), 'application/rss+xml');
      host.set('/json-error', '{"@type": "JobPosting", ', 'application/ld+json');
      const cases: [string, Partial<ImportOptions> & { source: string }, RegExp][] = [
        ['404', { source: `${host.url}/bestaat-niet` }, /HTTP 404/],
        ['plain text', { source: `${host.url}/text` }, /not JSON, XML or HTML/],
        ['broken XML', { source: `${host.url}/broken` }, /not well-formed XML/],
        ['billion laughs', { source: `${host.url}/bomb` }, /declares its own entities/],
        ['broken JSON', { source: `${host.url}/json-error` }, /not valid JSON/],
        ['too large', { source: `${host.url}/big`, limits: { maxBytes: 10_000 } }, /larger than the limit/],
        ['too slow', { source: `${host.url}/slow`, limits: { timeoutMs: 300 } }, /did not answer within/],
        ['ftp', { source: 'ftp://feeds.example/vacatures.xml' }, /Only http and https/],
        ['a file from the server', { source: '/etc/passwd' }, /Only http and https/],
        ['unknown organisation', { source: `${host.url}/gemeente/rss`, organisation: 'bestaat-niet' }, /no organisation "bestaat-niet"/],
        ['feed of another organisation', { source: `${host.url}/gemeente/rss`, feed: 'gemeente-utrecht' }, /imported for organisation "gemeente-utrecht"/],
      ];
      for (const [name, options, message] of cases) {
        const report = ImportReport.parse(await importFeed({ feed: `failing-${name.replace(/\W+/g, '-')}`, ...options }));
        assert.equal(report.status, 'failed', name);
        assert.match(report.error ?? '', message, name);
        assert.deepEqual([report.created, report.updated, report.closed], [0, 0, 0], name);
      }
      assert.deepEqual(await snapshot(), before);
      const logged = await sql<{ n: number }>`select count(*)::int as n from vacancy_import_runs where status = 'failed'`.execute(db);
      assert.ok(logged.rows[0]!.n >= cases.length, 'failed runs are logged for operators');
    });

    test('a database error in the middle of a run rolls the whole run back', async () => {
      host.set('/tx/v1', rss(rssItem('tx-a', 'Vacature A') + rssItem('tx-b', 'Vacature B')), 'application/rss+xml');
      host.set('/tx/v2', rss(rssItem('tx-a', 'Vacature A, gewijzigd') + rssItem('tx-c', 'Vacature C')), 'application/rss+xml');
      assert.equal((await importFeed({ feed: 'tx', source: `${host.url}/tx/v1` })).created, 2);
      const before = await snapshot();
      // Closing B (the last step of the run) is refused by the database.
      await sql.raw(`
        create function refuse_close() returns trigger language plpgsql as $$
        begin
          if new.status = 'closed' and old.status = 'open' then raise exception 'closing is refused'; end if;
          return new;
        end $$;
        create trigger refuse_close before update on vacancies for each row execute function refuse_close();
      `).execute(db);
      try {
        const report = await importFeed({ feed: 'tx', source: `${host.url}/tx/v2` });
        assert.equal(report.status, 'failed');
        assert.match(report.error ?? '', /closing is refused/);
        assert.deepEqual(await snapshot(), before, 'the update of A and the creation of C were rolled back');
      } finally {
        await sql.raw('drop trigger refuse_close on vacancies; drop function refuse_close();').execute(db);
      }
      const retry = await importFeed({ feed: 'tx', source: `${host.url}/tx/v2` });
      assert.deepEqual([retry.status, retry.created, retry.updated, retry.closed], ['succeeded', 1, 1, 1]);
    });

    test('encodings: a declared charset is honoured; invalid bytes and unknown charsets are reported, not fatal', async () => {
      const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
      host.set('/enc/1252', latin1(rss(rssItem('enc-1', 'Coördinator Onderwijs &amp; Examinering'), 'windows-1252')), 'application/rss+xml');
      host.set('/enc/wrong', latin1(rss(rssItem('enc-2', 'Coördinator zonder geldige UTF-8'))), 'application/rss+xml; charset=utf-8');
      host.set('/enc/unknown', rss(rssItem('enc-3', 'Onbekende tekenset'), 'x-klingon'), 'application/rss+xml');
      const right = await importFeed({ feed: 'enc-1252', source: `${host.url}/enc/1252` });
      assert.deepEqual([right.status, right.created, right.warnings], ['succeeded', 1, []]);
      assert.equal((await rowsOf('enc-1252'))[0]!.title, 'Coördinator Onderwijs & Examinering');
      const wrong = await importFeed({ feed: 'enc-wrong', source: `${host.url}/enc/wrong` });
      assert.equal(wrong.created, 1);
      assert.match(wrong.warnings.join(' '), /not valid utf-8/i);
      assert.equal((await rowsOf('enc-wrong'))[0]!.title, 'Co\uFFFDrdinator zonder geldige UTF-8');
      const unknown = await importFeed({ feed: 'enc-unknown', source: `${host.url}/enc/unknown` });
      assert.equal(unknown.created, 1);
      assert.match(unknown.warnings.join(' '), /"x-klingon" is unknown/);
    });

    test('the Atom export: well-formed, public vacancies only whoever asks, hostile text escaped, cacheable', async () => {
      const hostile = 'Docent </title><script>alert(1)</script> & "quotes" \'apos\' ]]> \u0007bel';
      host.set('/hostile/rss', rss(rssItem('hostile-1', hostile.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))), 'application/rss+xml');
      const imported = await importFeed({ feed: 'hostile', source: `${host.url}/hostile/rss` });
      assert.equal(imported.created, 1, JSON.stringify(imported));

      const hu = await token('hogeschool-utrecht');
      for (const auth of [undefined, hu]) {
        const response = await fetch(`${server.url}/v1/vacancies/feed.atom?organisation=hogeschool-utrecht&limit=100`, { headers: auth ? { authorization: `Bearer ${auth}` } : {} });
        assert.equal(response.status, 200);
        assert.match(response.headers.get('content-type') ?? '', /^application\/atom\+xml; charset=utf-8/);
        assert.match(response.headers.get('cache-control') ?? '', /public, max-age=\d+/);
        assert.ok(response.headers.get('etag'));
        const xml = await response.text();
        assert.equal(XMLValidator.validate(xml), true, 'the feed is well-formed XML');
        const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (n) => ['entry', 'link'].includes(n) }).parse(xml) as {
          feed: { title: string; link: { '@_rel': string; '@_href': string }[]; entry: { id: string; title: { '#text': string } | string; link: { '@_href': string }[] }[] };
        };
        assert.ok(doc.feed.link.some((l) => l['@_rel'] === 'self' && l['@_href'].includes('/v1/vacancies/feed.atom?organisation=hogeschool-utrecht')));
        const links = doc.feed.entry.map((e) => e.link[0]!['@_href']);
        const ids = links.map((href) => decodeURIComponent(href.replace('https://werkenbij.example.nl/vacatures/', '')));
        assert.ok(ids.length > 3);
        const visibility = await sql<{ id: string; visibility: string; organisation_id: string }>`
          select id, vacancy_visibility_on(visibility, stages, ${TODAY}::date) as visibility, organisation_id from vacancies where id in (${sql.join(ids)})`.execute(db);
        assert.equal(visibility.rows.length, ids.length, 'every entry links to a vacancy page by the configured template');
        for (const row of visibility.rows) {
          assert.equal(row.visibility, 'public', `${row.id} is not public`);
          assert.equal(row.organisation_id, 'hogeschool-utrecht');
        }
        const titles = doc.feed.entry.map((e) => (typeof e.title === 'string' ? e.title : e.title['#text']));
        assert.ok(titles.includes('Docent </title><script>alert(1)</script> & "quotes" \'apos\' ]]> bel'), 'the hostile title arrives as text');
        assert.ok(!xml.includes('<script>'));
      }
      // The same internal vacancies the organisation's staff see are never in the feed.
      const internal = await fetch(`${server.url}/v1/vacancies?organisation=hogeschool-utrecht&visibility=internal&limit=100`, { headers: { authorization: `Bearer ${hu}` } });
      const internalIds = VacancyPage.parse(await internal.json()).items.map((v) => v.id);
      assert.ok(internalIds.length > 0, 'the demo data has internal vacancies to hide');
      const feedXml = await (await fetch(`${server.url}/v1/vacancies/feed.atom?limit=100&visibility=internal`, { headers: { authorization: `Bearer ${hu}` } })).text();
      assert.equal(XMLValidator.validate(feedXml), true);
      assert.doesNotMatch(feedXml, /<entry/, 'asking for internal vacancies gives an empty feed');

      await expectProblem(await fetch(`${server.url}/v1/vacancies/feed.atom?kind=vacature`), 400, problemTypes.invalidRequest);
      await expectProblem(await fetch(`${server.url}/v1/vacancies/feed.atom?cursor=verzonnen`), 400, problemTypes.invalidRequest);
    });

    test('the Atom export pages with rel="next" through the same filters', async () => {
      const first = await (await fetch(`${server.url}/v1/vacancies/feed.atom?limit=2`)).text();
      const next = /<link rel="next" type="application\/atom\+xml" href="([^"]+)"\/>/.exec(first)?.[1]?.replace(/&amp;/g, '&');
      assert.ok(next, 'a next link');
      const second = await fetch(next.replace(/^http:\/\/[^/]+/, server.url));
      assert.equal(second.status, 200);
      const entryIds = (xml: string) => [...xml.matchAll(/<id>(tag:[^<]+)<\/id>/g)].map((m) => m[1]);
      const secondIds = entryIds(await second.text());
      assert.equal(secondIds.length, 2);
      assert.deepEqual(entryIds(first).filter((id) => secondIds.includes(id)), []);
    });

    test('JSON-LD JobPosting for public vacancies only; internal and sector ones are not found and not indexable', async () => {
      const [nurse] = (await rowsOf('hu-werkenbij')).filter((r) => r.source_key === 'HU-2025-014');
      const response = await fetch(`${server.url}/v1/vacancies/${nurse!.id}/jobposting.jsonld`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^application\/ld\+json/);
      assert.equal(response.headers.get('x-robots-tag'), null);
      const posting = JobPosting.parse(await response.json());
      assert.equal(posting.title, 'Docent Verpleegkunde');
      assert.equal(posting.jobLocation.address.postalCode, '3584');
      assert.equal(posting.url, `https://werkenbij.example.nl/vacatures/${nurse!.id}`);
      assert.doesNotMatch(posting.description, /\*\*|\]\(/, 'the description is plain text');

      const hidden = await sql<{ id: string; visibility: string }>`
        select distinct on (visibility) id, visibility from vacancies
        where visibility in ('internal', 'sector') and status = 'open' and valid_through >= ${TODAY}::date and stages is null order by visibility, id`.execute(db);
      assert.deepEqual(hidden.rows.map((r) => r.visibility), ['internal', 'sector']);
      const hu = await token('hogeschool-utrecht');
      for (const row of hidden.rows) {
        for (const headers of [{}, { authorization: `Bearer ${hu}` }] as Record<string, string>[]) {
          const answer = await fetch(`${server.url}/v1/vacancies/${row.id}/jobposting.jsonld`, { headers });
          await expectProblem(answer.clone(), 404, problemTypes.notFound);
          assert.equal(answer.headers.get('x-robots-tag'), 'noindex');
        }
      }
      await expectProblem(await fetch(`${server.url}/v1/vacancies/Niet_Geldig/jobposting.jsonld`), 400);
    });

    test('the vacancy API marks answers for a token holder noindex, anonymous ones not', async () => {
      const hu = await token('hogeschool-utrecht');
      const withToken = await fetch(`${server.url}/v1/vacancies?limit=5`, { headers: { authorization: `Bearer ${hu}` } });
      assert.equal(withToken.status, 200);
      assert.equal(withToken.headers.get('x-robots-tag'), 'noindex');
      const internal = await sql<{ id: string }>`select id from vacancies where visibility = 'internal' and organisation_id = 'hogeschool-utrecht' and status = 'open' and valid_through >= ${TODAY}::date and stages is null limit 1`.execute(db);
      const detail = await fetch(`${server.url}/v1/vacancies/${internal.rows[0]!.id}`, { headers: { authorization: `Bearer ${hu}` } });
      assert.equal(detail.status, 200);
      assert.equal(detail.headers.get('x-robots-tag'), 'noindex');
      const anonymous = await fetch(`${server.url}/v1/vacancies?limit=5`);
      assert.equal(anonymous.headers.get('x-robots-tag'), null);
    });
  });
}
