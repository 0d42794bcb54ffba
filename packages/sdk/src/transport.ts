/**
 * One request of the contract, from route definition to validated result. Internal: the public
 * client in `client.ts` is a thin typed layer over {@link createTransport}.
 */
import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import type * as z from 'zod/mini';
import { fillPath, Problem, toInvalidParams, type RouteDefinition, type SchemaIssue } from '@mobility-kit/contract';
import {
  isMobilityError,
  MobilityHttpError,
  MobilityNetworkError,
  MobilityTimeoutError,
  MobilityValidationError,
  type ValidationIssue,
} from './errors.js';

/** Settings of a transport, already checked and defaulted by the client. */
export interface TransportSettings {
  baseUrl: string;
  getToken: (() => string | undefined | null | Promise<string | undefined | null>) | undefined;
  locale: string | undefined;
  fetch: typeof globalThis.fetch | undefined;
  timeoutMs: number;
  retryLimit: number;
  maxRetryAfterMs: number;
}

/** What one call sends besides the route: raw path parameters, query and body, all validated here. */
export interface SendInput {
  params?: Readonly<Record<string, unknown>>;
  query?: Readonly<Record<string, unknown>>;
  body?: unknown;
  signal?: AbortSignal | undefined;
}

/** The parsed body of any success response a route declares. */
export type RouteOutput<R extends RouteDefinition> = z.output<R['responses'][keyof R['responses']]>;

/** Options of a single call. */
export interface RequestOptions {
  /** Aborting rejects the call with the signal's reason (a `DOMException` named `AbortError` by default); it is never retried. */
  signal?: AbortSignal;
}

/** Sends one operation of the contract and resolves with its validated answer. */
export interface Transport {
  send<R extends RouteDefinition>(route: R, input?: SendInput): Promise<RouteOutput<R>>;
}

/**
 * Methods that RFC 9110 defines as idempotent (repeating them cannot do something twice), plus
 * POST, which is made safe to repeat by its `Idempotency-Key`: one key per call, the same on every
 * retry, so a server that stored the first attempt answers the retry with the stored result.
 * PATCH is never retried, whatever the failure.
 */
const retriedMethods = ['get', 'head', 'options', 'put', 'delete', 'post'];

/**
 * A random UUID for an `Idempotency-Key`. `crypto.randomUUID` exists only in secure contexts (https
 * or localhost); an intranet page on plain http still has `getRandomValues`.
 */
export function newIdempotencyKey(): string {
  const { crypto } = globalThis;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Transient answers worth repeating. 500, 502 and 504 are not: a broken server rarely heals in a second, and repeating only delays the error. */
const retryStatuses = [429, 503];

const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);

/** Reason phrases for synthesised problem documents; HTTP/2 carries no status text. */
const reasonPhrases: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

const isJsonMediaType = (contentType: string | null): boolean => {
  const essence = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return essence === 'application/json' || (essence.startsWith('application/') && essence.endsWith('+json'));
};

/** A value the caller left out: nothing is sent for it. */
const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

const issuesOf = (issues: readonly SchemaIssue[]): ValidationIssue[] =>
  // `in` is dropped: the error's subject already says whether it was the query, path or response.
  toInvalidParams(issues, 'body').map(({ path, message }) => ({ path, message }));

type Checked = { ok: true; data: unknown } | { ok: false; issues: ValidationIssue[] };

/**
 * `schema.safeParse`, except that a value the schema library cannot get through is a failure too:
 * zod exhausts the call stack collecting the issues of, say, 100,000 invalid array items, and that
 * RangeError must not escape the client as an untyped error.
 */
function check(schema: z.ZodMiniType, value: unknown): Checked {
  let result;
  try {
    result = schema.safeParse(value);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: '(root)', message: `is too large or too deeply nested to check (${reason})` }] };
  }
  return result.success ? { ok: true, data: result.data } : { ok: false, issues: issuesOf(result.error.issues) };
}

export function createTransport(settings: TransportSettings): Transport {
  const { fetch: fetchImpl, timeoutMs } = settings;

  /**
   * Fetch that reads the whole body before resolving. ky's timeout covers only the promise of
   * `fetch`, so buffering here makes `timeoutMs` bound headers and body together: a server that
   * sends headers and then dribbles the body still times out. It is also the one place that tells
   * a network failure (retried for idempotent methods) from an abort (never retried).
   */
  const fetchWhole = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const signal = input instanceof Request ? input.signal : init?.signal;
    try {
      // Called as plain functions: a browser's `fetch` throws "Illegal invocation" when called as a method of another object.
      const response = fetchImpl ? await fetchImpl(input, init) : await globalThis.fetch(input, init);
      const body = nullBodyStatuses.has(response.status) ? null : await response.arrayBuffer();
      return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (isMobilityError(error)) throw error;
      const method = input instanceof Request ? input.method : (init?.method ?? 'GET');
      throw new MobilityNetworkError(`${method} ${String(input instanceof Request ? input.url : input)} failed: ${describeCause(error)}`, {
        cause: error,
      });
    }
  };

  const http: KyInstance = ky.create({
    fetch: fetchWhole,
    timeout: timeoutMs,
    headers: {
      accept: 'application/json, application/problem+json',
      ...(settings.locale ? { 'accept-language': settings.locale } : {}),
    },
    retry: {
      limit: settings.retryLimit,
      methods: retriedMethods,
      statusCodes: retryStatuses,
      afterStatusCodes: retryStatuses,
      maxRetryAfter: settings.maxRetryAfterMs,
      retryOnTimeout: false,
      shouldRetry: ({ error }) => {
        // `undefined` lets ky apply statusCodes and Retry-After to HTTP errors.
        if (error instanceof HTTPError) return undefined;
        // Anything else that is not a network failure — an abort, a throwing token getter — is final.
        return error instanceof MobilityNetworkError;
      },
    },
    hooks: {
      beforeRequest: [
        async (request, options) => {
          // A route that takes no sign-in (anonymous usage counts, public facts) never carries the
          // token: the contract promises these requests say nothing about who sent them.
          if (options.context.anonymous === true) {
            request.headers.delete('authorization');
            return;
          }
          // Asked on every attempt, so a retry after a token refresh carries the new token.
          const token = settings.getToken ? await settings.getToken() : undefined;
          if (token) request.headers.set('authorization', `Bearer ${token}`);
          else request.headers.delete('authorization');
        },
      ],
    },
  });

  return {
    async send(route, input = {}) {
      const { signal } = input;
      signal?.throwIfAborted();
      const { operationId } = route;

      const invalid = (subject: string, issues: ValidationIssue[]) =>
        new MobilityValidationError({ operationId, subject, issues });

      let path = route.path;
      if (route.params) {
        const parsed = check(route.params, input.params ?? {});
        if (!parsed.ok) throw invalid('Path parameters', parsed.issues);
        path = fillPath(route.path, Object.fromEntries(Object.entries(parsed.data as object).map(([k, v]) => [k, String(v)])));
      }

      let search = '';
      if (route.query) {
        const given = Object.fromEntries(Object.entries(input.query ?? {}).filter(([, v]) => !isBlank(v)));
        const parsed = check(route.query, given);
        if (!parsed.ok) throw invalid('Query', parsed.issues);
        const query = new URLSearchParams();
        for (const [key, value] of Object.entries(parsed.data as object)) if (value !== undefined) query.set(key, String(value));
        search = query.size > 0 ? `?${query.toString()}` : '';
      } else if (input.query && Object.values(input.query).some((v) => !isBlank(v))) {
        throw invalid('Query', [{ path: '(root)', message: 'this operation takes no query parameters' }]);
      }

      let json: unknown;
      if (route.body) {
        const parsed = check(route.body, input.body);
        if (!parsed.ok) throw invalid('Body', parsed.issues);
        json = parsed.data;
      }

      const url = `${settings.baseUrl}${path}${search}`;
      const headers: Record<string, string> = {};
      // One key per call, made before the first attempt: ky repeats the same request, so every retry carries it.
      if (route.method.toLowerCase() === 'post') headers['idempotency-key'] = newIdempotencyKey();
      // A CSV body (the contract's `bodyMediaType`) travels as text, a multipart one as form data
      // (fetch sets its content type with the boundary), everything else as JSON.
      const csv = route.body !== undefined && route.bodyMediaType === 'text/csv';
      if (csv) headers['content-type'] = 'text/csv; charset=utf-8';
      const form = route.body !== undefined && route.bodyMediaType === 'multipart/form-data' ? toFormData(json) : undefined;
      let response: Response;
      try {
        response = await http(url, {
          method: route.method,
          signal,
          context: { anonymous: route.auth === 'none' },
          headers,
          ...(route.body ? (csv ? { body: json as string } : form ? { body: form } : { json }) : {}),
          // A status the route declares (e.g. 503 with a Health body) is an answer, not an error.
          throwHttpErrors: (status) => !(status in route.responses),
        });
      } catch (error) {
        if (error instanceof HTTPError) throw await toHttpError(error.response, operationId);
        if (error instanceof TimeoutError) throw new MobilityTimeoutError({ method: route.method, url, timeoutMs });
        throw error;
      }

      const schema = (route.responses as Record<number, z.ZodMiniType | undefined>)[response.status];
      if (!schema) {
        throw invalid('Response', [
          { path: '(root)', message: `status ${response.status} is not a response this operation declares` },
        ]);
      }
      const contentType = response.headers.get('content-type');
      if (!isJsonMediaType(contentType)) {
        throw invalid('Response', [
          { path: '(root)', message: `expected application/json, got ${contentType ?? 'no content type'}` },
        ]);
      }
      const data = parseJson(await response.arrayBuffer());
      if (!data.ok) throw invalid('Response', [{ path: '(root)', message: data.message }]);
      const parsed = check(schema, data.value);
      if (!parsed.ok) {
        // A declared error status (503 from health) whose body is not the declared shape is still an error answer.
        if (!response.ok) throw await toHttpError(response, operationId, data.value);
        throw invalid('Response', parsed.issues);
      }
      return parsed.data as RouteOutput<typeof route>;
    },
  };
}

/** A validated multipart body as form data: one part per property, a file (a `Blob`) with its name. */
function toFormData(body: unknown): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    if (value === undefined) continue;
    if (value instanceof Blob) form.append(name, value, value instanceof File ? value.name : name);
    else form.append(name, String(value));
  }
  return form;
}

type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Fatal on malformed bytes: the lenient default would turn them into U+FFFD and hand corrupted
 * names and texts to the caller as if they were data.
 */
const utf8 = new TextDecoder('utf-8', { fatal: true });

function parseJson(body: ArrayBuffer): Parsed {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    return { ok: false, message: 'is not valid UTF-8' };
  }
  if (text.trim() === '') return { ok: false, message: 'is empty, expected a JSON document' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: `is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** The problem document of an error response, or a minimal one when the body is not one. */
async function toHttpError(response: Response, operationId: string, body?: unknown): Promise<MobilityHttpError> {
  const { status } = response;
  let value = body;
  if (value === undefined && isJsonMediaType(response.headers.get('content-type'))) {
    const parsed = parseJson(await response.arrayBuffer().catch(() => new ArrayBuffer(0)));
    if (parsed.ok) value = parsed.value;
  }
  const problem = check(Problem, value);
  return new MobilityHttpError({
    status,
    operationId,
    problem: problem.ok
      ? (problem.data as Problem)
      : { type: 'about:blank', title: reasonPhrases[status] ?? (response.statusText || `HTTP ${status}`), status },
  });
}

/** Node's fetch says only "fetch failed"; the code that matters (ECONNREFUSED, ENOTFOUND) is in its cause. */
function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const detail = cause && typeof cause === 'object' ? (typeof cause.code === 'string' ? cause.code : cause.message) : undefined;
  return typeof detail === 'string' && detail !== '' ? `${error.message} (${detail})` : error.message;
}
