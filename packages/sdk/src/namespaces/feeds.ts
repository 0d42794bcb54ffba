import { routes } from '@mobility-kit/contract';
import type { FeedRun, FeedRunsQuery, FeedSource, FeedSourceDeleted, FeedSourceInput } from '@mobility-kit/contract';
import type { RequestOptions, Transport } from '../transport.js';

/** Feed sources of the caller's own organisation and their run reports (role `hr` or `admin`). */
export interface FeedsApi {
  /** Every source (at most 20), each with its newest run. */
  list(options?: RequestOptions): Promise<FeedSource[]>;
  /** One source; another organisation's is a {@link MobilityHttpError} with status 404. */
  get(id: string, options?: RequestOptions): Promise<FeedSource>;
  /**
   * Store a source. A URL on a loopback, link-local or private address is a 422
   * {@link MobilityHttpError} whose `problem.invalidParams` names `url` with the reason; a 21st
   * source is a 409. Sent with an `Idempotency-Key`, so it is retried like a GET.
   */
  create(source: FeedSourceInput, options?: RequestOptions): Promise<FeedSource>;
  /** Replace name, URL, interval and enabled flag (the URL is checked as on create). */
  update(id: string, source: FeedSourceInput, options?: RequestOptions): Promise<FeedSource>;
  /** Delete a source and its reports; a 409 while it runs. The vacancies it imported stay. */
  delete(id: string, options?: RequestOptions): Promise<FeedSourceDeleted>;
  /** Start a run now; resolves with the run (outcome `running`). A 409 while one runs already. */
  run(id: string, options?: RequestOptions): Promise<FeedRun>;
  /** The run reports, newest first (`limit` default 20, at most 100). */
  runs(id: string, query?: FeedRunsQuery, options?: RequestOptions): Promise<FeedRun[]>;
}

/** The `feeds` namespace of a client, over its transport. */
export function createFeedsApi(transport: Transport): FeedsApi {
  return {
    list: async ({ signal } = {}) => (await transport.send(routes.listFeedSources, { signal })).items,
    get: (id, { signal } = {}) => transport.send(routes.getFeedSource, { params: { id }, signal }),
    create: (source, { signal } = {}) => transport.send(routes.createFeedSource, { body: source, signal }),
    update: (id, source, { signal } = {}) => transport.send(routes.updateFeedSource, { params: { id }, body: source, signal }),
    delete: (id, { signal } = {}) => transport.send(routes.deleteFeedSource, { params: { id }, signal }),
    run: (id, { signal } = {}) => transport.send(routes.runFeedSource, { params: { id }, signal }),
    runs: async (id, query = {}, { signal } = {}) => (await transport.send(routes.listFeedRuns, { params: { id }, query, signal })).items,
  };
}
