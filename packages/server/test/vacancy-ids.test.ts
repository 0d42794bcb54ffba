import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DevTokenResponse, HrVacancy, problemTypes } from '@mobility-kit/contract';
import { startServer, type RunningServer } from '../src/index.js';
import { expectProblem, invalidParamNames } from './helpers.js';

const TODAY = '2025-03-10';
const ORGANISATION = 'hogeschool-utrecht';
const body = {
  title: 'Coördinator internationalisering',
  description: 'Je werkt met collega’s van alle academies.',
  kind: 'vacancy',
  visibility: 'internal',
  location: { city: 'Utrecht', pc4: '3584' },
  workplace: 'hybrid',
  hoursPerWeek: { min: 28, max: 36 },
  contract: 'permanent',
  validThrough: '2025-04-10',
  language: 'nl',
};

describe('vacancy ids are namespaced by organisation: another organisation’s id is never confirmed', () => {
  let server: RunningServer;
  let token: string;
  const create = (payload: unknown) =>
    fetch(`${server.url}/v1/hr/vacancies`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });

  before(async () => {
    server = await startServer({ dataDir: 'memory://', port: 0, seed: true, devAuth: true, today: () => TODAY, rateLimit: false });
    const response = await fetch(`${server.url}/v1/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'hr', organisation: ORGANISATION }),
    });
    assert.equal(response.status, 200);
    token = DevTokenResponse.parse(await response.json()).token;
  });
  after(async () => {
    await server?.close();
  });

  test('an existing id of another organisation gets the same 400 as an unused one, naming the required prefix', async () => {
    const db = server.app.mobility.database.db;
    const theirs = await db.selectFrom('vacancies').select('id').where('organisation_id', '<>', ORGANISATION).orderBy('id').executeTakeFirstOrThrow();
    const unused = 'niet-bestaand-id-0001';
    const problems = [];
    for (const id of [theirs.id, unused]) {
      const problem = await expectProblem(await create({ ...body, id }), 400, problemTypes.invalidRequest);
      assert.deepEqual(invalidParamNames(problem), ['id']);
      assert.match(problem.invalidParams![0]!.message, new RegExp(`"${ORGANISATION}-"`));
      problems.push(problem);
    }
    // The answer does not depend on whether the id exists.
    assert.deepEqual(problems[0]!.invalidParams, problems[1]!.invalidParams);
  });

  test('an own id that is in use is a 409; a free own id is taken as sent', async () => {
    const id = `${ORGANISATION}-coordinator-2025`;
    const first = await create({ ...body, id });
    assert.equal(first.status, 201, await first.clone().text());
    assert.equal(HrVacancy.parse(await first.json()).id, id);
    await expectProblem(await create({ ...body, id }), 409, problemTypes.conflict);
  });

  test('ids the server makes up carry the organisation prefix and fit a vacancy id', async () => {
    const response = await create({ ...body, title: 'Een heel lange titel '.repeat(8) });
    assert.equal(response.status, 201, await response.clone().text());
    const { id } = HrVacancy.parse(await response.json());
    assert.ok(id.startsWith(`${ORGANISATION}-`), id);
    assert.ok(id.length <= 64, id);
    assert.equal((await fetch(`${server.url}/v1/vacancies/${id}`, { headers: { authorization: `Bearer ${token}` } })).status, 200);
  });
});
