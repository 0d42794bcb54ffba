import type { FastifyContextConfig, FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import type * as z from 'zod/mini';
import { fillPath, problemTypes, type RouteDefinition } from '@mobility-kit/contract';
import { principalOf, requireKnownOrganisation, roleRoute, type Principal } from '../auth.js';
import { toFastifyPath } from '../context.js';
import { invalidFromIssues, invalidRequest, ProblemError } from '../problems.js';

/** The parsed value of an optional schema of a route entry; `undefined` where the entry has none. */
type Parsed<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

/** What a declared route's handler receives: input parsed by the route entry's own schemas. */
export interface RouteInput<R extends RouteDefinition> {
  readonly params: Parsed<R['params']>;
  readonly query: Parsed<R['query']>;
  /** A `multipart/form-data` body is not parsed here: the handler reads its parts as a stream. */
  readonly body: R['bodyMediaType'] extends 'multipart/form-data' ? undefined : Parsed<R['body']>;
  /** The caller: always present on `auth: 'required'` routes, else `null` when anonymous. */
  readonly principal: R['auth'] extends 'required' ? Principal : Principal | null;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

/**
 * Any success body the route entry declares; for an entry with a non-JSON `responseMediaType`
 * (Atom, JSON-LD) the serialised text, which is sent with that media type.
 */
export type RouteResult<R extends RouteDefinition> = R['responseMediaType'] extends 'application/atom+xml' | 'application/ld+json'
  ? string
  : R['responseMediaType'] extends readonly string[]
    ? Buffer
    : { [S in keyof R['responses']]: z.output<R['responses'][S]> }[keyof R['responses']];

/** Body media types read as text, each with the types a request may send for it. */
const textBodyTypes: Readonly<Record<string, readonly string[]>> = { 'text/csv': ['text/csv', 'application/csv'] };

export interface DeclareOptions {
  /** `'public'`: anonymous 200 answers carry `Cache-Control: public` and an ETag (see `http-cache.ts`). */
  readonly cache?: 'public' | 'private-immutable';
  /** The body parsed when a request sends none (e.g. `{}` for "every channel"). */
  readonly emptyBody?: unknown;
  /** More route config, such as a route's own `rateLimit`. */
  readonly config?: Partial<FastifyContextConfig>;
  /** Route-level hooks (`onSend`, …). */
  readonly hooks?: Pick<RouteShorthandOptions, 'onSend' | 'preHandler'>;
  /** Largest request body in bytes, where the route's differs from the server's. */
  readonly bodyLimit?: number;
  /** What a text body holds, for the 415 problem's detail ("Send the cases as text/csv."). */
  readonly bodyName?: string;
}

/**
 * Register one route of the contract's route table: its method and path, its auth mode and roles,
 * the cache policy asked for, and validation of path parameters, query and body with the entry's
 * own schemas (a failure is a 400 problem naming every bad field, in that order). The handler gets
 * the parsed input and returns the body; the status is the entry's only success status when it has
 * one (201, 202), else 200 — a handler may still set another on `reply`.
 *
 * An entry whose `bodyMediaType` is `text/csv` is registered in a scope of its own that reads that
 * type as text (every other route keeps answering 415 to anything but JSON); a request with another
 * type is a 415 problem. An entry with a non-JSON `responseMediaType` is answered with that type.
 * A `multipart/form-data` body is left to the handler, in a scope where the multipart parser is
 * registered (see `routes/media.ts`).
 *
 * Every write that needs a sign-in (a method other than GET) first checks that the caller's
 * organisation is registered: a valid token of an unknown organisation is a 403, on every such
 * route alike, before its input is read.
 */
export function declareRoute<const R extends RouteDefinition>(
  app: FastifyInstance,
  route: R,
  handler: (input: RouteInput<R>) => Promise<RouteResult<R>>,
  options: DeclareOptions = {},
): void {
  const successes = Object.keys(route.responses).map(Number).filter((s) => s >= 200 && s < 300);
  const status = successes.length === 1 ? successes[0]! : 200;
  const config: FastifyContextConfig = {
    ...options.config,
    ...roleRoute(route).config,
    ...(options.cache ? { cache: options.cache } : {}),
  };
  const textTypes = route.bodyMediaType ? textBodyTypes[route.bodyMediaType] : undefined;
  const writeBySignedIn = route.auth === 'required' && route.method !== 'GET';
  const register = (scope: FastifyInstance) =>
    scope.route({
      method: route.method,
      url: toFastifyPath(route.path),
      config,
      ...(options.bodyLimit !== undefined ? { bodyLimit: options.bodyLimit } : {}),
      ...options.hooks,
      handler: async (request, reply) => {
        if (writeBySignedIn) await requireKnownOrganisation(app.mobility.database.db, principalOf(request).organisation);
        const params = parse(route.params, request.params, 'path');
        const query = parse(route.query, request.query, 'query');
        if (textTypes) checkTextBody(request, textTypes, route.bodyMediaType!, options.bodyName ?? 'the body');
        const body = route.bodyMediaType === 'multipart/form-data' ? undefined : parse(route.body, request.body ?? options.emptyBody, 'body');
        const principal = route.auth === 'required' ? principalOf(request) : request.principal;
        if (status !== 200) reply.code(status);
        const result = await handler({ params, query, body, principal, request, reply } as RouteInput<R>);
        // A binary answer (a list of image types) sets its own type; text ones get theirs here.
        if (typeof route.responseMediaType === 'string' && route.responseMediaType !== 'application/json') reply.type(`${route.responseMediaType}; charset=utf-8`);
        return result;
      },
    });
  if (!textTypes) {
    register(app);
    return;
  }
  void app.register(async (scope) => {
    scope.addContentTypeParser([...textTypes], { parseAs: 'string', ...(options.bodyLimit !== undefined ? { bodyLimit: options.bodyLimit } : {}) }, (_request, body, done) => {
      done(null, body);
    });
    register(scope);
  });
}

/** A text body arrives as a string of one of `types`; anything else (JSON, say) is a 415 problem. */
function checkTextBody(request: FastifyRequest, types: readonly string[], name: string, what: string): void {
  const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (typeof request.body !== 'string' || !types.includes(contentType)) {
    throw new ProblemError({
      type: problemTypes.invalidRequest,
      title: 'Unsupported media type',
      status: 415,
      detail: `Send ${what} as ${name}.`,
      invalidParams: [{ in: 'header', path: 'content-type', message: `must be ${name}` }],
    });
  }
}

function parse(schema: z.ZodMiniType | undefined, value: unknown, location: 'path' | 'query' | 'body'): unknown {
  if (!schema) return undefined;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidFromIssues(parsed.error.issues, location);
  return parsed.data;
}

/** `Location` of a created resource: the path of `route` filled with `params`. */
export function locationOf(route: Pick<RouteDefinition, 'path'>, params: Readonly<Record<string, string>>): string {
  return fillPath(route.path, params);
}

/** A list position from a `cursor` query parameter; a cursor this server did not issue is a 400. */
export function cursorFrom<T>(cursor: string | undefined, decode: (value: string) => T | undefined): T | undefined {
  if (cursor === undefined) return undefined;
  const position = decode(cursor);
  if (position === undefined) throw invalidRequest([{ in: 'query', path: 'cursor', message: 'is not a cursor this server issued' }]);
  return position;
}

/** One page of a cursor-paged list: the items and the cursor of the next page (`null` on the last). */
export function pageOf<I, C>(page: { readonly items: I[]; readonly next?: C | null | undefined }, encode: (position: C) => string): { items: I[]; nextCursor: string | null } {
  return { items: page.items, nextCursor: page.next ? encode(page.next) : null };
}
