import { routes } from '@mobility-kit/contract';
import type { HrVacancy, HrVacancyListQuery, HrVacancyPage, Vacancy, VacancyCreate, VacancyFilter, VacancyPage, VacancyReopen, VacancyUpdate } from '@mobility-kit/contract';
import { paginate } from '../paginate.js';
import type { RequestOptions, Transport } from '../transport.js';

/** A filter plus paging for {@link MobilityClient.vacancies}.list. */
export type VacancyListParams = VacancyFilter & { limit?: number; cursor?: string };

/** Vacancies, assignments (klussen), secondments, internships and project roles the caller may see. */
export interface VacanciesApi {
  /**
   * One page of the vacancies the caller may see, newest first. Blank values (`undefined`, `null`,
   * `''`) are left out; the rest is checked against the contract before anything is sent.
   */
  list(filter?: VacancyListParams, options?: RequestOptions): Promise<VacancyPage>;
  /** One vacancy; a vacancy the caller may not see is a {@link MobilityHttpError} with status 404. */
  get(id: string, options?: RequestOptions): Promise<Vacancy>;
  /** Every vacancy matching `filter`, fetching page after page (of `limit`) as the loop asks for more. */
  iterate(filter?: VacancyFilter & { limit?: number }, options?: RequestOptions): AsyncIterableIterator<Vacancy>;
  /**
   * Publish a vacancy for the caller's own organisation (role `hr` or `admin`) and resolve with
   * the stored record. The body is checked against the contract before anything is sent (HTML in
   * `description` is refused). Sent with an `Idempotency-Key`, so a retry after a 503 or a dropped
   * connection is answered with the stored result instead of publishing it twice.
   */
  create(vacancy: VacancyCreate, options?: RequestOptions): Promise<HrVacancy>;
  /** Change a vacancy of the own organisation; `null` removes an optional field. Another organisation's is a 404. */
  update(id: string, patch: VacancyUpdate, options?: RequestOptions): Promise<HrVacancy>;
  /** Close a vacancy of the own organisation: it is no longer listed anywhere, but kept. Closing twice changes nothing. */
  close(id: string, options?: RequestOptions): Promise<HrVacancy>;
  /** One page of every vacancy of the own organisation, closed and not yet public ones included (role `hr` or `admin`). */
  listHr(query?: HrVacancyListQuery, options?: RequestOptions): Promise<HrVacancyPage>;
  /**
   * Open a closed vacancy of the own organisation again. When its closing date has passed, send a new
   * `validThrough` (today or later) in the same call; without one the answer is a 400 naming `validThrough`.
   */
  reopen(id: string, input?: VacancyReopen, options?: RequestOptions): Promise<HrVacancy>;
}

/** The `vacancies` namespace of a client, over its transport. */
export function createVacanciesApi(transport: Transport): VacanciesApi {
  const list = (filter: VacancyListParams = {}, { signal }: RequestOptions = {}) =>
    transport.send(routes.listVacancies, { query: filter, signal });
  return {
    list,
    get: (id, { signal } = {}) => transport.send(routes.getVacancy, { params: { id }, signal }),
    iterate: (filter = {}, options = {}) =>
      paginate(routes.listVacancies.operationId, (cursor) => list(cursor === undefined ? filter : { ...filter, cursor }, options)),
    create: (vacancy, { signal } = {}) => transport.send(routes.createVacancy, { body: vacancy, signal }),
    update: (id, patch, { signal } = {}) => transport.send(routes.updateVacancy, { params: { id }, body: patch, signal }),
    close: (id, { signal } = {}) => transport.send(routes.closeVacancy, { params: { id }, signal }),
    listHr: (query = {}, { signal } = {}) => transport.send(routes.listHrVacancies, { query, signal }),
    reopen: (id, input = {}, { signal } = {}) => transport.send(routes.reopenVacancy, { params: { id }, body: input, signal }),
  };
}
