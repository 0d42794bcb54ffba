import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import {
  Problem,
  routes,
  storyChannels,
  type CaseRecord,
  type OperationId,
  type FeedSourceInput,
  type StoryCreate,
  type VacancyCreate,
} from '@mobility-kit/contract';
import { startServer, type RunningServer, type ServerOptions } from '../src/index.js';
import { toFastifyPath } from '../src/context.js';
import { addDays } from '../src/seed/generate.js';
import { scratchDatabase, type Engine, type PostgresProbe, type ScratchDatabase } from './helpers.js';
import { startTestIdentityProvider, type TestIdentityProvider } from './idp.js';

/** The fixed day the hardening suites run on. */
export const TODAY = '2025-03-10';
/** Organisation A (the one whose data is attacked) and B (the neighbour). Both are in the demo data. */
export const ORG_A = 'hogeschool-utrecht';
export const ORG_B = 'hogeschool-van-amsterdam';

/** The callers of the authorisation matrix. `forged` carries a well-formed token signed with a key the IdP does not publish. */
export const callers = ['anonymous', 'employeeA', 'employeeB', 'hrA', 'hrB', 'adminA', 'forged'] as const;
export type Caller = (typeof callers)[number];

/** A route as the router knows it: `GET /v1/vacancies/:id`. */
export type RouteKey = `${string} ${string}`;

/**
 * Routes of a built app, read from the radix tree `printRoutes()` draws (Fastify offers no other
 * public listing once the app is built; the flattened `commonPrefix: false` drawing drops wildcard
 * routes that share a node). `HEAD` twins of `GET` routes are left out; static
 * wildcards (`/*`, `/demo-assets/*`) are kept.
 */
export function appRoutes(app: FastifyInstance): RouteKey[] {
  const printed = app.printRoutes();
  const stack: { depth: number; path: string }[] = [];
  const keys = new Set<RouteKey>();
  for (const line of printed.split('\n')) {
    const match = /^([│ ]*)[├└]── (\S+)(?: \(([^)]*)\))?$/u.exec(line.trimEnd());
    if (!match) continue;
    const depth = match[1]!.length / 4;
    while (stack.length > 0 && stack.at(-1)!.depth >= depth) stack.pop();
    const path = `${stack.at(-1)?.path ?? ''}${match[2]!}`;
    stack.push({ depth, path });
    for (const method of (match[3] ?? '').split(',').map((m) => m.trim()).filter(Boolean)) {
      if (method === 'HEAD' || method === '-') continue;
      keys.add(`${method} ${path.startsWith('/') ? path : `/${path}`}`);
    }
  }
  return [...keys].sort();
}

/** Every contract route as a router key, by operation id. */
export function contractRouteKeys(includeDevOnly = true): Map<RouteKey, OperationId> {
  const keys = new Map<RouteKey, OperationId>();
  for (const [id, route] of Object.entries(routes) as [OperationId, (typeof routes)[OperationId]][]) {
    if (!includeDevOnly && 'devOnly' in route && route.devOnly) continue;
    keys.set(`${route.method} ${toFastifyPath(route.path)}`, id);
  }
  return keys;
}

/** Assert two route lists name the same routes, with a message listing what is missing where. */
export function assertSameRoutes(actual: Iterable<string>, table: Iterable<string>, what: string): void {
  const a = new Set(actual);
  const t = new Set(table);
  const missing = [...a].filter((k) => !t.has(k));
  const stale = [...t].filter((k) => !a.has(k));
  assert.deepEqual(missing, [], `${what}: routes of the app without a row: ${missing.join('; ')}`);
  assert.deepEqual(stale, [], `${what}: rows for routes the app does not have: ${stale.join('; ')}`);
}

/** A complete, valid vacancy of organisation A, visible inside A only. */
export const vacancyBody = (overrides: Partial<VacancyCreate> = {}): VacancyCreate => ({
  title: 'Adviseur informatiebeveiliging',
  summary: 'Je helpt collega’s veilig werken.',
  description: 'Je werkt met **alle** diensten.',
  kind: 'vacancy',
  visibility: 'internal',
  unit: 'Dienst ICT',
  location: { city: 'Utrecht', pc4: '3584' },
  workplace: 'hybrid',
  hoursPerWeek: { min: 32, max: 36 },
  salary: { scale: '11', currency: 'EUR', period: 'month' },
  contract: 'permanent',
  validThrough: addDays(TODAY, 30),
  language: 'nl',
  ...overrides,
});

/** A complete, valid story with consent on every channel. */
/** A feed source on a host that does not resolve: stored, and each run fails at once without fetching. */
export const feedSourceBody = (overrides: Partial<FeedSourceInput> = {}): FeedSourceInput => ({
  name: 'Werken bij',
  url: 'https://feeds.example.invalid/vacatures.xml',
  intervalMinutes: 1440,
  enabled: false,
  ...overrides,
});

export const storyBody = (overrides: Partial<StoryCreate> = {}): StoryCreate => ({
  displayName: 'Test P.',
  photo: { src: '/demo-assets/portraits/samira.svg', alt: 'Illustratie van een collega achter een laptop', width: 320, height: 400 },
  roleBefore: 'Docent',
  orgBefore: 'Instituut voor ICT',
  roleAfter: 'Teamleider',
  orgAfter: 'Instituut voor ICT',
  moveType: 'internal',
  quote: 'Een nieuwe ronde, nieuwe kansen.',
  body: 'Het hele verhaal, met **nadruk**.',
  language: 'nl',
  cta: { label: 'Bekijk vacatures', href: 'https://www.hu.example/vacatures' },
  publishFrom: addDays(TODAY, -30),
  publishUntil: addDays(TODAY, 30),
  consent: storyChannels.map((channel) => ({ channel, grantedAt: addDays(TODAY, -40), expiresAt: addDays(TODAY, 400), formReference: `FORM-${channel}` })),
  ...overrides,
});

/** A complete, valid pseudonymous case. */
export const caseBody = (id: string, overrides: Partial<CaseRecord> = {}): CaseRecord => ({
  id,
  unit: 'Instituut Archimedes',
  staffGroup: 'teaching',
  startDate: '2025-01-15',
  trigger: 'own-wish',
  route: 'secondment',
  trajectoryCosts: 1500,
  benefitCosts: 0,
  ...overrides,
});

/** A valid CSV import of one case. */
export const caseCsv = (id: string): string =>
  `id,unit,staffGroup,startDate,trigger,route,outcome,endDate,trajectoryCosts,benefitCosts\n${id},Instituut Archimedes,teaching,2025-01-15,own-wish,secondment,,,100,0\n`;

/** A 1 × 1 PNG, the smallest valid upload. */
export const tinyPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** A `multipart/form-data` body with one file part. */
export function multipartFile(bytes: Buffer, options: { field?: string; filename?: string; type?: string } = {}): { payload: Buffer; contentType: string } {
  const boundary = `----mobility-kit-${unique('boundary')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${options.field ?? 'file'}"; filename="${options.filename ?? 'photo.png'}"\r\nContent-Type: ${options.type ?? 'image/png'}\r\n\r\n`;
  return { payload: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** One request, in the shape both `app.inject` and `fetch` can take. */
export interface SampleRequest {
  method: string;
  url: string;
  /** A JSON value (serialised), or a string or bytes sent as they are (with `contentType`). */
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

/** The ids a valid request needs. */
export interface SampleIds {
  /** A vacancy of A that is internal: only A may see it. */
  vacancy: string;
  /** A public vacancy (of anyone). */
  publicVacancy: string;
  /** A story of A. */
  story: string;
  /** A case of A. */
  case: string;
  /** A feed source of A. */
  feedSource: string;
  /** A photo uploaded by A's HR, used by no story. */
  media: string;
}

let serial = 0;
/** A unique suffix for ids created by a test. */
export const unique = (prefix: string): string => `${prefix}-${process.pid}-${Date.now().toString(36)}-${++serial}`;

/** A valid request for every contract route, aimed at organisation A's resources. */
export function validRequest(operation: OperationId, ids: SampleIds): SampleRequest {
  const quarterRange = 'from=2024-Q1&to=2024-Q4';
  switch (operation) {
    case 'listVacancies':
      return { method: 'GET', url: '/v1/vacancies?limit=5' };
    case 'getVacancy':
      return { method: 'GET', url: `/v1/vacancies/${ids.vacancy}` };
    case 'listHrVacancies':
      return { method: 'GET', url: '/v1/hr/vacancies?limit=5' };
    case 'createVacancy':
      return { method: 'POST', url: '/v1/hr/vacancies', body: vacancyBody() };
    case 'updateVacancy':
      return { method: 'PATCH', url: `/v1/hr/vacancies/${ids.vacancy}`, body: { title: 'Adviseur informatiebeveiliging (senior)' } };
    case 'closeVacancy':
      return { method: 'POST', url: `/v1/hr/vacancies/${ids.vacancy}/close` };
    case 'reopenVacancy':
      return { method: 'POST', url: `/v1/hr/vacancies/${ids.vacancy}/reopen`, body: {} };
    case 'getVacancyFeed':
      return { method: 'GET', url: '/v1/vacancies/feed.atom?limit=5' };
    case 'getVacancyJobPosting':
      return { method: 'GET', url: `/v1/vacancies/${ids.publicVacancy}/jobposting.jsonld` };
    case 'listOrganisations':
      return { method: 'GET', url: '/v1/organisations' };
    case 'getMe':
      return { method: 'GET', url: '/v1/me' };
    case 'getHealth':
      return { method: 'GET', url: '/v1/health' };
    case 'getRegulations':
      return { method: 'GET', url: `/v1/regulations?organisation=${ORG_A}` };
    case 'putRegulations':
      return {
        method: 'PUT',
        url: '/v1/regulations',
        body: { parameters: { aowAgeMonths: [{ value: 804, validFrom: '2025-01-01', status: 'V', source: 'Algemene Ouderdomswet art. 7a' }] } },
      };
    case 'createEvent':
      return { method: 'POST', url: '/v1/events', body: { type: 'widget-view' } };
    case 'listStories':
      return { method: 'GET', url: '/v1/stories?channel=intranet' };
    case 'listHrStories':
      return { method: 'GET', url: '/v1/hr/stories' };
    case 'getHrStory':
      return { method: 'GET', url: `/v1/hr/stories/${ids.story}` };
    case 'createStory':
      return { method: 'POST', url: '/v1/hr/stories', body: storyBody() };
    case 'updateStory':
      return { method: 'PATCH', url: `/v1/hr/stories/${ids.story}`, body: { quote: 'Een andere ronde.' } };
    case 'approveStory':
      return { method: 'POST', url: `/v1/hr/stories/${ids.story}/approve` };
    case 'withdrawStory':
      return { method: 'POST', url: `/v1/hr/stories/${ids.story}/withdraw` };
    case 'recordStoryConsent':
      return {
        method: 'POST',
        url: `/v1/hr/stories/${ids.story}/consents`,
        body: { channel: 'public', grantedAt: TODAY, expiresAt: addDays(TODAY, 200), formReference: 'FORM-2' },
      };
    case 'withdrawStoryConsent':
      return { method: 'POST', url: `/v1/hr/stories/${ids.story}/consents/withdraw`, body: { channel: 'public' } };
    case 'listCases':
      return { method: 'GET', url: '/v1/hr/cases?limit=5' };
    case 'createCase':
      return { method: 'POST', url: '/v1/hr/cases', body: caseBody(unique('CASE')) };
    case 'importCases':
      return { method: 'POST', url: '/v1/hr/cases/import', body: caseCsv(unique('CSV')), contentType: 'text/csv' };
    case 'getCase':
      return { method: 'GET', url: `/v1/hr/cases/${ids.case}` };
    case 'updateCase': {
      const { id: _id, ...update } = caseBody(ids.case, { trajectoryCosts: 1750 });
      return { method: 'PUT', url: `/v1/hr/cases/${ids.case}`, body: update };
    }
    case 'deleteCase':
      return { method: 'DELETE', url: `/v1/hr/cases/${ids.case}` };
    case 'getInsights':
      return { method: 'GET', url: `/v1/insights?${quarterRange}` };
    case 'exportInsights':
      return { method: 'GET', url: `/v1/insights/export?${quarterRange}` };
    case 'getHrRegulations':
      return { method: 'GET', url: '/v1/hr/regulations' };
    case 'listFeedSources':
      return { method: 'GET', url: '/v1/hr/feeds' };
    case 'createFeedSource':
      return { method: 'POST', url: '/v1/hr/feeds', body: feedSourceBody() };
    case 'getFeedSource':
      return { method: 'GET', url: `/v1/hr/feeds/${ids.feedSource}` };
    case 'updateFeedSource':
      return { method: 'PUT', url: `/v1/hr/feeds/${ids.feedSource}`, body: feedSourceBody({ name: 'Werken bij (nieuw)' }) };
    case 'deleteFeedSource':
      return { method: 'DELETE', url: `/v1/hr/feeds/${ids.feedSource}` };
    case 'runFeedSource':
      return { method: 'POST', url: `/v1/hr/feeds/${ids.feedSource}/run` };
    case 'listFeedRuns':
      return { method: 'GET', url: `/v1/hr/feeds/${ids.feedSource}/runs?limit=5` };
    case 'uploadMedia': {
      const { payload, contentType } = multipartFile(tinyPng);
      return { method: 'POST', url: '/v1/hr/media', body: payload, contentType };
    }
    case 'getMedia':
      return { method: 'GET', url: `/v1/media/${ids.media}` };
    case 'createDevToken':
      return { method: 'POST', url: '/v1/dev/token', body: { role: 'employee', organisation: ORG_A } };
  }
}

/** Headers and payload of a {@link SampleRequest} for `app.inject` / `fetch`. */
export function encodeRequest(request: SampleRequest, token?: string): { headers: Record<string, string>; payload?: string | Buffer } {
  const headers: Record<string, string> = { ...request.headers };
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  if (request.body === undefined) return { headers };
  headers['content-type'] = request.contentType ?? 'application/json';
  if (Buffer.isBuffer(request.body)) return { headers, payload: request.body };
  return { headers, payload: typeof request.body === 'string' && request.contentType ? request.body : JSON.stringify(request.body) };
}

/** A running server on a scratch database with the test IdP, demo data, and tokens for every caller. */
export interface HardeningServer {
  readonly server: RunningServer;
  readonly app: FastifyInstance;
  readonly idp: TestIdentityProvider;
  /** Real signed tokens for every caller but `anonymous`. */
  readonly tokens: Readonly<Record<Exclude<Caller, 'anonymous'>, string>>;
  /** Tokens that must be refused with a 401, by what is wrong with them. */
  readonly badAuthorization: Readonly<Record<string, string>>;
  readonly staticDir: string;
  close(): Promise<void>;
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Start a server for the hardening suites: seeded demo data, development auth on (so the dev-token
 * route exists), OIDC tokens from the test IdP (`roles` and `org` claims), a static folder at `/`.
 */
export async function startHardeningServer(engine: Engine, probe: PostgresProbe, overrides: Partial<ServerOptions> = {}): Promise<HardeningServer> {
  const scratch: ScratchDatabase = await scratchDatabase(engine, probe);
  const idp = await startTestIdentityProvider();
  const staticDir = await mkdtemp(join(tmpdir(), 'mobility-kit-static-'));
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><html lang="nl"><title>Intranet</title><script type="module" src="/app.js"></script></html>\n');
  await writeFile(join(staticDir, 'app.js'), 'export const ready = true;\n');
  let server: RunningServer;
  try {
    server = await startServer({
      ...scratch.options,
      port: 0,
      seed: true,
      devAuth: true,
      today: () => TODAY,
      rateLimit: false,
      corsOrigins: ['https://intranet.example'],
      staticRoots: [{ root: staticDir, prefix: '/' }],
      auth: { issuer: idp.issuer, audience: idp.audience, jwksUrl: idp.jwksUrl, roleClaim: 'roles', organisationClaim: 'org' },
      ...overrides,
    });
  } catch (error) {
    await idp.close();
    await scratch.drop();
    await rm(staticDir, { recursive: true, force: true });
    throw error;
  }
  const sign = (role: string, org: string, sub: string) => idp.sign({ sub, roles: [role], org });
  const tokens = {
    employeeA: await sign('employee', ORG_A, 'emp-a'),
    employeeB: await sign('employee', ORG_B, 'emp-b'),
    hrA: await sign('hr', ORG_A, 'hr-a'),
    hrB: await sign('hr', ORG_B, 'hr-b'),
    adminA: await sign('admin', ORG_A, 'admin-a'),
    forged: await idp.sign({ sub: 'mallory', roles: ['admin'], org: ORG_A }, { unpublishedKey: true }),
  };
  const claims = { sub: 'mallory', roles: ['admin'], org: ORG_A, iss: idp.issuer, aud: idp.audience, exp: Math.floor(Date.now() / 1000) + 3600 };
  const [, payload, signature] = tokens.hrA.split('.');
  const badAuthorization = {
    'no scheme': tokens.hrA,
    'basic scheme': `Basic ${Buffer.from('hr:hr').toString('base64')}`,
    'empty bearer': 'Bearer ',
    'not a JWT': 'Bearer abc',
    'three garbage parts': 'Bearer a.b.c',
    'alg none': `Bearer ${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`,
    'alg HS256 with the public key id': `Bearer ${base64url({ alg: 'HS256', kid: 'test-key-1' })}.${base64url(claims)}.${signature}`,
    'header swapped to none': `Bearer ${base64url({ alg: 'none' })}.${payload}.${signature}`,
    'payload tampered': `Bearer ${tokens.hrA.split('.')[0]}.${base64url(claims)}.${signature}`,
    expired: `Bearer ${await idp.sign({ sub: 'x', roles: ['hr'], org: ORG_A }, { expiresInSeconds: -600 })}`,
    'wrong issuer': `Bearer ${await idp.sign({ sub: 'x', roles: ['hr'], org: ORG_A }, { issuer: 'https://evil.example' })}`,
    'wrong audience': `Bearer ${await idp.sign({ sub: 'x', roles: ['hr'], org: ORG_A }, { audience: 'someone-else' })}`,
    'unpublished key': `Bearer ${tokens.forged}`,
    'no role': `Bearer ${await idp.sign({ sub: 'x', org: ORG_A })}`,
    'unknown role': `Bearer ${await idp.sign({ sub: 'x', roles: ['root'], org: ORG_A })}`,
    'bad organisation': `Bearer ${await idp.sign({ sub: 'x', roles: ['hr'], org: "x' OR 1=1--" })}`,
  };
  return {
    server,
    app: server.app,
    idp,
    tokens,
    badAuthorization,
    staticDir,
    async close() {
      await server.close();
      await idp.close();
      await scratch.drop();
      await rm(staticDir, { recursive: true, force: true });
    },
  };
}

const helperFeedSources = new WeakMap<FastifyInstance, string[]>();

/** The ids of fresh resources of organisation A, created through the API as A's HR. */
export async function createResourcesOfA(app: FastifyInstance, hrToken: string): Promise<Omit<SampleIds, 'publicVacancy'>> {
  const post = async (url: string, body: unknown): Promise<Record<string, unknown>> => {
    const response = await app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${hrToken}` }, payload: body as object });
    assert.equal(response.statusCode, 201, `${url}: ${response.body}`);
    return response.json();
  };
  const vacancy = await post('/v1/hr/vacancies', vacancyBody());
  const story = await post('/v1/hr/stories', storyBody());
  const created = await post('/v1/hr/cases', caseBody(unique('CASE')));
  // An organisation stores at most 20 feed sources: the helper keeps its first (the shared ids) and
  // its newest few, and deletes the rest.
  const made = helperFeedSources.get(app) ?? [];
  helperFeedSources.set(app, made);
  while (made.length >= 8) {
    const [stale] = made.splice(1, 1);
    await app.inject({ method: 'DELETE', url: `/v1/hr/feeds/${stale}`, headers: { authorization: `Bearer ${hrToken}` } });
  }
  const feedSource = await post('/v1/hr/feeds', feedSourceBody());
  made.push(String(feedSource.id));
  const upload = multipartFile(tinyPng);
  const media = await app.inject({ method: 'POST', url: '/v1/hr/media', headers: { authorization: `Bearer ${hrToken}`, 'content-type': upload.contentType }, payload: upload.payload });
  assert.equal(media.statusCode, 201, `/v1/hr/media: ${media.body}`);
  return {
    vacancy: String(vacancy.id),
    story: String(story.id),
    case: String(created.id),
    feedSource: String(feedSource.id),
    media: String(media.json<{ id: string }>().id),
  };
}

/** A public vacancy id from the anonymous list. */
export async function somePublicVacancy(app: FastifyInstance): Promise<string> {
  const response = await app.inject({ method: 'GET', url: '/v1/vacancies?visibility=public&limit=1' });
  const id = (response.json() as { items: { id: string }[] }).items[0]?.id;
  assert.ok(id, 'the demo data has a public vacancy');
  return id;
}

/**
 * Check one error answer: RFC 9457 fields, the problem media type, the status repeated in the body.
 * `HEAD` answers have no body; only their media type is checked.
 */
export function assertProblem(status: number, contentType: string | undefined, body: string, method: string, context: string): void {
  assert.match(contentType ?? '', /^application\/problem\+json/, `${context}: ${status} served as ${contentType}: ${body.slice(0, 200)}`);
  if (method === 'HEAD') return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    assert.fail(`${context}: ${status} with a body that is not JSON: ${body.slice(0, 200)}`);
  }
  const problem = Problem.safeParse(parsed);
  assert.ok(problem.success, `${context}: not a problem document: ${body.slice(0, 300)}`);
  assert.equal(problem.data.status, status, `${context}: status ${status} but the document says ${problem.data.status}`);
  assert.ok(problem.data.title.length > 0, `${context}: empty title`);
  assert.doesNotMatch(body, /\bat .+\.(ts|js):\d+/, `${context}: the problem leaks a stack trace`);
}
