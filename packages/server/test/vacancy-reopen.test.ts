import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DevTokenResponse, HrVacancy, HrVacancyPage, problemTypes, Vacancy, VacancyPage } from '@mobility-kit/contract';
import { startServer, type RunningServer } from '../src/index.js';
import { expectProblem, invalidParamNames, probePostgres, scratchDatabase, type Engine, type ScratchDatabase } from './helpers.js';

const probe = await probePostgres();
const OWN = 'hogeschool-utrecht';
const OTHER = 'hogeschool-van-amsterdam';

const body = (overrides: Record<string, unknown> = {}) => ({
  title: 'Adviseur loopbaanontwikkeling',
  description: 'Je helpt collega’s **verder** in hun loopbaan.',
  kind: 'vacancy',
  visibility: 'internal',
  location: { city: 'Utrecht', pc4: '3584' },
  workplace: 'hybrid',
  hoursPerWeek: { min: 24, max: 32 },
  contract: 'permanent',
  validThrough: '2025-04-10',
  language: 'nl',
  ...overrides,
});

for (const engine of ['pglite', 'postgres'] as const satisfies readonly Engine[]) {
  if (engine === 'postgres' && !('url' in probe)) {
    test('vacancy reopen on PostgreSQL', (t) => t.skip(`PostgreSQL not reachable: ${probe.reason}`));
    continue;
  }

  describe(`closing and reopening vacancies on ${engine}`, () => {
    let db: ScratchDatabase;
    let server: RunningServer;
    let today = '2025-03-10';
    const tokens: Record<string, string> = {};

    const call = (method: string, path: string, token?: string, payload?: unknown) =>
      fetch(`${server.url}${path}`, {
        method,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(payload === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
      });
    const create = async (overrides: Record<string, unknown> = {}) => {
      const response = await call('POST', '/v1/hr/vacancies', tokens.hr, body(overrides));
      assert.equal(response.status, 201, await response.clone().text());
      return HrVacancy.parse(await response.json());
    };
    const anonymousIds = async () => {
      const response = await call('GET', `/v1/vacancies?organisation=${OWN}&limit=100&sort=newest`);
      assert.equal(response.status, 200);
      return VacancyPage.parse(await response.json()).items.map((v) => v.id);
    };

    before(async () => {
      db = await scratchDatabase(engine, probe);
      server = await startServer({ ...db.options, port: 0, seed: true, devAuth: true, today: () => today, rateLimit: false });
      for (const [name, organisation, role] of [
        ['hr', OWN, 'hr'],
        ['hrOther', OTHER, 'hr'],
        ['employee', OWN, 'employee'],
      ] as const) {
        const response = await call('POST', '/v1/dev/token', undefined, { role, organisation });
        assert.equal(response.status, 200);
        tokens[name] = DevTokenResponse.parse(await response.json()).token;
      }
    });
    after(async () => {
      await server?.close();
      await db?.drop();
    });

    test('an internal-then-public vacancy is hidden from anonymous visitors until the stage date, then shown; closed it is gone', async () => {
      today = '2025-03-10';
      const created = await create({ stages: [{ visibility: 'public', from: '2025-03-20' }] });
      assert.equal(created.currentVisibility, 'internal');
      assert.ok(!(await anonymousIds()).includes(created.id), 'visible to anonymous visitors before the stage date');
      assert.equal((await call('GET', `/v1/vacancies/${created.id}`)).status, 404);
      assert.equal((await call('GET', `/v1/vacancies/${created.id}`, tokens.employee)).status, 200, 'own employees do see it');

      today = '2025-03-20';
      assert.ok((await anonymousIds()).includes(created.id), 'not visible to anonymous visitors from the stage date on');
      const shown = Vacancy.parse(await (await call('GET', `/v1/vacancies/${created.id}`)).json());
      assert.equal(shown.visibility, 'public');

      const closed = HrVacancy.parse(await (await call('POST', `/v1/hr/vacancies/${created.id}/close`, tokens.hr)).json());
      assert.equal(closed.status, 'closed');
      assert.ok(closed.closedAt);
      assert.ok(!(await anonymousIds()).includes(created.id), 'a closed vacancy is still listed');
      assert.equal((await call('GET', `/v1/vacancies/${created.id}`)).status, 404);
      today = '2025-03-10';
    });

    test('a closed vacancy whose closing date lies ahead reopens with an empty request, and is listed again', async () => {
      today = '2025-03-10';
      const created = await create({ visibility: 'public' });
      await call('POST', `/v1/hr/vacancies/${created.id}/close`, tokens.hr);
      assert.ok(!(await anonymousIds()).includes(created.id));

      // No body at all, as curl would send it.
      const response = await call('POST', `/v1/hr/vacancies/${created.id}/reopen`, tokens.hr);
      assert.equal(response.status, 200, await response.clone().text());
      const reopened = HrVacancy.parse(await response.json());
      assert.equal(reopened.status, 'open');
      assert.equal(reopened.closedAt, undefined);
      assert.equal(reopened.validThrough, '2025-04-10');
      assert.ok((await anonymousIds()).includes(created.id), 'not listed again after reopening');

      // Reopening an open vacancy changes nothing.
      const again = HrVacancy.parse(await (await call('POST', `/v1/hr/vacancies/${created.id}/reopen`, tokens.hr, {})).json());
      assert.equal(again.status, 'open');
      assert.equal(again.updatedAt, reopened.updatedAt);
      await call('POST', `/v1/hr/vacancies/${created.id}/close`, tokens.hr);
    });

    test('a vacancy whose closing date has passed is refused without a new validThrough, and reopens with one', async () => {
      today = '2025-03-10';
      const created = await create({ visibility: 'public', validThrough: '2025-03-15' });
      await call('POST', `/v1/hr/vacancies/${created.id}/close`, tokens.hr);
      today = '2025-03-16';

      const refused = await expectProblem(await call('POST', `/v1/hr/vacancies/${created.id}/reopen`, tokens.hr, {}), 400, problemTypes.invalidRequest);
      assert.deepEqual(invalidParamNames(refused), ['validThrough']);
      assert.match(refused.invalidParams![0]!.message, /2025-03-15 has passed/);
      const stillPast = await expectProblem(
        await call('POST', `/v1/hr/vacancies/${created.id}/reopen`, tokens.hr, { validThrough: '2025-03-15' }),
        400,
        problemTypes.invalidRequest,
      );
      assert.deepEqual(invalidParamNames(stillPast), ['validThrough']);
      const listed = HrVacancyPage.parse(await (await call('GET', '/v1/hr/vacancies?status=closed&limit=100', tokens.hr)).json());
      assert.equal(listed.items.find((v) => v.id === created.id)?.status, 'closed', 'a refused reopen changed the vacancy');

      const reopened = HrVacancy.parse(
        await (await call('POST', `/v1/hr/vacancies/${created.id}/reopen`, tokens.hr, { validThrough: '2025-04-30' })).json(),
      );
      assert.equal(reopened.status, 'open');
      assert.equal(reopened.validThrough, '2025-04-30');
      assert.ok((await anonymousIds()).includes(created.id));
      await call('POST', `/v1/hr/vacancies/${created.id}/close`, tokens.hr);
      today = '2025-03-10';
    });

    test('bad bodies are 400s naming the field; another organisation, an employee and anonymous callers cannot reopen', async () => {
      today = '2025-03-10';
      const created = await create();
      await call('POST', `/v1/hr/vacancies/${created.id}/close`, tokens.hr);
      for (const payload of [{ validThrough: '30-04-2025' }, { validThrough: '2025-02-30' }]) {
        const problem = await expectProblem(await call('POST', `/v1/hr/vacancies/${created.id}/reopen`, tokens.hr, payload), 400, problemTypes.invalidRequest);
        assert.deepEqual(invalidParamNames(problem), ['validThrough'], JSON.stringify(payload));
      }
      const unknown = await expectProblem(await call('POST', `/v1/hr/vacancies/${created.id}/reopen`, tokens.hr, { status: 'open' }), 400);
      assert.deepEqual(invalidParamNames(unknown), ['status']);
      const later = await create({ datePosted: '2025-03-20' });
      await call('POST', `/v1/hr/vacancies/${later.id}/close`, tokens.hr);
      const beforePosted = await expectProblem(
        await call('POST', `/v1/hr/vacancies/${later.id}/reopen`, tokens.hr, { validThrough: '2025-03-15' }),
        400,
        problemTypes.invalidRequest,
      );
      assert.deepEqual(invalidParamNames(beforePosted), ['validThrough']);

      await expectProblem(await call('POST', `/v1/hr/vacancies/${created.id}/reopen`, tokens.hrOther, {}), 404, problemTypes.notFound);
      await expectProblem(await call('POST', `/v1/hr/vacancies/${created.id}/reopen`, tokens.employee, {}), 403, problemTypes.forbidden);
      await expectProblem(await call('POST', `/v1/hr/vacancies/${created.id}/reopen`), 401);
      const mine = HrVacancyPage.parse(await (await call('GET', '/v1/hr/vacancies?status=closed&limit=100', tokens.hr)).json());
      assert.ok(mine.items.some((v) => v.id === created.id), 'still closed after the refused attempts');
    });
  });
}
