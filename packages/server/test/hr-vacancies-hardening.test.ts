import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DevTokenResponse, HrVacancy, problemTypes } from '@mobility-kit/contract';
import { startServer, type RunningServer } from '../src/index.js';
import { expectProblem } from './helpers.js';

const TODAY = '2025-03-10';
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

describe('HR vacancy writes for an organisation this server does not know', () => {
  let server: RunningServer;
  const call = (method: string, path: string, token: string, payload?: unknown) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(payload === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
    });
  const tokenFor = async (organisation: string) => {
    const response = await fetch(`${server.url}/v1/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'hr', organisation }) });
    assert.equal(response.status, 200);
    return DevTokenResponse.parse(await response.json()).token;
  };

  before(async () => {
    server = await startServer({ dataDir: 'memory://', port: 0, seed: true, devAuth: true, today: () => TODAY, rateLimit: false });
  });
  after(async () => {
    await server?.close();
  });

  test('create, update and close answer 403 like the story and case routes, never 500', async () => {
    const known = await tokenFor('hogeschool-utrecht');
    const created = await call('POST', '/v1/hr/vacancies', known, body);
    assert.equal(created.status, 201, await created.clone().text());
    const { id } = HrVacancy.parse(await created.json());

    // A token naming an organisation that is (no longer) registered: an identity provider may issue
    // one; the development token route only issues tokens for registered ones, so register and remove.
    const db = server.app.mobility.database.db;
    await db.insertInto('organisations').values({ id: 'opgeheven', name: 'Opgeheven instelling', sector: 'hbo', city: null, networks: [], website: null }).execute();
    const stranger = await tokenFor('opgeheven');
    await db.deleteFrom('organisations').where('id', '=', 'opgeheven').execute();
    await expectProblem(await call('POST', '/v1/hr/vacancies', stranger, body), 403, problemTypes.forbidden);
    await expectProblem(await call('PATCH', `/v1/hr/vacancies/${id}`, stranger, { title: 'Overgenomen' }), 403, problemTypes.forbidden);
    await expectProblem(await call('POST', `/v1/hr/vacancies/${id}/close`, stranger), 403, problemTypes.forbidden);
    assert.equal((await fetch(`${server.url}/v1/health`)).status, 200);
  });
});
