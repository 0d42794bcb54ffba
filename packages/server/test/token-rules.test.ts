import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { createAuthenticator, type Authenticator } from '../src/auth.js';
import { ProblemError } from '../src/problems.js';
import { problemTypes } from '@mobility-kit/contract';
import { buildServer, ConfigurationError, optionsFromEnv, startServer } from '../src/index.js';
import { expectProblem } from './helpers.js';
import { startTestIdentityProvider, type TestIdentityProvider } from './idp.js';

const cliPath = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const claims = { sub: 'u1', roles: 'hr', org: 'gemeente-utrecht' };

/** The authenticator refuses the header with a 401 whose detail matches. */
async function refused(authenticator: Authenticator, token: string, detail: RegExp): Promise<void> {
  await assert.rejects(authenticator.authenticate(`Bearer ${token}`), (error: unknown) => {
    assert.ok(error instanceof ProblemError, `not a problem: ${String(error)}`);
    assert.equal(error.statusCode, 401);
    assert.match(error.problem.detail ?? '', detail);
    return true;
  });
}

/** Run `NODE_ENV=… fn()` and restore the variable afterwards. */
async function withNodeEnv<T>(value: string | undefined, fn: () => Promise<T>): Promise<T> {
  const previous = process.env.NODE_ENV;
  if (value === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = value;
  try {
    return await fn();
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

describe('token lifetime rules', () => {
  let idp: TestIdentityProvider;
  let authenticator: Authenticator;

  before(async () => {
    idp = await startTestIdentityProvider();
    authenticator = await createAuthenticator({ issuer: idp.issuer, audience: idp.audience, jwksUrl: idp.jwksUrl, roleClaim: 'roles', organisationClaim: 'org' });
  });
  after(() => idp?.close());

  test('a well-formed token is accepted (the rules below refuse only what they name)', async () => {
    const principal = await authenticator.authenticate(`Bearer ${await idp.sign(claims)}`);
    assert.deepEqual(principal, { subject: 'u1', role: 'hr', organisation: 'gemeente-utrecht' });
    // Issued a few seconds ahead of our clock: within the leeway for clock skew.
    assert.ok(await authenticator.authenticate(`Bearer ${await idp.sign(claims, { issuedAt: 30 })}`));
  });

  test('a token without exp is refused', async () => {
    await refused(authenticator, await idp.sign(claims, { expiresInSeconds: null }), /exp/);
  });

  test('a token without iat is refused (its age cannot be checked)', async () => {
    await refused(authenticator, await idp.sign(claims, { issuedAt: null }), /iat/);
  });

  test('a token issued in the future (beyond the leeway) is refused', async () => {
    await refused(authenticator, await idp.sign(claims, { issuedAt: 600, expiresInSeconds: 3600 }), /iat|future/);
    await refused(authenticator, await idp.sign(claims, { issuedAt: 365 * 24 * 3600, expiresInSeconds: 400 * 24 * 3600 }), /iat|future/);
  });

  test('a token older than the maximum age is refused even before it expires', async () => {
    // Default maximum: twelve hours.
    await refused(authenticator, await idp.sign(claims, { issuedAt: -13 * 3600, expiresInSeconds: 3600 }), /too old|age/);
    assert.ok(await authenticator.authenticate(`Bearer ${await idp.sign(claims, { issuedAt: -11 * 3600, expiresInSeconds: 3600 })}`));
    // Configurable: with one hour, the provider's default token (issued two hours ago) is too old.
    const strict = await createAuthenticator({ issuer: idp.issuer, audience: idp.audience, jwksUrl: idp.jwksUrl, roleClaim: 'roles', organisationClaim: 'org', maxTokenAgeSeconds: 3600 });
    await refused(strict, await idp.sign(claims), /too old|age/);
    assert.ok(await strict.authenticate(`Bearer ${await idp.sign(claims, { issuedAt: -60 })}`));
  });

  test('over HTTP: a route refuses such a token with a 401 problem', async () => {
    const server = await startServer({
      port: 0,
      dataDir: 'memory://',
      rateLimit: false,
      auth: { issuer: idp.issuer, audience: idp.audience, jwksUrl: idp.jwksUrl, roleClaim: 'roles', organisationClaim: 'org' },
    });
    try {
      const get = async (token: string) => fetch(`${server.url}/v1/hr/vacancies`, { headers: { authorization: `Bearer ${token}` } });
      assert.notEqual((await get(await idp.sign(claims))).status, 401);
      for (const token of [await idp.sign(claims, { expiresInSeconds: null }), await idp.sign(claims, { issuedAt: 3600, expiresInSeconds: 7200 }), await idp.sign(claims, { issuedAt: -24 * 3600 })]) {
        const response = await get(token);
        assert.match(response.headers.get('www-authenticate') ?? '', /invalid_token/);
        await expectProblem(response, 401, problemTypes.unauthorized);
      }
    } finally {
      await server.close();
    }
  });

  test('development tokens follow the same rules and pass them', async () => {
    const dev = await createAuthenticator({}, true);
    const { token } = await dev.issueDevToken!({ role: 'hr', organisation: 'gemeente-utrecht' });
    assert.equal((await dev.authenticate(`Bearer ${token}`))?.role, 'hr');
  });

  test('OIDC_MAX_TOKEN_AGE_SECONDS is read and checked', () => {
    assert.equal(optionsFromEnv({}).auth?.maxTokenAgeSeconds, undefined);
    assert.equal(optionsFromEnv({ OIDC_MAX_TOKEN_AGE_SECONDS: '3600' }).auth?.maxTokenAgeSeconds, 3600);
    for (const bad of ['0', '-5', 'twelve hours', '1.5', String(8 * 24 * 3600)]) {
      assert.throws(() => optionsFromEnv({ OIDC_MAX_TOKEN_AGE_SECONDS: bad }), /OIDC_MAX_TOKEN_AGE_SECONDS/, bad);
    }
  });
});

describe('issuer and audience are required', () => {
  test('the environment is refused without OIDC_ISSUER and OIDC_AUDIENCE when a provider is configured', () => {
    const jwks = { OIDC_JWKS_URL: 'https://connect.test.example/jwks' };
    assert.throws(() => optionsFromEnv(jwks), /OIDC_ISSUER.*OIDC_AUDIENCE|OIDC_ALLOW_ANY_AUDIENCE/s);
    assert.throws(() => optionsFromEnv({ ...jwks, OIDC_ISSUER: 'https://connect.test.example' }), /OIDC_AUDIENCE/);
    assert.throws(() => optionsFromEnv({ ...jwks, OIDC_AUDIENCE: 'mk' }), /OIDC_ISSUER/);
    assert.ok(optionsFromEnv({ ...jwks, OIDC_ISSUER: 'https://connect.test.example', OIDC_AUDIENCE: 'mk' }));
    assert.throws(() => optionsFromEnv({ ...jwks, OIDC_ALLOW_ANY_AUDIENCE: 'yes please' }), /OIDC_ALLOW_ANY_AUDIENCE/);
    assert.equal(optionsFromEnv({ ...jwks, OIDC_ALLOW_ANY_AUDIENCE: '1' }).auth?.allowAnyAudience, true);
  });

  test('buildServer refuses it too, and allows it with allowAnyAudience and a loud warning', async () => {
    await assert.rejects(buildServer({ dataDir: 'memory://', auth: { jwksUrl: 'https://connect.test.example/jwks' } }), ConfigurationError);
    await assert.rejects(buildServer({ dataDir: 'memory://', auth: { jwksUrl: 'https://connect.test.example/jwks', issuer: 'https://connect.test.example' } }), ConfigurationError);
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on('warning', onWarning);
    try {
      const app = await buildServer({ dataDir: 'memory://', auth: { jwksUrl: 'https://connect.test.example/jwks', allowAnyAudience: true } });
      await app.close();
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    assert.ok(warnings.some((w) => /OIDC_ALLOW_ANY_AUDIENCE/.test(w) && /any issuer and audience/i.test(w)), JSON.stringify(warnings));
  });

  test('the command refuses to start without them', async () => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', cliPath], {
      env: { PATH: process.env.PATH ?? '', PORT: '0', DATA_DIR: 'memory://', OIDC_JWKS_URL: 'https://connect.test.example/jwks' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      // A server that started anyway is stopped so the assertion below reports it.
      if (/listening/.test(stdout)) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    assert.equal(code, 1, stdout);
    assert.match(stderr, /OIDC_ISSUER/);
    assert.doesNotMatch(stdout, /listening/);
  });
});

describe('development auth only in development', () => {
  const refusedValues = ['production', 'Production', ' production', 'PRODUCTION\n', 'staging', 'acceptance', 'prod'];
  const allowedValues = [undefined, '', 'development', ' Development ', 'test', 'TEST'];

  test('the environment refuses MOBILITY_DEV_AUTH unless NODE_ENV is unset, development or test', () => {
    for (const value of refusedValues) {
      assert.throws(() => optionsFromEnv({ NODE_ENV: value, MOBILITY_DEV_AUTH: '1' }), /MOBILITY_DEV_AUTH/, JSON.stringify(value));
    }
    for (const value of allowedValues) {
      assert.equal(optionsFromEnv({ ...(value === undefined ? {} : { NODE_ENV: value }), MOBILITY_DEV_AUTH: '1' }).devAuth, true, JSON.stringify(value));
    }
  });

  test('buildServer refuses development auth under the same rule', async () => {
    for (const value of refusedValues) {
      await withNodeEnv(value, () => assert.rejects(buildServer({ dataDir: 'memory://', devAuth: true }), ConfigurationError, JSON.stringify(value)));
    }
    for (const value of ['development', ' Test ']) {
      const app = await withNodeEnv(value, () => buildServer({ dataDir: 'memory://', devAuth: true }));
      await app.close();
    }
  });
});
