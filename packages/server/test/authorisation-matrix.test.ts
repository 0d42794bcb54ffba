import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HrVacancyPage, problemTypes, routes, StoryRecordPage, CasePage, VacancyPage, type OperationId } from '@mobility-kit/contract';
import { probePostgres, type Engine } from './helpers.js';
import {
  appRoutes,
  assertProblem,
  assertSameRoutes,
  callers,
  contractRouteKeys,
  createResourcesOfA,
  encodeRequest,
  ORG_A,
  somePublicVacancy,
  startHardeningServer,
  validRequest,
  type Caller,
  type HardeningServer,
  type SampleIds,
  type SampleRequest,
} from './hardening-support.js';

const probe = await probePostgres();

/**
 * The expected status of a valid request per caller, in the order of the columns:
 *
 * | column    | who                                                        |
 * |-----------|------------------------------------------------------------|
 * | anonymous | no Authorization header                                    |
 * | employeeA | employee of A (the organisation owning every id used)      |
 * | employeeB | employee of B                                              |
 * | hrA       | HR of A                                                    |
 * | hrB       | HR of B                                                    |
 * | adminA    | admin of A                                                 |
 * | forged    | an admin-of-A token signed with a key the IdP never published |
 *
 * Routes with an id aim at a resource of A; another organisation's HR gets the same 404 as for an
 * id that does not exist. The `/*` rows are the example pages and the CORS preflight.
 */
const matrix: Record<string, readonly [number, number, number, number, number, number, number]> = {
  //                         anon employeeA employeeB hrA hrB adminA forged
  listVacancies: /*       */ [200, 200, 200, 200, 200, 200, 401],
  getVacancy: /*          */ [404, 200, 404, 200, 404, 200, 401],
  listHrVacancies: /*     */ [401, 403, 403, 200, 200, 200, 401],
  createVacancy: /*       */ [401, 403, 403, 201, 201, 201, 401],
  updateVacancy: /*       */ [401, 403, 403, 200, 404, 200, 401],
  closeVacancy: /*        */ [401, 403, 403, 200, 404, 200, 401],
  reopenVacancy: /*       */ [401, 403, 403, 200, 404, 200, 401],
  getVacancyFeed: /*      */ [200, 200, 200, 200, 200, 200, 200],
  getVacancyJobPosting: /**/ [200, 200, 200, 200, 200, 200, 200],
  listOrganisations: /*   */ [200, 200, 200, 200, 200, 200, 200],
  getHealth: /*           */ [200, 200, 200, 200, 200, 200, 200],
  getMe: /*               */ [401, 200, 200, 200, 200, 200, 401],
  getRegulations: /*      */ [200, 200, 200, 200, 200, 200, 200],
  putRegulations: /*      */ [401, 403, 403, 200, 200, 200, 401],
  createEvent: /*         */ [202, 202, 202, 202, 202, 202, 202],
  listStories: /*         */ [401, 200, 200, 200, 200, 200, 401],
  listHrStories: /*       */ [401, 403, 403, 200, 200, 200, 401],
  getHrStory: /*          */ [401, 403, 403, 200, 404, 200, 401],
  createStory: /*         */ [401, 403, 403, 201, 201, 201, 401],
  updateStory: /*         */ [401, 403, 403, 200, 404, 200, 401],
  approveStory: /*        */ [401, 403, 403, 200, 404, 200, 401],
  withdrawStory: /*       */ [401, 403, 403, 200, 404, 200, 401],
  recordStoryConsent: /*  */ [401, 403, 403, 201, 404, 201, 401],
  withdrawStoryConsent: /**/ [401, 403, 403, 200, 404, 200, 401],
  listCases: /*           */ [401, 403, 403, 200, 200, 403, 401],
  createCase: /*          */ [401, 403, 403, 201, 201, 403, 401],
  importCases: /*         */ [401, 403, 403, 200, 200, 403, 401],
  getCase: /*             */ [401, 403, 403, 200, 404, 403, 401],
  updateCase: /*          */ [401, 403, 403, 200, 404, 403, 401],
  deleteCase: /*          */ [401, 403, 403, 200, 404, 403, 401],
  getInsights: /*         */ [401, 403, 403, 200, 200, 200, 401],
  exportInsights: /*      */ [401, 403, 403, 200, 200, 200, 401],
  listFeedSources: /*     */ [401, 403, 403, 200, 200, 200, 401],
  createFeedSource: /*    */ [401, 403, 403, 201, 201, 201, 401],
  getFeedSource: /*       */ [401, 403, 403, 200, 404, 200, 401],
  updateFeedSource: /*    */ [401, 403, 403, 200, 404, 200, 401],
  // adminA finds the source already deleted by hrA (an admin's own delete is tested in feed-sources.test.ts).
  deleteFeedSource: /*    */ [401, 403, 403, 200, 404, 404, 401],
  runFeedSource: /*       */ [401, 403, 403, 202, 404, 202, 401],
  listFeedRuns: /*        */ [401, 403, 403, 200, 404, 200, 401],
  // A photo of A used by no story: only HR and admins of A see it.
  uploadMedia: /*         */ [401, 403, 403, 201, 201, 201, 401],
  getMedia: /*            */ [404, 404, 404, 200, 404, 200, 401],
  createDevToken: /*      */ [200, 200, 200, 200, 200, 200, 200],
  getHrRegulations: /*    */ [401, 403, 403, 200, 200, 200, 401],
  'GET /*': /*            */ [200, 200, 200, 200, 200, 200, 200],
  'GET /demo-assets/*': /**/ [200, 200, 200, 200, 200, 200, 200],
  'OPTIONS /*': /*        */ [204, 204, 204, 204, 204, 204, 204],
};

/** Non-contract routes of the app (static files) and the request each row sends. */
const staticRows: Record<string, SampleRequest> = {
  'GET /*': { method: 'GET', url: '/index.html' },
  'GET /demo-assets/*': { method: 'GET', url: '/demo-assets/portraits/samira.svg' },
  // A CORS preflight is answered before any token is looked at.
  'OPTIONS /*': {
    method: 'OPTIONS',
    url: '/v1/hr/cases',
    headers: { origin: 'https://intranet.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
  },
};

const problemTypeOf: Record<number, string> = {
  401: problemTypes.unauthorized,
  403: problemTypes.forbidden,
  404: problemTypes.notFound,
};

for (const engine of ['pglite', 'postgres'] as const satisfies readonly Engine[]) {
  if (engine === 'postgres' && !('url' in probe)) {
    test('authorisation matrix on PostgreSQL', (t) => t.skip(`PostgreSQL not reachable: ${probe.reason}`));
    continue;
  }

  describe(`authorisation matrix on ${engine}`, () => {
    let h: HardeningServer;
    let ids: SampleIds;

    const send = async (request: SampleRequest, caller: Caller) => {
      const token = caller === 'anonymous' ? undefined : h.tokens[caller];
      const { headers, payload } = encodeRequest(request, token);
      return h.app.inject({ method: request.method as 'GET', url: request.url, headers, ...(payload === undefined ? {} : { payload }) });
    };

    before(async () => {
      h = await startHardeningServer(engine, probe);
      ids = { ...(await createResourcesOfA(h.app, h.tokens.hrA)), publicVacancy: await somePublicVacancy(h.app) };
    });
    after(async () => {
      await h?.close();
    });

    test('every route of the app and of the contract has a row', () => {
      const contract = contractRouteKeys();
      const rowKeys = Object.keys(matrix).map((name) => {
        if (name in staticRows) return name;
        const route = routes[name as OperationId];
        assert.ok(route, `row ${name} names no contract route`);
        return [...contract].find(([, id]) => id === name)![0];
      });
      assertSameRoutes(appRoutes(h.app), rowKeys, 'authorisation matrix');
      assertSameRoutes(contract.keys(), rowKeys.filter((k) => !Object.keys(staticRows).includes(k)), 'authorisation matrix vs contract');
    });

    for (const [name, expected] of Object.entries(matrix)) {
      test(`${name}: ${callers.map((c, i) => `${c} ${expected[i]}`).join(', ')}`, async () => {
        const route = routes[name as OperationId] as (typeof routes)[OperationId] | undefined;
        // A write on one resource gets fresh resources, so one row's outcome never depends on another's.
        const writesOne = route !== undefined && route.method !== 'GET' && route.path.includes('{id}');
        const rowIds = writesOne ? { ...ids, ...(await createResourcesOfA(h.app, h.tokens.hrA)) } : ids;
        const problems: string[] = [];
        for (const [index, caller] of callers.entries()) {
          const request = name in staticRows ? staticRows[name]! : validRequest(name as OperationId, rowIds);
          const response = await send(request, caller);
          // A feed source run started by one caller ends before the next caller asks (one run at a time).
          await h.app.feedSources.idle();
          const want = expected[index]!;
          if (response.statusCode !== want) {
            problems.push(`${caller}: expected ${want}, got ${response.statusCode} ${response.body.slice(0, 160)}`);
            continue;
          }
          if (want >= 400) {
            assertProblem(response.statusCode, response.headers['content-type'] as string | undefined, response.body, request.method, `${name} as ${caller}`);
            const type = problemTypeOf[want];
            if (type) assert.equal((response.json() as { type: string }).type, type, `${name} as ${caller}`);
            if (want === 401) assert.match(String(response.headers['www-authenticate']), /^Bearer/, `${name} as ${caller}: WWW-Authenticate`);
          }
        }
        assert.deepEqual(problems, [], `${name}:\n${problems.join('\n')}`);
      });
    }

    describe('data-level isolation', () => {
      test('an employee of B cannot read A’s internal vacancy by id or find it in a list', async () => {
        const byId = await send({ method: 'GET', url: `/v1/vacancies/${ids.vacancy}` }, 'employeeB');
        assert.equal(byId.statusCode, 404);
        assert.doesNotMatch(byId.body, /informatiebeveiliging/i, 'the 404 leaks the vacancy');
        const list = VacancyPage.parse((await send({ method: 'GET', url: `/v1/vacancies?organisation=${ORG_A}&limit=100` }, 'employeeB')).json());
        assert.ok(!list.items.some((v) => v.id === ids.vacancy), 'listed for B');
        const own = VacancyPage.parse((await send({ method: 'GET', url: `/v1/vacancies?organisation=${ORG_A}&visibility=internal&limit=100` }, 'employeeA')).json());
        assert.ok(own.items.some((v) => v.id === ids.vacancy), 'A’s own employee does see it (the check can fail)');
        assert.equal((await send({ method: 'GET', url: `/v1/vacancies/${ids.vacancy}/jobposting.jsonld` }, 'employeeA')).statusCode, 404, 'never exported');
      });

      test('HR of B cannot change A’s vacancy, story or case, and A’s data stays as it was', async () => {
        const mine = await createResourcesOfA(h.app, h.tokens.hrA);
        const attempts: SampleRequest[] = [
          { method: 'PATCH', url: `/v1/hr/vacancies/${mine.vacancy}`, body: { title: 'Overgenomen door B' } },
          { method: 'POST', url: `/v1/hr/vacancies/${mine.vacancy}/close` },
          { method: 'POST', url: `/v1/hr/vacancies/${mine.vacancy}/reopen`, body: {} },
          { method: 'PATCH', url: `/v1/hr/stories/${mine.story}`, body: { quote: 'Overgenomen door B' } },
          { method: 'POST', url: `/v1/hr/stories/${mine.story}/approve` },
          { method: 'POST', url: `/v1/hr/stories/${mine.story}/consents/withdraw`, body: {} },
          { method: 'PUT', url: `/v1/hr/cases/${mine.case}`, body: validRequest('updateCase', { ...ids, case: mine.case }).body },
          { method: 'DELETE', url: `/v1/hr/cases/${mine.case}` },
          { method: 'GET', url: `/v1/hr/cases/${mine.case}` },
          { method: 'GET', url: `/v1/hr/stories/${mine.story}` },
        ];
        for (const attempt of attempts) {
          const response = await send(attempt, 'hrB');
          assert.equal(response.statusCode, 404, `${attempt.method} ${attempt.url}: ${response.body}`);
          assertProblem(404, response.headers['content-type'] as string, response.body, attempt.method, attempt.url);
        }
        const vacancies = HrVacancyPage.parse((await send({ method: 'GET', url: '/v1/hr/vacancies?limit=100' }, 'hrA')).json());
        const vacancy = vacancies.items.find((v) => v.id === mine.vacancy);
        assert.ok(vacancy);
        assert.equal(vacancy.title, 'Adviseur informatiebeveiliging');
        assert.equal(vacancy.status, 'open');
        const story = (await send({ method: 'GET', url: `/v1/hr/stories/${mine.story}` }, 'hrA')).json() as { quote: string; status: string; consent: { withdrawnAt?: string }[] };
        assert.equal(story.quote, 'Een nieuwe ronde, nieuwe kansen.');
        assert.equal(story.status, 'draft');
        assert.ok(story.consent.every((c) => c.withdrawnAt === undefined));
        const kept = await send({ method: 'GET', url: `/v1/hr/cases/${mine.case}` }, 'hrA');
        assert.equal(kept.statusCode, 200);
        assert.equal((kept.json() as { trajectoryCosts: number }).trajectoryCosts, 1500);
      });

      test('HR of B lists only B’s vacancies, stories and cases', async () => {
        const vacancies = HrVacancyPage.parse((await send({ method: 'GET', url: '/v1/hr/vacancies?limit=100' }, 'hrB')).json());
        assert.ok(vacancies.items.length > 0 && vacancies.items.every((v) => v.organisation.id !== ORG_A));
        const stories = StoryRecordPage.parse((await send({ method: 'GET', url: '/v1/hr/stories?limit=100' }, 'hrB')).json());
        assert.ok(!stories.items.some((s) => s.id === ids.story));
        const cases = CasePage.parse((await send({ method: 'GET', url: '/v1/hr/cases?limit=100' }, 'hrB')).json());
        assert.ok(!cases.items.some((c) => c.id === ids.case));
      });

      test('employees read neither insights nor cases, of their own organisation either', async () => {
        for (const caller of ['employeeA', 'employeeB'] as const) {
          for (const operation of ['getInsights', 'exportInsights', 'listCases', 'getCase'] satisfies OperationId[]) {
            const response = await send(validRequest(operation, ids), caller);
            assert.equal(response.statusCode, 403, `${operation} as ${caller}`);
            assert.equal((response.json() as { type: string }).type, problemTypes.forbidden);
            assert.doesNotMatch(response.body, /Instituut Archimedes|CASE-/, 'a 403 leaks data');
          }
        }
      });

      /**
       * HR writes of an organisation this server does not know: every one is a 403 (creating a
       * vacancy used to be a 500; the story, case and regulation routes with an id used to answer
       * 404), checked once for every signed-in write by the route helper.
       */
      const strangerWrites = async (): Promise<{ name: OperationId; status: number; type?: string }[]> => {
        const stranger = await h.idp.sign({ sub: 'hr-stranger', roles: ['hr'], org: 'niet-geregistreerd' });
        const writes = (Object.keys(routes) as OperationId[]).filter((name) => {
          const route = routes[name];
          return route.method !== 'GET' && ('roles' in route && (route.roles as readonly string[]).includes('hr'));
        });
        // The list is derived from the contract; make sure it holds what the issue names.
        for (const name of ['createVacancy', 'updateVacancy', 'closeVacancy', 'createStory', 'updateStory', 'createCase', 'importCases', 'updateCase', 'deleteCase', 'putRegulations'] satisfies OperationId[]) {
          assert.ok(writes.includes(name), `${name} is an HR write`);
        }
        const mine = await createResourcesOfA(h.app, h.tokens.hrA);
        const answers: { name: OperationId; status: number; type?: string }[] = [];
        for (const name of writes) {
          // Aimed at A's resources where the route takes an id.
          const request = validRequest(name, { ...ids, ...mine });
          const { headers, payload } = encodeRequest(request, stranger);
          const response = await h.app.inject({ method: request.method as 'POST', url: request.url, headers, ...(payload === undefined ? {} : { payload }) });
          if (response.statusCode >= 400) {
            assertProblem(response.statusCode, response.headers['content-type'] as string | undefined, response.body, request.method, `${name} as HR of an unregistered organisation`);
          }
          answers.push({ name, status: response.statusCode, ...(response.statusCode >= 400 ? { type: (response.json() as { type: string }).type } : {}) });
        }
        // Nothing of A's was changed by the attempts.
        const vacancies = HrVacancyPage.parse((await send({ method: 'GET', url: '/v1/hr/vacancies?limit=100' }, 'hrA')).json());
        const vacancy = vacancies.items.find((v) => v.id === mine.vacancy);
        assert.equal(vacancy?.title, 'Adviseur informatiebeveiliging', 'A’s vacancy is unchanged');
        assert.equal(vacancy?.status, 'open');
        const story = (await send({ method: 'GET', url: `/v1/hr/stories/${mine.story}` }, 'hrA')).json() as { quote: string; status: string };
        assert.equal(story.quote, 'Een nieuwe ronde, nieuwe kansen.');
        assert.equal(story.status, 'draft');
        const kept = await send({ method: 'GET', url: `/v1/hr/cases/${mine.case}` }, 'hrA');
        assert.equal(kept.statusCode, 200, 'A’s case is still there');
        return answers;
      };

      test('HR of an organisation that is not registered: every HR write is a 403 problem, like the other routes, never a 500, and nothing is written', async () => {
        const problems = (await strangerWrites()).filter(({ status, type }) => status !== 403 || type !== problemTypes.forbidden).map(({ name, status }) => `${name}: ${status}`);
        assert.deepEqual(problems, []);
      });

      test('the same forbidden answers reach a real HTTP client', async () => {
        const response = await fetch(`${h.server.url}/v1/hr/cases/${ids.case}`, { headers: { authorization: `Bearer ${h.tokens.hrB}` } });
        assert.equal(response.status, 404);
        assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
        const anonymous = await fetch(`${h.server.url}/v1/insights?from=2024-Q1&to=2024-Q4`);
        assert.equal(anonymous.status, 401);
        assert.equal(anonymous.headers.get('www-authenticate'), 'Bearer');
      });
    });
  });
}
