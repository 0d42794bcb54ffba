import { isMobilityError, type MobilityHttpError } from '@mobility-kit/sdk';

/** Raised when a data-driven element has no client: no `base-url` and no provider around it. */
export class MissingClientError extends Error {
  constructor(options?: ErrorOptions) {
    super('No API configured: set base-url or place the element inside <mobility-provider>.', options);
    this.name = 'MissingClientError';
  }
}

/**
 * Why loading failed, in the terms a user needs: each kind maps to one translated message.
 * - `network`: the server could not be reached; `timeout`: it did not answer in time;
 * - `validation`: it answered with something that is not what the contract promises;
 * - `unauthorized` / `forbidden`: 401 / 403; `rateLimited`: 429; `badRequest`: 400 / 422;
 * - `notFound`: 404 (usually a wrong base-url); `server`: any 5xx;
 * - `notConfigured`: no client at all; `unknown`: anything else (a bug, not the user's doing).
 */
export type LoadErrorKind =
  | 'network'
  | 'timeout'
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'rateLimited'
  | 'badRequest'
  | 'notFound'
  | 'server'
  | 'notConfigured'
  | 'unknown';

/** Classify anything a load can reject with. Never throws. */
export function loadErrorKind(error: unknown): LoadErrorKind {
  if (error instanceof MissingClientError) return 'notConfigured';
  if (!isMobilityError(error)) return 'unknown';
  switch (error.kind) {
    case 'network':
      return 'network';
    case 'timeout':
      return 'timeout';
    case 'validation':
      return 'validation';
    case 'http': {
      const { status } = error as MobilityHttpError;
      if (status === 401) return 'unauthorized';
      if (status === 403) return 'forbidden';
      if (status === 404) return 'notFound';
      if (status === 429) return 'rateLimited';
      if (status >= 500) return 'server';
      if (status >= 400) return 'badRequest';
      return 'unknown';
    }
    default:
      return 'unknown';
  }
}

/** Whether `error` is the rejection of an aborted request, which is never shown to the user. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
