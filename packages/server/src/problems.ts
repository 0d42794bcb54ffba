import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionError, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { maxInvalidParams, problemMediaType, problemTypes, toInvalidParams, type InvalidParam, type Problem, type SchemaIssue } from '@mobility-kit/contract';
import { isDatabaseUnavailable } from './database-errors.js';

/**
 * An error that is answered with a specific problem document. Route code throws it; the error
 * handler serialises it.
 */
export class ProblemError extends Error {
  readonly problem: Problem;
  readonly headers: Readonly<Record<string, string>>;

  constructor(problem: Problem, headers: Record<string, string> = {}) {
    super(problem.detail ?? problem.title);
    this.name = 'ProblemError';
    this.problem = problem;
    this.headers = headers;
  }

  get statusCode(): number {
    return this.problem.status;
  }
}

/** 400 for a request that failed validation, naming every bad parameter. */
export function invalidRequest(invalidParams: InvalidParam[], detail?: string): ProblemError {
  // However many issues a hostile request produces, the answer lists a bounded number of them.
  const listed = invalidParams.slice(0, maxInvalidParams);
  const omitted = invalidParams.length - listed.length;
  const names = [...new Set(listed.map((p) => p.path))].join(', ');
  return new ProblemError({
    type: problemTypes.invalidRequest,
    title: 'Invalid request',
    status: 400,
    detail: detail ?? `Invalid ${invalidParams.length === 1 ? 'parameter' : 'parameters'}: ${names}${omitted > 0 ? ` and ${omitted} more` : ''}.`,
    invalidParams: listed,
    ...(omitted > 0 ? { omittedInvalidParams: omitted } : {}),
  });
}

/** 400 from schema issues of the query, path or body. */
export function invalidFromIssues(issues: readonly SchemaIssue[], location: InvalidParam['in']): ProblemError {
  return invalidRequest(toInvalidParams(issues, location));
}

export function notFound(detail = 'The requested resource does not exist.'): ProblemError {
  return new ProblemError({ type: problemTypes.notFound, title: 'Not found', status: 404, detail });
}

/** 401 for a bearer token that is present but cannot be accepted. Never a silent downgrade. */
export function invalidToken(detail: string): ProblemError {
  return new ProblemError(
    { type: problemTypes.unauthorized, title: 'Unauthorized', status: 401, detail },
    // The description is restricted to characters allowed in a quoted string (RFC 6750 §3).
    { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${detail.replace(/[^\x20-\x21\x23-\x5B\x5D-\x7E]/g, ' ')}"` },
  );
}

export function unavailable(detail = 'The database is not available. Try again later.'): ProblemError {
  return new ProblemError({ type: problemTypes.unavailable, title: 'Service unavailable', status: 503, detail }, { 'Retry-After': '5' });
}

/** Send a problem document with the right media type. */
export function sendProblem(reply: FastifyReply, problem: Problem, headers: Readonly<Record<string, string>> = {}): FastifyReply {
  for (const [name, value] of Object.entries(headers)) reply.header(name, value);
  return reply
    .code(problem.status)
    .header('Cache-Control', 'no-store')
    .type(problemMediaType)
    .send(JSON.stringify(problem));
}

/** The problem for a Fastify or plugin error that carries a 4xx status code. */
function clientProblem(error: FastifyError, status: number): Problem {
  const code = error.code ?? '';
  if (status === 415) {
    return {
      type: problemTypes.invalidRequest,
      title: 'Unsupported media type',
      status,
      detail: 'Send the request body as application/json.',
      invalidParams: [{ in: 'header', path: 'content-type', message: 'must be application/json' }],
    };
  }
  if (status === 413) {
    return { type: problemTypes.invalidRequest, title: 'Payload too large', status, detail: 'The request body is too large.' };
  }
  if (status === 429) {
    return { type: problemTypes.rateLimited, title: 'Too many requests', status, detail: 'Too many requests. Try again later.' };
  }
  if (code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError || code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return {
      type: problemTypes.invalidRequest,
      title: 'Invalid request',
      status: 400,
      detail: 'The request body is not valid JSON.',
      invalidParams: [{ in: 'body', path: '(root)', message: 'is not valid JSON' }],
    };
  }
  if (status === 404) return notFound().problem;
  return {
    type: problemTypes.invalidRequest,
    title: 'Invalid request',
    status,
    // Fastify's own client-error messages describe the request, not the server; safe to pass on.
    detail: error.message,
  };
}

/**
 * PostgreSQL's errors for a date or time it cannot hold or read (SQLSTATE 22007
 * invalid_datetime_format, 22008 datetime_field_overflow). The contract keeps calendar dates within
 * 1900–2100, so one of these means a date slipped past it: the client's value, answered as a 400.
 */
export function isDatabaseDateError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '22007' || code === '22008';
}

const databaseDateProblem: Problem = {
  type: problemTypes.invalidRequest,
  title: 'Invalid request',
  status: 400,
  detail: 'A date in the request is outside the range this server can store (1900-01-01 to 2100-12-31).',
};

/**
 * Every error anywhere becomes `application/problem+json`: thrown {@link ProblemError}s as they are,
 * framework 4xx errors mapped to the contract's problem types, database outages as 503, and
 * anything else as a 500 without internals.
 */
export function installProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ProblemError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof ProblemError) return sendProblem(reply, error.problem, error.headers);
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    // Framework and plugin client errors (the rate limiter has already set Retry-After).
    if (status >= 400 && status < 500) return sendProblem(reply, clientProblem(error, status));
    if (isDatabaseDateError(error)) return sendProblem(reply, databaseDateProblem);
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: { name: error.name, code: (error as FastifyError).code } }, 'database unavailable');
      const problem = unavailable();
      return sendProblem(reply, problem.problem, problem.headers);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, {
      type: problemTypes.internal,
      title: 'Internal server error',
      status: 500,
      detail: 'Something went wrong on the server. The error has been logged.',
    });
  });
}

/**
 * Errors the router raises before any route or hook runs (an undecodable URL, an over-long path
 * parameter): Fastify answers them outside the error handler unless told otherwise.
 */
export function frameworkErrorHandler(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  // No hook runs for these, so the helmet plugin adds nothing: the problem carries its own strict set.
  void sendProblem(
    reply,
    {
      type: problemTypes.invalidRequest,
      title: 'Invalid request',
      status: 400,
      detail: error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'A path parameter is too long.' : 'The URL cannot be decoded.',
      invalidParams: [{ in: 'path', path: '(root)', message: error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'is too long' : 'is not a valid URL path' }],
    },
    errorSecurityHeaders,
  );
}

/**
 * Security headers for error answers sent before any hook runs (where the helmet plugin never sees
 * them): a problem document loads nothing, is framed nowhere and is never sniffed as HTML.
 */
export const errorSecurityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; object-src 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
};

/**
 * Errors Node's HTTP parser raises before Fastify sees a request (a request line or header block
 * over the size limit, broken framing such as a bad `Content-Length`, a timeout). Fastify's default
 * answers them with plain JSON; they are problems like every other client error. The connection is
 * closed afterwards, as its framing can no longer be trusted.
 */
export function clientErrorHandler(error: ConnectionError, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, title, detail] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request header fields too large', 'The request line and headers are too large.']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request timeout', 'The request did not arrive in time.']
        : [400, 'Invalid request', 'The request is not well-formed HTTP.'];
  const body = JSON.stringify({ type: problemTypes.invalidRequest, title, status, detail } satisfies Problem);
  // An answer to HEAD carries no body: a client would read it as the start of a next response.
  // (Node hands the bytes read so far as a Buffer, whatever Fastify's type says.)
  const raw: unknown = error.rawPacket;
  const head = Buffer.isBuffer(raw) && raw.subarray(0, 5).toString('latin1') === 'HEAD ';
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${problemMediaType}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        Object.entries(errorSecurityHeaders).map(([name, value]) => `${name}: ${value}\r\n`).join('') +
        `Cache-Control: no-store\r\nConnection: close\r\n\r\n${head ? '' : body}`,
    );
  }
  socket.destroy(error);
}
