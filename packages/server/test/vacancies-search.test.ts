import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import {
  DevTokenResponse,
  HrVacancy,
  HrVacancyPage,
  problemTypes,
  Vacancy,
  VacancyPage,
  vacancySorts,
  type Visibility,
} from '@mobility-kit/contract';
import { sql, type Insertable } from 'kysely';
import { startServer, type RunningServer } from '../src/index.js';
import type { VacanciesTable } from '../src/db/schema.js';
import { placesCsvPath } from '../src/db/places.js';
import { addDays } from '../src/seed/generate.js';
import { expectProblem, invalidParamNames, probePostgres, scratchDatabase, type Engine, type ScratchDatabase } from './helpers.js';

const TODAY = '2025-03-10';
const probe = await probePostgres();

/** Own organisation, a partner (shares network `n1`) and a non-partner (network `n2` only). */
const OWN = 'zoek-eigen';
const PARTNER = 'zoek-partner';
const OTHER = 'zoek-ander';

/** Centres from the shipped CSV, read independently of the server's loader. */
const csv = new Map(
  readFileSync(placesCsvPath, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [pc4, place, lat, lon] = line.split(',');
      return [pc4!, { place: place!, lat: Number(lat), lon: Number(lon) }] as const;
    }),
);
const at = (pc4: string) => ({ pc4, city: csv.get(pc4)!.place, lat: csv.get(pc4)!.lat, lon: csv.get(pc4)!.lon });
const sites = [at('3511'), at('3581'), at('1011'), at('3011'), at('9711'), at('3701'), at('2511')];

function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const titles = [
  'Docent wiskunde',
  'Docenten Nederlands gezocht',
  'Onderzoeker duurzame energie',
  'Onderzoekers zorginnovatie',
  'Lecturer in data science',
  'Lecturers international business',
  'Beleidsmedewerker onderwijs',
  'Teamleider facilitair bedrijf',
  'Adviseur inkoop',
];

/** Stage dates of the staged vacancy. */
const D1 = '2025-03-01';
const D2 = '2025-03-15';
const PRIORITY_UNTIL = '2025-03-08';

for (const engine of ['pglite', 'postgres'] as const satisfies readonly Engine[]) {
  if (engine === 'postgres' && !('url' in probe)) {
    test('vacancy search on PostgreSQL', (t) => t.skip(`PostgreSQL not reachable: ${probe.reason}`));
    continue;
  }

  describe(`vacancy search and HR writes on ${engine}`, () => {
    let db: ScratchDatabase;
    let server: RunningServer;
    let day = TODAY;
    const tokens: Record<string, string> = {};

    const request = (path: string, init: { token?: string | undefined; method?: string; body?: unknown } = {}) =>
      fetch(`${server.url}${path}`, {
        method: init.method ?? 'GET',
        headers: {
          ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
          ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      });

    async function walk(query: string, token?: string): Promise<Vacancy[]> {
      const items: Vacancy[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const response = await request(`/v1/vacancies?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { token });
        assert.equal(response.status, 200, await response.clone().text());
        const page = VacancyPage.parse(await response.json());
        items.push(...page.items);
        cursor = page.nextCursor;
        assert.ok(++pages < 200, 'pagination does not end');
      } while (cursor);
      const ids = items.map((v) => v.id);
      assert.equal(new Set(ids).size, ids.length, `duplicates across pages of ${query}`);
      return items;
    }

    before(async () => {
      db = await scratchDatabase(engine, probe);
      server = await startServer({ ...db.options, port: 0, seed: false, devAuth: true, today: () => day, rateLimit: false });
      const kdb = server.app.mobility.database.db;
      await kdb
        .insertInto('organisations')
        .values([
          { id: OWN, name: 'Hogeschool Zoekstad', sector: 'hbo', city: 'Utrecht', networks: ['n1'], website: null },
          { id: PARTNER, name: 'Universiteit Partnerstad', sector: 'wo', city: 'Amsterdam', networks: ['n1'], website: null },
          { id: OTHER, name: 'ROC Elders', sector: 'mbo', city: 'Groningen', networks: ['n2'], website: null },
        ])
        .execute();
      const orgs = [OWN, PARTNER, OTHER];
      const rows: Insertable<VacanciesTable>[] = [];
      for (let i = 0; i < 45; i++) {
        const site = sites[i % sites.length]!;
        const scale = i % 4 === 0 ? null : i % 4 === 1 ? 'LB' : String(8 + (i % 6));
        rows.push({
          id: `zoek-${String(i).padStart(2, '0')}`,
          organisation_id: orgs[i % 3]!,
          title: titles[i % titles.length]!,
          summary: i % 5 === 0 ? 'Werken aan de projectleider-rol van morgen.' : null,
          description: i % 7 === 0 ? 'Je werkt samen met andere docenten en onderzoekers.' : 'Een mooie functie.',
          kind: 'vacancy',
          visibility: 'public',
          unit: null,
          city: site.city,
          pc4: site.pc4,
          // Every fourth vacancy has only a postcode: the server finds its point in the places table.
          lat: i % 4 === 3 ? null : site.lat,
          lon: i % 4 === 3 ? null : site.lon,
          workplace: 'onsite',
          hours_min: 16,
          hours_max: 36,
          salary: scale ? JSON.stringify({ scale, currency: 'EUR', period: 'month' }) : null,
          contract: i % 2 === 0 ? 'permanent' : 'temporary',
          // Few distinct dates and places, so every order has ties the id must break.
          date_posted: addDays(TODAY, -(i % 5)),
          valid_through: addDays(TODAY, 1 + (i % 6)),
          start_date: null,
          interests: [],
          skills: i % 9 === 8 ? ['inkoop', 'contractbeheer'] : [],
          apply_url: null,
          contact: null,
          language: i % titles.length >= 4 && i % titles.length <= 5 ? 'en' : 'nl',
          source: null,
        });
      }
      await kdb.insertInto('vacancies').values(rows).execute();
      await sql`update vacancies set title = 'Projectleider digitalisering' where id = 'zoek-00'`.execute(kdb);
      // The staged vacancy: internal until D1, sector until D2, public after; priority until PRIORITY_UNTIL.
      await sql`insert into vacancies (id, organisation_id, title, description, kind, visibility, city, workplace, hours_min, hours_max,
          contract, date_posted, valid_through, stages, priority)
        values ('zoek-gefaseerd', ${OWN}, 'Gefaseerde vacature', 'Eerst intern.', 'vacancy', 'internal', 'Utrecht', 'onsite', 8, 16,
          'temporary', '2025-02-01', '2025-04-30',
          ${JSON.stringify([{ visibility: 'public', from: D2 }, { visibility: 'sector', from: D1 }])}::jsonb,
          ${JSON.stringify({ group: 'redeployment', until: PRIORITY_UNTIL })}::jsonb)`.execute(kdb);
      for (const [key, role, organisation] of [
        ['own', 'employee', OWN],
        ['partner', 'employee', PARTNER],
        ['other', 'employee', OTHER],
        ['hr', 'hr', OWN],
        ['admin', 'admin', OWN],
        ['otherHr', 'hr', PARTNER],
      ] as const) {
        const response = await request('/v1/dev/token', { method: 'POST', body: { role, organisation } });
        assert.equal(response.status, 200);
        tokens[key] = DevTokenResponse.parse(await response.json()).token;
      }
    });

    after(async () => {
      await server?.close();
      await db?.drop();
    });

    describe('text search with stemming', () => {
      const idsFor = async (q: string) => (await walk(`q=${encodeURIComponent(q)}&limit=100`)).map((v) => v.id);
      const titled = (re: RegExp) => titles.map((t, i) => [t, i] as const).filter(([t]) => re.test(t));

      test('the dutch and english text search configurations exist', async () => {
        const result = await sql<{ cfgname: string }>`select cfgname from pg_ts_config where cfgname in ('dutch', 'english') order by 1`.execute(
          server.app.mobility.database.db,
        );
        assert.deepEqual(result.rows.map((r) => r.cfgname), ['dutch', 'english']);
      });

      for (const [q, singular, plural] of [
        ['docenten', /^Docent wiskunde$/, /^Docenten/],
        ['docent', /^Docent wiskunde$/, /^Docenten/],
        ['onderzoekers', /^Onderzoeker duurzame/, /^Onderzoekers/],
        ['lecturers', /^Lecturer in/, /^Lecturers/],
        ['Lecturer', /^Lecturer in/, /^Lecturers/],
      ] as const) {
        test(`q=${q} finds the singular and the plural`, async () => {
          const ids = new Set(await idsFor(q));
          const [[, single]] = titled(singular) as [[string, number]];
          const [[, many]] = titled(plural) as [[string, number]];
          // zoek-00 was retitled; look at the first row of each title after it.
          const first = (index: number) => `zoek-${String(index === 0 ? titles.length : index).padStart(2, '0')}`;
          assert.ok(ids.has(first(single)), `${q} misses ${titles[single]}`);
          assert.ok(ids.has(first(many)), `${q} misses ${titles[many]}`);
          assert.ok(!ids.has(first(titles.indexOf('Adviseur inkoop'))), `${q} finds an unrelated vacancy`);
        });
      }

      test('the organisation name and skills are searched', async () => {
        assert.ok((await idsFor('partnerstad')).every((id) => Number(id.slice(5)) % 3 === 1));
        assert.ok((await idsFor('partnerstad')).length > 0);
        assert.ok((await idsFor('contractbeheer')).includes('zoek-08'));
      });

      test('relevance ranks a title match above a summary match, and is the default with q', async () => {
        const items = await walk(`q=projectleider&limit=100`);
        assert.equal(items[0]?.id, 'zoek-00');
        assert.ok(items.length > 1, 'summaries mention projectleider too');
        const explicit = await walk(`q=projectleider&sort=relevance&limit=100`);
        assert.deepEqual(explicit.map((v) => v.id), items.map((v) => v.id));
      });

      for (const q of ['!!!', '%', 'de', 'the', '-', '"', 'a:b|c&!'])
        test(`an odd query (${q}) is answered, never a 500`, async () => {
          const response = await request(`/v1/vacancies?q=${encodeURIComponent(q)}`);
          assert.equal(response.status, 200, await response.clone().text());
          VacancyPage.parse(await response.json());
        });
    });

    describe('filters', () => {
      let all: Vacancy[];
      before(async () => {
        all = await walk('limit=100', tokens.own);
      });
      const check = async (query: string, predicate: (v: Vacancy) => boolean) => {
        const expected = all.filter(predicate).map((v) => v.id);
        assert.ok(expected.length > 0 && expected.length < all.length, `${query} selects ${expected.length}`);
        assert.deepEqual((await walk(`limit=100&${query}`, tokens.own)).map((v) => v.id), expected);
      };
      const numericScale = (v: Vacancy) => (/^\d+$/.test(v.salary?.scale ?? '') ? Number(v.salary!.scale) : undefined);

      test('sector', () => check('sector=wo', (v) => v.organisation.sector === 'wo'));
      test('contract', () => check('contract=temporary', (v) => v.contract === 'temporary'));
      test('closingAfter', () => check(`closingAfter=${addDays(TODAY, 4)}`, (v) => v.validThrough >= addDays(TODAY, 4)));
      test('scaleMin', () => check('scaleMin=11', (v) => (numericScale(v) ?? 0) >= 11));
      test('scaleMax', () => check('scaleMax=9', (v) => numericScale(v) !== undefined && numericScale(v)! <= 9));
      test('scaleMin and scaleMax', () => check('scaleMin=10&scaleMax=11', (v) => [10, 11].includes(numericScale(v) ?? 0)));
      test('filters combine with q', () =>
        check('q=docent&contract=permanent&sector=hbo&sort=newest', (v) => /docent/i.test(v.title + v.description) && v.contract === 'permanent' && v.organisation.sector === 'hbo'));
    });

    describe('distance', () => {
      const point3511 = csv.get('3511')!;
      const locate = (v: Vacancy) => ({ lat: v.location.lat ?? csv.get(v.location.pc4!)!.lat, lon: v.location.lon ?? csv.get(v.location.pc4!)!.lon });

      test('within 30 km of 3511: Utrecht and Zeist are, Amsterdam and Rotterdam are not', async () => {
        const items = await walk('near=3511&radiusKm=30&limit=100');
        const cities = new Set(items.map((v) => v.location.city));
        assert.ok(cities.has('Utrecht') && cities.has('Zeist'));
        assert.ok(!cities.has('Amsterdam') && !cities.has('Rotterdam') && !cities.has('Groningen'));
      });

      test('the default radius is 40 km (Amsterdam centre is about 35 km from 3511 as the crow flies)', async () => {
        const cities = new Set((await walk('near=3511&limit=100')).map((v) => v.location.city));
        assert.ok(cities.has('Amsterdam') && cities.has('Utrecht'));
        assert.ok(!cities.has('Groningen') && !cities.has('Den Haag'));
      });

      test('distanceKm is the haversine distance to one decimal, and only present with near', async () => {
        const all = await walk('limit=100', tokens.own);
        const near = await walk('near=3511&radiusKm=300&limit=100', tokens.own);
        // Every vacancy with a postcode or a point takes part; one without either cannot be placed.
        assert.deepEqual(near.map((v) => v.id).sort(), all.filter((v) => v.location.pc4 !== undefined || v.location.lat !== undefined).map((v) => v.id).sort());
        assert.ok(!near.some((v) => v.id === 'zoek-gefaseerd'));
        for (const v of near) {
          const expected = haversineKm(point3511, locate(v));
          assert.ok(Math.abs(v.distanceKm! - expected) <= 0.051, `${v.id}: ${v.distanceKm} vs ${expected}`);
          assert.equal(v.distanceKm, Math.round(v.distanceKm! * 10) / 10);
        }
        assert.ok(all.every((v) => v.distanceKm === undefined));
        const inside = near.filter((v) => haversineKm(point3511, locate(v)) <= 30).map((v) => v.id).sort();
        assert.deepEqual((await walk('near=3511&radiusKm=30&limit=100', tokens.own)).map((v) => v.id).sort(), inside);
      });

      test('sort=distance is nearest first', async () => {
        const items = await walk('near=Groningen&radiusKm=300&sort=distance&limit=100');
        const distances = items.map((v) => v.distanceKm!);
        assert.deepEqual(distances, [...distances].sort((a, b) => a - b));
        assert.equal(items[0]?.location.city, 'Groningen');
      });

      test('a place name works, in any case and with or without diacritics', async () => {
        const byPc4 = (await walk('near=3511&radiusKm=10&limit=100')).map((v) => v.id).sort();
        for (const place of ['Utrecht', 'utrecht', 'UTRECHT ']) {
          const byName = (await walk(`near=${encodeURIComponent(place)}&radiusKm=10&limit=100`)).map((v) => v.id).sort();
          assert.deepEqual(byName, byPc4, place);
        }
        for (const place of ['Den Haag', 'den-haag', 'Mariënberg', 'Marienberg', "'s-Graveland"]) {
          assert.equal((await request(`/v1/vacancies?near=${encodeURIComponent(place)}`)).status, 200, place);
        }
      });

      for (const near of ['0000', '1000', 'Atlantis', 'Utrecht Centraal'])
        test(`near=${near} is a 400 naming near`, async () => {
          const problem = await expectProblem(await request(`/v1/vacancies?near=${encodeURIComponent(near)}`), 400, problemTypes.invalidRequest);
          assert.deepEqual(invalidParamNames(problem), ['near']);
          assert.match(problem.invalidParams![0]!.message, /unknown postcode or place/);
        });
    });

    describe('sorting and pagination per sort', () => {
      const lists: Record<string, string> = {
        newest: 'sort=newest',
        closing: 'sort=closing',
        relevance: 'q=docent%20onderzoeker%20OR%20lecturer%20OR%20projectleider%20OR%20docenten',
        distance: 'near=3511&radiusKm=300&sort=distance',
      };
      for (const sort of vacancySorts) {
        test(`${sort}: small pages give exactly the big page, in order`, async () => {
          const big = await walk(`${lists[sort]}&limit=100`, tokens.own);
          assert.ok(big.length >= 12, `${sort} lists only ${big.length}`);
          for (const limit of [1, 4, 7]) {
            assert.deepEqual((await walk(`${lists[sort]}&limit=${limit}`, tokens.own)).map((v) => v.id), big.map((v) => v.id), `limit=${limit}`);
          }
          for (let i = 1; i < big.length; i++) {
            const [a, b] = [big[i - 1]!, big[i]!];
            if (sort === 'newest') assert.ok(a.datePosted > b.datePosted || (a.datePosted === b.datePosted && a.id < b.id));
            if (sort === 'closing') assert.ok(a.validThrough < b.validThrough || (a.validThrough === b.validThrough && a.id < b.id));
            if (sort === 'distance') assert.ok(a.distanceKm! <= b.distanceKm!);
          }
        });
      }

      test('a cursor from another sort or filter is a 400 naming cursor', async () => {
        const page = VacancyPage.parse(await (await request('/v1/vacancies?sort=closing&limit=2')).json());
        const cursor = encodeURIComponent(page.nextCursor!);
        assert.equal((await request(`/v1/vacancies?sort=closing&limit=5&cursor=${cursor}`)).status, 200, 'another limit is the same list');
        for (const query of ['sort=newest', 'sort=closing&contract=permanent', 'sort=closing&near=3511', '']) {
          const problem = await expectProblem(await request(`/v1/vacancies?${query}&cursor=${cursor}`), 400, problemTypes.invalidRequest);
          assert.deepEqual(invalidParamNames(problem), ['cursor'], query);
        }
      });

      for (const [query, names] of [
        ['radiusKm=10', ['radiusKm']],
        ['sort=relevance', ['sort']],
        ['sort=relevance&q=%20', ['sort']],
        ['sort=distance', ['sort']],
        ['sort=distance&q=docent', ['sort']],
        ['near=3511&radiusKm=0', ['radiusKm']],
        ['near=3511&radiusKm=301', ['radiusKm']],
        ['scaleMin=elf', ['scaleMin']],
        ['scaleMin=10.5', ['scaleMin']],
        ['scaleMin=12&scaleMax=10', ['scaleMax']],
        ['sector=zorg', ['sector']],
        ['contract=vast', ['contract']],
        ['closingAfter=10-03-2025', ['closingAfter']],
        [`near=${'a'.repeat(101)}`, ['near']],
        ['near=%20', ['near']],
        ['near=utrecht%00', ['near']],
        ['sort=random', ['sort']],
      ] as const)
        test(`${query} is a 400 naming ${names.join(', ')}`, async () => {
          const problem = await expectProblem(await request(`/v1/vacancies?${query}`), 400, problemTypes.invalidRequest);
          assert.deepEqual(invalidParamNames(problem), names);
        });
    });

    describe('publication stages and priority', () => {
      /** Internal until D1, sector from D1, public from D2. */
      const expected = (d: string): Visibility => (d >= D2 ? 'public' : d >= D1 ? 'sector' : 'internal');
      const audiences = { anonymous: undefined, own: 'own', partner: 'partner', other: 'other' } as const;
      const sees = (audience: keyof typeof audiences, visibility: Visibility) =>
        visibility === 'public' || (visibility === 'sector' && audience !== 'anonymous' && audience !== 'other') || (visibility === 'internal' && audience === 'own');

      for (const d of [addDays(D1, -1), D1, addDays(D1, 1), addDays(D2, -1), D2, addDays(D2, 1)]) {
        test(`on ${d} the staged vacancy is ${expected(d)}, for each audience`, async () => {
          day = d;
          try {
            for (const [audience, key] of Object.entries(audiences) as [keyof typeof audiences, string | undefined][]) {
              const token = key ? tokens[key] : undefined;
              const listed = (await walk('limit=100', token)).find((v) => v.id === 'zoek-gefaseerd');
              const one = await request('/v1/vacancies/zoek-gefaseerd', { token });
              const visible = sees(audience, expected(d));
              assert.equal(Boolean(listed), visible, `${audience} on ${d}: listed`);
              assert.equal(one.status, visible ? 200 : 404, `${audience} on ${d}: by id`);
              if (listed) {
                assert.equal(listed.visibility, expected(d));
                assert.deepEqual(listed.stages, [{ visibility: 'sector', from: D1 }, { visibility: 'public', from: D2 }]);
                assert.deepEqual(listed.priority, { group: 'redeployment', until: PRIORITY_UNTIL });
              }
              const filtered = (await walk(`visibility=${expected(d)}&limit=100`, token)).some((v) => v.id === 'zoek-gefaseerd');
              assert.equal(filtered, visible, `${audience} on ${d}: visibility filter`);
            }
          } finally {
            day = TODAY;
          }
        });
      }

      for (const d of [addDays(PRIORITY_UNTIL, -1), PRIORITY_UNTIL, addDays(PRIORITY_UNTIL, 1)]) {
        test(`priority is returned as set on ${d}`, async () => {
          day = d;
          try {
            const vacancy = Vacancy.parse(await (await request('/v1/vacancies/zoek-gefaseerd', { token: tokens.own })).json());
            assert.deepEqual(vacancy.priority, { group: 'redeployment', until: PRIORITY_UNTIL });
          } finally {
            day = TODAY;
          }
        });
      }
    });

    describe('HR writes', () => {
      const body = {
        title: 'Coördinator internationalisering',
        summary: 'Je verbindt onderwijs en partners in het buitenland.',
        description: 'Je werkt met **collega’s** van alle academies.\n\n- overleg\n- [meer](https://example.org/meer)',
        kind: 'vacancy',
        visibility: 'internal',
        stages: [{ visibility: 'public', from: addDays(TODAY, 14) }],
        priority: { group: 'redeployment', until: addDays(TODAY, 7) },
        unit: 'Internationaal bureau',
        location: { city: 'Utrecht', pc4: '3584' },
        workplace: 'hybrid',
        hoursPerWeek: { min: 28, max: 36 },
        salary: { scale: '11', currency: 'EUR', period: 'month' },
        contract: 'permanent',
        validThrough: addDays(TODAY, 30),
        interests: ['S', 'E'],
        skills: ['internationalisering'],
        applyUrl: 'https://werkenbij.example/coordinator',
        contact: { name: 'Sanne de Vries', email: 'sanne@example.org' },
        language: 'nl',
      };
      let created: HrVacancy;

      test('HR creates a vacancy: 201, audit fields, own organisation, visible to its audience only', async () => {
        const response = await request('/v1/hr/vacancies', { method: 'POST', token: tokens.hr, body });
        assert.equal(response.status, 201, await response.clone().text());
        created = HrVacancy.parse(await response.json());
        assert.equal(response.headers.get('location'), `/v1/vacancies/${created.id}`);
        assert.match(created.id, /^zoek-eigen-cooordinator-internationalisering-[0-9a-f]{6}$|^zoek-eigen-coordinator-internationalisering-[0-9a-f]{6}$/);
        assert.equal(created.organisation.id, OWN);
        assert.equal(created.status, 'open');
        assert.equal(created.createdBy, `dev-hr-${OWN}`);
        assert.equal(created.updatedBy, `dev-hr-${OWN}`);
        assert.equal(created.datePosted, TODAY);
        assert.equal(created.visibility, 'internal');
        assert.equal(created.currentVisibility, 'internal');
        assert.ok(Date.now() - Date.parse(created.createdAt) < 60_000);
        assert.equal(created.closedAt, undefined);
        assert.equal((await request(`/v1/vacancies/${created.id}`, { token: tokens.own })).status, 200);
        assert.equal((await request(`/v1/vacancies/${created.id}`, { token: tokens.partner })).status, 404);
        assert.equal((await request(`/v1/vacancies/${created.id}`)).status, 404);
        assert.ok((await walk('q=internationalisering&limit=100', tokens.own)).some((v) => v.id === created.id), 'searchable at once');
      });

      test('an explicit id in use is a 409', async () => {
        const response = await request('/v1/hr/vacancies', { method: 'POST', token: tokens.admin, body: { ...body, id: created.id } });
        await expectProblem(response, 409, problemTypes.conflict);
      });

      test('HR updates: changed fields, null removes, audit moves, stages checked against the stored visibility', async () => {
        const response = await request(`/v1/hr/vacancies/${created.id}`, {
          method: 'PATCH',
          token: tokens.admin,
          body: { title: 'Coördinator internationalisering en mobiliteit', priority: null, visibility: 'sector' },
        });
        assert.equal(response.status, 200, await response.clone().text());
        const updated = HrVacancy.parse(await response.json());
        assert.equal(updated.title, 'Coördinator internationalisering en mobiliteit');
        assert.equal(updated.priority, undefined);
        assert.equal(updated.currentVisibility, 'sector');
        assert.equal(updated.updatedBy, `dev-admin-${OWN}`);
        assert.equal(updated.createdBy, `dev-hr-${OWN}`);
        assert.ok(updated.updatedAt >= created.updatedAt);
        assert.equal((await request(`/v1/vacancies/${created.id}`, { token: tokens.partner })).status, 200);
        // A stage to "sector" no longer opens anything wider than the stored "sector".
        const narrow = await request(`/v1/hr/vacancies/${created.id}`, {
          method: 'PATCH',
          token: tokens.hr,
          body: { stages: [{ visibility: 'sector', from: addDays(TODAY, 3) }] },
        });
        assert.deepEqual(invalidParamNames(await expectProblem(narrow, 400, problemTypes.invalidRequest)), ['stages']);
        const backwards = await request(`/v1/hr/vacancies/${created.id}`, { method: 'PATCH', token: tokens.hr, body: { validThrough: '2025-01-01' } });
        assert.deepEqual(invalidParamNames(await expectProblem(backwards, 400)), ['validThrough']);
      });

      test('HR lists its own organisation, including unpublished and closed vacancies', async () => {
        const items: HrVacancy[] = [];
        let cursor: string | null = null;
        do {
          const page = HrVacancyPage.parse(
            await (await request(`/v1/hr/vacancies?limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { token: tokens.hr })).json(),
          );
          items.push(...page.items);
          cursor = page.nextCursor;
        } while (cursor);
        assert.ok(items.every((v) => v.organisation.id === OWN));
        assert.equal(new Set(items.map((v) => v.id)).size, items.length);
        const ids = items.map((v) => v.id);
        assert.ok(ids.includes('zoek-gefaseerd') && ids.includes(created.id));
        assert.equal(items.find((v) => v.id === 'zoek-gefaseerd')?.visibility, 'internal');
      });

      test('another organisation’s HR gets a 404; an employee a 403; no token a 401', async () => {
        for (const [method, path, payload] of [
          ['PATCH', `/v1/hr/vacancies/${created.id}`, { title: 'Overgenomen' }],
          ['POST', `/v1/hr/vacancies/${created.id}/close`, undefined],
        ] as const) {
          await expectProblem(await request(path, { method, token: tokens.otherHr, body: payload }), 404, problemTypes.notFound);
          await expectProblem(await request(path, { method, token: tokens.own, body: payload }), 403, problemTypes.forbidden);
          await expectProblem(await request(path, { method, body: payload }), 401, problemTypes.unauthorized);
        }
        await expectProblem(await request('/v1/hr/vacancies', { method: 'POST', token: tokens.own, body }), 403, problemTypes.forbidden);
        await expectProblem(await request('/v1/hr/vacancies', { token: tokens.own }), 403, problemTypes.forbidden);
        const theirs = HrVacancyPage.parse(await (await request('/v1/hr/vacancies?limit=100', { token: tokens.otherHr })).json());
        assert.ok(theirs.items.length > 0 && theirs.items.every((v) => v.organisation.id === PARTNER));
        const unchanged = HrVacancyPage.parse(await (await request('/v1/hr/vacancies?limit=100', { token: tokens.hr })).json());
        assert.notEqual(unchanged.items.find((v) => v.id === created.id)?.title, 'Overgenomen');
      });

      for (const [label, patch, names] of [
        ['HTML in the description', { description: 'Hallo <script>alert(1)</script>' }, ['description']],
        ['an HTML tag with attributes', { description: '<a href="https://x.example">x</a>' }, ['description']],
        ['a javascript: link', { description: '[klik](javascript:alert(1))' }, ['description']],
        ['no title', { title: undefined }, ['title']],
        ['an unknown field', { status: 'closed' }, ['status']],
        ['a bad kind and hours', { kind: 'baan', hoursPerWeek: { min: 40, max: 20 } }, ['kind', 'hoursPerWeek.max']],
        ['stages that narrow', { stages: [{ visibility: 'public', from: '2025-04-01' }, { visibility: 'sector', from: '2025-05-01' }] }, ['stages']],
        ['validThrough before datePosted', { datePosted: '2025-03-10', validThrough: '2025-03-01' }, ['validThrough']],
        ['a bad email and apply URL', { contact: { email: 'geen-mail' }, applyUrl: 'ftp://x.example' }, ['contact.email', 'applyUrl']],
      ] as const)
        test(`create with ${label} is a 400 naming ${names.join(', ')}`, async () => {
          const response = await request('/v1/hr/vacancies', { method: 'POST', token: tokens.hr, body: { ...body, ...patch } });
          const problem = await expectProblem(response, 400, problemTypes.invalidRequest);
          assert.deepEqual(invalidParamNames(problem).sort(), [...names].sort());
        });

      test('closing: never listed again, still in the HR list, idempotent', async () => {
        const response = await request(`/v1/hr/vacancies/${created.id}/close`, { method: 'POST', token: tokens.hr });
        assert.equal(response.status, 200, await response.clone().text());
        const closed = HrVacancy.parse(await response.json());
        assert.equal(closed.status, 'closed');
        assert.ok(closed.closedAt);
        for (const token of [tokens.own, tokens.partner, undefined]) {
          assert.equal((await request(`/v1/vacancies/${created.id}`, { token })).status, 404);
          assert.ok(!(await walk('limit=100', token)).some((v) => v.id === created.id));
        }
        const again = HrVacancy.parse(await (await request(`/v1/hr/vacancies/${created.id}/close`, { method: 'POST', token: tokens.hr })).json());
        assert.equal(again.closedAt, closed.closedAt);
        const list = HrVacancyPage.parse(await (await request('/v1/hr/vacancies?status=closed&limit=100', { token: tokens.hr })).json());
        assert.deepEqual(list.items.map((v) => v.id), [created.id]);
        assert.equal((await request('/v1/hr/vacancies/bestaat-niet/close', { method: 'POST', token: tokens.hr })).status, 404);
      });
    });
  });
}
