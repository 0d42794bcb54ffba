/**
 * `client.insights` and `client.cases` against the real reference server (in-memory PGlite, seeded
 * demo cases, development tokens).
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, test } from 'node:test';
import { CaseImportProblem, DevTokenResponse, isShownCell, quarterOf } from '@mobility-kit/contract';
import { startServer, type RunningServer } from '@mobility-kit/server';
import { createMobilityClient, MobilityHttpError, MobilityValidationError, type MobilityClient } from '../src/index.js';

const TODAY = '2025-06-10';
const CURRENT = quarterOf(TODAY);
let server: RunningServer;
let hr: MobilityClient;
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
  server = await startServer({ port: 0, dataDir: 'memory://', seed: true, devAuth: true, rateLimit: false, today: () => TODAY });
  const hrToken = await devToken('hr', 'hogeschool-utrecht');
  const employeeToken = await devToken('employee', 'hogeschool-utrecht');
  hr = createMobilityClient({ baseUrl: server.url, getToken: () => hrToken });
  employee = createMobilityClient({ baseUrl: server.url, getToken: () => employeeToken });
});
after(async () => {
  await server?.close();
});

describe('client.insights', () => {
  test('get: validated figures with shown and suppressed cells', async () => {
    const insights = await hr.insights.get({ from: '2024-Q1', to: CURRENT });
    assert.equal(insights.organisation.id, 'hogeschool-utrecht');
    const cells = insights.rows.flatMap((r) => [r.inflow, r.inProgress, r.outflow]);
    assert.ok(cells.some(isShownCell));
    assert.ok(cells.some((c) => !isShownCell(c)));
    assert.ok(cells.filter(isShownCell).every((c) => c.value >= insights.rules.k));
  });

  test('export: a benchmark document with the organisation rows', async () => {
    const doc = await hr.insights.export({ from: '2024-Q1', to: CURRENT, staffGroup: 'teaching' });
    assert.equal(doc.format, 'mobility-kit/insights-benchmark');
    assert.equal(doc.staffGroup, 'teaching');
    assert.equal(doc.rows.length, 6);
  });

  test('an invalid query is refused before anything is sent; a forbidden role is a 403', async () => {
    await assert.rejects(hr.insights.get({ from: '2024-5', to: CURRENT }), MobilityValidationError);
    await assert.rejects(employee.insights.get({ from: '2024-Q1', to: CURRENT }), (error: unknown) => error instanceof MobilityHttpError && error.status === 403);
  });
});

describe('client.cases', () => {
  test('create, get, update, iterate and delete', async () => {
    const created = await hr.cases.create({
      id: 'SDK-1',
      unit: 'Dienst ICT',
      staffGroup: 'support',
      startDate: '2025-02-01',
      trigger: 'own-wish',
      route: 'secondment',
      trajectoryCosts: 500,
      benefitCosts: 0,
    });
    assert.equal(created.id, 'SDK-1');
    await assert.rejects(hr.cases.create(created), (error: unknown) => error instanceof MobilityHttpError && error.status === 409);
    const { id: _id, ...fields } = created;
    const updated = await hr.cases.update('SDK-1', { ...fields, outcome: 'internal-job', endDate: '2025-04-01' });
    assert.equal(updated.outcome, 'internal-job');
    assert.equal((await hr.cases.get('SDK-1')).endDate, '2025-04-01');
    const ids: string[] = [];
    for await (const c of hr.cases.iterate({ limit: 50 })) ids.push(c.id);
    assert.ok(ids.includes('SDK-1'));
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(await hr.cases.delete('SDK-1'), { id: 'SDK-1', deleted: true });
    await assert.rejects(hr.cases.get('SDK-1'), (error: unknown) => error instanceof MobilityHttpError && error.status === 404);
  });

  test('import sends CSV and reports row errors', async () => {
    const header = 'id,unit,staffGroup,startDate,trigger,route,trajectoryCosts,benefitCosts';
    const result = await hr.cases.import(`${header}\nSDK-CSV-1,Dienst HR,support,2025-03-01,health,ww-bww,0,2500\n`);
    assert.deepEqual(result, { created: 1, updated: 0, errors: [] });
    assert.equal((await hr.cases.get('SDK-CSV-1')).benefitCosts, 2500);
    const error = await hr.cases.import(`${header}\nSDK-CSV-2,Dienst HR,support,2025-03-01,illness,ww-bww,0,0\n`).catch((e: unknown) => e);
    assert.ok(error instanceof MobilityHttpError && error.status === 400);
    const problem = CaseImportProblem.parse(error.problem);
    assert.deepEqual(problem.rowErrors.map((e) => [e.row, e.column]), [[2, 'trigger']]);
  });

  test('a dry run reports what an import would do and stores nothing', async () => {
    const header = 'id,unit,staffGroup,startDate,trigger,route,trajectoryCosts,benefitCosts';
    const csv = `${header}\nSDK-DRY-1,Dienst HR,support,2025-03-01,health,ww-bww,0,2500\n`;
    assert.deepEqual(await hr.cases.import(csv, { dryRun: true }), { created: 1, updated: 0, errors: [], dryRun: true });
    await assert.rejects(hr.cases.get('SDK-DRY-1'), (error: unknown) => error instanceof MobilityHttpError && error.status === 404);
    const error = await hr.cases.import(`${header}\nSDK-DRY-2,Dienst HR,support,2025-03-01,illness,ww-bww,0,0\n`, { dryRun: true }).catch((e: unknown) => e);
    assert.ok(error instanceof MobilityHttpError && error.status === 400);
    assert.deepEqual(CaseImportProblem.parse(error.problem).rowErrors.map((e) => [e.row, e.column]), [[2, 'trigger']]);
  });

  test('lists with filters', async () => {
    const page = await hr.cases.list({ status: 'open', staffGroup: 'teaching', started: '2025', limit: 100 });
    assert.ok(page.items.every((c) => c.endDate === undefined && c.staffGroup === 'teaching' && c.startDate.startsWith('2025-')));
    const closed = await hr.cases.list({ status: 'closed', limit: 100 });
    assert.ok(closed.items.length > 0 && closed.items.every((c) => c.endDate !== undefined));
  });
});
