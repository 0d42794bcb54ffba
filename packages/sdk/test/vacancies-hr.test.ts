/**
 * `client.vacancies` HR writes and the new search parameters against the real reference server over HTTP.
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, test } from 'node:test';
import { DevTokenResponse, type VacancyCreate } from '@mobility-kit/contract';
import { startServer, type RunningServer } from '@mobility-kit/server';
import { createMobilityClient, MobilityHttpError, MobilityValidationError, type MobilityClient } from '../src/index.js';

const OWN = 'hogeschool-utrecht';
const OTHER = 'hogeschool-van-amsterdam';

let server: RunningServer;
let anonymous: MobilityClient;
let hr: MobilityClient;
let otherHr: MobilityClient;
let employee: MobilityClient;

async function devToken(role: string, organisation: string): Promise<string> {
  const response = await fetch(`${server.url}/v1/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role, organisation }),
  });
  return DevTokenResponse.parse(await response.json()).token;
}

before(async () => {
  server = await startServer({ port: 0, dataDir: 'memory://', seed: true, devAuth: true, rateLimit: false });
  anonymous = createMobilityClient({ baseUrl: server.url });
  const as = async (role: string, organisation: string) => {
    const token = await devToken(role, organisation);
    return createMobilityClient({ baseUrl: server.url, getToken: () => token });
  };
  [hr, otherHr, employee] = await Promise.all([as('hr', OWN), as('hr', OTHER), as('employee', OWN)]);
});
after(async () => {
  await server?.close();
});

const body: VacancyCreate = {
  title: 'Docent mobiliteit',
  description: 'Je begeleidt **collega’s** bij hun volgende stap.',
  kind: 'vacancy',
  visibility: 'public',
  location: { city: 'Utrecht', pc4: '3584' },
  workplace: 'hybrid',
  hoursPerWeek: { min: 24, max: 32 },
  salary: { scale: '11', currency: 'EUR', period: 'month' },
  contract: 'temporary',
  validThrough: '2099-12-31',
  language: 'nl',
};

describe('client.vacancies HR writes', () => {
  test('create, find by search and distance, update, close, listHr', async () => {
    const created = await hr.vacancies.create(body);
    assert.equal(created.status, 'open');
    assert.equal(created.organisation.id, OWN);
    assert.equal(created.createdBy, `dev-hr-${OWN}`);

    const found = await anonymous.vacancies.list({ q: 'docenten mobiliteit', near: 'Utrecht', radiusKm: 20, limit: 100 });
    const hit = found.items.find((v) => v.id === created.id);
    assert.ok(hit, 'stemmed search with a distance filter finds the new vacancy');
    assert.equal(typeof hit.distanceKm, 'number');

    const updated = await hr.vacancies.update(created.id, { title: 'Docent loopbaan en mobiliteit', salary: null });
    assert.equal(updated.title, 'Docent loopbaan en mobiliteit');
    assert.equal(updated.salary, undefined);

    await assert.rejects(otherHr.vacancies.update(created.id, { title: 'x' }), (e: unknown) => e instanceof MobilityHttpError && e.status === 404);
    await assert.rejects(employee.vacancies.close(created.id), (e: unknown) => e instanceof MobilityHttpError && e.status === 403);

    const closed = await hr.vacancies.close(created.id);
    assert.equal(closed.status, 'closed');
    await assert.rejects(anonymous.vacancies.get(created.id), (e: unknown) => e instanceof MobilityHttpError && e.status === 404);

    const closedOnes = await hr.vacancies.listHr({ status: 'closed', limit: 100 });
    assert.deepEqual(closedOnes.items.map((v) => v.id), [created.id]);
    const page = await hr.vacancies.listHr({ limit: 5 });
    assert.equal(page.items.length, 5);
    assert.ok(page.items.every((v) => v.organisation.id === OWN));
    const next = await hr.vacancies.listHr({ limit: 5, cursor: page.nextCursor! });
    assert.ok(next.items.every((v) => !page.items.some((p) => p.id === v.id)));
  });

  test('reopen: a closed vacancy opens again; a bad closing date is refused before anything is sent', async () => {
    const created = await hr.vacancies.create({ ...body, title: 'Docent heropend' });
    await hr.vacancies.close(created.id);
    await assert.rejects(otherHr.vacancies.reopen(created.id), (e: unknown) => e instanceof MobilityHttpError && e.status === 404);
    await assert.rejects(hr.vacancies.reopen(created.id, { validThrough: '31-12-2099' }), (e: unknown) => e instanceof MobilityValidationError);
    const reopened = await hr.vacancies.reopen(created.id);
    assert.equal(reopened.status, 'open');
    assert.equal(reopened.closedAt, undefined);
    assert.equal((await anonymous.vacancies.get(created.id)).id, created.id);
    assert.equal((await hr.vacancies.close(created.id)).status, 'closed');
  });

  test('bad bodies and queries are refused before anything is sent', async () => {
    let sent = 0;
    const counting = createMobilityClient({ baseUrl: server.url, fetch: (input, init) => (sent++, fetch(input, init)) });
    await assert.rejects(counting.vacancies.create({ ...body, description: '<b>vet</b>' }), (e: unknown) => {
      return e instanceof MobilityValidationError && e.issues.some((i) => i.path === 'description');
    });
    await assert.rejects(counting.vacancies.list({ radiusKm: 10 }), (e: unknown) => e instanceof MobilityValidationError && e.issues.some((i) => i.path === 'radiusKm'));
    await assert.rejects(counting.vacancies.list({ sort: 'distance' }), (e: unknown) => e instanceof MobilityValidationError && e.issues.some((i) => i.path === 'sort'));
    assert.equal(sent, 0);
  });

  test('an unknown place is the server’s 400 naming near', async () => {
    await assert.rejects(anonymous.vacancies.list({ near: 'Atlantis' }), (e: unknown) => {
      return e instanceof MobilityHttpError && e.status === 400 && (e.problem.invalidParams ?? []).some((p) => p.path === 'near');
    });
  });

  test('iterate follows the distance order across pages', async () => {
    const distances: number[] = [];
    for await (const v of anonymous.vacancies.iterate({ near: '3511', radiusKm: 60, sort: 'distance', limit: 7 })) distances.push(v.distanceKm!);
    assert.ok(distances.length > 7);
    assert.deepEqual(distances, [...distances].sort((a, b) => a - b));
  });
});
