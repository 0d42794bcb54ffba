import { createPublicKey } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose';

/**
 * A stand-in for SURFconext (which we cannot run in a test): a real HTTP server on 127.0.0.1 that
 * publishes a JWKS and answers token introspection (RFC 7662) for opaque tokens the test
 * registers, recording every introspection request as it arrived. `mode` makes it misbehave.
 */
export interface ProviderStub {
  readonly issuer: string;
  readonly audience: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly jwksUrl: string;
  readonly introspectionUrl: string;
  /** The published public key, as a JWK and as PEM: what anyone can download. */
  readonly publicJwk: JWK;
  readonly publicPem: string;
  /** Every introspection request, in order. */
  readonly calls: IntrospectionCall[];
  /** How many requests reached the place the endpoint redirects to (`mode: 'redirect'`). */
  redirectsFollowed: number;
  /** Claims of the answer behind the redirect. */
  redirectedAnswer: Record<string, unknown>;
  /** How the introspection endpoint behaves. Default `'normal'`. */
  mode: 'normal' | 'slow' | 'error-500' | 'html' | 'huge' | 'redirect' | 'array';
  /** With `mode: 'slow'`: how long the answer waits. */
  delayMs: number;
  /** With `mode: 'normal'`: wait this long before answering (to let concurrent requests overlap). */
  latencyMs: number;
  /** Register the introspection answer for an opaque token (unregistered tokens are inactive). */
  register(token: string, answer: Record<string, unknown>): void;
  /** An RS256 JWT signed with the published key. Default: issued a minute ago, expires in an hour. */
  sign(claims: JWTPayload, options?: { kid?: string; issuedAt?: number; expiresIn?: number; notBefore?: number; issuer?: string; audience?: string }): Promise<string>;
  close(): Promise<void>;
}

export interface IntrospectionCall {
  readonly method: string;
  readonly authorization: string | undefined;
  readonly contentType: string | undefined;
  readonly accept: string | undefined;
  readonly body: string;
}

/** Decode `Basic` client credentials the way RFC 6749 §2.3.1 says they are encoded. */
export function decodeClientCredentials(authorization: string | undefined): { id: string; secret: string } | undefined {
  const match = /^Basic ([A-Za-z0-9+/]+=*)$/.exec(authorization ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const formDecode = (value: string) => new URLSearchParams(`x=${value}`).get('x') ?? '';
  return { id: formDecode(decoded.slice(0, colon)), secret: formDecode(decoded.slice(colon + 1)) };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startProviderStub(credentials: { clientId?: string; clientSecret?: string } = {}): Promise<ProviderStub> {
  const keys = await generateKeyPair('RS256', { extractable: true });
  const publicJwk: JWK = { ...(await exportJWK(keys.publicKey)), kid: 'stub-key-1', alg: 'RS256', use: 'sig' };
  const publicPem = createPublicKey({ key: publicJwk as import('node:crypto').JsonWebKey, format: 'jwk' }).export({ type: 'spki', format: 'pem' }).toString();
  const answers = new Map<string, Record<string, unknown>>();
  const clientId = credentials.clientId ?? 'mobility-kit-rs';
  const clientSecret = credentials.clientSecret ?? 'stub-secret';

  const server: Server = createServer((request, response) => {
    void (async () => {
      if (request.url === '/jwks.json') {
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [publicJwk] }));
        return;
      }
      if (request.url === '/introspect-elsewhere') {
        // Where a redirect leads: an answer that would sign anyone in, had the redirect been followed.
        stub.redirectsFollowed++;
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ...stub.redirectedAnswer, active: true, client_id: clientId, exp: Math.floor(Date.now() / 1000) + 3600 }));
        return;
      }
      if (request.url !== '/introspect') {
        response.writeHead(404).end();
        return;
      }
      const body = await readBody(request);
      stub.calls.push({
        method: request.method ?? '',
        authorization: request.headers.authorization,
        contentType: request.headers['content-type'],
        accept: request.headers.accept,
        body,
      });
      switch (stub.mode) {
        case 'slow':
          await new Promise((resolve) => setTimeout(resolve, stub.delayMs));
          break;
        case 'error-500':
          response.writeHead(500, { 'content-type': 'text/plain' }).end('internal error');
          return;
        case 'html':
          response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Maintenance</title>');
          return;
        case 'huge':
          response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ active: true, padding: 'x'.repeat(100 * 1024) }));
          return;
        case 'redirect':
          response.writeHead(307, { location: '/introspect-elsewhere' }).end();
          return;
        case 'array':
          response.writeHead(200, { 'content-type': 'application/json' }).end('[{"active":true}]');
          return;
        default:
          if (stub.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, stub.latencyMs));
      }
      const client = decodeClientCredentials(request.headers.authorization);
      if (request.method !== 'POST' || !client || client.id !== clientId || client.secret !== clientSecret) {
        response.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Basic' }).end('{"error":"invalid_client"}');
        return;
      }
      const token = new URLSearchParams(body).get('token') ?? '';
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answers.get(token) ?? { active: false }));
    })().catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const issuer = 'https://connect.stub.example';
  const audience = clientId;

  const stub: ProviderStub = {
    issuer,
    audience,
    clientId,
    clientSecret,
    jwksUrl: `${base}/jwks.json`,
    introspectionUrl: `${base}/introspect`,
    publicJwk,
    publicPem,
    calls: [],
    redirectsFollowed: 0,
    redirectedAnswer: {},
    mode: 'normal',
    delayMs: 0,
    latencyMs: 0,
    register: (token, answer) => void answers.set(token, answer),
    async sign(claims, options = {}) {
      const now = Math.floor(Date.now() / 1000);
      const jwt = new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? 'stub-key-1' })
        .setIssuer(options.issuer ?? issuer)
        .setAudience(options.audience ?? audience)
        .setIssuedAt(now + (options.issuedAt ?? -60))
        .setExpirationTime(now + (options.expiresIn ?? 3600));
      if (options.notBefore !== undefined) jwt.setNotBefore(now + options.notBefore);
      return jwt.sign(keys.privateKey);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
  return stub;
}
