/**
 * `client.regulations` against the real reference server over HTTP (in-memory PGlite, seeded, with
 * development tokens), plus a real HTTP relay in front of it that answers one PUT with a 503 to show
 * the retry carries the body again.
 */
import { strict as assert } from 'node:assert';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { DevTokenResponse, problemTypes, type CalculatorParameterOverrides, type Role } from '@mobility-kit/contract';
import { startServer, type RunningServer } from '@mobility-kit/server';
import { createMobilityClient, MobilityHttpError, MobilityValidationError, type MobilityClient } from '../src/index.js';

const OURS = 'hogeschool-utrecht';

const verified: CalculatorParameterOverrides = {
  scale12TopMonthly: [{ value: 6877.12, validFrom: '2025-08-01', status: 'V', source: 'CAO hbo 2025–2026, bijlage salarisschalen' }],
  asuMonths: [{ value: { perServiceYear: 1, max: 34 }, validFrom: '2017-04-01', status: 'V', source: 'CAO hbo hoofdstuk M, BWRHBO art. 10' }],
  suppletionMaxMonths: [{ value: 'until-aow', validFrom: '2017-04-01', status: 'U', source: 'Working hypothesis pending the CAO text' }],
  maxDailyWage: [
    { value: 304.25, validFrom: '2026-01-01', status: 'V', source: 'https://www.uwv.nl/nl/ww/maximumdagloon' },
    { value: null, validFrom: '2026-07-01', status: 'U', source: 'Not yet published' },
  ],
};

let server: RunningServer;
let anonymous: MobilityClient;

before(async () => {
  server = await startServer({ port: 0, dataDir: 'memory://', seed: true, devAuth: true, rateLimit: false });
  anonymous = createMobilityClient({ baseUrl: server.url });
});
after(async () => {
  await server?.close();
});

async function devToken(role: Role, organisation: string, subject?: string): Promise<string> {
  const response = await fetch(`${server.url}/v1/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role, organisation, ...(subject ? { subject } : {}) }),
  });
  assert.equal(response.status, 200);
  return DevTokenResponse.parse(await response.json()).token;
}

/** A client that counts what it actually sends. */
function counting(token?: string, baseUrl = server.url) {
  const sent: { method: string; body: string | undefined }[] = [];
  const client = createMobilityClient({
    baseUrl,
    getToken: () => token,
    retry: { limit: 2, maxRetryAfterMs: 100 },
    fetch: async (input, init) => {
      const request = new Request(input, init);
      sent.push({ method: request.method, body: request.body ? await request.clone().text() : undefined });
      return fetch(request);
    },
  });
  return { client, sent };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected the call to reject');
}

describe('regulations through the client', () => {
  test('get: an organisation that set nothing has empty parameters', async () => {
    const regulations = await anonymous.regulations.get('hanzehogeschool-groningen');
    assert.deepEqual(regulations, { organisation: 'hanzehogeschool-groningen', updatedAt: null, parameters: {} });
  });

  test('put as HR, then anyone gets the same set', async () => {
    const { client, sent } = counting(await devToken('hr', OURS, 'hr-staff-0042'));
    const stored = await client.regulations.put({ parameters: verified });
    assert.equal(stored.organisation, OURS);
    assert.equal(stored.updatedBy, 'hr-staff-0042');
    assert.deepEqual(stored.parameters, verified);
    assert.ok(stored.updatedAt && !Number.isNaN(Date.parse(stored.updatedAt)));
    assert.deepEqual(sent.map((s) => s.method), ['PUT']);
    assert.deepEqual(JSON.parse(sent[0]!.body ?? 'null'), { parameters: verified });
    const { updatedBy: _who, ...publicPart } = stored;
    assert.deepEqual(await anonymous.regulations.get(OURS), publicPart, 'anyone reads the set, not who entered it');
  });

  test('put as an employee → MobilityHttpError 403; anonymously → 401; nothing changes', async () => {
    const before = await anonymous.regulations.get(OURS);
    const employee = createMobilityClient({ baseUrl: server.url, getToken: async () => devToken('employee', OURS) });
    const forbidden = await rejection(employee.regulations.put({ parameters: {} }));
    assert.ok(forbidden instanceof MobilityHttpError);
    assert.equal(forbidden.status, 403);
    assert.equal(forbidden.operationId, 'putRegulations');
    assert.equal(forbidden.problem.type, problemTypes.forbidden);
    const unauthorized = await rejection(anonymous.regulations.put({ parameters: {} }));
    assert.ok(unauthorized instanceof MobilityHttpError);
    assert.equal(unauthorized.status, 401);
    assert.deepEqual(await anonymous.regulations.get(OURS), before);
  });

  test('history as HR: the set with who replaced it, and each replacement entry by entry; an employee → 403', async () => {
    const { client } = counting(await devToken('hr', OURS, 'hr-staff-0099'));
    const current = await client.regulations.history();
    const replacement: CalculatorParameterOverrides = {
      ...current.parameters,
      scale10TopMonthly: [{ value: 5170, validFrom: '2025-01-01', status: 'V2', source: 'Hogeschool news site, May 2025' }],
    };
    await client.regulations.put({ parameters: replacement });
    const after = await client.regulations.history();
    assert.equal(after.organisation, OURS);
    assert.equal(after.updatedBy, 'hr-staff-0099');
    assert.deepEqual(after.parameters, replacement);
    assert.equal(after.history.length, current.history.length + 1);
    assert.equal(after.history[0]!.by, 'hr-staff-0099');
    assert.deepEqual(after.history[0]!.changes, [
      { parameter: 'scale10TopMonthly', validFrom: '2025-01-01', before: null, after: replacement.scale10TopMonthly![0] },
    ]);
    const employee = createMobilityClient({ baseUrl: server.url, getToken: async () => devToken('employee', OURS) });
    const forbidden = await rejection(employee.regulations.history());
    assert.ok(forbidden instanceof MobilityHttpError);
    assert.equal(forbidden.status, 403);
    assert.equal(forbidden.operationId, 'getHrRegulations');
  });

  test('get of an unknown organisation → MobilityHttpError 404', async () => {
    const error = await rejection(anonymous.regulations.get('hogeschool-nergens'));
    assert.ok(error instanceof MobilityHttpError);
    assert.equal(error.status, 404);
    assert.equal(error.operationId, 'getRegulations');
    assert.equal(error.problem.type, problemTypes.notFound);
  });

  test('invalid input fails before anything is sent, naming the field', async () => {
    const { client, sent } = counting(await devToken('hr', OURS));
    const noSource = await rejection(
      client.regulations.put({ parameters: { scale12TopMonthly: [{ value: 7000, validFrom: '2026-01-01', status: 'V', source: '' }] } }),
    );
    assert.ok(noSource instanceof MobilityValidationError);
    assert.match(noSource.message, /^Body of putRegulations/);
    assert.deepEqual(noSource.issues.map((i) => i.path), ['parameters.scale12TopMonthly.0.source']);
    const badDate = await rejection(
      client.regulations.put({ parameters: { scale12TopMonthly: [{ value: 7000, validFrom: '1-1-2026', status: 'V', source: 'CAO' }] } }),
    );
    assert.ok(badDate instanceof MobilityValidationError);
    assert.deepEqual(badDate.issues.map((i) => i.path), ['parameters.scale12TopMonthly.0.validFrom']);
    const badSlug = await rejection(client.regulations.get('Hogeschool Utrecht'));
    assert.ok(badSlug instanceof MobilityValidationError);
    assert.match(badSlug.message, /^Query of getRegulations/);
    assert.deepEqual(sent, []);
  });

  test('an aborted put is not sent', async () => {
    const { client, sent } = counting(await devToken('hr', OURS));
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(client.regulations.put({ parameters: verified }, { signal: controller.signal }));
    assert.ok(error instanceof DOMException && error.name === 'AbortError');
    assert.deepEqual(sent, []);
  });

  describe('retry of the idempotent PUT', () => {
    let relay: Server;
    let relayUrl: string;
    const seen: { method: string; body: string; answered: number }[] = [];

    const readBody = (request: IncomingMessage) =>
      new Promise<string>((resolve, reject) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        request.on('error', reject);
      });

    before(async () => {
      // Answers the first PUT with a 503 and relays everything else to the reference server.
      relay = createServer(async (request, response) => {
        const body = await readBody(request);
        const method = request.method ?? 'GET';
        if (method === 'PUT' && !seen.some((s) => s.method === 'PUT')) {
          seen.push({ method, body, answered: 503 });
          response.writeHead(503, { 'content-type': 'application/problem+json', 'retry-after': '0' });
          response.end(JSON.stringify({ type: problemTypes.unavailable, title: 'Service unavailable', status: 503 }));
          return;
        }
        const headers = new Headers();
        for (const [name, value] of Object.entries(request.headers)) {
          if (typeof value === 'string' && name !== 'host' && name !== 'connection' && name !== 'content-length') headers.set(name, value);
        }
        const upstream = await fetch(`${server.url}${request.url ?? '/'}`, { method, headers, ...(body ? { body } : {}) });
        seen.push({ method, body, answered: upstream.status });
        response.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
        response.end(Buffer.from(await upstream.arrayBuffer()));
      });
      await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
      relayUrl = `http://127.0.0.1:${(relay.address() as AddressInfo).port}`;
    });
    after(async () => {
      relay.closeAllConnections();
      await new Promise<void>((resolve) => relay.close(() => resolve()));
    });

    test('a 503 is retried with the same body, and the set is stored once', async () => {
      const token = await devToken('hr', OURS, 'hr-retry');
      const { client } = counting(token, relayUrl);
      const replacement: CalculatorParameterOverrides = {
        holidayPayRate: [{ value: 0.08, validFrom: '2017-01-01', status: 'V', source: 'CAO hbo art. H-4' }],
      };
      const stored = await client.regulations.put({ parameters: replacement });
      assert.deepEqual(stored.parameters, replacement);
      assert.deepEqual(
        seen.map((s) => [s.method, s.answered]),
        [
          ['PUT', 503],
          ['PUT', 200],
        ],
      );
      assert.equal(seen[0]!.body, seen[1]!.body);
      assert.deepEqual(JSON.parse(seen[1]!.body), { parameters: replacement });
      const read = await anonymous.regulations.get(OURS);
      assert.deepEqual(read.parameters, replacement);
      assert.equal(read.updatedBy, undefined, 'who entered it is not public');
    });
  });
});
