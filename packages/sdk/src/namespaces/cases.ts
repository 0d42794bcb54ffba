import { routes } from '@mobility-kit/contract';
import type {
  CaseCreate,
  CaseDeleted,
  CaseImportResult,
  CaseListQuery,
  CasePage,
  CaseRecord,
  CaseUpdate,
} from '@mobility-kit/contract';
import { paginate } from '../paginate.js';
import type { RequestOptions, Transport } from '../transport.js';

/** Options of {@link CasesApi.import}. */
export interface CaseImportOptions extends RequestOptions {
  /** Only check the file: report what an import would do, store nothing. */
  dryRun?: boolean;
}

/** Pseudonymous mobility cases of the caller's own organisation (role `hr`). */
export interface CasesApi {
  /** One page of cases by id, optionally of one unit. */
  list(query?: CaseListQuery, options?: RequestOptions): Promise<CasePage>;
  /** Every case matching `query`, page after page. */
  iterate(query?: Omit<CaseListQuery, 'cursor'>, options?: RequestOptions): AsyncIterableIterator<CaseRecord>;
  /** One case; a case of another organisation is a {@link MobilityHttpError} with status 404. */
  get(id: string, options?: RequestOptions): Promise<CaseRecord>;
  /**
   * Record a case under an id HR chooses; an id in use is a 409 {@link MobilityHttpError}. Sent
   * with an `Idempotency-Key`, so it is retried like a GET.
   */
  create(record: CaseCreate, options?: RequestOptions): Promise<CaseRecord>;
  /** Replace every field of a case but its id. Idempotent, so retried like a GET. */
  update(id: string, update: CaseUpdate, options?: RequestOptions): Promise<CaseRecord>;
  delete(id: string, options?: RequestOptions): Promise<CaseDeleted>;
  /**
   * Import CSV text, all or nothing. A file with invalid rows rejects with a 400
   * {@link MobilityHttpError} whose `problem.rowErrors` lists every row error (parse it with the
   * contract's `CaseImportProblem`). Sent with an `Idempotency-Key`, so it is retried like a GET.
   * With `dryRun: true` the file is checked exactly as an import would check it, and the answer
   * (`dryRun: true`, counts of what would be created and updated) is the same, but nothing is stored.
   */
  import(csv: string, options?: CaseImportOptions): Promise<CaseImportResult>;
}

/** The `cases` namespace of a client, over its transport. */
export function createCasesApi(transport: Transport): CasesApi {
  const list = (query: CaseListQuery = {}, { signal }: RequestOptions = {}) => transport.send(routes.listCases, { query, signal });
  return {
    list,
    iterate: (query = {}, options = {}) =>
      paginate(routes.listCases.operationId, (cursor) => list(cursor === undefined ? query : { ...query, cursor }, options)),
    get: (id, { signal } = {}) => transport.send(routes.getCase, { params: { id }, signal }),
    create: (record, { signal } = {}) => transport.send(routes.createCase, { body: record, signal }),
    update: (id, update, { signal } = {}) => transport.send(routes.updateCase, { params: { id }, body: update, signal }),
    delete: (id, { signal } = {}) => transport.send(routes.deleteCase, { params: { id }, signal }),
    import: (csv, { signal, dryRun } = {}) =>
      transport.send(routes.importCases, { body: csv, signal, ...(dryRun ? { query: { dryRun: 'true' } } : {}) }),
  };
}
