import assert from 'node:assert/strict';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { SignJWT } from 'jose';
import { problemTypes } from '@mobility-kit/contract';
import { startServer, type RunningServer } from '../src/index.js';
import { expectProblem } from './helpers.js';
import { startProviderStub, type ProviderStub } from './provider-stub.js';

// Refused kinds of JWT that the route-level suites (vacancies, hardening) do not already assert as
// a 401: expired, other audience, other issuer and an unpublished key are covered there.

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const claims = { sub: 'hr-1', roles: ['hr'], org: 'hogeschool-utrecht' };

describe('JWT kinds the server refuses (real JWKS over HTTP, issuer and audience set)', () => {
  let provider: ProviderStub;
  let server: RunningServer;

  before(async () => {
    provider = await startProviderStub();
    server = await startServer({
      port: 0,
      dataDir: 'memory://',
      rateLimit: false,
      auth: { issuer: provider.issuer, audience: provider.audience, jwksUrl: provider.jwksUrl, roleClaim: 'roles', organisationClaim: 'org' },
    });
  });
  after(async () => {
    await server?.close();
    await provider?.close();
  });

  const get = (token: string) => fetch(`${server.url}/v1/hr/vacancies`, { headers: { authorization: `Bearer ${token}` } });

  async function refused(token: string): Promise<void> {
    const response = await get(token);
    assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer error="invalid_token"/);
    await expectProblem(response, 401, problemTypes.unauthorized);
  }

  test('a token signed with the published key passes (the refusals below are about what they name)', async () => {
    const response = await get(await provider.sign(claims));
    assert.equal(response.status, 200, await response.text());
  });

  test('alg none is refused', async () => {
    const now = Math.floor(Date.now() / 1000);
    const payload = { ...claims, iss: provider.issuer, aud: provider.audience, iat: now - 60, exp: now + 3600 };
    await refused(`${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.`);
    await refused(`${base64url({ alg: 'none', kid: 'stub-key-1' })}.${base64url(payload)}.`);
  });

  test('HS256 signed with the provider’s public key as the HMAC secret is refused', async () => {
    const secrets = {
      'PEM text': new TextEncoder().encode(provider.publicPem),
      'PEM without trailing newline': new TextEncoder().encode(provider.publicPem.trim()),
      'JWK JSON': new TextEncoder().encode(JSON.stringify(provider.publicJwk)),
      'modulus bytes': Buffer.from(provider.publicJwk.n!, 'base64url'),
    };
    for (const [label, secret] of Object.entries(secrets)) {
      const token = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256', kid: 'stub-key-1' })
        .setIssuer(provider.issuer)
        .setAudience(provider.audience)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(secret);
      await refused(token).catch((error: unknown) => assert.fail(`${label}: ${String(error)}`));
    }
  });

  test('a token whose kid the JWKS does not publish is refused, though signed with the published key', async () => {
    await refused(await provider.sign(claims, { kid: 'stub-key-unknown' }));
  });

  test('an ID token of the same provider and audience is refused: it carries nonce, at_hash or c_hash', async () => {
    for (const idTokenClaim of [{ nonce: 'n-0S6_WzA2Mj' }, { at_hash: 'HK6E_P6Dh8Y93mRNtsDB1Q' }, { c_hash: 'LDktKdoQak3Pk0cnXxCltA' }]) {
      await refused(await provider.sign({ ...claims, ...idTokenClaim }));
    }
  });

  test('a token that is not yet valid (nbf in the future) is refused', async () => {
    await refused(await provider.sign(claims, { notBefore: 600 }));
    // An nbf in the past is fine.
    assert.equal((await get(await provider.sign(claims, { notBefore: -30 }))).status, 200);
  });
});

describe('a JWKS that cannot be fetched is the provider’s trouble: 503, never a 401 that signs the user out', () => {
  test('closed port, HTTP 500 and a body that is not JSON each give a 503 problem with Retry-After', async () => {
    const provider = await startProviderStub();
    const token = await provider.sign(claims);
    await provider.close();
    let answer: (response: ServerResponse) => void = (response) => response.writeHead(500).end('down');
    const broken = createServer((_request, response) => answer(response));
    await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', resolve));
    const brokenUrl = `http://127.0.0.1:${(broken.address() as AddressInfo).port}/jwks.json`;
    try {
      for (const jwksUrl of [provider.jwksUrl, brokenUrl]) {
        const server = await startServer({
          port: 0,
          dataDir: 'memory://',
          rateLimit: false,
          auth: { issuer: provider.issuer, audience: provider.audience, jwksUrl, roleClaim: 'roles', organisationClaim: 'org' },
        });
        try {
          const response = await fetch(`${server.url}/v1/hr/vacancies`, { headers: { authorization: `Bearer ${token}` } });
          assert.equal(response.headers.get('retry-after'), '5', jwksUrl);
          await expectProblem(response, 503, problemTypes.unavailable);
          if (jwksUrl === brokenUrl) {
            answer = (response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<html>maintenance</html>');
            await expectProblem(await fetch(`${server.url}/v1/hr/vacancies`, { headers: { authorization: `Bearer ${token}` } }), 503, problemTypes.unavailable);
          }
        } finally {
          await server.close();
        }
      }
    } finally {
      broken.closeAllConnections();
      await new Promise((resolve) => broken.close(resolve));
    }
  });
});
