import type { FastifyContextConfig, FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import type * as z from 'zod/mini';
import { fillPath, type RouteDefinition } from '@mobility-kit/contract';
import { principalOf, roleRoute, type Principal } from '../auth.js';
import { toFastifyPath } from '../context.js';
import { invalidFromIssues, invalidRequest } from '../problems.js';

/** The parsed value of an optional schema of a route entry; `undefined` where the entry has none. */
type Parsed<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

/** What a declared route's handler receives: input parsed by the route entry's own schemas. */
export interface RouteInput<R extends RouteDefinition> {
  readonly params: Parsed<R['params']>;
  readonly query: Parsed<R['query']>;
  readonly body: Parsed<R['body']>;
  /** The caller: always present on `auth: 'required'` routes, else `null` when anonymous. */
  readonly principal: R['auth'] extends 'required' ? Principal : Principal | null;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

/** Any success body the route entry declares. */
export type RouteResult<R extends RouteDefinition> = { [S in keyof R['responses']]: z.output<R['responses'][S]> }[keyof R['responses']];

export interface DeclareOptions {
  /** `'public'`: anonymous 200 answers carry `Cache-Control: public` and an ETag (see `http-cache.ts`). */
  readonly cache?: 'public';
  /** The body parsed when a request sends none (e.g. `{}` for "every channel"). */
  readonly emptyBody?: unknown;
  /** More route config, such as a route's own `rateLimit`. */
  readonly config?: Partial<FastifyContextConfig>;
  /** Route-level hooks (`onSend`, …). */
  readonly hooks?: Pick<RouteShorthandOptions, 'onSend' | 'preHandler'>;
}

/**
 * Register one route of the contract's route table: its method and path, its auth mode and roles,
 * the cache policy asked for, and validation of path parameters, query and body with the entry's
 * own schemas (a failure is a 400 problem naming every bad field, in that order). The handler gets
 * the parsed input and returns the body; the status is the entry's only success status when it has
 * one (201, 202), else 200 — a handler may still set another on `reply`.
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
  app.route({
    method: route.method,
    url: toFastifyPath(route.path),
    config,
    ...options.hooks,
    handler: async (request, reply) => {
      const params = parse(route.params, request.params, 'path');
      const query = parse(route.query, request.query, 'query');
      const body = parse(route.body, request.body ?? options.emptyBody, 'body');
      const principal = route.auth === 'required' ? principalOf(request) : request.principal;
      if (status !== 200) reply.code(status);
      return handler({ params, query, body, principal, request, reply } as RouteInput<R>);
    },
  });
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
