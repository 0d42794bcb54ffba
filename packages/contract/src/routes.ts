import type * as z from 'zod/mini';
import { Problem } from './problem.js';
import { OrganisationList } from './organisation.js';
import { Vacancy, VacancyIdParams, VacancyListQuery, VacancyPage } from './vacancy.js';
import { DevTokenRequest, DevTokenResponse, Health } from './system.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call a route. `none`: anyone, the token is ignored. `optional`: anyone, but a valid
 * token widens what is returned (e.g. internal vacancies). `required`: a valid token with one of
 * `roles`.
 */
export type RouteAuth = 'none' | 'optional' | 'required';

export interface RouteDefinition {
  /** Stable operation id, also the SDK method's name in the OpenAPI document. */
  readonly operationId: string;
  readonly method: HttpMethod;
  /** Path in OpenAPI syntax: `/v1/vacancies/{id}`. */
  readonly path: string;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly auth: RouteAuth;
  readonly roles?: readonly string[];
  /** Present only when development auth is switched on. */
  readonly devOnly?: boolean;
  readonly params?: z.ZodMiniObject;
  readonly query?: z.ZodMiniObject;
  readonly body?: z.ZodMiniType;
  /** Success status → body schema. Errors are always {@link Problem}. */
  readonly responses: Readonly<Record<number, z.ZodMiniType>>;
  readonly errors: readonly number[];
}

const route = <const R extends RouteDefinition>(r: R) => r;

/** Every route of the contract, keyed by operation id. */
export const routes = {
  listVacancies: route({
    operationId: 'listVacancies',
    method: 'GET',
    path: '/v1/vacancies',
    summary: 'List the vacancies the caller may see, filtered, newest first, cursor-paginated.',
    tags: ['vacancies'],
    auth: 'optional',
    query: VacancyListQuery,
    responses: { 200: VacancyPage },
    errors: [400, 401, 429, 503],
  }),
  getVacancy: route({
    operationId: 'getVacancy',
    method: 'GET',
    path: '/v1/vacancies/{id}',
    summary: 'One vacancy. A vacancy the caller may not see is reported as not found.',
    tags: ['vacancies'],
    auth: 'optional',
    params: VacancyIdParams,
    responses: { 200: Vacancy },
    errors: [400, 401, 404, 429, 503],
  }),
  listOrganisations: route({
    operationId: 'listOrganisations',
    method: 'GET',
    path: '/v1/organisations',
    summary: 'Every organisation taking part, with its sector and networks.',
    tags: ['organisations'],
    auth: 'none',
    responses: { 200: OrganisationList },
    errors: [429, 503],
  }),
  getHealth: route({
    operationId: 'getHealth',
    method: 'GET',
    path: '/v1/health',
    summary: 'Liveness of the server and the state of its database.',
    tags: ['system'],
    auth: 'none',
    responses: { 200: Health, 503: Health },
    errors: [],
  }),
  createDevToken: route({
    operationId: 'createDevToken',
    method: 'POST',
    path: '/v1/dev/token',
    summary: 'Development only: issue a local token for a role and organisation.',
    tags: ['system'],
    auth: 'none',
    devOnly: true,
    body: DevTokenRequest,
    responses: { 200: DevTokenResponse },
    errors: [400, 404],
  }),
} as const satisfies Record<string, RouteDefinition>;

export type Routes = typeof routes;
export type OperationId = keyof Routes;

/** Fill a path template: `fillPath('/v1/vacancies/{id}', { id: 'x' })` → `/v1/vacancies/x`. */
export function fillPath(path: string, params: Readonly<Record<string, string>>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`Missing path parameter "${name}"`);
    return encodeURIComponent(value);
  });
}

export { Problem };
