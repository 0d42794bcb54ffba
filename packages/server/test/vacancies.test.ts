import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  defaultPageSize,
  DevTokenResponse,
  effectiveVisibility,
  Health,
  maxQueryLength,
  OrganisationList,
  problemTypes,
  Vacancy,
  VacancyPage,
  vacancyKinds,
  visibilities,
  type Organisation,
} from '@mobility-kit/contract';
import { sql, type Insertable } from 'kysely';
import { startServer, type RunningServer } from '../src/index.js';
import type { VacanciesTable } from '../src/db/schema.js';
import { addDays } from '../src/seed/generate.js';
import { expectProblem, invalidParamNames, probePostgres, scratchDatabase, type Engine, type ScratchDatabase } from './helpers.js';
import { startTestIdentityProvider, type TestIdentityProvider } from './idp.js';

const TODAY = '2025-03-10';
const probe = await probePostgres();

/** The organisations the visibility tests look from. */
const X = 'hogeschool-utrecht';
const PARTNER = 'hogeschool-van-amsterdam'; // shares the Randstad network with X
const NON_PARTNER = 'hanzehogeschool-groningen'; // northern network only
const LONER = 'test-eiland'; // in no network at all

interface Row {
  id: string;
  visibility: string;
  organisation_id: string;
  status: string;
  valid_through: string;
  stages: { visibility: 'internal' | 'sector' | 'public'; from: string }[] | null;
}

for (const engine of ['pglite', 'postgres'] as const satisfies readonly Engine[]) {
  if (engine === 'postgres' && !('url' in probe)) {
    test('vacancy API on PostgreSQL', (t) => t.skip(`PostgreSQL not reachable: ${probe.reason}`));
    continue;
  }

  describe(`vacancy API on ${engine}`, () => {
    let db: ScratchDatabase;
    let server: RunningServer;
    let idp: TestIdentityProvider;
    let rows: Row[];
    let organisations: Organisation[];
    const tokens: Record<string, string> = {};

    const get = (path: string, token?: string, headers: Record<string, string> = {}) =>
      fetch(`${server.url}${path}`, { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } });

    /** Follow every cursor; fails on duplicates. Returns the items in order. */
    async function walk(query: string, token?: string): Promise<Vacancy[]> {
      const items: Vacancy[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const sep = query ? '&' : '';
        const response = await get(`/v1/vacancies?${query}${cursor ? `${sep}cursor=${encodeURIComponent(cursor)}` : ''}`, token);
        assert.equal(response.status, 200, await response.clone().text());
        const page = VacancyPage.parse(await response.json());
        items.push(...page.items);
        cursor = page.nextCursor;
        assert.ok(++pages < 200, 'pagination does not end');
      } while (cursor);
      const ids = items.map((v) => v.id);
      assert.equal(new Set(ids).size, ids.length, 'duplicates across pages');
      return items;
    }

    /** Independent statement of the visibility rule, evaluated in JavaScript over every row. */
    function expectedVisible(org: string | null): Set<string> {
      const networksOf = new Map(organisations.map((o) => [o.id, new Set(o.networks)]));
      const mine = org ? networksOf.get(org) ?? new Set<string>() : new Set<string>();
      return new Set(
        rows
          .filter((r) => r.status === 'open' && r.valid_through >= TODAY)
          .filter((r) => {
            // The visibility in force today: the last stage begun, else the base.
            const visibility = effectiveVisibility(r.visibility as 'internal' | 'sector' | 'public', r.stages ?? undefined, TODAY);
            if (visibility === 'public') return true;
            if (!org) return false;
            if (visibility === 'internal') return r.organisation_id === org;
            return r.organisation_id === org || [...(networksOf.get(r.organisation_id) ?? [])].some((n) => mine.has(n));
          })
          .map((r) => r.id),
      );
    }

    before(async () => {
      db = await scratchDatabase(engine, probe);
      idp = await startTestIdentityProvider();
      server = await startServer({
        ...db.options,
        port: 0,
        seed: true,
        devAuth: true,
        today: () => TODAY,
        rateLimit: false,
        corsOrigins: ['https://intranet.example'],
        auth: { issuer: idp.issuer, audience: idp.audience, jwksUrl: idp.jwksUrl, roleClaim: 'roles', organisationClaim: 'org' },
      });
      const kdb = server.app.mobility.database.db;
      // Rows the seed does not make: an organisation without networks, and edge cases of listing.
      await kdb.insertInto('organisations').values({ id: LONER, name: 'Stichting Eiland', sector: 'other', city: null, networks: [], website: null }).execute();
      const base: Omit<Insertable<VacanciesTable>, 'id' | 'title' | 'organisation_id' | 'visibility' | 'date_posted' | 'valid_through'> = {
        description: 'Testvacature.',
        kind: 'vacancy',
        unit: null,
        summary: null,
        city: 'Utrecht',
        pc4: null,
        lat: null,
        lon: null,
        workplace: 'onsite',
        hours_min: 8,
        hours_max: 16,
        salary: null,
        contract: 'temporary',
        start_date: null,
        interests: [],
        skills: [],
        apply_url: null,
        contact: null,
        language: 'nl',
        source: null,
      };
      await kdb
        .insertInto('vacancies')
        .values([
          { ...base, id: 'test-expired', title: 'Verlopen vacature', organisation_id: X, visibility: 'public', date_posted: addDays(TODAY, -30), valid_through: addDays(TODAY, -1) },
          { ...base, id: 'test-closed', title: 'Gesloten vacature', organisation_id: X, visibility: 'public', date_posted: addDays(TODAY, -3), valid_through: addDays(TODAY, 20), status: 'closed' },
          { ...base, id: 'test-last-day', title: 'Laatste dag', organisation_id: PARTNER, visibility: 'public', date_posted: addDays(TODAY, -40), valid_through: TODAY },
          { ...base, id: 'test-wildcard', title: 'Docent 100% online_les', organisation_id: PARTNER, visibility: 'public', date_posted: addDays(TODAY, -2), valid_through: addDays(TODAY, 5) },
          { ...base, id: 'test-eiland-sector', title: 'Eilandklus', organisation_id: LONER, visibility: 'sector', date_posted: addDays(TODAY, -1), valid_through: addDays(TODAY, 5) },
          { ...base, id: 'test-eiland-internal', title: 'Eilandfunctie', organisation_id: LONER, visibility: 'internal', date_posted: addDays(TODAY, -1), valid_through: addDays(TODAY, 5) },
        ])
        .execute();
      rows = (await sql<Row>`select id, visibility, organisation_id, status, valid_through, stages from vacancies`.execute(kdb)).rows;
      organisations = OrganisationList.parse(await (await get('/v1/organisations')).json()).items;
      for (const org of [X, PARTNER, NON_PARTNER, LONER]) {
        const response = await fetch(`${server.url}/v1/dev/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ role: 'employee', organisation: org }),
        });
        assert.equal(response.status, 200);
        const body = DevTokenResponse.parse(await response.json());
        assert.equal(body.expiresIn, 8 * 3600);
        tokens[org] = body.token;
      }
    });

    after(async () => {
      await server?.close();
      await idp?.close();
      await db?.drop();
    });

    describe('demo data', () => {
      test('has at least 200 vacancies across at least 10 organisations in 2–3 networks', () => {
        const demo = rows.filter((r) => !r.id.startsWith('test-'));
        assert.ok(demo.length >= 200, `${demo.length} demo vacancies`);
        const orgs = new Set(demo.map((r) => r.organisation_id));
        assert.ok(orgs.size >= 10, `${orgs.size} organisations`);
        const networks = new Set(organisations.flatMap((o) => o.networks));
        assert.ok(networks.size >= 2 && networks.size <= 3, [...networks].join());
        const sectors = new Set(organisations.map((o) => o.sector));
        for (const s of ['hbo', 'wo', 'mbo', 'government', 'business'] as const) assert.ok(sectors.has(s), `no ${s} organisation`);
        for (const v of visibilities) assert.ok(demo.some((r) => r.visibility === v), `no ${v} vacancy`);
      });

      test('every kind appears, some in English, dates relative to today', async () => {
        const all = await walk('limit=100', tokens[X]);
        for (const kind of vacancyKinds) assert.ok(all.some((v) => v.kind === kind), `no ${kind}`);
        assert.ok(all.some((v) => v.language === 'en'));
        assert.ok(all.some((v) => v.language === 'nl'));
        for (const v of all.filter((x) => !x.id.startsWith('test-'))) {
          assert.ok(v.datePosted <= TODAY && v.datePosted >= addDays(TODAY, -60), `${v.id} posted ${v.datePosted}`);
          assert.ok(v.validThrough >= addDays(TODAY, 3) && v.validThrough <= addDays(TODAY, 90), `${v.id} valid through ${v.validThrough}`);
          assert.match(v.applyUrl ?? '', /^https:\/\/[a-z.]+\.example\//);
          assert.ok(v.interests.length >= 1 && v.interests.length <= 3);
          assert.ok(!/<[a-z]/i.test(v.description), `${v.id} contains HTML`);
        }
        assert.ok(all.some((v) => v.salary?.scale !== undefined && Number(v.salary.scale) >= 10 && Number(v.salary.scale) <= 13));
      });
    });

    describe('listing and visibility', () => {
      test('anonymous callers see exactly the open, unexpired public vacancies, newest first', async () => {
        const items = await walk('limit=50');
        assert.deepEqual(new Set(items.map((v) => v.id)), expectedVisible(null));
        assert.ok(items.every((v) => v.visibility === 'public'));
        const order = [...items].sort((a, b) => (a.datePosted === b.datePosted ? (a.id < b.id ? -1 : 1) : a.datePosted < b.datePosted ? 1 : -1));
        assert.deepEqual(items.map((v) => v.id), order.map((v) => v.id));
        const ids = items.map((v) => v.id);
        assert.ok(ids.includes('test-last-day'), 'a vacancy is listed on its last day');
        assert.ok(!ids.includes('test-expired') && !ids.includes('test-closed'));
      });

      for (const [label, org] of [
        ['an employee of X', X],
        ['an employee of a partner of X', PARTNER],
        ['an employee of a non-partner', NON_PARTNER],
        ['an employee of an organisation without networks', LONER],
      ] as const) {
        test(`${label} sees public + own internal + sector of the network`, async () => {
          const items = await walk('limit=100', tokens[org]);
          assert.deepEqual(new Set(items.map((v) => v.id)), expectedVisible(org));
        });
      }

      test('the audiences differ in the way the rule says', async () => {
        const byOrg = async (org: string) => new Map((await walk('limit=100', tokens[org])).map((v) => [v.id, v]));
        const [x, partner, nonPartner, loner] = await Promise.all([byOrg(X), byOrg(PARTNER), byOrg(NON_PARTNER), byOrg(LONER)]);
        const xInternal = [...x.values()].filter((v) => v.organisation.id === X && v.visibility === 'internal');
        const xSector = [...x.values()].filter((v) => v.organisation.id === X && v.visibility === 'sector');
        assert.ok(xInternal.length > 0 && xSector.length > 0);
        for (const v of xInternal) assert.ok(!partner.has(v.id) && !nonPartner.has(v.id));
        for (const v of xSector) assert.ok(partner.has(v.id) && !nonPartner.has(v.id) && !loner.has(v.id));
        assert.ok(loner.has('test-eiland-sector') && loner.has('test-eiland-internal'));
        assert.ok(!x.has('test-eiland-sector') && !x.has('test-eiland-internal'));
        const anonymous = expectedVisible(null).size;
        assert.ok(x.size > anonymous && partner.size > anonymous && nonPartner.size > anonymous);
      });

      test('pagination walks every page without duplicates or gaps', async () => {
        const small = await walk('limit=7', tokens[X]);
        const large = await walk('limit=100', tokens[X]);
        assert.deepEqual(small.map((v) => v.id), large.map((v) => v.id));
        const first = VacancyPage.parse(await (await get('/v1/vacancies')).json());
        assert.equal(first.items.length, defaultPageSize);
        assert.equal(typeof first.nextCursor, 'string');
        // A page that ends one short of the total leads to a last page with exactly the one left.
        const query = `organisation=${PARTNER}`;
        const total = rows.filter((r) => expectedVisible(null).has(r.id) && r.organisation_id === PARTNER).length;
        assert.ok(total > 2 && total <= 100, `${total}`);
        const whole = VacancyPage.parse(await (await get(`/v1/vacancies?${query}&limit=${total}`)).json());
        assert.equal(whole.items.length, total);
        assert.equal(whole.nextCursor, null);
        const almost = VacancyPage.parse(await (await get(`/v1/vacancies?${query}&limit=${total - 1}`)).json());
        assert.equal(typeof almost.nextCursor, 'string');
        const rest = VacancyPage.parse(
          await (await get(`/v1/vacancies?${query}&limit=${total - 1}&cursor=${encodeURIComponent(almost.nextCursor!)}`)).json(),
        );
        assert.deepEqual(rest.items.map((v) => v.id), [whole.items.at(-1)!.id]);
        assert.equal(rest.nextCursor, null);
      });
    });

    describe('filters', () => {
      let everything: Vacancy[];
      before(async () => {
        everything = await walk('limit=100', tokens[X]);
      });
      const check = async (query: string, predicate: (v: Vacancy) => boolean) => {
        const expected = everything.filter(predicate).map((v) => v.id);
        assert.ok(expected.length > 0, `filter ${query} selects nothing: the test would prove little`);
        assert.ok(expected.length < everything.length, `filter ${query} selects everything`);
        const actual = (await walk(`limit=100&${query}`, tokens[X])).map((v) => v.id);
        assert.deepEqual(actual, expected);
      };
      const text = (v: Vacancy) => [v.title, v.summary ?? '', v.description, v.unit ?? '', v.organisation.name].join('\n').toLowerCase();

      for (const kind of vacancyKinds) test(`kind=${kind}`, () => check(`kind=${kind}`, (v) => v.kind === kind));
      for (const visibility of visibilities) test(`visibility=${visibility}`, () => check(`visibility=${visibility}`, (v) => v.visibility === visibility));
      test('organisation', () => check(`organisation=${PARTNER}`, (v) => v.organisation.id === PARTNER));
      test('hoursMin (overlap)', () => check('hoursMin=30', (v) => v.hoursPerWeek.max >= 30));
      test('hoursMax (overlap)', () => check('hoursMax=12', (v) => v.hoursPerWeek.min <= 12));
      test('hoursMin and hoursMax', () => check('hoursMin=16&hoursMax=20', (v) => v.hoursPerWeek.max >= 16 && v.hoursPerWeek.min <= 20));
      /**
       * Stemming makes an exact oracle impossible without re-implementing Snowball, so the result is
       * bounded from both sides: everything holding one of the `surely` words must be found, and
       * nothing is found without a word starting with `stem`.
       */
      const bounded = async (query: string, words: readonly { stem: string; surely: RegExp }[]) => {
        const actual = new Set((await walk(`limit=100&${query}`, tokens[X])).map((v) => v.id));
        const must = everything.filter((v) => words.every((w) => w.surely.test(text(v)))).map((v) => v.id);
        const may = new Set(everything.filter((v) => words.every((w) => new RegExp(`\\b${w.stem}`).test(text(v)))).map((v) => v.id));
        assert.ok(must.length > 0 && must.length < everything.length, `${query}: oracle selects ${must.length}`);
        for (const id of must) assert.ok(actual.has(id), `${query}: ${id} missing`);
        for (const id of actual) assert.ok(may.has(id), `${query}: ${id} does not match`);
      };
      test('q is case-insensitive and stemmed', () => bounded('q=DOCENT', [{ stem: 'docent', surely: /\bdocent(en)?\b/ }]));
      test('q searches the organisation name', () =>
        bounded('q=hanzehogeschool', [{ stem: 'hanzehogeschool', surely: /\bhanzehogeschool\b/ }]));
      test('q with several words needs all of them', () =>
        bounded(`q=${encodeURIComponent(' docent  Utrecht ')}`, [
          { stem: 'docent', surely: /\bdocent(en)?\b/ },
          { stem: 'utrecht', surely: /\butrecht\b/ },
        ]));
      test('q takes LIKE wildcards literally', async () => {
        // Punctuation leaves no search terms, so these take the substring fallback.
        for (const q of ['%', '_']) {
          const ids = (await walk(`q=${encodeURIComponent(q)}&sort=newest`)).map((v) => v.id);
          assert.deepEqual(ids, everything.filter((v) => v.visibility === 'public' && text(v).includes(q)).map((v) => v.id), q);
          assert.ok(ids.includes('test-wildcard'));
        }
        assert.ok((await walk(`q=${encodeURIComponent('100%')}`)).some((v) => v.id === 'test-wildcard'));
      });
      test('filters combine', () =>
        check(`kind=vacancy&organisation=${X}&hoursMin=32`, (v) => v.kind === 'vacancy' && v.organisation.id === X && v.hoursPerWeek.max >= 32));
    });

    describe('one vacancy', () => {
      test('a visible vacancy is returned in the contract shape', async () => {
        const id = [...expectedVisible(null)][0]!;
        const response = await get(`/v1/vacancies/${id}`);
        assert.equal(response.status, 200);
        const body: unknown = await response.json();
        const vacancy = Vacancy.parse(body);
        assert.equal(vacancy.id, id);
        assert.ok(!JSON.stringify(body).includes('null'), 'optional fields must be absent, not null');
      });

      test('hidden, closed, expired and unknown vacancies are the same 404', async () => {
        const internal = rows.find((r) => r.organisation_id === X && r.visibility === 'internal' && r.status === 'open')!;
        const unknown = await expectProblem(await get('/v1/vacancies/bestaat-niet'), 404, problemTypes.notFound);
        for (const [id, token] of [
          [internal.id, undefined],
          [internal.id, tokens[PARTNER]],
          [internal.id, tokens[NON_PARTNER]],
          ['test-closed', undefined],
          ['test-expired', tokens[X]],
          ['test-eiland-sector', tokens[X]],
        ] as const) {
          const problem = await expectProblem(await get(`/v1/vacancies/${id}`, token), 404, problemTypes.notFound);
          assert.deepEqual(problem, unknown, `${id} reveals that it exists`);
        }
        assert.equal((await get(`/v1/vacancies/${internal.id}`, tokens[X])).status, 200);
        assert.equal((await get('/v1/vacancies/test-eiland-sector', tokens[LONER])).status, 200);
      });

      test('an undecodable or over-long path is a 400 problem', async () => {
        await expectProblem(await get('/v1/vacancies/%FF'), 400, problemTypes.invalidRequest);
        await expectProblem(await get(`/v1/vacancies/${'a'.repeat(300)}`), 400, problemTypes.invalidRequest);
        const tooLongForSlug = await expectProblem(await get(`/v1/vacancies/${'a'.repeat(65)}`), 400, problemTypes.invalidRequest);
        assert.deepEqual(invalidParamNames(tooLongForSlug), ['id']);
      });

      test('bad id syntax is a 400 naming id', async () => {
        const problem = await expectProblem(await get('/v1/vacancies/Niet_Geldig'), 400, problemTypes.invalidRequest);
        assert.deepEqual(invalidParamNames(problem), ['id']);
      });
    });

    describe('invalid requests', () => {
      const bad = async (query: string, names: string[]) => {
        const problem = await expectProblem(await get(`/v1/vacancies?${query}`), 400, problemTypes.invalidRequest);
        assert.deepEqual(invalidParamNames(problem).sort(), [...names].sort(), query);
        assert.ok(problem.title && problem.detail);
        for (const p of problem.invalidParams ?? []) assert.equal(p.in, 'query');
      };
      test('unknown parameter', () => bad('sort=new', ['sort']));
      test('unknown parameters are named one by one', () => bad('foo=1&bar=2', ['foo', 'bar']));
      test('bad enum', () => bad('kind=baan', ['kind']));
      test('hoursMin=veel', () => bad('hoursMin=veel', ['hoursMin']));
      test('hours out of range', () => bad('hoursMax=61', ['hoursMax']));
      test('hoursMin above hoursMax', () => bad('hoursMin=30&hoursMax=10', ['hoursMax']));
      test('limit out of range or fractional', async () => {
        await bad('limit=0', ['limit']);
        await bad('limit=101', ['limit']);
        await bad('limit=2.5', ['limit']);
      });
      test('over-long q', () => bad(`q=${'a'.repeat(maxQueryLength + 1)}`, ['q']));
      test('q with a NUL character', () => bad('q=docent%00', ['q']));
      test('repeated parameter', () => bad('kind=vacancy&kind=project', ['kind']));
      test('tampered cursor', async () => {
        const page = VacancyPage.parse(await (await get('/v1/vacancies?limit=3')).json());
        const cursor = page.nextCursor!;
        const middle = Math.floor(cursor.length / 3);
        const flipped = cursor.slice(0, middle) + (cursor[middle] === 'A' ? 'B' : 'A') + cursor.slice(middle + 1);
        for (const tampered of [flipped, `${cursor}x`, cursor.slice(0, -1), 'bm90LWEtY3Vyc29y', `${cursor.split('.')[0]}.`]) {
          await bad(`cursor=${encodeURIComponent(tampered)}`, ['cursor']);
        }
        await bad('cursor=', ['cursor']);
      });
    });

    describe('authentication', () => {
      test('a token from the identity provider is verified against its JWKS', async () => {
        const token = await idp.sign({ sub: 'u1', roles: ['student', 'employee'], org: PARTNER });
        const items = await walk('limit=100', token);
        assert.deepEqual(new Set(items.map((v) => v.id)), expectedVisible(PARTNER));
      });

      const rejected: [string, () => Promise<string>][] = [
        ['expired', () => idp.sign({ sub: 'u1', roles: 'employee', org: X }, { expiresInSeconds: -60 })],
        ['wrong audience', () => idp.sign({ sub: 'u1', roles: 'employee', org: X }, { audience: 'someone-else' })],
        ['wrong issuer', () => idp.sign({ sub: 'u1', roles: 'employee', org: X }, { issuer: 'https://evil.example' })],
        ['signed with an unpublished key', () => idp.sign({ sub: 'u1', roles: 'employee', org: X }, { unpublishedKey: true })],
        ['without an organisation', () => idp.sign({ sub: 'u1', roles: 'employee' })],
        ['without a known role', () => idp.sign({ sub: 'u1', roles: ['student'], org: X })],
        ['a tampered dev token', async () => `${tokens[X]!.slice(0, -4)}AAAA`],
        ['garbage', async () => 'not.a.token'],
      ];
      for (const [label, make] of rejected) {
        test(`${label} → 401, never a silent downgrade`, async () => {
          const token = await make();
          for (const path of ['/v1/vacancies', `/v1/vacancies/${[...expectedVisible(null)][0]}`]) {
            const response = await get(path, token);
            assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer error="invalid_token"/);
            await expectProblem(response, 401, problemTypes.unauthorized);
          }
        });
      }

      test('a non-Bearer Authorization header is a 401', async () => {
        const response = await fetch(`${server.url}/v1/vacancies`, { headers: { authorization: 'Basic dXNlcjpwYXNz' } });
        await expectProblem(response, 401, problemTypes.unauthorized);
      });

      test('routes without auth ignore the header', async () => {
        assert.equal((await get('/v1/organisations', 'not.a.token')).status, 200);
      });
    });

    describe('HTTP caching', () => {
      for (const path of ['/v1/vacancies?kind=vacancy', '/v1/organisations', '/v1/vacancies/test-wildcard']) {
        test(`anonymous ${path}: public Cache-Control, strong ETag, 304`, async () => {
          const first = await get(path);
          assert.equal(first.status, 200);
          assert.equal(first.headers.get('cache-control'), 'public, max-age=60');
          const etag = first.headers.get('etag');
          assert.match(etag ?? '', /^"[^"]+"$/);
          const again = await get(path, undefined, { 'if-none-match': etag! });
          assert.equal(again.status, 304);
          assert.equal(await again.text(), '');
          assert.equal((await get(path, undefined, { 'if-none-match': `"other", W/${etag}` })).status, 304);
          assert.equal((await get(path, undefined, { 'if-none-match': '"other"' })).status, 200);
        });
      }

      test('different results have different ETags', async () => {
        const a = (await get('/v1/vacancies?kind=vacancy')).headers.get('etag');
        const b = (await get('/v1/vacancies?kind=project')).headers.get('etag');
        assert.notEqual(a, b);
      });

      test('authenticated responses are private and vary by Authorization', async () => {
        const response = await get('/v1/vacancies', tokens[X]);
        assert.equal(response.status, 200);
        assert.equal(response.headers.get('cache-control'), 'private, no-store');
        assert.equal(response.headers.get('etag'), null);
        assert.match(response.headers.get('vary') ?? '', /Authorization/);
        assert.match((await get('/v1/vacancies')).headers.get('vary') ?? '', /Authorization/);
      });
    });

    describe('errors, headers and the rest of the contract', () => {
      test('unknown routes are problem+json 404', async () => {
        await expectProblem(await get('/v2/vacancies'), 404, problemTypes.notFound);
        await expectProblem(await get('/'), 404, problemTypes.notFound);
      });

      test('a wrong method on a known path is a 405 with Allow', async () => {
        const response = await fetch(`${server.url}/v1/vacancies`, { method: 'DELETE' });
        assert.equal(response.headers.get('allow'), 'GET, HEAD');
        await expectProblem(response, 405);
        const token = await fetch(`${server.url}/v1/dev/token`);
        assert.equal(token.headers.get('allow'), 'POST');
        await expectProblem(token, 405);
      });

      test('dev token: bad JSON, wrong media type, unknown organisation, bad role', async () => {
        const post = (body: string, type = 'application/json') =>
          fetch(`${server.url}/v1/dev/token`, { method: 'POST', headers: { 'content-type': type }, body });
        const badJson = await expectProblem(await post('{"role":'), 400, problemTypes.invalidRequest);
        assert.deepEqual(invalidParamNames(badJson), ['(root)']);
        await expectProblem(await post('role=employee', 'text/plain'), 415, problemTypes.invalidRequest);
        const unknownOrg = await expectProblem(await post(JSON.stringify({ role: 'employee', organisation: 'bestaat-niet' })), 400);
        assert.deepEqual(invalidParamNames(unknownOrg), ['organisation']);
        const badRole = await expectProblem(await post(JSON.stringify({ role: 'rector', organisation: X })), 400);
        assert.deepEqual(invalidParamNames(badRole), ['role']);
        const extra = await expectProblem(await post(JSON.stringify({ role: 'hr', organisation: X, admin: true })), 400);
        assert.deepEqual(invalidParamNames(extra), ['admin']);
      });

      test('organisations and health match the contract', async () => {
        const orgs = OrganisationList.parse(await (await get('/v1/organisations')).json());
        assert.ok(orgs.items.some((o) => o.id === X && o.networks.length > 0));
        const health = await get('/v1/health');
        assert.equal(health.status, 200);
        const body = Health.parse(await health.json());
        assert.equal(body.database, 'ok');
        assert.equal(body.status, 'ok');
      });

      test('security headers are set', async () => {
        const response = await get('/v1/organisations');
        assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'/);
        assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
        assert.ok(response.headers.get('referrer-policy'));
      });

      test('CORS allows the configured origin only', async () => {
        const allowed = await get('/v1/vacancies', undefined, { origin: 'https://intranet.example' });
        assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://intranet.example');
        assert.match(allowed.headers.get('vary') ?? '', /Origin/);
        assert.match(allowed.headers.get('vary') ?? '', /Authorization/);
        const other = await get('/v1/vacancies', undefined, { origin: 'https://elders.example' });
        assert.equal(other.headers.get('access-control-allow-origin'), null);
        const preflight = await fetch(`${server.url}/v1/vacancies`, {
          method: 'OPTIONS',
          headers: { origin: 'https://intranet.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
        });
        assert.equal(preflight.status, 204);
        assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Authorization/i);
      });
    });
  });
}
