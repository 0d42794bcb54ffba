import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { problemTypes } from '@mobility-kit/contract';
import { createAuthenticator, mapClaims } from '../src/auth.js';
import { ProblemError } from '../src/problems.js';
import { buildServer, ConfigurationError, loadClaimsMapping, optionsFromEnv, parseClaimsMapping, startServer, type ClaimsMapping, type RunningServer } from '../src/index.js';
import { expectProblem } from './helpers.js';
import { startProviderStub, type ProviderStub } from './provider-stub.js';

const cliPath = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

/** The example from the README, with an admin rule added. */
const mapping: ClaimsMapping = {
  organisation: { claim: 'schac_home_organization', map: { 'hu.nl': 'hogeschool-utrecht', 'hanze.nl': 'hanzehogeschool-groningen' } },
  roles: {
    admin: { claim: 'eduperson_entitlement', anyOf: ['urn:mace:surf.nl:mobility:admin'] },
    hr: { claim: 'eduperson_entitlement', anyOf: ['urn:mace:surf.nl:mobility:hr'] },
    employee: { claim: 'eduperson_affiliation', anyOf: ['employee', 'staff', 'faculty'] },
  },
};
const mappingJson = JSON.stringify(mapping);

const hr = 'urn:mace:surf.nl:mobility:hr';
const admin = 'urn:mace:surf.nl:mobility:admin';

/** The 403 problem `mapClaims` throws, with its detail. */
function forbidden(claims: Record<string, unknown>, using: ClaimsMapping = mapping): string {
  try {
    mapClaims(claims, using);
  } catch (error) {
    assert.ok(error instanceof ProblemError, String(error));
    assert.equal(error.statusCode, 403);
    assert.equal(error.problem.type, problemTypes.forbidden);
    return error.problem.detail ?? '';
  }
  assert.fail(`mapped to a principal: ${JSON.stringify(claims)}`);
}

describe('claims mapping', () => {
  test('organisation by map, compared without regard to case', () => {
    assert.equal(mapClaims({ schac_home_organization: 'hu.nl', eduperson_affiliation: 'employee' }, mapping).organisation, 'hogeschool-utrecht');
    assert.equal(mapClaims({ schac_home_organization: 'HU.NL', eduperson_affiliation: 'employee' }, mapping).organisation, 'hogeschool-utrecht');
    assert.equal(mapClaims({ schac_home_organization: ['hanze.nl'], eduperson_affiliation: 'employee' }, mapping).organisation, 'hanzehogeschool-groningen');
    const upperKeys = parseClaimsMapping({ ...mapping, organisation: { claim: 'schac_home_organization', map: { 'Hanze.NL': 'hanzehogeschool-groningen' } } });
    assert.equal(mapClaims({ schac_home_organization: 'hanze.nl', eduperson_affiliation: 'staff' }, upperKeys).organisation, 'hanzehogeschool-groningen');
  });

  test('role precedence: the strongest matching role wins (admin > hr > employee)', () => {
    const base = { schac_home_organization: 'hu.nl' };
    assert.equal(mapClaims({ ...base, eduperson_affiliation: ['member', 'employee'] }, mapping).role, 'employee');
    assert.equal(mapClaims({ ...base, eduperson_affiliation: 'employee', eduperson_entitlement: [hr] }, mapping).role, 'hr');
    assert.equal(mapClaims({ ...base, eduperson_affiliation: 'staff', eduperson_entitlement: [hr, admin] }, mapping).role, 'admin');
    assert.equal(mapClaims({ ...base, eduperson_entitlement: [admin, hr] }, mapping).role, 'admin', 'order in the claim does not matter');
    assert.equal(mapClaims({ ...base, eduperson_entitlement: hr }, mapping).role, 'hr', 'a single string counts like an array');
  });

  test('a token that maps to no organisation → 403 naming the claim', () => {
    const expected = "Your account's organisation (schac_home_organization) is not taking part in mobility-kit.";
    assert.equal(forbidden({ schac_home_organization: 'uva.nl', eduperson_affiliation: 'employee' }), expected);
    assert.equal(forbidden({ eduperson_affiliation: 'employee' }), expected, 'claim missing');
    assert.equal(forbidden({ schac_home_organization: 42, eduperson_affiliation: 'employee' }), expected, 'claim not a string');
    assert.match(forbidden({ schac_home_organization: ['hu.nl', 'hanze.nl'], eduperson_affiliation: 'employee' }), /more than one organisation/);
  });

  test('a token that maps to no role → 403 naming the claims looked at', () => {
    assert.equal(
      forbidden({ schac_home_organization: 'hu.nl', eduperson_affiliation: ['student', 'member'] }),
      'Your account has no role for mobility-kit (eduperson_entitlement, eduperson_affiliation).',
    );
    assert.match(forbidden({ schac_home_organization: 'hu.nl', eduperson_entitlement: 'urn:mace:surf.nl:mobility:HR' }), /no role/, 'values match exactly');
  });

  test('without map the value must already be an organisation id; dotted paths reach nested claims', () => {
    const plain = parseClaimsMapping({
      organisation: { claim: 'mobility.organisation' },
      roles: { employee: { claim: 'realm_access.roles', anyOf: ['mobility-employee'] } },
    });
    assert.deepEqual(mapClaims({ mobility: { organisation: 'hogeschool-utrecht' }, realm_access: { roles: ['x', 'mobility-employee'] } }, plain), {
      organisation: 'hogeschool-utrecht',
      role: 'employee',
    });
    assert.match(forbidden({ mobility: { organisation: 'Hogeschool Utrecht' }, realm_access: { roles: ['mobility-employee'] } }, plain), /organisation \(mobility\.organisation\)/);
  });
});

describe('MOBILITY_CLAIMS at start-up', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mobility-claims-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test('inline JSON and a file path give the same mapping', async () => {
    const file = join(dir, 'claims.json');
    await writeFile(file, mappingJson);
    const inline = optionsFromEnv({ MOBILITY_CLAIMS: mappingJson }).auth?.claims;
    const fromFile = optionsFromEnv({ MOBILITY_CLAIMS: file }).auth?.claims;
    assert.deepEqual(inline, mapping);
    assert.deepEqual(fromFile, mapping);
    assert.deepEqual(loadClaimsMapping(`  ${mappingJson}\n`), mapping, 'white space around inline JSON');
    assert.equal(optionsFromEnv({}).auth?.claims, undefined);
  });

  test('an invalid mapping is a start-up error naming the field', async () => {
    const cases: [unknown, RegExp][] = [
      [{ ...mapping, roles: { ...mapping.roles, hr: { claim: 'eduperson_entitlement', anyOf: [] } } }, /roles\.hr\.anyOf: must list at least one value/],
      [{ ...mapping, roles: { ...mapping.roles, superuser: { claim: 'x', anyOf: ['y'] } } }, /roles: .*superuser/],
      [{ ...mapping, roles: {} }, /roles: must define at least one of admin, hr and employee/],
      [{ ...mapping, organisation: { claim: 'schac_home_organization', map: { 'hu.nl': 'Hogeschool Utrecht' } } }, /organisation\.map\["hu\.nl"\]/],
      [{ ...mapping, organisation: { claim: '' } }, /organisation\.claim: must name a claim/],
      [{ roles: mapping.roles }, /organisation/],
      [{ ...mapping, organisation: { claim: 'o', map: { 'hu.nl': 'hogeschool-utrecht', 'HU.nl': 'hanzehogeschool-groningen' } } }, /listed twice/],
    ];
    for (const [value, message] of cases) {
      assert.throws(() => optionsFromEnv({ MOBILITY_CLAIMS: JSON.stringify(value) }), (error: Error) => {
        assert.equal(error.name, 'EnvironmentError');
        assert.match(error.message, /^MOBILITY_CLAIMS is invalid: /);
        assert.match(error.message, message);
        return true;
      });
    }
    await writeFile(join(dir, 'broken.json'), '{"organisation": ');
    assert.throws(() => optionsFromEnv({ MOBILITY_CLAIMS: join(dir, 'broken.json') }), /MOBILITY_CLAIMS \(.*broken\.json\) is not valid JSON/);
    assert.throws(() => optionsFromEnv({ MOBILITY_CLAIMS: join(dir, 'missing.json') }), /MOBILITY_CLAIMS \(.*missing\.json\) cannot be read: ENOENT/);
    assert.throws(() => optionsFromEnv({ MOBILITY_CLAIMS: '{not json' }), /MOBILITY_CLAIMS is not valid JSON/);
  });

  test('buildServer refuses an invalid mapping given in code', async () => {
    await assert.rejects(
      buildServer({ dataDir: 'memory://', auth: { claims: { organisation: { claim: 'o' }, roles: {} } as unknown as ClaimsMapping } }),
      (error: Error) => error instanceof ConfigurationError && /roles: must define at least one/.test(error.message),
    );
  });

  test('the command refuses to start with an invalid file and names the field', async () => {
    const file = join(dir, 'no-anyof.json');
    await writeFile(file, JSON.stringify({ organisation: { claim: 'o' }, roles: { employee: { claim: 'eduperson_affiliation' } } }));
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', cliPath], {
      env: { PATH: process.env.PATH ?? '', PORT: '0', DATA_DIR: 'memory://', MOBILITY_CLAIMS: file },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (/listening/.test(stdout)) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    assert.equal(code, 1, stdout);
    assert.match(stderr, /MOBILITY_CLAIMS .* is invalid: roles\.employee\.anyOf/);
  });
});

describe('the claims mapping over HTTP, with JWTs from a real JWKS', () => {
  let provider: ProviderStub;
  let server: RunningServer;
  before(async () => {
    provider = await startProviderStub();
    server = await startServer({
      port: 0,
      dataDir: 'memory://',
      seed: true,
      rateLimit: false,
      auth: { issuer: provider.issuer, audience: provider.audience, jwksUrl: provider.jwksUrl, claims: mapping },
    });
  });
  after(async () => {
    await server?.close();
    await provider?.close();
  });

  const get = async (path: string, claims: Record<string, unknown>) =>
    fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${await provider.sign({ sub: 'urn:collab:person:hu.nl:x', ...claims })}` } });

  test('GET /v1/me answers the mapped organisation and the strongest role', async () => {
    const hu = { schac_home_organization: 'hu.nl' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...hu, eduperson_affiliation: ['member', 'faculty'] }, 'employee'],
      [{ ...hu, eduperson_affiliation: 'employee', eduperson_entitlement: hr }, 'hr'],
      [{ ...hu, eduperson_affiliation: 'employee', eduperson_entitlement: [hr, admin] }, 'admin'],
    ];
    for (const [claims, role] of cases) {
      const response = await get('/v1/me', claims);
      assert.equal(response.status, 200, await response.clone().text());
      assert.deepEqual(await response.json(), { organisation: 'hogeschool-utrecht', role });
    }
  });

  test('an HR route: the mapped HR role passes, an employee is refused by role', async () => {
    assert.equal((await get('/v1/hr/vacancies', { schac_home_organization: 'hanze.nl', eduperson_entitlement: hr })).status, 200);
    const problem = await expectProblem(await get('/v1/hr/vacancies', { schac_home_organization: 'hanze.nl', eduperson_affiliation: 'staff' }), 403, problemTypes.forbidden);
    assert.match(problem.detail ?? '', /role may not use this route/);
  });

  test('no organisation or no role → 403 problem saying which, never a 500', async () => {
    const organisation = await expectProblem(await get('/v1/hr/vacancies', { schac_home_organization: 'uva.nl', eduperson_entitlement: hr }), 403, problemTypes.forbidden);
    assert.equal(organisation.detail, "Your account's organisation (schac_home_organization) is not taking part in mobility-kit.");
    const role = await expectProblem(await get('/v1/me', { schac_home_organization: 'hu.nl', eduperson_affiliation: 'student' }), 403, problemTypes.forbidden);
    assert.match(role.detail ?? '', /^Your account has no role for mobility-kit/);
  });

  test('the legacy role and organisation claims are not read when a mapping is set', async () => {
    await expectProblem(await get('/v1/me', { mobility_role: 'admin', mobility_org: 'hogeschool-utrecht' }), 403, problemTypes.forbidden);
  });
});

describe('without a claims mapping', () => {
  test('ROLE_CLAIM and ORG_CLAIM work as before: an unmapped token is a 401, not a 403', async () => {
    const provider = await startProviderStub();
    try {
      const authenticator = await createAuthenticator({ issuer: provider.issuer, audience: provider.audience, jwksUrl: provider.jwksUrl });
      assert.deepEqual(await authenticator.authenticate(`Bearer ${await provider.sign({ sub: 's', mobility_role: ['student', 'hr'], mobility_org: 'hogeschool-utrecht' })}`), {
        subject: 's',
        role: 'hr',
        organisation: 'hogeschool-utrecht',
      });
      await assert.rejects(authenticator.authenticate(`Bearer ${await provider.sign({ sub: 's', schac_home_organization: 'hu.nl', eduperson_affiliation: 'employee' })}`), (error: unknown) => {
        assert.ok(error instanceof ProblemError);
        assert.equal(error.statusCode, 401);
        return true;
      });
    } finally {
      await provider.close();
    }
  });
});
