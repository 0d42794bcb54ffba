import { routes } from '@mobility-kit/contract';
import type { BenchmarkExport, BenchmarkQuery, Insights, InsightsQuery } from '@mobility-kit/contract';
import type { RequestOptions, Transport } from '../transport.js';

/** Anonymised mobility figures of the caller's own organisation (role `hr` or `admin`). */
export interface InsightsApi {
  /**
   * Figures per quarter and unit for `from`–`to` (e.g. `2024-Q1`), optionally one unit or staff
   * group. Every cell is `{ value }` or `{ suppressed: true, reason }`; the disclosure rules come
   * with the data in `rules`.
   */
  get(query: InsightsQuery, options?: RequestOptions): Promise<Insights>;
  /** The organisation-wide suppressed aggregates as a benchmark document to share with other institutions. */
  export(query: BenchmarkQuery, options?: RequestOptions): Promise<BenchmarkExport>;
}

/** The `insights` namespace of a client, over its transport. */
export function createInsightsApi(transport: Transport): InsightsApi {
  return {
    get: (query, { signal } = {}) => transport.send(routes.getInsights, { query, signal }),
    export: (query, { signal } = {}) => transport.send(routes.exportInsights, { query, signal }),
  };
}
