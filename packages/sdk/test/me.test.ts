/**
 * `client.me` against the real reference server over HTTP (in-memory PGlite, seeded, with
 * development tokens): what the server concluded from the token, and the typed errors without one
 * or for an organisation the server does not know.
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, test } from 'node:test';
import { DevTokenResponse, problemTypes, type Role } from '@mobility-kit/contract';
import { startServer, type RunningServer } from '@mobility-kit/server';
import { createMobilityClient, MobilityHttpError } from '../src/index.js';

let server: RunningServer;

before(async () => {
  server = await startServer({ port: 0, dataDir: 'memory://', seed: true, devAuth: true, rateLimit: false });
});
after(async () => {
  await server?.close();
});

async function devToken(role: Role, organisation: string): Promise<string> {
  const response = await fetch(`${server.url}/v1/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role, organisation }),
  });
  assert.equal(response.status, 200);
  return DevTokenResponse.parse(await response.json()).token;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected the call to reject');
}

describe('me through the client', () => {
  for (const role of ['employee', 'hr', 'admin'] as const) {
    test(`a ${role} token: the organisation and role the server took from it`, async () => {
      const token = await devToken(role, 'hanzehogeschool-groningen');
      const client = createMobilityClient({ baseUrl: server.url, getToken: () => token });
      assert.deepEqual(await client.me.get(), { organisation: 'hanzehogeschool-groningen', role });
    });
  }

  test('without a token: a 401 error, not an anonymous answer', async () => {
    const error = await rejection(createMobilityClient({ baseUrl: server.url, retry: 0 }).me.get());
    assert.ok(error instanceof MobilityHttpError, String(error));
    assert.equal(error.status, 401);
  });

  test('an organisation this server does not know: a 403 saying so', async () => {
    // The dev-token route refuses unknown organisations, so the token is signed with the server's
    // development key directly: as a real provider's would be, for an institution not registered.
    const refused = await fetch(`${server.url}/v1/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'employee', organisation: 'hogeschool-nergensland' }),
    });
    assert.equal(refused.status, 400);
    const minted = await server.app.mobility.authenticator.issueDevToken!({ role: 'employee', organisation: 'hogeschool-nergensland' });
    const client = createMobilityClient({ baseUrl: server.url, getToken: () => minted.token, retry: 0 });
    const error = await rejection(client.me.get());
    assert.ok(error instanceof MobilityHttpError, String(error));
    assert.equal(error.status, 403);
    assert.equal(error.problem.type, problemTypes.forbidden);
    assert.match(error.problem.detail ?? '', /not registered/);
  });

  test('the answer is never stored by a cache', async () => {
    const token = await devToken('employee', 'hogeschool-utrecht');
    const response = await fetch(`${server.url}/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
  });
});
