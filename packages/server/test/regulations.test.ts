import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  DevTokenResponse,
  problemTypes,
  Regulations,
  type CalculatorParameterOverrides,
  type Role,
} from '@mobility-kit/contract';
import { startServer, type RunningServer } from '../src/index.js';
import { regulationsMaxAge } from '../src/routes/regulations.js';
import { expectProblem, invalidParamNames, probePostgres, scratchDatabase, type Engine, type ScratchDatabase } from './helpers.js';
import { startTestIdentityProvider, type TestIdentityProvider } from './idp.js';

const probe = await probePostgres();

const OURS = 'hogeschool-utrecht';
const THEIRS = 'hogeschool-van-amsterdam';
const UNTOUCHED = 'hanzehogeschool-groningen';

/** Every parameter, every value shape: numbers, a JSON null, objects, a boolean and `'until-aow'`. */
const fullSet: CalculatorParameterOverrides = {
  maxDailyWage: [
    { value: 290.67, validFrom: '2025-01-01', status: 'V', source: 'UWV, maximumdagloon per 1 januari 2025' },
    { value: null, validFrom: '2025-07-01', status: 'U', source: 'UWV has not yet published the value per 1 juli 2025' },
    { value: 304.25, validFrom: '2026-01-01', status: 'V', source: 'https://www.uwv.nl/nl/ww/maximumdagloon' },
  ],
  aowAgeMonths: [{ value: 804, validFrom: '2025-01-01', status: 'V', source: 'Algemene Ouderdomswet art. 7a' }],
  scale12TopMonthly: [{ value: 6877.12, validFrom: '2025-08-01', status: 'V', source: 'CAO hbo 2025–2026, bijlage salarisschalen' }],
  scale10TopMonthly: [{ value: 5411.55, validFrom: '2025-08-01', status: 'V', source: 'CAO hbo 2025–2026, bijlage salarisschalen' }],
  holidayPayRate: [{ value: 0.08, validFrom: '2017-01-01', status: 'V', source: 'CAO hbo art. H-4' }],
  yearEndBonusRate: [{ value: 0.083, validFrom: '2017-01-01', status: 'V2', source: 'CAO hbo art. H-5, as summarised by the union' }],
  asuMonths: [{ value: { perServiceYear: 1, max: 34 }, validFrom: '2017-04-01', status: 'V', source: 'CAO hbo hoofdstuk M, BWRHBO art. 10' }],
  extraAsuCapIncludesAllowances: [{ value: true, validFrom: '2017-04-01', status: 'V', source: 'CAO hbo hoofdstuk M, BWRHBO art. 11' }],
  reintegrationBudget: [{ value: { under40: 8000, from40: 10000, from50: 12000 }, validFrom: '2017-04-01', status: 'D', source: 'CAO hbo art. K-3' }],
  fullTimeHoursPerWeek: [{ value: 38, validFrom: '2017-01-01', status: 'V', source: 'CAO hbo art. G-1' }],
  suppletionMaxMonths: [{ value: 'until-aow', validFrom: '2017-04-01', status: 'U', source: 'Working hypothesis pending the CAO text' }],
};

const smallSet: CalculatorParameterOverrides = {
  scale12TopMonthly: [{ value: 7000, validFrom: '2026-01-01', status: 'V', source: 'CAO hbo 2026, bijlage salarisschalen' }],
};

const theirSet: CalculatorParameterOverrides = {
  holidayPayRate: [{ value: 0.085, validFrom: '2026-01-01', status: 'V', source: 'Eigen regeling, art. 3' }],
};

for (const engine of ['pglite', 'postgres'] as const satisfies readonly Engine[]) {
  if (engine === 'postgres' && !('url' in probe)) {
    test('regulations API on PostgreSQL', (t) => t.skip(`PostgreSQL not reachable: ${probe.reason}`));
    continue;
  }

  describe(`regulations API on ${engine}`, () => {
    let db: ScratchDatabase;
    let server: RunningServer;
    let idp: TestIdentityProvider;

    async function devToken(role: Role, organisation: string, subject?: string): Promise<string> {
      const response = await fetch(`${server.url}/v1/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role, organisation, ...(subject ? { subject } : {}) }),
      });
      assert.equal(response.status, 200);
      return DevTokenResponse.parse(await response.json()).token;
    }

    const get = (organisation: string, headers: Record<string, string> = {}) =>
      fetch(`${server.url}/v1/regulations?organisation=${encodeURIComponent(organisation)}`, { headers });

    const put = (body: unknown, token?: string, headers: Record<string, string> = {}) =>
      fetch(`${server.url}/v1/regulations`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });

    async function read(organisation: string): Promise<Regulations> {
      const response = await get(organisation);
      assert.equal(response.status, 200);
      return Regulations.parse(await response.json());
    }

    before(async () => {
      db = await scratchDatabase(engine, probe);
      idp = await startTestIdentityProvider();
      server = await startServer({
        ...db.options,
        port: 0,
        seed: true,
        devAuth: true,
        today: () => '2026-03-02',
        rateLimit: false,
        corsOrigins: ['https://intranet.example'],
        auth: { issuer: idp.issuer, audience: idp.audience, jwksUrl: idp.jwksUrl, roleClaim: 'roles', organisationClaim: 'org' },
      });
    });

    after(async () => {
      await server?.close();
      await idp?.close();
      await db?.drop();
    });

    test('an organisation without overrides: 200, no parameters, never updated, publicly cacheable', async () => {
      const response = await get(OURS);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('cache-control'), `public, max-age=${regulationsMaxAge}`);
      assert.match(response.headers.get('etag') ?? '', /^"[A-Za-z0-9_-]+"$/);
      const body = Regulations.parse(await response.json());
      assert.deepEqual(body, { organisation: OURS, updatedAt: null, parameters: {} });
    });

    test('GET: unknown organisation → 404, missing or malformed organisation → 400 naming it', async () => {
      const missing = await expectProblem(await get('bestaat-niet'), 404, problemTypes.notFound);
      assert.match(missing.detail ?? '', /bestaat-niet/);
      const none = await expectProblem(await fetch(`${server.url}/v1/regulations`), 400, problemTypes.invalidRequest);
      assert.deepEqual(invalidParamNames(none), ['organisation']);
      const malformed = await expectProblem(await get('Hogeschool Utrecht'), 400, problemTypes.invalidRequest);
      assert.deepEqual(invalidParamNames(malformed), ['organisation']);
      const extra = await expectProblem(await fetch(`${server.url}/v1/regulations?organisation=${OURS}&year=2026`), 400);
      assert.deepEqual(invalidParamNames(extra), ['year']);
    });

    test('HR puts the full set; anyone then reads exactly that set, with who and when', async () => {
      const before = Date.now();
      const token = await devToken('hr', OURS, 'hr-staff-0042');
      const response = await put({ parameters: fullSet }, token);
      assert.equal(response.status, 200, await response.clone().text());
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const stored = Regulations.parse(await response.json());
      assert.equal(stored.organisation, OURS);
      assert.equal(stored.updatedBy, 'hr-staff-0042');
      assert.deepEqual(stored.parameters, fullSet);
      const updatedAt = Date.parse(stored.updatedAt ?? '');
      assert.ok(updatedAt >= before - 5_000 && updatedAt <= Date.now() + 5_000, `updatedAt ${stored.updatedAt}`);

      const read1 = await read(OURS);
      const { updatedBy: _who, ...publicPart } = stored;
      assert.deepEqual(read1, publicPart, 'the public read is the stored set without who entered it');
      assert.equal('updatedBy' in read1, false);
      // Other organisations are not affected.
      assert.deepEqual((await read(UNTOUCHED)).parameters, {});
    });

    test('a PUT replaces the whole set: parameters left out are gone afterwards', async () => {
      const token = await devToken('admin', OURS, 'admin-0001');
      const response = await put({ parameters: smallSet }, token);
      assert.equal(response.status, 200);
      const after = await read(OURS);
      assert.deepEqual(after.parameters, smallSet);
      assert.equal(after.updatedBy, undefined, 'who changed it is not public');
      // Restore the full set for the tests below.
      assert.equal((await put({ parameters: fullSet }, await devToken('hr', OURS, 'hr-staff-0042'))).status, 200);
      assert.deepEqual((await read(OURS)).parameters, fullSet);
    });

    test('an employee gets 403 and changes nothing', async () => {
      const before = await read(OURS);
      const problem = await expectProblem(await put({ parameters: smallSet }, await devToken('employee', OURS)), 403, problemTypes.forbidden);
      assert.match(problem.detail ?? '', /role/);
      assert.deepEqual(await read(OURS), before);
    });

    test('anonymous and bad tokens get 401 and change nothing', async () => {
      const before = await read(OURS);
      const anonymous = await put({ parameters: smallSet });
      await expectProblem(anonymous, 401, problemTypes.unauthorized);
      assert.equal(anonymous.headers.get('www-authenticate'), 'Bearer');
      const forged = await idp.sign({ roles: 'hr', org: OURS, sub: 'intruder' }, { unpublishedKey: true });
      await expectProblem(await put({ parameters: smallSet }, forged), 401, problemTypes.unauthorized);
      assert.deepEqual(await read(OURS), before);
    });

    test("HR of another organisation changes its own set only, and cannot name ours", async () => {
      const before = await read(OURS);
      const theirToken = await devToken('hr', THEIRS, 'hr-amsterdam-7');
      const response = await put({ parameters: theirSet }, theirToken);
      assert.equal(response.status, 200);
      assert.equal(Regulations.parse(await response.json()).organisation, THEIRS);
      assert.deepEqual(await read(OURS), before);
      const theirs = await read(THEIRS);
      assert.deepEqual(theirs.parameters, theirSet);
      assert.equal(theirs.updatedBy, undefined);

      // The organisation comes from the token; a body that tries to name one is refused.
      const named = await expectProblem(await put({ organisation: OURS, parameters: smallSet }, theirToken), 400, problemTypes.invalidRequest);
      assert.deepEqual(invalidParamNames(named), ['organisation']);
      assert.deepEqual(await read(OURS), before);
      assert.deepEqual((await read(THEIRS)).parameters, theirSet);
    });

    test('a real OIDC token works the same; HR of an organisation that does not take part cannot write (403) and reads a 404', async () => {
      const token = await idp.sign({ roles: ['hr'], org: THEIRS, sub: 'oidc-subject-1' });
      const response = await put({ parameters: theirSet }, token);
      assert.equal(response.status, 200);
      assert.equal(Regulations.parse(await response.json()).updatedBy, 'oidc-subject-1');
      const stranger = await idp.sign({ roles: ['hr'], org: 'hogeschool-nergens', sub: 'oidc-subject-2' });
      await expectProblem(await put({ parameters: theirSet }, stranger), 403, problemTypes.forbidden);
      await expectProblem(await get('hogeschool-nergens'), 404);
    });

    describe('invalid bodies → 400 naming each field, nothing stored', () => {
      const entry = { value: 7000, validFrom: '2026-01-01', status: 'V', source: 'CAO hbo 2026' };
      const cases: [string, unknown, string[]][] = [
        ['missing source', { parameters: { scale12TopMonthly: [{ value: 7000, validFrom: '2026-01-01', status: 'V' }] } }, ['parameters.scale12TopMonthly.0.source']],
        ['blank source', { parameters: { scale12TopMonthly: [{ ...entry, source: '   ' }] } }, ['parameters.scale12TopMonthly.0.source']],
        ['bad date', { parameters: { scale12TopMonthly: [{ ...entry, validFrom: '01-01-2026' }] } }, ['parameters.scale12TopMonthly.0.validFrom']],
        ['impossible date', { parameters: { maxDailyWage: [{ ...entry, value: 300, validFrom: '2026-02-30' }] } }, ['parameters.maxDailyWage.0.validFrom']],
        ['unknown parameter name', { parameters: { scale13TopMonthly: [entry] } }, ['parameters.scale13TopMonthly']],
        ['wrong value type', { parameters: { holidayPayRate: [{ ...entry, value: '8%' }] } }, ['parameters.holidayPayRate.0.value']],
        ['wrong value shape', { parameters: { asuMonths: [{ ...entry, value: { perServiceYear: 1 } }] } }, ['parameters.asuMonths.0.value.max']],
        ['value out of range', { parameters: { holidayPayRate: [{ ...entry, value: 8 }] } }, ['parameters.holidayPayRate.0.value']],
        ['unknown status', { parameters: { scale12TopMonthly: [{ ...entry, status: 'OK' }] } }, ['parameters.scale12TopMonthly.0.status']],
        ['no known value', { parameters: { scale12TopMonthly: [{ ...entry, value: null }] } }, ['parameters.scale12TopMonthly']],
        ['repeated date', { parameters: { scale12TopMonthly: [entry, { ...entry, value: 7100 }] } }, ['parameters.scale12TopMonthly.1.validFrom']],
        ['no entries', { parameters: { scale12TopMonthly: [] } }, ['parameters.scale12TopMonthly']],
        ['no parameters object', {}, ['parameters']],
        ['several at once', { parameters: { maxDailyWage: [{ value: -1, validFrom: '2026', status: 'V', source: '' }] } }, [
          'parameters.maxDailyWage.0.source',
          'parameters.maxDailyWage.0.validFrom',
          'parameters.maxDailyWage.0.value',
        ]],
      ];
      for (const [name, body, fields] of cases) {
        test(name, async () => {
          const before = await read(OURS);
          const problem = await expectProblem(await put(body, await devToken('hr', OURS)), 400, problemTypes.invalidRequest);
          assert.deepEqual([...new Set(invalidParamNames(problem))].sort(), fields);
          assert.ok(problem.invalidParams?.every((p) => p.in === 'body' && p.message.length > 0));
          assert.deepEqual(await read(OURS), before);
        });
      }

      test('not JSON → 400, not application/json → 415', async () => {
        const token = await devToken('hr', OURS);
        await expectProblem(await put('{"parameters":', token), 400, problemTypes.invalidRequest);
        await expectProblem(await put('parameters', token, { 'content-type': 'text/plain' }), 415, problemTypes.invalidRequest);
      });
    });

    test('ETag: an unchanged set answers 304, a replaced one a new ETag', async () => {
      const first = await get(OURS);
      const etag = first.headers.get('etag');
      assert.ok(etag);
      await first.arrayBuffer();
      const again = await get(OURS, { 'if-none-match': etag });
      assert.equal(again.status, 304);
      assert.equal(await again.text(), '');
      assert.equal(again.headers.get('etag'), etag);
      assert.equal(again.headers.get('cache-control'), `public, max-age=${regulationsMaxAge}`);

      assert.equal((await put({ parameters: smallSet }, await devToken('hr', OURS))).status, 200);
      const changed = await get(OURS, { 'if-none-match': etag });
      assert.equal(changed.status, 200);
      assert.notEqual(changed.headers.get('etag'), etag);
      assert.deepEqual(Regulations.parse(await changed.json()).parameters, smallSet);
      // A token does not make the public answer private: the route ignores it.
      const withToken = await get(OURS, { authorization: `Bearer ${await devToken('hr', OURS)}` });
      assert.equal(withToken.headers.get('cache-control'), `public, max-age=${regulationsMaxAge}`);
      await withToken.arrayBuffer();
    });

    test('concurrent PUTs and GETs: every read sees one complete set, never a mix', async () => {
      const token = await devToken('hr', OURS);
      const sets = [fullSet, smallSet, theirSet];
      const writes = Array.from({ length: 6 }, (_, i) => put({ parameters: sets[i % sets.length] }, token));
      const reads = Array.from({ length: 12 }, () => read(OURS));
      const [written, seen] = await Promise.all([Promise.all(writes), Promise.all(reads)]);
      for (const [i, response] of written.entries()) {
        assert.equal(response.status, 200);
        // The answer to each PUT is the set that PUT stored, even with other PUTs right behind it.
        assert.deepEqual(Regulations.parse(await response.json()).parameters, sets[i % sets.length]);
      }
      for (const regulations of seen) {
        assert.ok(
          sets.some((set) => isDeepEqual(regulations.parameters, set)),
          `a read saw a mixed set: ${JSON.stringify(regulations.parameters)}`,
        );
      }
      const final = await read(OURS);
      assert.ok(sets.some((set) => isDeepEqual(final.parameters, set)));
    });

    test('CORS: a browser on an allowed intranet may PUT', async () => {
      const response = await fetch(`${server.url}/v1/regulations`, {
        method: 'OPTIONS',
        headers: { origin: 'https://intranet.example', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization, content-type' },
      });
      assert.ok(response.status === 204 || response.status === 200, `preflight ${response.status}`);
      assert.match(response.headers.get('access-control-allow-methods') ?? '', /\bPUT\b/);
      assert.equal(response.headers.get('access-control-allow-origin'), 'https://intranet.example');
    });
  });
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  try {
    assert.deepEqual(a, b);
    return true;
  } catch {
    return false;
  }
}
