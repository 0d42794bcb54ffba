import type { Problem } from '@mobility-kit/contract';

/** What went wrong, in the terms a user interface needs to choose a message. */
export type MobilityErrorKind = 'http' | 'validation' | 'network' | 'timeout';

/**
 * Brand shared by every copy of this module. Two separately bundled copies of the SDK can meet on
 * one intranet page (one client travels between bundles through `@lit/context`), and then
 * `instanceof` fails across copies; the registry symbol does not.
 */
const brand = Symbol.for('@mobility-kit/sdk/error');

/**
 * Base class of every error the client raises. Switch on {@link MobilityError.kind} (and
 * `status` for `http`) to pick a message for the user; the `message` itself is English and meant
 * for developers and logs.
 *
 * An aborted request is not a `MobilityError`: it rejects with the signal's reason, usually a
 * `DOMException` named `AbortError`.
 */
export class MobilityError extends Error {
  /** `http`: the server answered with an error status; `validation`: data did not match the contract; `network`: no answer; `timeout`: no answer in time. */
  readonly kind: MobilityErrorKind;

  /** @internal Use the subclasses. */
  constructor(kind: MobilityErrorKind, message: string, options?: ErrorOptions) {
    super(message, options);
    this.kind = kind;
    // Set explicitly: a minifier renames classes, and `name` is what logs show.
    this.name = 'MobilityError';
    Object.defineProperty(this, brand, { value: true });
  }
}

/**
 * The server answered with an error status. {@link MobilityHttpError.problem} is the RFC 9457
 * problem document it sent; when the body was not a valid problem document (a proxy's HTML page,
 * for instance) a minimal one is synthesised with type `about:blank` and the status's reason
 * phrase as title, so `problem` is always there.
 */
export class MobilityHttpError extends MobilityError {
  declare readonly kind: 'http';
  /** HTTP status code of the response. */
  readonly status: number;
  /** The problem document, received or synthesised. */
  readonly problem: Problem;
  /** The contract operation that failed, e.g. `getVacancy`. */
  readonly operationId: string;

  /** @internal Raised by the client. */
  constructor(init: { status: number; problem: Problem; operationId: string }) {
    const detail = init.problem.detail ? `: ${init.problem.detail}` : '';
    super('http', `${init.operationId} failed with ${init.status} ${init.problem.title}${detail}`);
    this.name = 'MobilityHttpError';
    this.status = init.status;
    this.problem = init.problem;
    this.operationId = init.operationId;
  }
}

/** One thing that did not match the contract: a dotted path (`items.3.title`, `(root)`) and what was wrong. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/**
 * Data did not match the contract: a filter the caller passed (no request is sent then), or a
 * response the server sent — wrong types, missing fields, invalid or truncated JSON, or something
 * that is not JSON at all (an HTML page served with status 200).
 */
export class MobilityValidationError extends MobilityError {
  declare readonly kind: 'validation';
  /** The contract operation whose input or output was invalid. */
  readonly operationId: string;
  /** Every problem found, in document order. */
  readonly issues: ValidationIssue[];

  /** @internal Raised by the client. */
  constructor(init: { operationId: string; subject: string; issues: ValidationIssue[] }) {
    const [first, ...rest] = init.issues;
    const summary = first ? `${first.path}: ${first.message}` : 'invalid';
    const more = rest.length > 0 ? ` (and ${rest.length} more ${rest.length === 1 ? 'issue' : 'issues'})` : '';
    super('validation', `${init.subject} of ${init.operationId} does not match the contract: ${summary}${more}`);
    this.name = 'MobilityValidationError';
    this.operationId = init.operationId;
    this.issues = init.issues;
  }
}

/** The request got no answer: the server is unreachable, refused the connection or dropped it mid-response. The underlying error is in `cause`. */
export class MobilityNetworkError extends MobilityError {
  declare readonly kind: 'network';

  /** @internal Raised by the client. */
  constructor(message: string, options: { cause: unknown }) {
    super('network', message, options);
    this.name = 'MobilityNetworkError';
  }
}

/** An attempt took longer than the client's `timeoutMs` (headers and body together). */
export class MobilityTimeoutError extends MobilityError {
  declare readonly kind: 'timeout';
  /** The limit that was exceeded, in milliseconds. */
  readonly timeoutMs: number;

  /** @internal Raised by the client. */
  constructor(init: { method: string; url: string; timeoutMs: number }) {
    super('timeout', `${init.method} ${init.url} did not complete within ${init.timeoutMs} ms`);
    this.name = 'MobilityTimeoutError';
    this.timeoutMs = init.timeoutMs;
  }
}

/**
 * Whether `e` is an error raised by a mobility-kit client — also one created by another bundled
 * copy of the SDK on the same page, where `instanceof` would say no.
 */
export function isMobilityError(e: unknown): e is MobilityError {
  return e instanceof MobilityError || (typeof e === 'object' && e !== null && (e as Record<symbol, unknown>)[brand] === true);
}
