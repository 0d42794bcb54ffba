/**
 * The XSS corpus (test/security/xss-payloads.json) through every path by which text reaches the
 * API: organisations, HR vacancy and story writes, and feed imports (RSS, Atom, JSON-LD). The API
 * returns text: what HR writes comes back exactly as written (or is refused with a 400 problem),
 * descriptions never carry raw HTML, and what a feed sends is cleaned on import into the same
 * restricted Markdown subset HR must use. Rendering that text safely is the elements' job
 * (packages/elements/test/xss.test.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Parser } from 'htmlparser2';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { MarkdownText, OrganisationList, StoryPage, Vacancy, VacancyPage } from '@mobility-kit/contract';
import { startServer, type RunningServer } from '../src/index.js';
import { loadXssCorpus, seedXssCorpus, xssFeedOrganisations, type XssManifest, type XssPayload } from '../../../test/security/xss-seed.js';
import { probePostgres, scratchDatabase, type Engine, type ScratchDatabase } from './helpers.js';

const probe = await probePostgres();
const corpus = await loadXssCorpus();
const byId = new Map(corpus.map((p) => [p.id, p]));
/** NUL and lone surrogates: PostgreSQL text cannot hold them. */
const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * A text as the API stores it: story texts are trimmed on write, a lone surrogate becomes U+FFFD in
 * UTF-8, and PGlite decodes values with a `TextDecoder`, which drops a leading byte-order mark.
 * Nothing else may change.
 */
const stored = <T extends string | undefined>(text: T): T =>
  text?.replace(/^\uFEFF/, '').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD').trim() as T;

/** Elements an HTML tokenizer (the one a browser or a Markdown-with-HTML renderer uses) finds in `text`. */
function htmlElementsIn(text: string): string[] {
  const found: string[] = [];
  const parser = new Parser({ onopentag: (name) => found.push(name), oncomment: () => found.push('<!--'), onprocessinginstruction: (name) => found.push(name) });
  parser.write(text);
  parser.end();
  return found;
}

/** Every link target of the restricted Markdown subset in `text`. */
const linkTargets = (text: string): string[] => [...text.matchAll(/\]\(\s*<?([^)\s>]*)/g)].map((m) => m[1] ?? '');

test('the corpus has at least 150 payloads, unique ids, and each calls the spy with its own id', () => {
  assert.ok(corpus.length >= 150, `${corpus.length} payloads`);
  assert.equal(new Set(corpus.map((p) => p.id)).size, corpus.length);
  const classes = new Set(corpus.map((p) => p.class));
  for (const cls of ['script', 'handler', 'embed', 'style', 'svg-math', 'url', 'markdown', 'template', 'unicode', 'huge']) assert.ok(classes.has(cls), cls);
  // A few encode the call (base64, entities in a data: URL); all others name their id in plain text.
  const plain = corpus.filter((p) => p.payload.includes(p.id));
  assert.ok(plain.length >= corpus.length - 6, `${corpus.length - plain.length} payloads do not name their id`);
});

for (const engine of ['pglite', 'postgres'] as const satisfies readonly Engine[]) {
  if (engine === 'postgres' && !('url' in probe)) {
    test('XSS corpus on PostgreSQL', (t) => t.skip(`PostgreSQL not reachable: ${probe.reason}`));
    continue;
  }

  describe(`XSS corpus through the API on ${engine}`, () => {
    let scratch: ScratchDatabase;
    let server: RunningServer;
    let manifest: XssManifest;

    before(async () => {
      scratch = await scratchDatabase(engine, probe);
      server = await startServer({ ...scratch.options, port: 0, devAuth: true, rateLimit: false });
      manifest = await seedXssCorpus(server, corpus, server.app.mobility.today());
    });
    after(async () => {
      await server?.close();
      await scratch?.drop();
    });

    const getJson = async (path: string): Promise<unknown> => {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.status, 200, `${path}: ${response.status}`);
      return response.json();
    };

    test('every write is answered with 201 or a 400 problem, except text PostgreSQL cannot store', () => {
      const other = manifest.unexpected.filter((line) => !unstorable.test(byId.get(line.split(':')[0]!)?.payload ?? ''));
      assert.deepEqual(other, []);
    });

    test('text with NUL or a lone surrogate is refused with 400, not answered with 500', () => {
      assert.deepEqual(manifest.unexpected, []);
    });

    test('HR vacancies come back exactly as written: text stays text', async () => {
      assert.equal(manifest.vacancies.length, corpus.length);
      for (const written of manifest.vacancies) {
        const served = Vacancy.parse(await getJson(`/v1/vacancies/${written.id}`));
        const { sent } = written;
        assert.equal(stored(served.title), stored(sent.title), written.payloadId);
        assert.equal(stored(served.summary), stored(sent.summary), written.payloadId);
        assert.equal(stored(served.description), stored(sent.description), written.payloadId);
        assert.equal(stored(served.unit), stored(sent.unit), written.payloadId);
        assert.equal(stored(served.location.city), stored(sent.location.city), written.payloadId);
        assert.deepEqual(served.skills.map(stored), sent.skills?.map(stored), written.payloadId);
        assert.equal(stored(served.contact?.name), stored(sent.contact?.name), written.payloadId);
        assert.equal(stored(served.organisation.name), stored(manifest.organisations.find((o) => o.id === written.organisation)?.name));
      }
      // Titles are text: markup in them is kept, verbatim, for the client to escape.
      const scriptTitle = manifest.vacancies.find((v) => v.payloadId === 'script-01')!;
      assert.equal(scriptTitle.sent.title, byId.get('script-01')!.payload);
    });

    test('no vacancy description the API accepts from HR contains an HTML element or an unsafe link', () => {
      const accepted = manifest.vacancies.filter((v) => !v.descriptionRefused);
      assert.ok(accepted.length > 5, 'some payloads are acceptable Markdown text');
      const refused = manifest.vacancies.filter((v) => v.descriptionRefused);
      assert.ok(refused.length > 100, 'payloads with markup are refused as descriptions');
      for (const v of refused) assert.ok(v.refusedPaths.includes('description'), `${v.payloadId}: refused for ${v.refusedPaths}`);
      for (const v of accepted) {
        assert.deepEqual(htmlElementsIn(v.sent.description), [], `${v.payloadId}: ${JSON.stringify(v.sent.description.slice(0, 120))}`);
        for (const target of linkTargets(v.sent.description)) assert.match(target, /^(?:https?:\/\/|mailto:|\/(?!\/)|#)/i, v.payloadId);
      }
    });

    test('HR stories come back exactly as written on the public channel', async () => {
      const served = new Map<string, StoryPage['items'][number]>();
      let cursor: string | null = null;
      do {
        const page: StoryPage = StoryPage.parse(await getJson(`/v1/stories?channel=public&limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`));
        for (const story of page.items) served.set(story.id, story);
        cursor = page.nextCursor;
      } while (cursor);
      assert.equal(served.size, corpus.length);
      for (const written of manifest.stories) {
        const story = served.get(written.id);
        assert.ok(story, written.payloadId);
        const { sent } = written;
        for (const field of ['displayName', 'roleBefore', 'orgBefore', 'roleAfter', 'orgAfter', 'quote', 'body'] as const) {
          assert.equal(stored(story[field]), stored(sent[field]), `${written.payloadId}.${field}`);
        }
        assert.equal(stored(story.photo?.alt), stored(sent.photo?.alt), written.payloadId);
        assert.equal(stored(story.photo?.credit), stored(sent.photo?.credit), written.payloadId);
        assert.equal(stored(story.cta.label), stored(sent.cta.label), written.payloadId);
      }
    });

    test('a story link or portrait may not be javascript:, vbscript: or data:', async () => {
      const token = ((await (await fetch(`${server.url}/v1/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'hr', organisation: 'xss-1' }) })).json()) as { token: string }).token;
      const base = manifest.stories[0]!.sent;
      for (const href of ['javascript:__xss(1)', ' javascript:__xss(1)', 'JAVASCRIPT:__xss(1)', 'vbscript:__xss(1)', 'data:text/html,<script>__xss(1)</script>', '//evil.example/', '/\\evil.example']) {
        for (const body of [{ ...base, cta: { label: 'x', href } }, { ...base, photo: { ...base.photo!, src: href } }]) {
          const response = await fetch(`${server.url}/v1/hr/stories`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          assert.equal(response.status, 400, href);
        }
      }
    });

    test('organisation names come back exactly as stored', async () => {
      const list = OrganisationList.parse(await getJson('/v1/organisations'));
      const names = new Map(list.items.map((o) => [o.id, o.name]));
      for (const org of manifest.organisations) assert.equal(stored(names.get(org.id)), stored(org.name), org.payloadId);
    });

    describe('feed imports', () => {
      const imported = async (organisation: string): Promise<Vacancy[]> => {
        const items: Vacancy[] = [];
        let cursor: string | null = null;
        do {
          const page: VacancyPage = VacancyPage.parse(await getJson(`/v1/vacancies?organisation=${organisation}&limit=100&sort=newest${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`));
          items.push(...page.items);
          cursor = page.nextCursor;
        } while (cursor);
        return items;
      };
      const payloadOf = (vacancy: Vacancy): XssPayload => {
        const id = vacancy.source?.externalId?.replace(/^urn:xss:/, '') ?? '';
        const payload = byId.get(id);
        assert.ok(payload, `imported item ${vacancy.id} names its payload (${id})`);
        return payload;
      };

      test('every feed imported, and skipped only items without text left or too long', () => {
        for (const feed of manifest.feeds) {
          assert.ok(feed.report.created >= 75, `${feed.format}: ${feed.report.created} created`);
          for (const skip of feed.report.skipped) assert.ok(['missing-title', 'field-too-long'].includes(skip.reason), `${feed.format}: ${skip.reason} ${skip.detail}`);
        }
      });

      for (const { id: organisation, format } of xssFeedOrganisations) {
        test(`${format}: descriptions are restricted Markdown without HTML or unsafe links, text fields are plain text`, async () => {
          const vacancies = await imported(organisation);
          const report = manifest.feeds.find((f) => f.format === format)!.report;
          assert.equal(vacancies.length, report.created);
          for (const vacancy of vacancies) {
            const payload = payloadOf(vacancy);
            // The same rules as an HR write: a description a feed sends is never stored as raw HTML.
            assert.ok(MarkdownText(20_000).safeParse(vacancy.description).success, `${payload.id}: ${JSON.stringify(vacancy.description.slice(0, 160))}`);
            assert.deepEqual(htmlElementsIn(vacancy.description), [], `${payload.id}: ${JSON.stringify(vacancy.description.slice(0, 160))}`);
            for (const target of linkTargets(vacancy.description)) assert.match(target, /^(?:https?:\/\/|mailto:)/i, payload.id);
            for (const text of [vacancy.title, vacancy.summary ?? '', vacancy.unit ?? '', vacancy.location.city, ...vacancy.skills]) {
              // eslint-disable-next-line no-control-regex
              assert.doesNotMatch(text, /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/, payload.id);
              assert.equal(text, text.trim(), payload.id);
            }
            if (vacancy.applyUrl) assert.match(vacancy.applyUrl, /^https:\/\/xss\.example\//, payload.id);
            // Atom says its title is HTML: it is reduced to its text. RSS and JSON-LD titles are text and stay text.
            if (format === 'atom') assert.deepEqual(htmlElementsIn(vacancy.title), [], `${payload.id}: ${vacancy.title}`);
          }
          if (format === 'jsonld') {
            // Organisation and place fields of JSON-LD are kept as inert text, whitespace collapsed.
            const raw = vacancies.find((v) => payloadOf(v).id === 'handler-01')!;
            assert.equal(raw.location.city, byId.get('handler-01')!.payload);
            assert.equal(raw.unit, byId.get('handler-01')!.payload);
          }
        });
      }

      test('the Atom export escapes every imported and written text: it parses, and its titles are the API titles', async () => {
        for (const organisation of ['xss-feed-rss', 'xss-feed-jsonld', 'xss-1', 'xss-18']) {
          const response = await fetch(`${server.url}/v1/vacancies/feed.atom?organisation=${organisation}&limit=100`);
          assert.equal(response.status, 200);
          const atom = await response.text();
          assert.equal(XMLValidator.validate(atom), true, organisation);
          const parsed = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false, trimValues: false }).parse(atom) as {
            feed: { entry?: { title: string | { '#text': string } } | { title: string | { '#text': string } }[] };
          };
          const entries = [parsed.feed.entry ?? []].flat();
          const titles = entries.map((e) => String(typeof e.title === 'object' ? e.title['#text'] : e.title));
          const api = VacancyPage.parse(await getJson(`/v1/vacancies?organisation=${organisation}&limit=100`));
          assert.ok(titles.length > 0, organisation);
          assert.deepEqual(new Set(titles), new Set(api.items.map((v) => v.title)), organisation);
        }
      });
    });
  });
}
