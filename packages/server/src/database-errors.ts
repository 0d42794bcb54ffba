/**
 * Errors of the database connection, shared by the code that opens databases (`db/connect.ts`)
 * and the problem helpers that answer them with a 503: it imports neither.
 */

/** Thrown when a query is attempted after the database was closed. */
export class DatabaseClosedError extends Error {
  constructor() {
    super('The database is closed');
    this.name = 'DatabaseClosedError';
  }
}

/**
 * Whether an error means the database cannot be reached (as opposed to a bug in a query): such
 * errors become 503 problems, everything else a 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error instanceof DatabaseClosedError) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    // Class 08: connection exception; 57P0x: server shutting down; 53300: too many connections;
    // 57014: the statement timeout cancelled the query (an overloaded database, not a bad request).
    if (code.startsWith('08') || code.startsWith('57P') || code === '53300' || code === '57014') return true;
    if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE', 'EHOSTUNREACH'].includes(code)) return true;
  }
  return /PGlite is closed|Cannot use a pool after calling end|driver has already been destroyed|Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|Client was closed and is not queryable/i.test(
    error.message,
  );
}
