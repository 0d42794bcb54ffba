import { Context, type CheckSpec, type ConformanceTokens } from './context.js';
import { Http } from './http.js';
import type { CheckResult, CheckStatus, ConformanceReport } from './report.js';
import { cachingChecks } from './checks/caching.js';
import { paginationChecks } from './checks/pagination.js';
import { problemChecks } from './checks/problems.js';
import { schemaChecks } from './checks/schemas.js';
import { visibilityChecks } from './checks/visibility.js';

/** What {@link runConformance} checks and how. */
export interface ConformanceOptions {
  /** Base URL of the server under test, without `/v1`: `https://api.example.nl`. */
  readonly baseUrl: string;
  /** Tokens for the signed-in checks; each one left out skips the checks that need it. */
  readonly tokens?: ConformanceTokens;
  /** Page size for the pagination walks (default 5): small, so even short lists span pages. */
  readonly pageLimit?: number;
  /** A walk that has not ended after this many pages fails (default 1000). */
  readonly maxPages?: number;
  /** Per-request timeout in milliseconds (default 15 000). */
  readonly timeoutMs?: number;
  /** The `fetch` to use (default the global one). */
  readonly fetch?: typeof fetch;
  /** Aborts the run; the checks still pending are not reported. */
  readonly signal?: AbortSignal;
  /** Called after each check, for progress output. */
  readonly onResult?: (result: CheckResult) => void;
}

/**
 * Checks a server against the mobility-kit contract over plain HTTP, with GET requests only (it
 * never changes data), and reports every check as pass, fail or skip with a reason.
 *
 * @example
 * const report = await runConformance({ baseUrl: 'http://127.0.0.1:8080', tokens: { hr } });
 * if (!report.ok) console.log(formatReport(report));
 */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  let base: URL;
  try {
    base = new URL(options.baseUrl);
  } catch {
    throw new TypeError(`baseUrl must be an absolute http(s) URL, got "${options.baseUrl}"`);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new TypeError(`baseUrl must be http or https, got "${base.protocol}"`);
  const pageLimit = options.pageLimit ?? 5;
  if (!Number.isInteger(pageLimit) || pageLimit < 1) throw new RangeError(`pageLimit must be a positive integer, got ${pageLimit}`);
  const http = new Http({
    baseUrl: base.href,
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs: options.timeoutMs ?? 15_000,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const ctx = new Context(http, options.tokens ?? {}, pageLimit, options.maxPages ?? 1000);
  const specs: CheckSpec[] = [...schemaChecks(ctx), ...problemChecks(ctx), ...paginationChecks(ctx), ...cachingChecks(ctx), ...visibilityChecks(ctx)];

  const started = Date.now();
  const results: CheckResult[] = [];
  for (const spec of specs) {
    options.signal?.throwIfAborted();
    const t0 = Date.now();
    let outcome;
    try {
      outcome = await spec.run();
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      outcome = { status: 'fail' as const, reason: error instanceof Error ? error.message : String(error) };
    }
    const result: CheckResult = { id: spec.id, group: spec.group, title: spec.title, status: outcome.status, ...(outcome.reason ? { reason: outcome.reason } : {}), durationMs: Date.now() - t0 };
    results.push(result);
    options.onResult?.(result);
  }
  const counts: Record<CheckStatus, number> = { pass: 0, fail: 0, skip: 0 };
  for (const result of results) counts[result.status]++;
  return { baseUrl: base.href, startedAt: new Date(started).toISOString(), durationMs: Date.now() - started, ok: counts.fail === 0, counts, results };
}
