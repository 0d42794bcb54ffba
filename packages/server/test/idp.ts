import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';

/**
 * A stand-in for the institution's OpenID Connect provider (which we do not own): it serves a JWKS
 * over real HTTP and signs tokens with the matching key, or with a key it does not publish.
 */
export interface TestIdentityProvider {
  readonly issuer: string;
  readonly audience: string;
  readonly jwksUrl: string;
  /**
   * Sign a token. By default it was issued two hours ago and expires in an hour; `issuedAt` and
   * `expiresInSeconds` (relative to now) change that, and `null` leaves the claim out.
   */
  sign(claims: JWTPayload, options?: SignOptions & { unpublishedKey?: boolean }): Promise<string>;
  close(): Promise<void>;
}

export interface SignOptions {
  expiresInSeconds?: number | null;
  /** `iat` in seconds relative to now (negative: in the past). Default -7200. */
  issuedAt?: number | null;
  issuer?: string;
  audience?: string;
}

export async function startTestIdentityProvider(): Promise<TestIdentityProvider> {
  const published = await generateKeyPair('RS256');
  const unpublished = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(published.publicKey)), kid: 'test-key-1', alg: 'RS256', use: 'sig' };
  const server: Server = createServer((request, response) => {
    if (request.url === '/jwks.json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: [jwk] }));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = 'https://idp.test.example';
  const audience = 'mobility-kit-test';

  const signWith = (key: CryptoKey, kid: string) => async (claims: JWTPayload, options: SignOptions = {}) => {
    const now = Math.floor(Date.now() / 1000);
    const jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuer(options.issuer ?? issuer)
      .setAudience(options.audience ?? audience);
    if (options.issuedAt !== null) jwt.setIssuedAt(now + (options.issuedAt ?? -7200));
    if (options.expiresInSeconds !== null) jwt.setExpirationTime(now + (options.expiresInSeconds ?? 3600));
    return jwt.sign(key);
  };
  const signPublished = signWith(published.privateKey, 'test-key-1');
  const signUnpublished = signWith(unpublished.privateKey, 'test-key-1');

  return {
    issuer,
    audience,
    jwksUrl: `http://127.0.0.1:${port}/jwks.json`,
    sign: (claims, options = {}) => (options.unpublishedKey ? signUnpublished(claims, options) : signPublished(claims, options)),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
