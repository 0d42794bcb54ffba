import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, beforeEach, describe, test } from 'node:test';
import { problemTypes } from '@mobility-kit/contract';
import { createAuthenticator, IntrospectionCache, type AuthLog, type AuthOptions, type Authenticator } from '../src/auth.js';
import { guardedFetch, OutboundRefusedError, policyFromEnv } from '../src/net/guarded-fetch.js';
import { ProblemError } from '../src/problems.js';
import { buildServer, ConfigurationError, optionsFromEnv, startServer, type ClaimsMapping, type RunningServer } from '../src/index.js';
import { expectProblem } from './helpers.js';
import { decodeClientCredentials, startProviderStub, type ProviderStub } from './provider-stub.js';

const surfMapping: ClaimsMapping = {
  organisation: { claim: 'schac_home_organization', map: { 'hu.nl': 'hogeschool-utrecht', 'hanze.nl': 'hanzehogeschool-groningen' } },
  roles: {
    hr: { claim: 'eduperson_entitlement', anyOf: ['urn:mace:surf.nl:mobility:hr'] },
    employee: { claim: 'eduperson_affiliation', anyOf: ['employee', 'staff', 'faculty'] },
  },
};

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** An active SURFconext-style answer for an employee of HU, valid for an hour. */
function activeAnswer(provider: ProviderStub, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    active: true,
    scope: 'openid',
    client_id: provider.clientId,
    token_type: 'Bearer',
    sub: 'urn:collab:person:hu.nl:jjansen',
    iss: provider.issuer,
    exp: nowSeconds() + 3600,
    iat: nowSeconds() - 60,
    schac_home_organization: 'hu.nl',
    eduperson_affiliation: ['member', 'employee'],
    ...extra,
  };
}

/** A log that keeps what it was given, to check what is (and is not) logged. */
function recordingLog(): AuthLog & { lines: { level: string; details: object; message: string }[] } {
  const lines: { level: string; details: object; message: string }[] = [];
  return {
    lines,
    warn: (details, message) => void lines.push({ level: 'warn', details, message }),
    error: (details, message) => void lines.push({ level: 'error', details, message }),
  };
}

async function expectStatus(promise: Promise<unknown>, status: number, detail?: RegExp): Promise<ProblemError> {
  let caught: unknown;
  await assert.rejects(promise, (error: unknown) => {
    caught = error;
    return true;
  });
  assert.ok(caught instanceof ProblemError, `not a problem: ${String(caught)}`);
  assert.equal(caught.statusCode, status, caught.message);
  if (detail) assert.match(caught.problem.detail ?? '', detail);
  return caught;
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function introspectionOptions(provider: ProviderStub, extra: Partial<AuthOptions> = {}): AuthOptions {
  return {
    issuer: provider.issuer,
    audience: provider.audience,
    introspectionUrl: provider.introspectionUrl,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    claims: surfMapping,
    ...extra,
  };
}

describe('opaque tokens by introspection, over HTTP', () => {
  let provider: ProviderStub;
  let server: RunningServer;

  before(async () => {
    provider = await startProviderStub();
    server = await startServer({ port: 0, dataDir: 'memory://', seed: true, rateLimit: false, auth: introspectionOptions(provider) });
  });
  after(async () => {
    await server?.close();
    await provider?.close();
  });
  beforeEach(() => {
    provider.mode = 'normal';
    provider.calls.length = 0;
  });

  const me = (token: string) => fetch(`${server.url}/v1/me`, { headers: { authorization: `Bearer ${token}` } });

  test('an active token → 200 with the organisation and role mapped from its claims', async () => {
    provider.register('opaque-active-1', activeAnswer(provider));
    const response = await me('opaque-active-1');
    assert.equal(response.status, 200, await response.clone().text());
    assert.deepEqual(await response.json(), { organisation: 'hogeschool-utrecht', role: 'employee' });

    provider.register('opaque-hr-1', activeAnswer(provider, { schac_home_organization: 'hanze.nl', eduperson_entitlement: 'urn:mace:surf.nl:mobility:hr' }));
    assert.deepEqual(await (await me('opaque-hr-1')).json(), { organisation: 'hanzehogeschool-groningen', role: 'hr' });
  });

  test('an inactive token → 401 invalid_token', async () => {
    provider.register('opaque-revoked', { active: false });
    const response = await me('opaque-revoked');
    assert.match(response.headers.get('www-authenticate') ?? '', /invalid_token/);
    const problem = await expectProblem(response, 401, problemTypes.unauthorized);
    assert.match(problem.detail ?? '', /not active/);
    // A token the endpoint does not know is inactive too.
    await expectProblem(await me('opaque-never-issued'), 401, problemTypes.unauthorized);
  });

  test('a token that maps to no organisation or no role → 403 saying which', async () => {
    provider.register('opaque-elsewhere', activeAnswer(provider, { schac_home_organization: 'uva.nl' }));
    const organisation = await expectProblem(await me('opaque-elsewhere'), 403, problemTypes.forbidden);
    assert.equal(organisation.detail, "Your account's organisation (schac_home_organization) is not taking part in mobility-kit.");
    provider.register('opaque-student', activeAnswer(provider, { eduperson_affiliation: ['student', 'member'] }));
    const role = await expectProblem(await me('opaque-student'), 403, problemTypes.forbidden);
    assert.match(role.detail ?? '', /^Your account has no role for mobility-kit \(.*eduperson_affiliation.*\)\.$/);
  });

  test('the endpoint answering 5xx → 503 with Retry-After', async () => {
    provider.register('opaque-5xx', activeAnswer(provider));
    provider.mode = 'error-500';
    const response = await me('opaque-5xx');
    assert.equal(response.headers.get('retry-after'), '5');
    await expectProblem(response, 503, problemTypes.unavailable);
    assert.equal(provider.calls.length, 1);
  });

  test('an answer that is not JSON, too large, a JSON array or a redirect → 503', async () => {
    provider.redirectedAnswer = { schac_home_organization: 'hu.nl', eduperson_affiliation: 'employee' };
    for (const [index, mode] of (['html', 'huge', 'array', 'redirect'] as const).entries()) {
      provider.mode = mode;
      const response = await me(`opaque-odd-${index}`);
      assert.equal(response.headers.get('retry-after'), '5', mode);
      await expectProblem(response, 503, problemTypes.unavailable);
    }
    assert.equal(provider.calls.length, 4);
    assert.equal(provider.redirectsFollowed, 0, 'the redirect was not followed');
  });

  test('without a JWKS, a JWT-shaped token is introspected too (the only way to check it here)', async () => {
    const response = await me('eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln');
    await expectProblem(response, 401, problemTypes.unauthorized);
    assert.equal(provider.calls.length, 1);
  });
});

describe('introspection outages: 503, never a 401 that would sign the user out', () => {
  test('the endpoint unreachable (closed port) → 503 with Retry-After', async () => {
    const port = await closedPort();
    const authenticator = await createAuthenticator({
      audience: 'mobility-kit-rs',
      introspectionUrl: `http://127.0.0.1:${port}/introspect`,
      clientId: 'mobility-kit-rs',
      clientSecret: 's',
    });
    const problem = await expectStatus(authenticator.authenticate('Bearer opaque-1'), 503);
    assert.equal(problem.headers['Retry-After'], '5');
    assert.equal(problem.problem.type, problemTypes.unavailable);
  });

  test('over HTTP too', async () => {
    const port = await closedPort();
    const server = await startServer({
      port: 0,
      dataDir: 'memory://',
      rateLimit: false,
      auth: { audience: 'mobility-kit-rs', introspectionUrl: `http://127.0.0.1:${port}/introspect`, clientId: 'mobility-kit-rs', clientSecret: 's' },
    });
    try {
      const response = await fetch(`${server.url}/v1/hr/vacancies`, { headers: { authorization: 'Bearer opaque-1' } });
      assert.equal(response.headers.get('retry-after'), '5');
      await expectProblem(response, 503, problemTypes.unavailable);
    } finally {
      await server.close();
    }
  });

  test('an endpoint slower than the timeout → 503, in about the timeout', async () => {
    const provider = await startProviderStub();
    try {
      provider.mode = 'slow';
      provider.delayMs = 3_000;
      const authenticator = await createAuthenticator(introspectionOptions(provider, { introspectionTimeoutMs: 200 }));
      const started = performance.now();
      await expectStatus(authenticator.authenticate('Bearer opaque-slow'), 503);
      // Generous bound: the point is that it does not wait for the 3 s answer.
      assert.ok(performance.now() - started < 2_500, `took ${Math.round(performance.now() - started)} ms`);
    } finally {
      await provider.close();
    }
  });

  test('our client credentials refused (HTTP 401 from the endpoint) → 503, logged as a configuration error without the token', async () => {
    const provider = await startProviderStub();
    try {
      provider.register('opaque-secret-token-value', activeAnswer(provider));
      const authenticator = await createAuthenticator(introspectionOptions(provider, { clientSecret: 'wrong-secret' }));
      const log = recordingLog();
      await expectStatus(authenticator.authenticate('Bearer opaque-secret-token-value', log), 503);
      assert.equal(log.lines.length, 1);
      assert.equal(log.lines[0]!.level, 'error');
      assert.match(log.lines[0]!.message, /misconfigured.*401.*OIDC_CLIENT_ID/);
      assert.doesNotMatch(JSON.stringify(log.lines), /opaque-secret-token-value|wrong-secret/);
    } finally {
      await provider.close();
    }
  });
});

describe('the introspection request is what RFC 7662 and RFC 6749 say', () => {
  test('POST, form body with the token and the hint, Accept JSON, Basic client credentials form-encoded before base64', async () => {
    const clientId = 'mobility kit:1';
    const clientSecret = 'p@ss:w/rd+ é';
    const provider = await startProviderStub({ clientId, clientSecret });
    try {
      const token = 'opaque+token/x~y==';
      provider.register(token, activeAnswer(provider));
      const authenticator = await createAuthenticator(introspectionOptions(provider));
      assert.ok(await authenticator.authenticate(`Bearer ${token}`));
      assert.equal(provider.calls.length, 1);
      const call = provider.calls[0]!;
      assert.equal(call.method, 'POST');
      assert.equal(call.contentType, 'application/x-www-form-urlencoded');
      assert.equal(call.accept, 'application/json');
      assert.equal(call.body, 'token=opaque%2Btoken%2Fx%7Ey%3D%3D&token_type_hint=access_token');
      // RFC 6749 §2.3.1: each of id and secret application/x-www-form-urlencoded, then joined by ':' and base64.
      assert.equal(call.authorization, `Basic ${Buffer.from('mobility+kit%3A1:p%40ss%3Aw%2Frd%2B+%C3%A9').toString('base64')}`);
      assert.deepEqual(decodeClientCredentials(call.authorization), { id: clientId, secret: clientSecret });
    } finally {
      await provider.close();
    }
  });
});

describe('the outbound guard never redirects a POST', () => {
  test('even with redirects allowed by the policy, a redirect answer to a POST is refused', async () => {
    const provider = await startProviderStub();
    try {
      provider.mode = 'redirect';
      const { port } = new URL(provider.introspectionUrl);
      const policy = policyFromEnv({ MOBILITY_FETCH_ALLOW: `127.0.0.1:${port}` });
      assert.equal(policy.maxRedirects, 5);
      await assert.rejects(guardedFetch(provider.introspectionUrl, { method: 'POST', body: 'token=x', policy }), OutboundRefusedError);
      assert.equal(provider.redirectsFollowed, 0);
      // A GET under the same policy follows it: the refusal is about the POST.
      const { response } = await guardedFetch(provider.introspectionUrl, { policy });
      assert.equal(response.status, 200);
      await response.body?.cancel();
      assert.equal(provider.redirectsFollowed, 1);
    } finally {
      await provider.close();
    }
  });
});

describe('the introspection answer is checked', () => {
  let provider: ProviderStub;
  let authenticator: Authenticator;
  before(async () => {
    provider = await startProviderStub();
    authenticator = await createAuthenticator(introspectionOptions(provider));
  });
  after(() => provider?.close());

  let counter = 0;
  async function answerGives(answer: Record<string, unknown>): Promise<Promise<unknown>> {
    const token = `opaque-check-${++counter}`;
    provider.register(token, answer);
    return authenticator.authenticate(`Bearer ${token}`);
  }

  test('a complete answer passes (the refusals below are about what they name)', async () => {
    assert.deepEqual(await answerGives(activeAnswer(provider)), { subject: 'urn:collab:person:hu.nl:jjansen', organisation: 'hogeschool-utrecht', role: 'employee' });
    // iat is optional in an introspection answer; iss may be absent.
    const { iat: _iat, iss: _iss, ...minimal } = activeAnswer(provider);
    assert.ok(await answerGives(minimal));
  });

  test('exp missing, not a number, or past → 401', async () => {
    const { exp: _exp, ...withoutExp } = activeAnswer(provider);
    await expectStatus(answerGives(withoutExp), 401, /exp/);
    await expectStatus(answerGives(activeAnswer(provider, { exp: String(nowSeconds() + 3600) })), 401, /exp/);
    await expectStatus(answerGives(activeAnswer(provider, { exp: nowSeconds() - 5 })), 401, /expired/);
  });

  test('iat rules as for JWTs: not in the future, not older than the maximum age', async () => {
    await expectStatus(answerGives(activeAnswer(provider, { iat: nowSeconds() + 600 })), 401, /iat|future/);
    await expectStatus(answerGives(activeAnswer(provider, { iat: nowSeconds() - 13 * 3600 })), 401, /too old/);
    assert.ok(await answerGives(activeAnswer(provider, { iat: nowSeconds() - 11 * 3600 })));
  });

  test('nbf in the future → 401', async () => {
    await expectStatus(answerGives(activeAnswer(provider, { nbf: nowSeconds() + 600 })), 401, /nbf/);
  });

  test('a refresh token → 401', async () => {
    await expectStatus(answerGives(activeAnswer(provider, { token_type: 'refresh_token' })), 401, /access token/);
    await expectStatus(answerGives(activeAnswer(provider, { token_type: 'Refresh_Token' })), 401, /access token/);
    // Any token type but an access token's, and Keycloak's `typ` for refresh and ID tokens.
    await expectStatus(answerGives(activeAnswer(provider, { token_type: 'N_A' })), 401, /access token/);
    await expectStatus(answerGives(activeAnswer(provider, { token_type: undefined, typ: 'Refresh' })), 401, /access token/);
    await expectStatus(answerGives(activeAnswer(provider, { token_type: undefined, typ: 'ID' })), 401, /access token/);
    assert.ok(await answerGives(activeAnswer(provider, { token_type: 'DPoP' })));
  });

  test('another issuer → 401', async () => {
    await expectStatus(answerGives(activeAnswer(provider, { iss: 'https://evil.example' })), 401, /iss/);
  });

  test('the audience must be in aud (string or array) or be the client_id', async () => {
    const other = { client_id: 'someone-else' };
    await expectStatus(answerGives(activeAnswer(provider, other)), 401, /aud/);
    await expectStatus(answerGives(activeAnswer(provider, { ...other, aud: ['a', 'b'] })), 401, /aud/);
    assert.ok(await answerGives(activeAnswer(provider, { ...other, aud: provider.audience })));
    assert.ok(await answerGives(activeAnswer(provider, { ...other, aud: ['a', provider.audience] })));
    assert.ok(await answerGives(activeAnswer(provider, { aud: 'a' })), 'client_id equal to the audience is enough');
  });

  test('active must be exactly true; an answer without a boolean active is the endpoint’s fault (503)', async () => {
    await expectStatus(answerGives({ ...activeAnswer(provider), active: false }), 401, /not active/);
    await expectStatus(answerGives({ ...activeAnswer(provider), active: 'true' }), 503);
    const { active: _active, ...withoutActive } = activeAnswer(provider);
    await expectStatus(answerGives(withoutActive), 503);
  });
});

describe('introspection cache', () => {
  let provider: ProviderStub;
  before(async () => {
    provider = await startProviderStub();
  });
  after(() => provider?.close());
  beforeEach(() => {
    provider.calls.length = 0;
    provider.latencyMs = 0;
  });

  /** An authenticator with a clock the test moves. */
  async function withClock(extra: Partial<AuthOptions> = {}) {
    let now = Date.now();
    const authenticator = await createAuthenticator(introspectionOptions(provider, { clock: () => now, ...extra }));
    return { authenticator, advance: (ms: number) => void (now += ms), nowSeconds: () => Math.floor(now / 1000) };
  }

  test('repeated requests with one token cost one call; a new call after the token’s exp', async () => {
    const { authenticator, advance, nowSeconds: clockSeconds } = await withClock();
    provider.register('opaque-cached', activeAnswer(provider, { exp: clockSeconds() + 90 }));
    for (let i = 0; i < 5; i++) assert.ok(await authenticator.authenticate('Bearer opaque-cached'));
    assert.equal(provider.calls.length, 1);
    // The provider has issued a fresh answer meanwhile (the same token, a later exp).
    provider.register('opaque-cached', activeAnswer(provider, { exp: clockSeconds() + 3600 }));
    advance(91_000);
    assert.ok(await authenticator.authenticate('Bearer opaque-cached'));
    assert.equal(provider.calls.length, 2);
  });

  test('an active answer is reused at most five minutes, whatever its exp', async () => {
    const { authenticator, advance, nowSeconds: clockSeconds } = await withClock();
    provider.register('opaque-long', activeAnswer(provider, { exp: clockSeconds() + 3 * 3600, iat: clockSeconds() }));
    await authenticator.authenticate('Bearer opaque-long');
    advance(4 * 60_000);
    await authenticator.authenticate('Bearer opaque-long');
    assert.equal(provider.calls.length, 1);
    advance(61_000);
    await authenticator.authenticate('Bearer opaque-long');
    assert.equal(provider.calls.length, 2, 'revocation at the provider is seen within five minutes');
  });

  test('an inactive answer is reused for 30 seconds', async () => {
    const { authenticator, advance } = await withClock();
    for (let i = 0; i < 3; i++) await expectStatus(authenticator.authenticate('Bearer opaque-inactive'), 401);
    assert.equal(provider.calls.length, 1);
    advance(31_000);
    await expectStatus(authenticator.authenticate('Bearer opaque-inactive'), 401);
    assert.equal(provider.calls.length, 2);
  });

  test('concurrent requests with one token share one call', async () => {
    const { authenticator } = await withClock();
    provider.latencyMs = 150;
    provider.register('opaque-concurrent', activeAnswer(provider));
    const principals = await Promise.all(Array.from({ length: 8 }, () => authenticator.authenticate('Bearer opaque-concurrent')));
    assert.equal(principals.filter(Boolean).length, 8);
    assert.equal(provider.calls.length, 1);
  });

  test('a failed call is not cached: the next request asks again', async () => {
    const { authenticator } = await withClock();
    provider.register('opaque-flaky', activeAnswer(provider));
    provider.mode = 'error-500';
    try {
      await expectStatus(authenticator.authenticate('Bearer opaque-flaky'), 503);
    } finally {
      provider.mode = 'normal';
    }
    assert.ok(await authenticator.authenticate('Bearer opaque-flaky'));
    assert.equal(provider.calls.length, 2);
  });

  test('the cache is bounded: past its size the oldest entry goes', () => {
    const cache = new IntrospectionCache(3);
    for (const key of ['a', 'b', 'c', 'd']) cache.set(key, { active: false }, 10_000);
    assert.equal(cache.size, 3);
    assert.equal(cache.get('a', 0), undefined);
    assert.deepEqual(cache.get('d', 0), { active: false });
    assert.equal(cache.get('d', 10_000), undefined, 'an entry is gone at its expiry');
  });
});

describe('JWTs and introspection side by side', () => {
  let provider: ProviderStub;
  before(async () => {
    provider = await startProviderStub();
  });
  after(() => provider?.close());
  beforeEach(() => void (provider.calls.length = 0));

  const jwtClaims = { sub: 'urn:collab:person:hu.nl:jjansen', schac_home_organization: 'HU.nl', eduperson_affiliation: 'staff' };

  test('a JWT is verified against the JWKS, an opaque token is introspected; the same mapping gives the same principal', async () => {
    const authenticator = await createAuthenticator(introspectionOptions(provider, { jwksUrl: provider.jwksUrl }));
    const fromJwt = await authenticator.authenticate(`Bearer ${await provider.sign(jwtClaims)}`);
    assert.equal(provider.calls.length, 0, 'no introspection call for a JWT');
    provider.register('opaque-side-by-side', activeAnswer(provider, jwtClaims));
    const fromIntrospection = await authenticator.authenticate('Bearer opaque-side-by-side');
    assert.equal(provider.calls.length, 1);
    assert.deepEqual(fromJwt, { subject: 'urn:collab:person:hu.nl:jjansen', organisation: 'hogeschool-utrecht', role: 'employee' });
    assert.deepEqual(fromIntrospection, fromJwt);
  });

  test('with introspectAll every token is introspected, JWTs too', async () => {
    const authenticator = await createAuthenticator(introspectionOptions(provider, { jwksUrl: provider.jwksUrl, introspectAll: true }));
    const jwt = await provider.sign(jwtClaims);
    // Introspection does not know this JWT, so it is inactive, though its signature is good.
    await expectStatus(authenticator.authenticate(`Bearer ${jwt}`), 401, /not active/);
    assert.equal(provider.calls.length, 1);
  });
});

describe('introspection configuration', () => {
  const complete = {
    OIDC_INTROSPECTION_URL: 'https://connect.test.example/oidc/introspect',
    OIDC_CLIENT_ID: 'mobility-kit-rs',
    OIDC_CLIENT_SECRET: 'secret',
    OIDC_AUDIENCE: 'mobility-kit-rs',
  };

  test('the three variables are read together', () => {
    const { auth } = optionsFromEnv(complete);
    assert.equal(auth?.introspectionUrl, complete.OIDC_INTROSPECTION_URL);
    assert.equal(auth?.clientId, 'mobility-kit-rs');
    assert.equal(auth?.clientSecret, 'secret');
    assert.equal(auth?.introspectAll, undefined);
    assert.equal(optionsFromEnv({ ...complete, OIDC_INTROSPECT_ALL: '1' }).auth?.introspectAll, true);
  });

  test('one without the others is a start-up error naming what is missing', () => {
    for (const name of ['OIDC_INTROSPECTION_URL', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const) {
      const { [name]: _left, ...partial } = complete;
      assert.throws(() => optionsFromEnv(partial), new RegExp(`introspection.*${name} is missing`), name);
    }
    assert.throws(() => optionsFromEnv({ OIDC_CLIENT_SECRET: 'x' }), /OIDC_INTROSPECTION_URL and OIDC_CLIENT_ID are missing/);
    assert.throws(() => optionsFromEnv({ OIDC_INTROSPECT_ALL: '1' }), /OIDC_INTROSPECT_ALL=1 needs OIDC_INTROSPECTION_URL/);
    assert.throws(() => optionsFromEnv({ ...complete, OIDC_INTROSPECT_ALL: 'yes' }), /OIDC_INTROSPECT_ALL must be 1 or 0/);
    assert.throws(() => optionsFromEnv({ ...complete, OIDC_INTROSPECTION_URL: 'not a url' }), /OIDC_INTROSPECTION_URL must be a URL/);
    assert.throws(() => optionsFromEnv({ ...complete, OIDC_INTROSPECTION_URL: 'ftp://connect.test.example/x' }), /OIDC_INTROSPECTION_URL must be an http or https URL/);
  });

  test('an audience is required, unless OIDC_ALLOW_ANY_AUDIENCE=1', async () => {
    const { OIDC_AUDIENCE: _audience, ...withoutAudience } = complete;
    assert.throws(() => optionsFromEnv(withoutAudience), /OIDC_INTROSPECTION_URL is set without OIDC_AUDIENCE/);
    assert.equal(optionsFromEnv({ ...withoutAudience, OIDC_ALLOW_ANY_AUDIENCE: '1' }).auth?.allowAnyAudience, true);
    await assert.rejects(
      buildServer({ dataDir: 'memory://', auth: { introspectionUrl: complete.OIDC_INTROSPECTION_URL, clientId: 'x', clientSecret: 'y' } }),
      ConfigurationError,
    );
    await assert.rejects(buildServer({ dataDir: 'memory://', auth: { introspectionUrl: complete.OIDC_INTROSPECTION_URL, audience: 'x' } }), /OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are missing/);
  });
});
