/**
 * The conformance kit against the real reference server (everything passes) and against the same
 * server behind a proxy that breaks the contract in four chosen ways (exactly those checks fail).
 */
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { formatReport, runConformance, type CheckResult, type ConformanceReport } from '../src/index.js';
import { startBreakingProxy, type BreakingProxy } from './breaking-proxy.js';
import { startReference, type Reference } from './reference.js';

let reference: Reference;
before(async () => {
  reference = await startReference();
});
after(async () => {
  await reference?.server.close();
});

function result(report: ConformanceReport, id: string): CheckResult {
  const found = report.results.find((r) => r.id === id);
  assert.ok(found, `no check ${id}; ids: ${report.results.map((r) => r.id).join(', ')}`);
  return found;
}

describe('against the reference server', () => {
  let report: ConformanceReport;
  before(async () => {
    report = await runConformance({ baseUrl: reference.server.url, tokens: reference.tokens });
  });

  test('every check runs and passes', () => {
    const notPassed = report.results.filter((r) => r.status !== 'pass');
    assert.deepEqual(notPassed, [], formatReport(report));
    assert.equal(report.ok, true);
    assert.equal(report.counts.pass, report.results.length);
  });

  test('every group is covered, every GET route of the contract is validated', async () => {
    const { routes } = await import('@mobility-kit/contract');
    for (const group of ['schemas', 'problems', 'pagination', 'caching', 'visibility']) {
      assert.ok(report.results.some((r) => r.group === group), `no ${group} check`);
    }
    for (const route of Object.values(routes)) {
      if (route.method !== 'GET') continue;
      assert.ok(report.results.some((r) => r.id.startsWith(`schema/${route.operationId}/`)), `no schema check for ${route.operationId}`);
    }
    for (const id of ['pagination/listVacancies/anonymous', 'pagination/listStories/anonymous', 'pagination/listCases/hr', 'visibility/other-organisation', 'visibility/getInsights/employee-403']) {
      assert.equal(result(report, id).status, 'pass');
    }
  });

  test('without tokens the signed-in checks are skipped with a reason, never failed', async () => {
    const anonymous = await runConformance({ baseUrl: reference.server.url });
    assert.equal(anonymous.counts.fail, 0, formatReport(anonymous));
    const employee = result(anonymous, 'visibility/employee-own-internal');
    assert.equal(employee.status, 'skip');
    assert.match(employee.reason ?? '', /--token-employee/);
    assert.equal(result(anonymous, 'schema/listHrVacancies').status, 'skip');
    assert.equal(result(anonymous, 'visibility/listHrVacancies/anonymous-401').status, 'pass');
  });

  test('the human report names every check and ends with the totals', () => {
    const text = formatReport(report);
    for (const r of report.results) assert.ok(text.includes(`[${r.id}]`));
    assert.match(text, new RegExp(`${report.counts.pass} passed, 0 failed, 0 skipped`));
  });
});

describe('against a server that breaks the contract', () => {
  let proxy: BreakingProxy;
  let report: ConformanceReport;
  before(async () => {
    proxy = await startBreakingProxy(reference.server.url, {
      wrongFieldType: true,
      serverErrorForInvalidLimit: true,
      leakInternalWith: reference.tokens.employee,
      duplicateAcrossPages: true,
    });
    report = await runConformance({ baseUrl: proxy.url, tokens: reference.tokens });
  });
  after(async () => {
    await proxy?.close();
  });

  test('the report fails', () => {
    assert.equal(report.ok, false);
    assert.ok(report.counts.fail >= 4);
  });

  test('a wrong field type fails the schema check of that route', () => {
    // As the employee: the anonymous list leaks ids that then (rightly) cannot be opened anonymously.
    const check = result(report, 'schema/getVacancy/employee');
    assert.equal(check.status, 'fail');
    assert.match(check.reason ?? '', /title: /);
    assert.equal(result(report, 'schema/getVacancy/anonymous').status, 'fail');
  });

  test('a 500 for an invalid parameter fails the problem check', () => {
    const check = result(report, 'problem/invalid-query/listVacancies');
    assert.equal(check.status, 'fail');
    assert.match(check.reason ?? '', /limit=.*status 500, expected 400/);
    assert.match(check.reason ?? '', /Content-Type "text\/plain"/);
  });

  test('internal vacancies served to anonymous readers fail the visibility check', () => {
    const check = result(report, 'visibility/anonymous-public-only');
    assert.equal(check.status, 'fail');
    assert.match(check.reason ?? '', /not public/);
  });

  test('a story repeated on a later page fails the pagination check', () => {
    const check = result(report, 'pagination/listStories/anonymous');
    assert.equal(check.status, 'fail');
    assert.match(check.reason ?? '', /comes again on page/);
  });

  test('the CLI prints the failures as JSON and exits with 1', async () => {
    const { code, stdout } = await cli([proxy.url, '--json', '--page-limit', '10'], {
      MOBILITY_CONFORMANCE_TOKEN_EMPLOYEE: reference.tokens.employee,
      MOBILITY_CONFORMANCE_TOKEN_OTHER_ORG: reference.tokens.otherOrganisation,
      MOBILITY_CONFORMANCE_TOKEN_HR: reference.tokens.hr,
    });
    assert.equal(code, 1);
    const printed = JSON.parse(stdout) as ConformanceReport;
    assert.equal(printed.ok, false);
    assert.equal(printed.results.find((r) => r.id === 'visibility/anonymous-public-only')?.status, 'fail');
  });

  test('what the proxy does not break still passes', () => {
    for (const id of ['schema/listOrganisations/anonymous', 'schema/listStories/anonymous', 'caching/listStories/public', 'visibility/listHrVacancies/anonymous-401', 'problem/invalid-query/listStories', 'problem/unknown-id/getVacancy']) {
      assert.equal(result(report, id).status, 'pass', `${id}: ${result(report, id).reason ?? ''}`);
    }
  });
});

const cliPath = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

/** The CLI as a user runs it, from source. */
function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--conditions=source', '--import', 'tsx', cliPath, ...args], { env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('the CLI', () => {
  test('--help explains the options and exits with 0', async () => {
    const { code, stdout } = await cli(['--help']);
    assert.equal(code, 0);
    assert.match(stdout, /--token-other-org/);
  });

  test('a missing base URL or an unknown option is a usage error (exit 2)', async () => {
    assert.equal((await cli([])).code, 2);
    const unknown = await cli(['http://127.0.0.1:1', '--tokn-hr', 'x']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /tokn-hr/);
  });

  test('a server that cannot be reached is exit 2, with the reason', async () => {
    const { code, stdout, stderr } = await cli(['http://127.0.0.1:1']);
    assert.equal(code, 2);
    assert.match(stderr, /Could not reach/);
    assert.match(stdout, /FAIL/);
  });
});
