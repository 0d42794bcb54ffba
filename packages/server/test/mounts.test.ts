import assert from 'node:assert/strict';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { buildServer, startServer, type RunningServer } from '../src/index.js';

/** What a mounted handler saw of one request. */
interface Seen {
  method: string;
  url: string;
  originalUrl: string | undefined;
  body: string;
  contentType: string | undefined;
}

/** A mounted application that answers with what it received, as JSON. */
function echo(seen: Seen[]) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const entry = { method: request.method ?? '', url: request.url ?? '', originalUrl: request.originalUrl, body: Buffer.concat(chunks).toString('utf8'), contentType: request.headers['content-type'] };
      seen.push(entry);
      if (request.url?.startsWith('/own-policy')) response.setHeader('content-security-policy', "default-src 'none'");
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(entry));
    });
  };
}

describe('mounts: other applications under a path prefix', () => {
  const seen: Seen[] = [];
  const baseUrls: string[] = [];
  let server: RunningServer;

  before(async () => {
    server = await startServer({
      port: 0,
      dataDir: 'memory://',
      corsOrigins: ['https://intranet.example'],
      rateLimit: { max: 1000, timeWindowMs: 60_000 },
      mounts: [
        { prefix: '/idp', handler: echo(seen) },
        {
          prefix: 'late/',
          createHandler: (baseUrl) => {
            baseUrls.push(baseUrl);
            return (_request, response) => response.end(`created for ${baseUrl}`);
          },
        },
      ],
    });
  });
  after(() => server?.close());

  const last = () => seen.at(-1)!;

  test('the handler gets the URL relative to the prefix and the full one as originalUrl, query included', async () => {
    for (const [path, url] of [
      ['/idp/.well-known/openid-configuration', '/.well-known/openid-configuration'],
      ['/idp/auth?client_id=a&scope=openid', '/auth?client_id=a&scope=openid'],
      ['/idp', '/'],
      ['/idp/', '/'],
      ['/idp?x=1', '/?x=1'],
    ]) {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.status, 200, path);
      assert.deepEqual(await response.json(), { method: 'GET', url, originalUrl: path, body: '' }, path);
    }
  });

  test('every method, and the body untouched: a form post the API itself would refuse with 415', async () => {
    const form = 'username=hr%40hu.example&password=demo';
    const response = await fetch(`${server.url}/idp/interaction/abc/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form });
    assert.equal(response.status, 200);
    assert.deepEqual({ ...last(), originalUrl: undefined }, { method: 'POST', url: '/interaction/abc/login', originalUrl: undefined, body: form, contentType: 'application/x-www-form-urlencoded' });
    const api = await fetch(`${server.url}/v1/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form });
    assert.equal(api.status, 415);
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      assert.equal((await fetch(`${server.url}/idp/x`, { method })).status, 200, method);
      assert.equal(last().method, method);
    }
  });

  test('a path that only starts with the prefix is not the mount\'s', async () => {
    const before = seen.length;
    const response = await fetch(`${server.url}/idpx/auth`);
    assert.equal(response.status, 404);
    assert.match(response.headers.get('content-type') ?? '', /problem\+json/);
    assert.equal(seen.length, before);
  });

  test('the server\'s security headers are set, and the handler may replace them', async () => {
    const plain = await fetch(`${server.url}/idp/x`);
    assert.match(plain.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    assert.equal(plain.headers.get('x-content-type-options'), 'nosniff');
    const own = await fetch(`${server.url}/idp/own-policy`);
    assert.equal(own.headers.get('content-security-policy'), "default-src 'none'");
    assert.equal(own.headers.get('x-frame-options'), 'SAMEORIGIN');
  });

  test('the server\'s CORS stays out: the handler answers preflights and adds its own headers', async () => {
    const preflight = await fetch(`${server.url}/idp/token`, {
      method: 'OPTIONS',
      headers: { origin: 'https://intranet.example', 'access-control-request-method': 'POST' },
    });
    assert.equal(preflight.status, 200);
    assert.equal(last().method, 'OPTIONS');
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
    const api = await fetch(`${server.url}/v1/health`, { headers: { origin: 'https://intranet.example' } });
    assert.equal(api.headers.get('access-control-allow-origin'), 'https://intranet.example');
  });

  test('createHandler is called once, after listen, with the server\'s URL', async () => {
    assert.deepEqual(baseUrls, [server.url]);
    const response = await fetch(`${server.url}/late/anything`);
    assert.equal(await response.text(), `created for ${server.url}`);
  });

  test('a failing handler is a 500 and the server goes on', async () => {
    const failing = await startServer({
      port: 0,
      dataDir: 'memory://',
      mounts: [
        {
          prefix: '/broken',
          handler: () => {
            throw new Error('the mounted application failed');
          },
        },
      ],
    });
    try {
      assert.equal((await fetch(`${failing.url}/broken/x`)).status, 500);
      assert.equal((await fetch(`${failing.url}/v1/health`)).status, 200);
    } finally {
      await failing.close();
    }
  });
});

describe('mounts without a listening server', () => {
  test('a createHandler mount answers 503 until startServer has called it', async () => {
    const app = await buildServer({ dataDir: 'memory://', mounts: [{ prefix: '/idp', createHandler: () => (_request, response) => response.end('ready') }] });
    try {
      const response = await app.inject({ method: 'GET', url: '/idp/.well-known/openid-configuration' });
      assert.equal(response.statusCode, 503);
      assert.equal(response.headers['retry-after'], '1');
    } finally {
      await app.close();
    }
  });

  test('the rate limit counts the mounted application\'s requests too', async () => {
    const limited = await startServer({ port: 0, dataDir: 'memory://', rateLimit: { max: 2, timeWindowMs: 60_000 }, mounts: [{ prefix: '/idp', handler: (_request, response) => response.end('ok') }] });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(`${limited.url}/idp/x`)).status);
      assert.deepEqual(statuses, [200, 200, 429]);
    } finally {
      await limited.close();
    }
  });

  test('a prefix must be a plain path below /', async () => {
    for (const prefix of ['/', '/idp/*', '/a b']) {
      await assert.rejects(buildServer({ dataDir: 'memory://', mounts: [{ prefix, handler: () => undefined }] }), TypeError, JSON.stringify(prefix));
    }
  });
});
