import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  DevTokenResponse,
  problemTypes,
  storyCacheMaxAgeSeconds,
  storyChannels,
  StoryPage,
  StoryRecord,
  StoryRecordPage,
  type StoryChannel,
  type StoryCreate,
} from '@mobility-kit/contract';
import { startServer, type RunningServer } from '../src/index.js';
import { addDays } from '../src/seed/generate.js';
import { demoStories } from '../src/seed/stories.js';
import { expectProblem, invalidParamNames, probePostgres, scratchDatabase, type Engine, type ScratchDatabase } from './helpers.js';

const TODAY = '2025-06-16';
const probe = await probePostgres();

const OWN = 'hogeschool-utrecht';
const OTHER = 'hogeschool-van-amsterdam';

/** A complete, valid create body; tests override what they are about. */
const body = (overrides: Partial<StoryCreate> = {}): StoryCreate => ({
  displayName: 'Test P.',
  photo: { src: '/demo-assets/portraits/samira.svg', alt: 'Illustratie van een collega achter een laptop', width: 320, height: 400 },
  roleBefore: 'Docent',
  orgBefore: 'Instituut voor ICT',
  roleAfter: 'Teamleider',
  orgAfter: 'Instituut voor ICT',
  moveType: 'internal',
  quote: 'Een nieuwe ronde, nieuwe kansen.',
  body: 'Het hele verhaal, met **nadruk**.',
  language: 'nl',
  cta: { label: 'Bekijk vacatures', href: 'https://www.hu.example/vacatures' },
  publishFrom: addDays(TODAY, -30),
  publishUntil: addDays(TODAY, 30),
  consent: storyChannels.map((channel) => ({ channel, grantedAt: addDays(TODAY, -40), expiresAt: addDays(TODAY, 400), formReference: `FORM-${channel}` })),
  ...overrides,
});

for (const engine of ['pglite', 'postgres'] as const satisfies readonly Engine[]) {
  if (engine === 'postgres' && !('url' in probe)) {
    test('story API on PostgreSQL', (t) => t.skip(`PostgreSQL not reachable: ${probe.reason}`));
    continue;
  }

  describe(`story API on ${engine}`, () => {
    let db: ScratchDatabase;
    let server: RunningServer;
    /** The server's "today"; tests move it to look at the days around a boundary. */
    let day = TODAY;
    const tokens: Record<string, string> = {};

    const request = (method: string, path: string, token?: string, json?: unknown, headers: Record<string, string> = {}) =>
      fetch(`${server.url}${path}`, {
        method,
        headers: {
          ...headers,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(json === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(json === undefined ? {} : { body: JSON.stringify(json) }),
      });

    async function create(overrides: Partial<StoryCreate> = {}, approve = true): Promise<StoryRecord> {
      const response = await request('POST', '/v1/hr/stories', tokens.hr, body(overrides));
      assert.equal(response.status, 201, await response.clone().text());
      const record = StoryRecord.parse(await response.json());
      assert.equal(record.status, 'draft', 'a new story is a draft');
      if (!approve) return record;
      const approved = await request('POST', `/v1/hr/stories/${record.id}/approve`, tokens.hr);
      assert.equal(approved.status, 200);
      return StoryRecord.parse(await approved.json());
    }

    /** Ids served on a channel on `on` (intranet: as an employee of the own organisation). */
    async function served(channel: StoryChannel, on: string = TODAY, token = tokens.employee): Promise<Set<string>> {
      day = on;
      try {
        const ids = new Set<string>();
        let cursor: string | null = null;
        do {
          const query = new URLSearchParams({ channel, limit: '50', ...(cursor ? { cursor } : {}) });
          const response = await request('GET', `/v1/stories?${query}`, channel === 'intranet' ? token : undefined);
          assert.equal(response.status, 200, await response.clone().text());
          const page = StoryPage.parse(await response.json());
          for (const story of page.items) ids.add(story.id);
          cursor = page.nextCursor;
        } while (cursor);
        return ids;
      } finally {
        day = TODAY;
      }
    }

    /** Assert on which of the given days the story is served on the channel. */
    async function expectServedOn(id: string, channel: StoryChannel, days: Record<string, boolean>): Promise<void> {
      for (const [on, expected] of Object.entries(days)) {
        assert.equal((await served(channel, on)).has(id), expected, `${channel} on ${on}: expected ${expected ? 'served' : 'not served'}`);
      }
    }

    before(async () => {
      db = await scratchDatabase(engine, probe);
      server = await startServer({
        ...db.options,
        port: 0,
        seed: true,
        devAuth: true,
        today: () => day,
        rateLimit: false,
        corsOrigins: ['https://intranet.example'],
      });
      const token = async (role: string, organisation: string) => {
        const response = await request('POST', '/v1/dev/token', undefined, { role, organisation });
        assert.equal(response.status, 200);
        return DevTokenResponse.parse(await response.json()).token;
      };
      tokens.hr = await token('hr', OWN);
      tokens.employee = await token('employee', OWN);
      tokens.otherHr = await token('hr', OTHER);
      tokens.otherEmployee = await token('employee', OTHER);
    });
    after(async () => {
      await server?.close();
      await db?.drop();
    });

    for (const channel of storyChannels) {
      describe(`serving rules on the ${channel} channel`, () => {
        test('publishFrom: not the day before, from the day itself', async () => {
          const d = addDays(TODAY, 5);
          const { id } = await create({ publishFrom: d, publishUntil: addDays(d, 20) });
          await expectServedOn(id, channel, { [addDays(d, -1)]: false, [d]: true, [addDays(d, 1)]: true });
        });

        test('publishUntil: up to and including the day, not after', async () => {
          const d = addDays(TODAY, 3);
          const { id } = await create({ publishFrom: addDays(TODAY, -10), publishUntil: d });
          await expectServedOn(id, channel, { [addDays(d, -1)]: true, [d]: true, [addDays(d, 1)]: false });
        });

        test('expiresAt: served the day before, not on the day or after', async () => {
          const e = addDays(TODAY, 4);
          const { id } = await create({
            publishUntil: addDays(TODAY, 100),
            consent: [{ channel, grantedAt: addDays(TODAY, -50), expiresAt: e, formReference: 'F-1' }],
          });
          await expectServedOn(id, channel, { [addDays(e, -1)]: true, [e]: false, [addDays(e, 1)]: false });
        });

        test('grantedAt: not before consent was given', async () => {
          const g = addDays(TODAY, 2);
          const { id } = await create({ consent: [{ channel, grantedAt: g, expiresAt: addDays(g, 300), formReference: 'F-2' }] });
          await expectServedOn(id, channel, { [addDays(g, -1)]: false, [g]: true, [addDays(g, 1)]: true });
        });

        test('consent for the other channel only is not consent for this one', async () => {
          const other = storyChannels.find((c) => c !== channel)!;
          const { id } = await create({ consent: [{ channel: other, grantedAt: addDays(TODAY, -5), expiresAt: addDays(TODAY, 300), formReference: 'F-3' }] });
          assert.equal((await served(channel)).has(id), false);
          assert.equal((await served(other)).has(id), true);
        });

        test('withdrawing consent for this channel removes it here and nowhere else', async () => {
          const other = storyChannels.find((c) => c !== channel)!;
          const { id } = await create();
          assert.equal((await served(channel)).has(id), true);
          const response = await request('POST', `/v1/hr/stories/${id}/consents/withdraw`, tokens.hr, { channel });
          assert.equal(response.status, 200);
          const record = StoryRecord.parse(await response.json());
          assert.deepEqual(record.liveOn, [other]);
          assert.equal(record.consent.find((c) => c.channel === channel)?.withdrawnAt, TODAY);
          assert.equal((await served(channel)).has(id), false);
          assert.equal((await served(other)).has(id), true);
          // A newly signed form brings it back; the withdrawn record stays as evidence.
          const again = await request('POST', `/v1/hr/stories/${id}/consents`, tokens.hr, {
            channel,
            grantedAt: TODAY,
            expiresAt: addDays(TODAY, 365),
            formReference: 'F-NEW',
          });
          assert.equal(again.status, 201);
          const renewed = StoryRecord.parse(await again.json());
          assert.equal(renewed.consent.filter((c) => c.channel === channel).length, 2);
          assert.equal((await served(channel)).has(id), true);
        });

        test('a withdrawn story is gone; a draft is never served; no consent, no story', async () => {
          const withdrawn = await create();
          assert.equal((await served(channel)).has(withdrawn.id), true);
          const response = await request('POST', `/v1/hr/stories/${withdrawn.id}/withdraw`, tokens.hr);
          assert.equal(StoryRecord.parse(await response.json()).status, 'withdrawn');
          assert.equal((await served(channel)).has(withdrawn.id), false);

          const draft = await create({}, false);
          assert.deepEqual(draft.liveOn, []);
          assert.equal((await served(channel)).has(draft.id), false);

          const unconsented = await create({ consent: [] });
          assert.equal((await served(channel)).has(unconsented.id), false);
        });
      });
    }

    describe('channels and callers', () => {
      test('withdrawing every consent at once', async () => {
        const { id } = await create();
        const response = await request('POST', `/v1/hr/stories/${id}/consents/withdraw`, tokens.hr, {});
        assert.deepEqual(StoryRecord.parse(await response.json()).liveOn, []);
        for (const channel of storyChannels) assert.equal((await served(channel)).has(id), false);
      });

      test('intranet: only colleagues of the story’s own organisation', async () => {
        const { id } = await create({ consent: [{ channel: 'intranet', grantedAt: TODAY, expiresAt: addDays(TODAY, 30), formReference: 'F-4' }] });
        assert.equal((await served('intranet', TODAY, tokens.employee)).has(id), true);
        assert.equal((await served('intranet', TODAY, tokens.otherEmployee)).has(id), false, 'a partner organisation does not see it');
        await expectProblem(await request('GET', '/v1/stories?channel=intranet'), 401, problemTypes.unauthorized);
        await expectProblem(await request('GET', `/v1/stories?channel=intranet&organisation=${OTHER}`, tokens.employee), 403, problemTypes.forbidden);
      });

      test('public is the default channel and needs no token; organisation filters it', async () => {
        const { id } = await create({ moveType: 'partner', language: 'en' });
        const page = StoryPage.parse(await (await request('GET', '/v1/stories?limit=50')).json());
        assert.ok(page.items.some((s) => s.id === id));
        const filtered = StoryPage.parse(await (await request('GET', `/v1/stories?moveType=partner&language=en&organisation=${OWN}&limit=50`)).json());
        assert.ok(filtered.items.some((s) => s.id === id));
        assert.ok(filtered.items.every((s) => s.moveType === 'partner' && s.language === 'en' && s.organisation.id === OWN));
        const elsewhere = StoryPage.parse(await (await request('GET', `/v1/stories?organisation=${OTHER}&limit=50`)).json());
        assert.ok(!elsewhere.items.some((s) => s.id === id));
      });

      test('the public shape carries no status or consent internals', async () => {
        const { id } = await create();
        const page = (await (await request('GET', '/v1/stories?limit=50')).json()) as { items: Record<string, unknown>[] };
        const story = page.items.find((s) => s.id === id)!;
        for (const internal of ['status', 'consent', 'publishUntil', 'liveOn']) assert.equal(story[internal], undefined, internal);
        assert.equal((story.photo as { alt: string }).alt, 'Illustratie van een collega achter een laptop');
      });

      test('pagination walks every page without duplicates', async () => {
        for (let i = 0; i < 3; i++) await create({ publishFrom: addDays(TODAY, -i) });
        const all = await served('public');
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const query = new URLSearchParams({ limit: '2', ...(cursor ? { cursor } : {}) });
          const page = StoryPage.parse(await (await request('GET', `/v1/stories?${query}`)).json());
          assert.ok(page.items.length <= 2);
          seen.push(...page.items.map((s) => s.id));
          cursor = page.nextCursor;
        } while (cursor);
        assert.equal(new Set(seen).size, seen.length);
        assert.deepEqual(new Set(seen), all);
      });
    });

    describe('HR routes', () => {
      test('HR lists its own stories with drafts, status and liveOn; never another organisation’s', async () => {
        const draft = await create({}, false);
        const page = StoryRecordPage.parse(await (await request('GET', '/v1/hr/stories?limit=100', tokens.hr)).json());
        assert.ok(page.items.some((s) => s.id === draft.id && s.status === 'draft'));
        assert.ok(page.items.every((s) => s.organisation.id === OWN));
        const drafts = StoryRecordPage.parse(await (await request('GET', '/v1/hr/stories?status=draft&limit=100', tokens.hr)).json());
        assert.ok(drafts.items.length > 0 && drafts.items.every((s) => s.status === 'draft'));
        const theirs = StoryRecordPage.parse(await (await request('GET', '/v1/hr/stories?limit=100', tokens.otherHr)).json());
        assert.ok(!theirs.items.some((s) => s.id === draft.id));
      });

      test('HR of another organisation gets 404 on every route of a story', async () => {
        const { id } = await create();
        const base = `/v1/hr/stories/${id}`;
        await expectProblem(await request('GET', base, tokens.otherHr), 404, problemTypes.notFound);
        await expectProblem(await request('PATCH', base, tokens.otherHr, { quote: 'Gekaapt' }), 404);
        await expectProblem(await request('POST', `${base}/approve`, tokens.otherHr), 404);
        await expectProblem(await request('POST', `${base}/withdraw`, tokens.otherHr), 404);
        await expectProblem(await request('POST', `${base}/consents`, tokens.otherHr, { channel: 'public', grantedAt: TODAY, expiresAt: addDays(TODAY, 9), formReference: 'X' }), 404);
        await expectProblem(await request('POST', `${base}/consents/withdraw`, tokens.otherHr, {}), 404);
        // Nothing changed.
        const record = StoryRecord.parse(await (await request('GET', base, tokens.hr)).json());
        assert.equal(record.status, 'approved');
        assert.notEqual(record.quote, 'Gekaapt');
        assert.equal(record.consent.length, 2);
      });

      test('employees and anonymous callers are refused on HR routes', async () => {
        const { id } = await create();
        for (const [method, path, json] of [
          ['GET', '/v1/hr/stories', undefined],
          ['POST', '/v1/hr/stories', body()],
          ['GET', `/v1/hr/stories/${id}`, undefined],
          ['PATCH', `/v1/hr/stories/${id}`, { quote: 'x' }],
          ['POST', `/v1/hr/stories/${id}/approve`, undefined],
          ['POST', `/v1/hr/stories/${id}/withdraw`, undefined],
          ['POST', `/v1/hr/stories/${id}/consents/withdraw`, {}],
        ] as const) {
          await expectProblem(await request(method, path, tokens.employee, json), 403, problemTypes.forbidden);
          await expectProblem(await request(method, path, undefined, json), 401, problemTypes.unauthorized);
        }
      });

      test('PATCH changes content and window, keeps status, and can remove the photo', async () => {
        const { id } = await create();
        const response = await request('PATCH', `/v1/hr/stories/${id}`, tokens.hr, { quote: 'Nieuw citaat', publishUntil: addDays(TODAY, 60), photo: null });
        assert.equal(response.status, 200, await response.clone().text());
        const record = StoryRecord.parse(await response.json());
        assert.equal(record.quote, 'Nieuw citaat');
        assert.equal(record.publishUntil, addDays(TODAY, 60));
        assert.equal(record.status, 'approved');
        assert.equal(record.photo, undefined);
      });

      test('interests: stored on create, served on the public channel, replaced or cleared by PATCH', async () => {
        const { id, interests } = await create({ interests: ['I', 'R', 'C'] });
        assert.deepEqual(interests, ['I', 'R', 'C']);
        const page = StoryPage.parse(await (await request('GET', '/v1/stories?channel=public&limit=50')).json());
        assert.deepEqual(page.items.find((story) => story.id === id)?.interests, ['I', 'R', 'C'], 'the public story carries the code');

        const patch = async (json: unknown) => {
          const response = await request('PATCH', `/v1/hr/stories/${id}`, tokens.hr, json);
          assert.equal(response.status, 200, await response.clone().text());
          return StoryRecord.parse(await response.json());
        };
        assert.deepEqual((await patch({ interests: ['S'] })).interests, ['S']);
        assert.deepEqual((await patch({ quote: 'Ander citaat' })).interests, ['S'], 'a PATCH without interests keeps them');
        assert.equal((await patch({ interests: [] })).interests, undefined, 'an empty code is left out');
        assert.equal((await create()).interests, undefined, 'a story without a code has none');
      });
    });

    describe('invalid requests name their fields', () => {
      const bad = async (json: unknown, expected: string[], path = '/v1/hr/stories', method = 'POST') => {
        const problem = await expectProblem(await request(method, path, tokens.hr, json), 400, problemTypes.invalidRequest);
        for (const name of expected) assert.ok(invalidParamNames(problem).includes(name), `${name} in ${JSON.stringify(problem.invalidParams)}`);
      };
      test('missing alt text', () => {
        const { alt: _alt, ...photo } = body().photo!;
        return bad({ ...body(), photo }, ['photo.alt']);
      });
      test('blank alt text', () => bad(body({ photo: { src: '/demo-assets/portraits/samira.svg', alt: '   ' } }), ['photo.alt']));
      test('photo src that is neither a URL nor a path', () => bad(body({ photo: { src: 'javascript:alert(1)', alt: 'Iemand' } }), ['photo.src']));
      test('unknown move type, empty quote, missing cta', () => {
        const { cta: _cta, ...rest } = body();
        return bad({ ...rest, moveType: 'promotion', quote: '' }, ['moveType', 'quote', 'cta']);
      });
      test('window ending before it starts', () => bad(body({ publishFrom: TODAY, publishUntil: addDays(TODAY, -1) }), ['publishUntil']));
      test('interests: a letter that is no RIASEC type, or more than three', async () => {
        await bad({ ...body(), interests: ['S', 'X'] }, ['interests.1']);
        await bad(body({ interests: ['S', 'E', 'A', 'I'] }), ['interests']);
        const { id } = await create({}, false);
        await bad({ interests: ['s'] }, ['interests.0'], `/v1/hr/stories/${id}`, 'PATCH');
      });
      test('consent expiring before it is granted, and two records for one channel', async () => {
        await bad(body({ consent: [{ channel: 'public', grantedAt: TODAY, expiresAt: TODAY, formReference: 'F' }] }), ['consent.0.expiresAt']);
        const twice = { channel: 'public' as const, grantedAt: TODAY, expiresAt: addDays(TODAY, 1), formReference: 'F' };
        await bad(body({ consent: [twice, twice] }), ['consent']);
      });
      test('raw HTML in the body, on create and on edit, like a vacancy description', async () => {
        for (const html of ['<img src=x onerror="alert(1)">', 'Tekst <b>vet</b>', '<!-- verborgen -->', '<svg/onload=alert(1)>']) {
          await bad(body({ body: html }), ['body']);
        }
        await bad(body({ body: 'Lees [dit](javascript:alert(1))' }), ['body']);
        const { id } = await create({}, false);
        await bad({ body: '<script>alert(1)</script>' }, ['body'], `/v1/hr/stories/${id}`, 'PATCH');
      });
      test('PATCH cannot set status or consent', async () => {
        const { id } = await create({}, false);
        await bad({ status: 'approved', consent: [] }, ['status', 'consent'], `/v1/hr/stories/${id}`, 'PATCH');
      });
      test('PATCH that would reverse the window', async () => {
        const { id } = await create();
        await bad({ publishUntil: addDays(TODAY, -400) }, ['publishUntil'], `/v1/hr/stories/${id}`, 'PATCH');
      });
      test('list queries', async () => {
        for (const [query, names] of [
          ['channel=extranet', ['channel']],
          ['moveType=promotion', ['moveType']],
          ['limit=0', ['limit']],
          ['sort=new', ['sort']],
          ['cursor=bogus', ['cursor']],
        ] as const) {
          const problem = await expectProblem(await request('GET', `/v1/stories?${query}`), 400, problemTypes.invalidRequest);
          assert.deepEqual(invalidParamNames(problem), [...names]);
        }
      });
      test('bad story id', async () => {
        const problem = await expectProblem(await request('GET', '/v1/hr/stories/Not_A_Slug', tokens.hr), 400);
        assert.deepEqual(invalidParamNames(problem), ['id']);
      });
    });

    describe('HTTP caching', () => {
      test(`anonymous public answers: public, max-age=${storyCacheMaxAgeSeconds}, ETag and 304; a withdrawal changes the ETag`, async () => {
        const { id } = await create();
        const first = await request('GET', '/v1/stories?limit=50');
        assert.equal(first.headers.get('cache-control'), `public, max-age=${storyCacheMaxAgeSeconds}`);
        const etag = first.headers.get('etag')!;
        assert.match(etag, /^"[\w-]+"$/);
        assert.ok(StoryPage.parse(await first.json()).items.some((s) => s.id === id));
        const again = await request('GET', '/v1/stories?limit=50', undefined, undefined, { 'if-none-match': etag });
        assert.equal(again.status, 304);
        await request('POST', `/v1/hr/stories/${id}/withdraw`, tokens.hr);
        const revalidated = await request('GET', '/v1/stories?limit=50', undefined, undefined, { 'if-none-match': etag });
        assert.equal(revalidated.status, 200, 'a cache revalidating after the withdrawal gets the new list');
        assert.ok(!StoryPage.parse(await revalidated.json()).items.some((s) => s.id === id));
      });

      test('intranet answers are never stored and vary by Authorization', async () => {
        const response = await request('GET', '/v1/stories?channel=intranet', tokens.employee);
        assert.equal(response.headers.get('cache-control'), 'private, no-store');
        assert.match(response.headers.get('vary') ?? '', /Authorization/i);
      });

      test('CORS lets an intranet origin PATCH', async () => {
        const response = await fetch(`${server.url}/v1/hr/stories/x`, {
          method: 'OPTIONS',
          headers: { origin: 'https://intranet.example', 'access-control-request-method': 'PATCH' },
        });
        assert.ok(response.status < 300);
        assert.match(response.headers.get('access-control-allow-methods') ?? '', /PATCH/);
      });
    });

    describe('demo stories', () => {
      test('at least 12, in Dutch and English, with every rule visible', async () => {
        assert.ok(demoStories.length >= 12);
        const records: StoryRecord[] = [];
        for (const token of [tokens.hr, tokens.otherHr, await devHr('hogeschool-rotterdam')]) {
          const page = StoryRecordPage.parse(await (await request('GET', '/v1/hr/stories?limit=100', token)).json());
          records.push(...page.items.filter((s) => s.id.startsWith('demo-story-')));
        }
        assert.equal(records.length, demoStories.length);
        assert.ok(records.some((s) => s.language === 'en') && records.some((s) => s.language === 'nl'));
        assert.ok(records.some((s) => s.status === 'draft' && s.liveOn.length === 0), 'a draft');
        assert.ok(records.some((s) => s.consent.some((c) => c.withdrawnAt) && s.liveOn.length === 0), 'a withdrawn consent');
        assert.ok(records.some((s) => s.consent.some((c) => c.expiresAt <= TODAY) && s.liveOn.length === 0), 'an expired consent');
        assert.ok(records.filter((s) => s.liveOn.includes('public')).length >= 3, 'some public');
        assert.ok(records.filter((s) => s.liveOn.length === 1 && s.liveOn[0] === 'intranet').length >= 3, 'some intranet only');
        assert.ok(new Set(records.map((s) => s.moveType)).size >= 5, 'varied moves');
        const uncoded = records.filter((s) => (s.interests ?? []).length === 0).map((s) => s.id);
        assert.deepEqual(uncoded, [], 'every demo story carries the interest code of the role after the move');
      });

      test('every portrait is served as SVG and described by its alt text', async () => {
        const page = StoryPage.parse(await (await request('GET', '/v1/stories?limit=50')).json());
        const demo = page.items.filter((s) => s.id.startsWith('demo-story-'));
        assert.ok(demo.length >= 3);
        for (const story of demo) {
          assert.ok(story.photo && story.photo.alt.length > 30, `${story.id} has a descriptive alt`);
          assert.ok(story.photo.alt.includes(story.displayName.split(' ')[0]!), `${story.id}: the alt text names the person`);
          const image = await fetch(`${server.url}${story.photo.src}`);
          assert.equal(image.status, 200, story.photo.src);
          assert.match(image.headers.get('content-type') ?? '', /^image\/svg\+xml/);
          assert.match(await image.text(), /^<svg [^>]*viewBox="0 0 320 400"/);
        }
      });

      async function devHr(organisation: string): Promise<string> {
        const response = await request('POST', '/v1/dev/token', undefined, { role: 'hr', organisation });
        return DevTokenResponse.parse(await response.json()).token;
      }
    });
  });
}
