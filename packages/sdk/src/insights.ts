import { routes } from '@mobility-kit/contract';
import type {
  BenchmarkExport,
  BenchmarkQuery,
  CaseCreate,
  CaseDeleted,
  CaseImportResult,
  CaseListQuery,
  CasePage,
  CaseRecord,
  CaseUpdate,
  Insights,
  InsightsQuery,
} from '@mobility-kit/contract';
import { MobilityValidationError } from './errors.js';
import type { Transport } from './transport.js';
import type { RequestOptions } from './client.js';

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

/** Pseudonymous mobility cases of the caller's own organisation (role `hr`). */
export interface CasesApi {
  /** One page of cases by id, optionally of one unit. */
  list(query?: CaseListQuery, options?: RequestOptions): Promise<CasePage>;
  /** Every case matching `query`, page after page. */
  iterate(query?: Omit<CaseListQuery, 'cursor'>, options?: RequestOptions): AsyncIterableIterator<CaseRecord>;
  /** One case; a case of another organisation is a {@link MobilityHttpError} with status 404. */
  get(id: string, options?: RequestOptions): Promise<CaseRecord>;
  /** Record a case under an id HR chooses; an id in use is a 409 {@link MobilityHttpError}. Never retried. */
  create(record: CaseCreate, options?: RequestOptions): Promise<CaseRecord>;
  /** Replace every field of a case but its id. Idempotent, so retried like a GET. */
  update(id: string, update: CaseUpdate, options?: RequestOptions): Promise<CaseRecord>;
  delete(id: string, options?: RequestOptions): Promise<CaseDeleted>;
  /**
   * Import CSV text, all or nothing. A file with invalid rows rejects with a 400
   * {@link MobilityHttpError} whose `problem.rowErrors` lists every row error (parse it with the
   * contract's `CaseImportProblem`). Never retried.
   */
  import(csv: string, options?: RequestOptions): Promise<CaseImportResult>;
}

/** The `insights` namespace of a client, over its transport. */
export function createInsightsApi(transport: Transport): InsightsApi {
  return {
    get: (query, { signal } = {}) => transport.send(routes.getInsights, { query, signal }),
    export: (query, { signal } = {}) => transport.send(routes.exportInsights, { query, signal }),
  };
}

/** The `cases` namespace of a client, over its transport. */
export function createCasesApi(transport: Transport): CasesApi {
  const list = (query: CaseListQuery = {}, { signal }: RequestOptions = {}) => transport.send(routes.listCases, { query, signal });
  return {
    list,
    async *iterate(query = {}, options = {}) {
      let cursor: string | undefined;
      for (;;) {
        const page: CasePage = await list(cursor === undefined ? query : { ...query, cursor }, options);
        yield* page.items;
        const next = page.nextCursor;
        if (next === null) return;
        if (next === '' || next === cursor) {
          throw new MobilityValidationError({
            operationId: routes.listCases.operationId,
            subject: 'Response',
            issues: [{ path: 'nextCursor', message: next === '' ? 'is empty; expected a cursor or null' : 'repeats the cursor of the page it ends' }],
          });
        }
        cursor = next;
      }
    },
    get: (id, { signal } = {}) => transport.send(routes.getCase, { params: { id }, signal }),
    create: (record, { signal } = {}) => transport.send(routes.createCase, { body: record, signal }),
    update: (id, update, { signal } = {}) => transport.send(routes.updateCase, { params: { id }, body: update, signal }),
    delete: (id, { signal } = {}) => transport.send(routes.deleteCase, { params: { id }, signal }),
    import: (csv, { signal } = {}) => transport.send(routes.importCases, { body: csv, signal }),
  };
}
