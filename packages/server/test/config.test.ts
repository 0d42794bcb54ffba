import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { Health } from '@mobility-kit/contract';
import { buildServer, ConfigurationError, optionsFromEnv } from '../src/index.js';

const cliPath = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

/** Run the CLI as a real process (TypeScript through tsx, like `npm test`). */
function runCli(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', cliPath], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

describe('configuration from the environment', () => {
  test('defaults', () => {
    const options = optionsFromEnv({});
    assert.equal(options.port, 8080);
    assert.equal(options.host, '127.0.0.1');
    assert.equal(options.devAuth, false);
    assert.equal(options.seed, false);
    assert.equal(options.databaseUrl, undefined);
    assert.equal(options.corsOrigins, undefined);
  });

  test('every variable is read', () => {
    const options = optionsFromEnv({
      PORT: '9090',
      HOST: '0.0.0.0',
      DATA_DIR: '/tmp/x',
      DATABASE_URL: 'postgres://a@b/c',
      MOBILITY_DEV_AUTH: '1',
      MOBILITY_SEED: '1',
      OIDC_ISSUER: 'https://connect.test.example',
      OIDC_AUDIENCE: 'mk',
      OIDC_JWKS_URL: 'https://connect.test.example/jwks',
      ROLE_CLAIM: 'roles',
      ORG_CLAIM: 'schac_home_organization',
      CORS_ORIGINS: 'https://a.example, https://b.example',
    });
    assert.equal(options.port, 9090);
    assert.equal(options.host, '0.0.0.0');
    assert.equal(options.dataDir, '/tmp/x');
    assert.equal(options.databaseUrl, 'postgres://a@b/c');
    assert.equal(options.devAuth, true);
    assert.equal(options.seed, true);
    assert.deepEqual(options.auth, {
      issuer: 'https://connect.test.example',
      audience: 'mk',
      jwksUrl: 'https://connect.test.example/jwks',
      roleClaim: 'roles',
      organisationClaim: 'schac_home_organization',
    });
    assert.deepEqual(options.corsOrigins, ['https://a.example', 'https://b.example']);
    assert.equal(optionsFromEnv({ CORS_ORIGINS: '*' }).corsOrigins, true);
  });

  test('invalid values are refused with a clear message', () => {
    assert.throws(() => optionsFromEnv({ PORT: 'http' }), /PORT must be a port number/);
    assert.throws(() => optionsFromEnv({ OIDC_JWKS_URL: 'not a url' }), /OIDC_JWKS_URL must be a URL/);
  });

  test('development auth is refused in production, by the environment and by buildServer', async () => {
    assert.throws(() => optionsFromEnv({ NODE_ENV: 'production', MOBILITY_DEV_AUTH: '1' }), /NODE_ENV=production/);
    assert.equal(optionsFromEnv({ NODE_ENV: 'production' }).devAuth, false);
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await assert.rejects(buildServer({ dataDir: 'memory://', devAuth: true }), ConfigurationError);
    } finally {
      if (previous === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = previous;
    }
  });
});

describe('the mobility-kit-server command', () => {
  test('refuses to start with NODE_ENV=production and MOBILITY_DEV_AUTH=1', async () => {
    const run = runCli({ NODE_ENV: 'production', MOBILITY_DEV_AUTH: '1', PORT: '0', DATA_DIR: 'memory://' });
    assert.equal(await run.exited, 1);
    assert.match(run.output().stderr, /Refusing to start.*MOBILITY_DEV_AUTH/);
    assert.doesNotMatch(run.output().stdout, /listening/);
  });

  test('starts, prints its URL, serves, and stops cleanly on SIGTERM', async () => {
    const run = runCli({ PORT: '0', DATA_DIR: 'memory://', MOBILITY_SEED: '1' });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed: ${JSON.stringify(run.output())}`)), 30_000);
        run.child.stdout.on('data', () => {
          const match = /listening on (http:\/\/\S+)/.exec(run.output().stdout);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
        void run.exited.then((code) => reject(new Error(`exited early with ${code}: ${JSON.stringify(run.output())}`)));
      });
      const health = await fetch(`${url}/v1/health`);
      assert.equal(health.status, 200);
      assert.equal(Health.parse(await health.json()).database, 'ok');
      await fetch(`${url}/v1/vacancies?q=${encodeURIComponent('Jan Jansen')}`, { headers: { authorization: 'Bearer x.y.z' } });
      run.child.kill('SIGTERM');
      assert.equal(await run.exited, 0);
      // JSON request logs name method and path, never the query, the token or the client address.
      const logs = run.output().stdout;
      assert.match(logs, /"path":"\/v1\/vacancies"/);
      assert.doesNotMatch(logs, /Jansen|x\.y\.z|127\.0\.0\.1"|remoteAddress/);
    } finally {
      run.child.kill('SIGKILL');
    }
  });
});
