import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  BenchmarkExport,
  CaseImportProblem,
  CaseImportResult,
  CasePage,
  CaseRecord,
  Insights,
  isShownCell,
  problemTypes,
  quarterOf,
  type InsightsCell,
  type InsightsRow,
} from '@mobility-kit/contract';
import { startServer, type RunningServer } from '../src/index.js';
import { expectProblem, invalidParamNames, probePostgres, scratchDatabase, type Engine, type ScratchDatabase } from './helpers.js';

const TODAY = '2025-06-10';
const CURRENT = quarterOf(TODAY);
const ORG = 'hogeschool-utrecht';
const OTHER = 'hogeschool-van-amsterdam';
const probe = await probePostgres();

const counts = (row: InsightsRow): [string, InsightsCell][] => [
  ['inflow', row.inflow],
  ['inProgress', row.inProgress],
  ['outflow', row.outflow],
  ...Object.entries(row.outflowByRoute),
  ...Object.entries(row.outflowByOutcome),
];

const newCase = (id: string, extra: Partial<CaseRecord> = {}): CaseRecord => ({
  id,
  unit: 'Instituut Archimedes',
  staffGroup: 'teaching',
  startDate: '2025-01-15',
  trigger: 'own-wish',
  route: 'secondment',
  trajectoryCosts: 1500,
  benefitCosts: 0,
  ...extra,
});

for (const engine of ['pglite', 'postgres'] as const satisfies readonly Engine[]) {
  if (engine === 'postgres' && !('url' in probe)) {
    test('insights API on PostgreSQL', (t) => t.skip(`PostgreSQL not reachable: ${probe.reason}`));
    continue;
  }

  describe(`insights API on ${engine}`, () => {
    let db: ScratchDatabase;
    let server: RunningServer;
    const tokens: Record<string, string> = {};

    const call = (method: string, path: string, token?: string, body?: unknown, contentType = 'application/json') =>
      fetch(`${server.url}${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body !== undefined ? { 'content-type': contentType } : {}),
        },
        ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      });

    before(async () => {
      db = await scratchDatabase(engine, probe);
      server = await startServer({ ...db.options, port: 0, seed: true, devAuth: true, today: () => TODAY, rateLimit: false });
      for (const [name, role, organisation] of [
        ['hr', 'hr', ORG],
        ['employee', 'employee', ORG],
        ['admin', 'admin', ORG],
        ['otherHr', 'hr', OTHER],
      ] as const) {
        const response = await call('POST', '/v1/dev/token', undefined, { role, organisation });
        tokens[name] = ((await response.json()) as { token: string }).token;
      }
    });

    after(async () => {
      await server?.close();
      await db?.drop();
    });

    describe('authorisation', () => {
      const routesToGuard: [string, string, unknown?][] = [
        ['GET', '/v1/hr/cases'],
        ['POST', '/v1/hr/cases', newCase('AUTH-1')],
        ['GET', '/v1/hr/cases/DEMO-HU-0001'],
        ['PUT', '/v1/hr/cases/DEMO-HU-0001', newCase('DEMO-HU-0001')],
        ['DELETE', '/v1/hr/cases/DEMO-HU-0001'],
        ['GET', `/v1/insights?from=2024-Q1&to=${CURRENT}`],
        ['GET', `/v1/insights/export?from=2024-Q1&to=${CURRENT}`],
      ];

      test('an anonymous caller gets 401 on every route', async () => {
        for (const [method, path, body] of routesToGuard) {
          const { id: _id, ...update } = (body ?? {}) as CaseRecord;
          await expectProblem(await call(method, path, undefined, method === 'PUT' ? update : body), 401, problemTypes.unauthorized);
        }
        const csv = await call('POST', '/v1/hr/cases/import', undefined, 'id,unit\n', 'text/csv');
        await expectProblem(csv, 401);
      });

      test('an employee gets 403 on every route', async () => {
        for (const [method, path, body] of routesToGuard) {
          const { id: _id, ...update } = (body ?? {}) as CaseRecord;
          await expectProblem(await call(method, path, tokens.employee, method === 'PUT' ? update : body), 403, problemTypes.forbidden);
        }
        await expectProblem(await call('POST', '/v1/hr/cases/import', tokens.employee, 'id\n', 'text/csv'), 403);
      });

      test('an admin reads the aggregates of the own organisation but no case records', async () => {
        await expectProblem(await call('GET', '/v1/hr/cases', tokens.admin), 403);
        await expectProblem(await call('GET', '/v1/hr/cases/DEMO-HU-0001', tokens.admin), 403);
        const response = await call('GET', `/v1/insights?from=2024-Q1&to=${CURRENT}`, tokens.admin);
        assert.equal(response.status, 200);
        assert.equal(Insights.parse(await response.json()).organisation.id, ORG);
      });

      test("another organisation's HR cannot read, change or delete a case, and sees none of them", async () => {
        const own = await call('GET', '/v1/hr/cases/DEMO-HU-0001', tokens.hr);
        assert.equal(own.status, 200, 'the case exists for its own HR');
        await expectProblem(await call('GET', '/v1/hr/cases/DEMO-HU-0001', tokens.otherHr), 404);
        const { id: _id, ...update } = newCase('DEMO-HU-0001');
        await expectProblem(await call('PUT', '/v1/hr/cases/DEMO-HU-0001', tokens.otherHr, update), 404);
        await expectProblem(await call('DELETE', '/v1/hr/cases/DEMO-HU-0001', tokens.otherHr), 404);
        assert.equal((await call('GET', '/v1/hr/cases/DEMO-HU-0001', tokens.hr)).status, 200, 'still there');
        const page = CasePage.parse(await (await call('GET', '/v1/hr/cases?limit=100', tokens.otherHr)).json());
        assert.ok(page.items.length > 0);
        assert.ok(page.items.every((c) => c.id.startsWith('DEMO-HVA-')), 'only its own cases');
        const insights = Insights.parse(await (await call('GET', `/v1/insights?from=2024-Q1&to=${CURRENT}`, tokens.otherHr)).json());
        assert.equal(insights.organisation.id, OTHER);
        assert.ok(!insights.units.includes('Instituut voor ICT'), "no unit of the other organisation's cases");
      });

      test('an organisation cannot be chosen through the query', async () => {
        const problem = await expectProblem(await call('GET', `/v1/insights?from=2024-Q1&to=${CURRENT}&organisation=${OTHER}`, tokens.hr), 400);
        assert.deepEqual(invalidParamNames(problem), ['organisation']);
      });
    });

    describe('case records', () => {
      test('create, read, replace, list and delete', async () => {
        const created = await call('POST', '/v1/hr/cases', tokens.hr, newCase('2025-TEST-001'));
        assert.equal(created.status, 201);
        assert.deepEqual(CaseRecord.parse(await created.json()), newCase('2025-TEST-001'));
        await expectProblem(await call('POST', '/v1/hr/cases', tokens.hr, newCase('2025-TEST-001')), 409, problemTypes.conflict);

        const { id: _id, ...update } = newCase('2025-TEST-001', { outcome: 'internal-job', endDate: '2025-05-01', trajectoryCosts: 2250.5 });
        const replaced = await call('PUT', '/v1/hr/cases/2025-TEST-001', tokens.hr, update);
        assert.equal(replaced.status, 200);
        const read = CaseRecord.parse(await (await call('GET', '/v1/hr/cases/2025-TEST-001', tokens.hr)).json());
        assert.equal(read.outcome, 'internal-job');
        assert.equal(read.endDate, '2025-05-01');
        assert.equal(read.trajectoryCosts, 2250.5);

        const page = CasePage.parse(await (await call('GET', '/v1/hr/cases?unit=Instituut%20Archimedes&limit=100', tokens.hr)).json());
        assert.ok(page.items.some((c) => c.id === '2025-TEST-001'));
        assert.ok(page.items.every((c) => c.unit === 'Instituut Archimedes'));

        const deleted = await call('DELETE', '/v1/hr/cases/2025-TEST-001', tokens.hr);
        assert.deepEqual(await deleted.json(), { id: '2025-TEST-001', deleted: true });
        await expectProblem(await call('GET', '/v1/hr/cases/2025-TEST-001', tokens.hr), 404);
      });

      test('pages through every case once', async () => {
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const page: CasePage = CasePage.parse(await (await call('GET', `/v1/hr/cases?limit=37${cursor ? `&cursor=${cursor}` : ''}`, tokens.hr)).json());
          seen.push(...page.items.map((c) => c.id));
          cursor = page.nextCursor;
        } while (cursor);
        assert.equal(new Set(seen).size, seen.length);
        assert.ok(seen.length > 100);
      });

      test('filters by staff group, trigger, route, outcome, open or closed, and the year or quarter of the start', async () => {
        const unit = 'Filterinstituut';
        const cases = [
          newCase('FILTER-A', { unit, staffGroup: 'teaching', startDate: '2024-02-10', route: 'secondment', trigger: 'own-wish' }),
          newCase('FILTER-B', { unit, staffGroup: 'support', startDate: '2024-05-20', route: 'outplacement', trigger: 'health', outcome: 'external-job', endDate: '2024-09-01' }),
          newCase('FILTER-C', { unit, staffGroup: 'support', startDate: '2025-01-01', route: 'outplacement', trigger: 'health', outcome: 'retired', endDate: '2025-03-31' }),
        ];
        for (const c of cases) assert.equal((await call('POST', '/v1/hr/cases', tokens.hr, c)).status, 201);
        const ids = async (filter: string) => {
          const response = await call('GET', `/v1/hr/cases?unit=${unit}&limit=100&${filter}`, tokens.hr);
          assert.equal(response.status, 200, await response.clone().text());
          return CasePage.parse(await response.json()).items.map((c) => c.id);
        };
        assert.deepEqual(await ids('staffGroup=support'), ['FILTER-B', 'FILTER-C']);
        assert.deepEqual(await ids('trigger=own-wish'), ['FILTER-A']);
        assert.deepEqual(await ids('route=outplacement'), ['FILTER-B', 'FILTER-C']);
        assert.deepEqual(await ids('outcome=retired'), ['FILTER-C']);
        assert.deepEqual(await ids('status=open'), ['FILTER-A']);
        assert.deepEqual(await ids('status=closed'), ['FILTER-B', 'FILTER-C']);
        assert.deepEqual(await ids('started=2024'), ['FILTER-A', 'FILTER-B']);
        assert.deepEqual(await ids('started=2024-Q2'), ['FILTER-B']);
        assert.deepEqual(await ids('started=2025-Q1&status=closed&route=outplacement'), ['FILTER-C']);
        assert.deepEqual(await ids('started=2023'), []);
        // A page of one, then the next, within the filter.
        const first = CasePage.parse(await (await call('GET', `/v1/hr/cases?unit=${unit}&staffGroup=support&limit=1`, tokens.hr)).json());
        assert.deepEqual(first.items.map((c) => c.id), ['FILTER-B']);
        const second = CasePage.parse(await (await call('GET', `/v1/hr/cases?unit=${unit}&staffGroup=support&limit=1&cursor=${first.nextCursor}`, tokens.hr)).json());
        assert.deepEqual(second.items.map((c) => c.id), ['FILTER-C']);
        assert.equal(second.nextCursor, null);
        for (const bad of ['started=2024-Q5', 'started=1999', 'status=pending', 'route=sabbatical', 'outcome=fired']) {
          const problem = await expectProblem(await call('GET', `/v1/hr/cases?${bad}`, tokens.hr), 400);
          assert.deepEqual(invalidParamNames(problem), [bad.split('=')[0]]);
        }
        // Another organisation's HR filters its own cases only.
        const other = CasePage.parse(await (await call('GET', `/v1/hr/cases?unit=${unit}`, tokens.otherHr)).json());
        assert.deepEqual(other.items, []);
        for (const c of cases) assert.equal((await call('DELETE', `/v1/hr/cases/${c.id}`, tokens.hr)).status, 200);
      });

      test('refuses names, free text, personnel numbers and inconsistent dates', async () => {
        let problem = await expectProblem(await call('POST', '/v1/hr/cases', tokens.hr, { ...newCase('X-1'), name: 'Jan Jansen' }), 400);
        assert.deepEqual(invalidParamNames(problem), ['name']);
        problem = await expectProblem(await call('POST', '/v1/hr/cases', tokens.hr, newCase('12345678')), 400);
        assert.deepEqual(invalidParamNames(problem), ['id']);
        problem = await expectProblem(await call('POST', '/v1/hr/cases', tokens.hr, newCase('X-2', { endDate: '2025-02-01' })), 400);
        assert.deepEqual(invalidParamNames(problem), ['endDate']);
        problem = await expectProblem(await call('POST', '/v1/hr/cases', tokens.hr, newCase('X-3', { outcome: 'other', endDate: '2024-01-01' })), 400);
        assert.deepEqual(invalidParamNames(problem), ['endDate']);
        await expectProblem(await call('POST', '/v1/hr/cases', tokens.hr, 'id,unit\n', 'text/csv'), 415);
      });
    });

    describe('CSV import', () => {
      test('imports a semicolon file with decimal commas, then replaces by id', async () => {
        const csv = [
          'id;unit;staffGroup;startDate;trigger;route;outcome;endDate;trajectoryCosts;benefitCosts',
          'CSV-A1;Dienst ICT;support;2025-02-03;health;outplacement;;;"1200,50";0',
          'CSV-A2;"Dienst; HR";support;2024-11-01;conflict;ww-bww;benefits;2025-03-31;800;4300',
        ].join('\r\n');
        const response = await call('POST', '/v1/hr/cases/import', tokens.hr, csv, 'text/csv; charset=utf-8');
        assert.equal(response.status, 200, await response.clone().text());
        assert.deepEqual(CaseImportResult.parse(await response.json()), { created: 2, updated: 0, errors: [] });
        const a2 = CaseRecord.parse(await (await call('GET', '/v1/hr/cases/CSV-A2', tokens.hr)).json());
        assert.equal(a2.unit, 'Dienst; HR');
        assert.equal(a2.benefitCosts, 4300);
        assert.equal(CaseRecord.parse(await (await call('GET', '/v1/hr/cases/CSV-A1', tokens.hr)).json()).trajectoryCosts, 1200.5);
        const again = await call('POST', '/v1/hr/cases/import', tokens.hr, csv, 'text/csv');
        assert.deepEqual(CaseImportResult.parse(await again.json()), { created: 0, updated: 2, errors: [] });
      });

      test('rejects the whole file with every row error, and stores nothing', async () => {
        const csv = [
          'id,unit,staffGroup,startDate,trigger,route,outcome,endDate,trajectoryCosts,benefitCosts',
          'CSV-B1,Dienst ICT,support,2025-02-03,health,outplacement,,,100,0',
          'CSV-B2,Dienst ICT,management,2025-02-03,health,outplacement,,,100,0',
          'CSV-B3,Dienst ICT,support,2025-13-03,health,outplacement,,,"1.200,00",0',
          'CSV-B1,Dienst ICT,support,2025-02-03,health,outplacement,,,100,0',
        ].join('\n');
        const response = await call('POST', '/v1/hr/cases/import', tokens.hr, csv, 'text/csv');
        const problem = CaseImportProblem.parse(await expectProblem(response, 400));
        assert.deepEqual(
          problem.rowErrors.map((e) => [e.row, e.column]),
          [[3, 'staffGroup'], [4, 'trajectoryCosts'], [5, 'id']],
        );
        await expectProblem(await call('GET', '/v1/hr/cases/CSV-B1', tokens.hr), 404);
      });

      test('a dry run checks the file like an import and answers alike, but stores nothing', async () => {
        const header = 'id,unit,staffGroup,startDate,trigger,route,outcome,endDate,trajectoryCosts,benefitCosts';
        const bad = [header, 'DRY-1,Dienst ICT,support,2025-02-03,health,outplacement,,,100,0', 'DRY-2,Dienst ICT,support,2025-02-03,health,sabbatical,,,100,0'].join('\n');
        const problem = CaseImportProblem.parse(await expectProblem(await call('POST', '/v1/hr/cases/import?dryRun=true', tokens.hr, bad, 'text/csv'), 400));
        assert.deepEqual(problem.rowErrors.map((e) => [e.row, e.column]), [[3, 'route']]);
        const real = CaseImportProblem.parse(await expectProblem(await call('POST', '/v1/hr/cases/import', tokens.hr, bad, 'text/csv'), 400));
        assert.deepEqual(real.rowErrors, problem.rowErrors, 'the same errors as the import itself');

        assert.equal((await call('POST', '/v1/hr/cases', tokens.hr, newCase('DRY-0'))).status, 201);
        const good = [header, 'DRY-0,Dienst ICT,support,2025-02-03,health,outplacement,,,100,0', 'DRY-1,Dienst ICT,support,2025-02-03,health,outplacement,,,100,0'].join('\n');
        const dry = await call('POST', '/v1/hr/cases/import?dryRun=true', tokens.hr, good, 'text/csv');
        assert.equal(dry.status, 200, await dry.clone().text());
        assert.deepEqual(CaseImportResult.parse(await dry.json()), { created: 1, updated: 1, errors: [], dryRun: true });
        await expectProblem(await call('GET', '/v1/hr/cases/DRY-1', tokens.hr), 404);
        assert.equal(CaseRecord.parse(await (await call('GET', '/v1/hr/cases/DRY-0', tokens.hr)).json()).unit, 'Instituut Archimedes', 'not replaced');

        const stored = await call('POST', '/v1/hr/cases/import?dryRun=false', tokens.hr, good, 'text/csv');
        assert.deepEqual(CaseImportResult.parse(await stored.json()), { created: 1, updated: 1, errors: [] });
        assert.equal(CaseRecord.parse(await (await call('GET', '/v1/hr/cases/DRY-0', tokens.hr)).json()).unit, 'Dienst ICT');
        const problemFlag = await expectProblem(await call('POST', '/v1/hr/cases/import?dryRun=perhaps', tokens.hr, good, 'text/csv'), 400);
        assert.deepEqual(invalidParamNames(problemFlag), ['dryRun']);
        for (const id of ['DRY-0', 'DRY-1']) assert.equal((await call('DELETE', `/v1/hr/cases/${id}`, tokens.hr)).status, 200);
      });

      test('refuses unknown columns such as a name, and a body that is not CSV', async () => {
        const response = await call('POST', '/v1/hr/cases/import', tokens.hr, 'id,naam,unit\nX-9,Jan,Dienst ICT\n', 'text/csv');
        const problem = CaseImportProblem.parse(await expectProblem(response, 400));
        assert.ok(problem.rowErrors.some((e) => e.row === 1 && e.column === 'naam'));
        await expectProblem(await call('POST', '/v1/hr/cases/import', tokens.hr, { csv: 'id' }), 415);
      });
    });

    describe('insights', () => {
      let insights: Insights;
      before(async () => {
        const response = await call('GET', `/v1/insights?from=2023-Q3&to=${CURRENT}`, tokens.hr);
        assert.equal(response.status, 200, await response.clone().text());
        assert.equal(response.headers.get('cache-control'), 'private, no-store');
        insights = Insights.parse(await response.json());
      });

      test('shows some cells and suppresses others, never below k and never as zero', () => {
        const k = insights.rules.k;
        assert.equal(k, 10);
        let shown = 0;
        let suppressed = 0;
        for (const row of insights.rows) {
          for (const [name, cell] of counts(row)) {
            if (isShownCell(cell)) {
              shown++;
              assert.ok(cell.value >= k, `${row.quarter} ${row.unit} ${name} = ${cell.value}`);
            } else suppressed++;
          }
          // Costs and durations only where the outflow is shown.
          assert.equal(isShownCell(row.trajectoryCosts), isShownCell(row.outflow));
          assert.equal(isShownCell(row.medianDurationDays), isShownCell(row.outflow));
        }
        assert.ok(shown > 10, `${shown} cells shown`);
        assert.ok(suppressed > 10, `${suppressed} cells suppressed`);
        const total = insights.rows.find((r) => r.unit === null && r.quarter === '2024-Q1')!;
        assert.ok(isShownCell(total.inflow), 'the organisation total of a busy quarter is shown');
      });

      test('lists only units with at least k cases, with a total row per quarter', () => {
        assert.ok(insights.units.includes('Instituut voor ICT'));
        assert.equal(insights.rows.length, insights.quarters.length * (insights.units.length + 1));
        assert.deepEqual(insights.quarters.slice(0, 2), ['2023-Q3', '2023-Q4']);
        assert.equal(insights.usage.scope, 'server');
        assert.deepEqual(insights.rules.neverCollected.includes('name'), true);
      });

      test('slices: one unit, one staff group', async () => {
        const unit = Insights.parse(await (await call('GET', `/v1/insights?from=2024-Q1&to=2024-Q4&unit=Instituut%20voor%20ICT`, tokens.hr)).json());
        assert.deepEqual(unit.units, ['Instituut voor ICT']);
        assert.ok(unit.rows.every((r) => r.unit === 'Instituut voor ICT'));
        const full = insights.rows.filter((r) => r.unit === 'Instituut voor ICT' && r.quarter >= '2024-Q1' && r.quarter <= '2024-Q4');
        assert.deepEqual(unit.rows, full, 'a narrower query shows the same cells');
        const teaching = Insights.parse(await (await call('GET', `/v1/insights?from=2024-Q1&to=2024-Q4&staffGroup=teaching`, tokens.hr)).json());
        assert.equal(teaching.query.staffGroup, 'teaching');
        assert.notDeepEqual(teaching.rows, insights.rows.filter((r) => r.quarter >= '2024-Q1' && r.quarter <= '2024-Q4'));
      });

      test('refuses future quarters, reversed and over-long ranges', async () => {
        let problem = await expectProblem(await call('GET', `/v1/insights?from=2025-Q1&to=2026-Q1`, tokens.hr), 400);
        assert.deepEqual(invalidParamNames(problem), ['to']);
        problem = await expectProblem(await call('GET', `/v1/insights?from=2025-Q1&to=2024-Q1`, tokens.hr), 400);
        assert.deepEqual(invalidParamNames(problem), ['to']);
        problem = await expectProblem(await call('GET', `/v1/insights?from=2015-Q1&to=2025-Q1`, tokens.hr), 400);
        assert.deepEqual(invalidParamNames(problem), ['from']);
        problem = await expectProblem(await call('GET', `/v1/insights?from=2025-1&to=2025-Q1`, tokens.hr), 400);
        assert.deepEqual(invalidParamNames(problem), ['from']);
      });

      test('the benchmark export holds the organisation rows of the dashboard and nothing more', async () => {
        const response = await call('GET', `/v1/insights/export?from=2023-Q3&to=${CURRENT}`, tokens.hr);
        assert.equal(response.status, 200);
        assert.match(response.headers.get('content-disposition') ?? '', /attachment; filename="benchmark-hogeschool-utrecht-/);
        const doc = BenchmarkExport.parse(await response.json());
        assert.equal(doc.institution.name, 'Hogeschool Utrecht');
        assert.deepEqual(doc.rows, insights.rows.filter((r) => r.unit === null));
        assert.match(doc.contractVersion, /^\d+\.\d+\.\d+/);
      });

      test('usage counts per closed quarter, suppressed below k and rounded; the current quarter is not listed', async () => {
        // Events of the current quarter are counted but not published until the quarter has ended
        // (see insights-usage.test.ts for the closing of a quarter and the padding attack).
        for (let i = 0; i < 10; i++) assert.equal((await call('POST', '/v1/events', undefined, { type: 'calculator-session' })).status, 202);
        const afterwards = Insights.parse(await (await call('GET', `/v1/insights?from=2024-Q3&to=${CURRENT}`, tokens.hr)).json());
        assert.deepEqual(afterwards.usage.quarters.map((q) => q.quarter), ['2024-Q3', '2024-Q4', '2025-Q1']);
        assert.equal(afterwards.usage.roundedTo, 10);
        for (const quarter of afterwards.usage.quarters) {
          for (const cell of Object.values(quarter.counts)) if (isShownCell(cell)) assert.equal(cell.value % 10, 0);
        }
      });
    });
  });
}

describe('the disclosure threshold setting (PGlite in memory)', () => {
  test('a k below 5 is raised to 5 with a warning; a higher k is used', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error & { code?: string }) => {
      if (warning.code === 'MOBILITY_INSIGHTS_K') warnings.push(warning.message);
    };
    process.on('warning', onWarning);
    const low = await startServer({ dataDir: 'memory://', port: 0, seed: true, devAuth: true, today: () => TODAY, insights: { k: 3 } });
    try {
      const token = ((await (await fetch(`${low.url}/v1/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'hr', organisation: ORG }) })).json()) as { token: string }).token;
      const insights = Insights.parse(await (await fetch(`${low.url}/v1/insights?from=2024-Q1&to=2024-Q2`, { headers: { authorization: `Bearer ${token}` } })).json());
      assert.equal(insights.rules.k, 5);
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(warnings.length, 1);
      assert.match(warnings[0]!, /below the minimum of 5/);
    } finally {
      process.off('warning', onWarning);
      await low.close();
    }
  });
});
