import type * as z from 'zod/mini';
import { Problem } from './problem.js';
import { OrganisationList } from './organisation.js';
import {
  HrVacancy,
  HrVacancyListQuery,
  HrVacancyPage,
  Vacancy,
  VacancyCreate,
  VacancyIdParams,
  VacancyListQuery,
  VacancyPage,
  VacancyReopen,
  VacancyUpdate,
} from './vacancy.js';
import { DevTokenRequest, DevTokenResponse, Health, Me } from './system.js';
import { AtomFeed, JobPosting, VacancyFeedQuery } from './feeds.js';
import {
  HrStoryListQuery,
  StoryConsentGrant,
  StoryConsentWithdrawal,
  StoryCreate,
  StoryIdParams,
  StoryListQuery,
  StoryPage,
  StoryRecord,
  StoryRecordPage,
  StoryUpdate,
  storyCacheMaxAgeSeconds,
} from './stories.js';
import { UsageEvent, UsageEventAccepted } from './events.js';
import { HrRegulations, Regulations, RegulationsQuery, RegulationsUpdate } from './regulations.js';
import {
  BenchmarkExport,
  BenchmarkQuery,
  CaseCreate,
  CaseCsv,
  CaseDeleted,
  CaseIdParams,
  CaseImportQuery,
  CaseImportResult,
  CaseListQuery,
  CasePage,
  CaseRecord,
  CaseUpdate,
  Insights,
  InsightsQuery,
} from './insights.js';
import {
  FeedRun,
  FeedRunList,
  FeedRunsQuery,
  FeedSource,
  FeedSourceDeleted,
  FeedSourceIdParams,
  FeedSourceInput,
  FeedSourceList,
} from './feed-sources.js';
import { MediaContent, MediaIdParams, MediaQuery, MediaUpload, MediaUploaded, mediaContentTypes } from './media.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call a route. `none`: anyone, the token is ignored. `optional`: anyone, but a valid
 * token widens what is returned (e.g. internal vacancies). `required`: a valid token with one of
 * `roles`.
 */
export type RouteAuth = 'none' | 'optional' | 'required';

export interface RouteDefinition {
  /** Stable operation id, also the SDK method's name in the OpenAPI document. */
  readonly operationId: string;
  readonly method: HttpMethod;
  /** Path in OpenAPI syntax: `/v1/vacancies/{id}`. */
  readonly path: string;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly auth: RouteAuth;
  readonly roles?: readonly string[];
  /** Present only when development auth is switched on. */
  readonly devOnly?: boolean;
  readonly params?: z.ZodMiniObject;
  readonly query?: z.ZodMiniObject;
  readonly body?: z.ZodMiniType;
  /**
   * Media type of `body`; `application/json` when absent. `text/csv` bodies are sent as text;
   * `multipart/form-data` bodies as form parts, one per property of `body` (a file is a `File`).
   */
  readonly bodyMediaType?: 'application/json' | 'text/csv' | 'multipart/form-data';
  /**
   * Media type of the success responses; `application/json` when absent. Atom and JSON-LD are
   * served as text. A list of types is a binary answer (an image) of one of them.
   */
  readonly responseMediaType?: 'application/json' | 'application/atom+xml' | 'application/ld+json' | readonly string[];
  /** Success status → body schema. Errors are always {@link Problem}. */
  readonly responses: Readonly<Record<number, z.ZodMiniType>>;
  readonly errors: readonly number[];
}

const route = <const R extends RouteDefinition>(r: R) => r;

/** Every route of the contract, keyed by operation id. */
export const routes = {
  listVacancies: route({
    operationId: 'listVacancies',
    method: 'GET',
    path: '/v1/vacancies',
    summary: 'List the vacancies the caller may see, filtered (free text with Dutch and English stemming, distance from a postcode or place, scale, contract, closing date), sorted by relevance, newest, closing date or distance, cursor-paginated. An unknown postcode or place is a 400 naming near.',
    tags: ['vacancies'],
    auth: 'optional',
    query: VacancyListQuery,
    responses: { 200: VacancyPage },
    errors: [400, 401, 429, 503],
  }),
  getVacancy: route({
    operationId: 'getVacancy',
    method: 'GET',
    path: '/v1/vacancies/{id}',
    summary: 'One vacancy. A vacancy the caller may not see is reported as not found.',
    tags: ['vacancies'],
    auth: 'optional',
    params: VacancyIdParams,
    responses: { 200: Vacancy },
    errors: [400, 401, 404, 429, 503],
  }),
  listHrVacancies: route({
    operationId: 'listHrVacancies',
    method: 'GET',
    path: '/v1/hr/vacancies',
    summary: "Every vacancy of the caller's own organisation, newest first: closed, expired and not yet public ones included, with status and audit fields.",
    tags: ['vacancies'],
    auth: 'required',
    roles: ['hr', 'admin'],
    query: HrVacancyListQuery,
    responses: { 200: HrVacancyPage },
    errors: [400, 401, 403, 429, 503],
  }),
  createVacancy: route({
    operationId: 'createVacancy',
    method: 'POST',
    path: '/v1/hr/vacancies',
    summary: "Publish a vacancy for the caller's own organisation. Its description is the restricted Markdown subset; HTML is refused. An id already in use is a 409.",
    tags: ['vacancies'],
    auth: 'required',
    roles: ['hr', 'admin'],
    body: VacancyCreate,
    responses: { 201: HrVacancy },
    errors: [400, 401, 403, 409, 429, 503],
  }),
  updateVacancy: route({
    operationId: 'updateVacancy',
    method: 'PATCH',
    path: '/v1/hr/vacancies/{id}',
    summary: "Change a vacancy of the caller's own organisation; `null` removes an optional field. A vacancy of another organisation is reported as not found.",
    tags: ['vacancies'],
    auth: 'required',
    roles: ['hr', 'admin'],
    params: VacancyIdParams,
    body: VacancyUpdate,
    responses: { 200: HrVacancy },
    errors: [400, 401, 403, 404, 429, 503],
  }),
  closeVacancy: route({
    operationId: 'closeVacancy',
    method: 'POST',
    path: '/v1/hr/vacancies/{id}/close',
    summary: 'Close a vacancy: it is no longer listed anywhere, but kept (never deleted). Closing a closed vacancy changes nothing.',
    tags: ['vacancies'],
    auth: 'required',
    roles: ['hr', 'admin'],
    params: VacancyIdParams,
    responses: { 200: HrVacancy },
    errors: [400, 401, 403, 404, 429, 503],
  }),
  getVacancyFeed: route({
    operationId: 'getVacancyFeed',
    method: 'GET',
    path: '/v1/vacancies/feed.atom',
    summary:
      'The newest public vacancies matching the filters of GET /v1/vacancies, as an Atom 1.0 feed any feed reader or mail digest can follow. No token needed or used; cacheable.',
    tags: ['vacancies'],
    auth: 'none',
    query: VacancyFeedQuery,
    responseMediaType: 'application/atom+xml',
    responses: { 200: AtomFeed },
    errors: [400, 429, 503],
  }),
  getVacancyJobPosting: route({
    operationId: 'getVacancyJobPosting',
    method: 'GET',
    path: '/v1/vacancies/{id}/jobposting.jsonld',
    summary:
      'A public vacancy as a schema.org JobPosting (JSON-LD). Internal and sector vacancies are never published this way: they are not found.',
    tags: ['vacancies'],
    auth: 'none',
    params: VacancyIdParams,
    responseMediaType: 'application/ld+json',
    responses: { 200: JobPosting },
    errors: [400, 404, 429, 503],
  }),
  listOrganisations: route({
    operationId: 'listOrganisations',
    method: 'GET',
    path: '/v1/organisations',
    summary: 'Every organisation taking part, with its sector and networks.',
    tags: ['organisations'],
    auth: 'none',
    responses: { 200: OrganisationList },
    errors: [429, 503],
  }),
  getHealth: route({
    operationId: 'getHealth',
    method: 'GET',
    path: '/v1/health',
    summary: 'Liveness of the server and the state of its database.',
    tags: ['system'],
    auth: 'none',
    responses: { 200: Health, 503: Health },
    errors: [],
  }),
  getMe: route({
    operationId: 'getMe',
    method: 'GET',
    path: '/v1/me',
    summary: "The caller's organisation and role as the server maps them from the token's claims. A token that maps to no organisation or no role is a 403 saying which.",
    tags: ['system'],
    auth: 'required',
    roles: ['employee', 'hr', 'admin'],
    responses: { 200: Me },
    errors: [401, 403, 429, 503],
  }),
  getRegulations: route({
    operationId: 'getRegulations',
    method: 'GET',
    path: '/v1/regulations',
    summary: "An organisation's verified calculator parameters. Public facts, no personal data: anyone may read them.",
    tags: ['regulations'],
    auth: 'none',
    query: RegulationsQuery,
    responses: { 200: Regulations },
    errors: [400, 404, 429, 503],
  }),
  putRegulations: route({
    operationId: 'putRegulations',
    method: 'PUT',
    path: '/v1/regulations',
    summary: "Replace the calculator parameters of the caller's own organisation (HR or admin).",
    tags: ['regulations'],
    auth: 'required',
    roles: ['hr', 'admin'],
    body: RegulationsUpdate,
    responses: { 200: Regulations },
    errors: [400, 401, 403, 404, 429, 503],
  }),
  createEvent: route({
    operationId: 'createEvent',
    method: 'POST',
    path: '/v1/events',
    summary: 'Count one anonymous usage event (a type, nothing else). Stored as a count per type and day; never retried by clients.',
    tags: ['events'],
    auth: 'none',
    body: UsageEvent,
    responses: { 202: UsageEventAccepted },
    errors: [400, 429, 503],
  }),
  listStories: route({
    operationId: 'listStories',
    method: 'GET',
    path: '/v1/stories',
    summary:
      `"Kom in beweging" stories for one channel, newest first, cursor-paginated. Only approved stories inside their publication window with valid consent for that channel are served. channel=public (default) needs no token; anonymous answers carry Cache-Control: public, max-age=${storyCacheMaxAgeSeconds} and an ETag, so a withdrawal reaches every embed within ${storyCacheMaxAgeSeconds} seconds. channel=intranet needs a bearer token (any role) and serves the caller's own organisation only; those answers are never stored.`,
    tags: ['stories'],
    auth: 'optional',
    query: StoryListQuery,
    responses: { 200: StoryPage },
    errors: [400, 401, 403, 429, 503],
  }),
  listHrStories: route({
    operationId: 'listHrStories',
    method: 'GET',
    path: '/v1/hr/stories',
    summary: "Every story of the caller's own organisation, drafts and withdrawn ones included, with status, consent records and the channels it is live on today.",
    tags: ['stories'],
    auth: 'required',
    roles: ['hr', 'admin'],
    query: HrStoryListQuery,
    responses: { 200: StoryRecordPage },
    errors: [400, 401, 403, 429, 503],
  }),
  getHrStory: route({
    operationId: 'getHrStory',
    method: 'GET',
    path: '/v1/hr/stories/{id}',
    summary: "One story of the caller's own organisation. A story of another organisation is reported as not found.",
    tags: ['stories'],
    auth: 'required',
    roles: ['hr', 'admin'],
    params: StoryIdParams,
    responses: { 200: StoryRecord },
    errors: [400, 401, 403, 404, 429, 503],
  }),
  createStory: route({
    operationId: 'createStory',
    method: 'POST',
    path: '/v1/hr/stories',
    summary: "Write a new story for the caller's own organisation. It starts as a draft, which is never served.",
    tags: ['stories'],
    auth: 'required',
    roles: ['hr', 'admin'],
    body: StoryCreate,
    responses: { 201: StoryRecord },
    errors: [400, 401, 403, 429, 503],
  }),
  updateStory: route({
    operationId: 'updateStory',
    method: 'PATCH',
    path: '/v1/hr/stories/{id}',
    summary: 'Change the content or the publication window of a story. Status and consent have their own routes.',
    tags: ['stories'],
    auth: 'required',
    roles: ['hr', 'admin'],
    params: StoryIdParams,
    body: StoryUpdate,
    responses: { 200: StoryRecord },
    errors: [400, 401, 403, 404, 429, 503],
  }),
  approveStory: route({
    operationId: 'approveStory',
    method: 'POST',
    path: '/v1/hr/stories/{id}/approve',
    summary: 'Approve a story for publication. It is served only inside its window and on channels with valid consent.',
    tags: ['stories'],
    auth: 'required',
    roles: ['hr', 'admin'],
    params: StoryIdParams,
    responses: { 200: StoryRecord },
    errors: [400, 401, 403, 404, 429, 503],
  }),
  withdrawStory: route({
    operationId: 'withdrawStory',
    method: 'POST',
    path: '/v1/hr/stories/{id}/withdraw',
    summary: `Take a story down on every channel at once; public caches drop it within ${storyCacheMaxAgeSeconds} seconds.`,
    tags: ['stories'],
    auth: 'required',
    roles: ['hr', 'admin'],
    params: StoryIdParams,
    responses: { 200: StoryRecord },
    errors: [400, 401, 403, 404, 429, 503],
  }),
  recordStoryConsent: route({
    operationId: 'recordStoryConsent',
    method: 'POST',
    path: '/v1/hr/stories/{id}/consents',
    summary: 'Record a newly signed consent form for one channel. Earlier records stay as they are.',
    tags: ['stories'],
    auth: 'required',
    roles: ['hr', 'admin'],
    params: StoryIdParams,
    body: StoryConsentGrant,
    responses: { 201: StoryRecord },
    errors: [400, 401, 403, 404, 429, 503],
  }),
  withdrawStoryConsent: route({
    operationId: 'withdrawStoryConsent',
    method: 'POST',
    path: '/v1/hr/stories/{id}/consents/withdraw',
    summary: `Record that the person withdrew consent for one channel (or all): the story stops being served there at once, and within ${storyCacheMaxAgeSeconds} seconds in public caches.`,
    tags: ['stories'],
    auth: 'required',
    roles: ['hr', 'admin'],
    params: StoryIdParams,
    body: StoryConsentWithdrawal,
    responses: { 200: StoryRecord },
    errors: [400, 401, 403, 404, 429, 503],
  }),
  listCases: route({
    operationId: 'listCases',
    method: 'GET',
    path: '/v1/hr/cases',
    summary: "The pseudonymous mobility cases of the caller's own organisation (HR only), by id, cursor-paginated.",
    tags: ['insights'],
    auth: 'required',
    roles: ['hr'],
    query: CaseListQuery,
    responses: { 200: CasePage },
    errors: [400, 401, 403, 429, 503],
  }),
  createCase: route({
    operationId: 'createCase',
    method: 'POST',
    path: '/v1/hr/cases',
    summary: "Record a pseudonymous case in the caller's own organisation (HR only). A case id already in use is a 409.",
    tags: ['insights'],
    auth: 'required',
    roles: ['hr'],
    body: CaseCreate,
    responses: { 201: CaseRecord },
    errors: [400, 401, 403, 409, 429, 503],
  }),
  importCases: route({
    operationId: 'importCases',
    method: 'POST',
    path: '/v1/hr/cases/import',
    summary:
      'Import cases from CSV (HR only), all or nothing: any invalid row rejects the file with a 400 listing every row error. With dryRun=true the file is only checked: the same answer, nothing stored.',
    tags: ['insights'],
    auth: 'required',
    roles: ['hr'],
    query: CaseImportQuery,
    body: CaseCsv,
    bodyMediaType: 'text/csv',
    responses: { 200: CaseImportResult },
    errors: [400, 401, 403, 413, 415, 429, 503],
  }),
  getCase: route({
    operationId: 'getCase',
    method: 'GET',
    path: '/v1/hr/cases/{id}',
    summary: "One case of the caller's own organisation (HR only); a case of another organisation is not found.",
    tags: ['insights'],
    auth: 'required',
    roles: ['hr'],
    params: CaseIdParams,
    responses: { 200: CaseRecord },
    errors: [400, 401, 403, 404, 429, 503],
  }),
  updateCase: route({
    operationId: 'updateCase',
    method: 'PUT',
    path: '/v1/hr/cases/{id}',
    summary: "Replace a case of the caller's own organisation (HR only).",
    tags: ['insights'],
    auth: 'required',
    roles: ['hr'],
    params: CaseIdParams,
    body: CaseUpdate,
    responses: { 200: CaseRecord },
    errors: [400, 401, 403, 404, 429, 503],
  }),
  deleteCase: route({
    operationId: 'deleteCase',
    method: 'DELETE',
    path: '/v1/hr/cases/{id}',
    summary: "Delete a case of the caller's own organisation (HR only).",
    tags: ['insights'],
    auth: 'required',
    roles: ['hr'],
    params: CaseIdParams,
    responses: { 200: CaseDeleted },
    errors: [400, 401, 403, 404, 429, 503],
  }),
  getInsights: route({
    operationId: 'getInsights',
    method: 'GET',
    path: '/v1/insights',
    summary:
      "Anonymised mobility figures of the caller's own organisation per quarter and unit, with small cells suppressed (HR and admin; never another organisation's).",
    tags: ['insights'],
    auth: 'required',
    roles: ['hr', 'admin'],
    query: InsightsQuery,
    responses: { 200: Insights },
    errors: [400, 401, 403, 429, 503],
  }),
  exportInsights: route({
    operationId: 'exportInsights',
    method: 'GET',
    path: '/v1/insights/export',
    summary: "The organisation-wide suppressed aggregates as a benchmark document to share with other institutions (HR and admin).",
    tags: ['insights'],
    auth: 'required',
    roles: ['hr', 'admin'],
    query: BenchmarkQuery,
    responses: { 200: BenchmarkExport },
    errors: [400, 401, 403, 429, 503],
  }),
  createDevToken: route({
    operationId: 'createDevToken',
    method: 'POST',
    path: '/v1/dev/token',
    summary: 'Development only: issue a local token for a role and organisation.',
    tags: ['system'],
    auth: 'none',
    devOnly: true,
    body: DevTokenRequest,
    responses: { 200: DevTokenResponse },
    errors: [400, 404],
  }),
  // HR workspace: calculator values (<mobility-hr-regulations>).
  getHrRegulations: route({
    operationId: 'getHrRegulations',
    method: 'GET',
    path: '/v1/hr/regulations',
    summary: "The calculator parameters of the caller's own organisation with who last replaced them, and the history of replacements (HR or admin).",
    tags: ['regulations'],
    auth: 'required',
    roles: ['hr', 'admin'],
    responses: { 200: HrRegulations },
    errors: [401, 403, 404, 429, 503],
  }),
  // HR workspace: vacancies
  reopenVacancy: route({
    operationId: 'reopenVacancy',
    method: 'POST',
    path: '/v1/hr/vacancies/{id}/reopen',
    summary:
      "Open a closed vacancy of the caller's own organisation again. A vacancy whose closing date has passed is only reopened when the same request moves `validThrough` to today or later (else a 400 naming validThrough). Reopening an open vacancy changes nothing but a `validThrough` that is sent.",
    tags: ['vacancies'],
    auth: 'required',
    roles: ['hr', 'admin'],
    params: VacancyIdParams,
    body: VacancyReopen,
    responses: { 200: HrVacancy },
    errors: [400, 401, 403, 404, 429, 503],
  }),
  // HR workspace: feed sources stored per organisation, and their run reports.
  listFeedSources: route({
    operationId: 'listFeedSources',
    method: 'GET',
    path: '/v1/hr/feeds',
    summary: "The feed sources of the caller's own organisation (HR and admin), each with its newest run.",
    tags: ['feeds'],
    auth: 'required',
    roles: ['hr', 'admin'],
    responses: { 200: FeedSourceList },
    errors: [401, 403, 429, 503],
  }),
  createFeedSource: route({
    operationId: 'createFeedSource',
    method: 'POST',
    path: '/v1/hr/feeds',
    summary:
      'Store a feed source (HR and admin). A URL on a loopback, link-local or private address (also after DNS resolution) is a 422 naming the reason; more than 20 sources is a 409.',
    tags: ['feeds'],
    auth: 'required',
    roles: ['hr', 'admin'],
    body: FeedSourceInput,
    responses: { 201: FeedSource },
    errors: [400, 401, 403, 409, 422, 429, 503],
  }),
  getFeedSource: route({
    operationId: 'getFeedSource',
    method: 'GET',
    path: '/v1/hr/feeds/{id}',
    summary: "One feed source of the caller's own organisation with its newest run; another organisation's is not found.",
    tags: ['feeds'],
    auth: 'required',
    roles: ['hr', 'admin'],
    params: FeedSourceIdParams,
    responses: { 200: FeedSource },
    errors: [400, 401, 403, 404, 429, 503],
  }),
  updateFeedSource: route({
    operationId: 'updateFeedSource',
    method: 'PUT',
    path: '/v1/hr/feeds/{id}',
    summary: 'Replace the name, URL, interval and enabled flag of a feed source; the URL is checked as on create.',
    tags: ['feeds'],
    auth: 'required',
    roles: ['hr', 'admin'],
    params: FeedSourceIdParams,
    body: FeedSourceInput,
    responses: { 200: FeedSource },
    errors: [400, 401, 403, 404, 422, 429, 503],
  }),
  deleteFeedSource: route({
    operationId: 'deleteFeedSource',
    method: 'DELETE',
    path: '/v1/hr/feeds/{id}',
    summary: 'Delete a feed source and its run reports (a 409 while it runs); the vacancies it imported stay.',
    tags: ['feeds'],
    auth: 'required',
    roles: ['hr', 'admin'],
    params: FeedSourceIdParams,
    responses: { 200: FeedSourceDeleted },
    errors: [400, 401, 403, 404, 409, 429, 503],
  }),
  runFeedSource: route({
    operationId: 'runFeedSource',
    method: 'POST',
    path: '/v1/hr/feeds/{id}/run',
    summary: 'Start a run of a feed source now: 202 with the run (outcome `running`); follow it with the run list. A 409 while it already runs.',
    tags: ['feeds'],
    auth: 'required',
    roles: ['hr', 'admin'],
    params: FeedSourceIdParams,
    responses: { 202: FeedRun },
    errors: [400, 401, 403, 404, 409, 429, 503],
  }),
  listFeedRuns: route({
    operationId: 'listFeedRuns',
    method: 'GET',
    path: '/v1/hr/feeds/{id}/runs',
    summary: 'The run reports of a feed source, newest first (at most the newest 100 are kept).',
    tags: ['feeds'],
    auth: 'required',
    roles: ['hr', 'admin'],
    params: FeedSourceIdParams,
    query: FeedRunsQuery,
    responses: { 200: FeedRunList },
    errors: [400, 401, 403, 404, 429, 503],
  }),
  // Photo upload (HR workspace): photos for stories, stripped of metadata, served while a story may be.
  uploadMedia: route({
    operationId: 'uploadMedia',
    method: 'POST',
    path: '/v1/hr/media',
    summary:
      "Upload a photo for a story of the caller's own organisation: multipart/form-data with one part `file`, a JPEG, PNG or WebP of at most 10 MB, recognised by its content (not its name or declared type); anything else, SVG included, is a 415. The image is decoded and encoded again in the same format with its orientation applied, its longest side at most 1600 pixels and no metadata at all (EXIF with GPS position and camera serial, XMP, IPTC, comments). An image that cannot be decoded is a 400; too many pixels a 413; too many uploads at once a 503 with Retry-After.",
    tags: ['media'],
    auth: 'required',
    roles: ['hr', 'admin'],
    body: MediaUpload,
    bodyMediaType: 'multipart/form-data',
    responses: { 201: MediaUploaded },
    errors: [400, 401, 403, 413, 415, 429, 503],
  }),
  getMedia: route({
    operationId: 'getMedia',
    method: 'GET',
    path: '/v1/media/{id}',
    summary:
      "A stored photo, with its own content type, X-Content-Type-Options: nosniff and Content-Security-Policy: default-src 'none'. Served only while a story using it is live on the public channel, to HR of its organisation (bearer token), or with the signed `access` parameter the story answers put into photo sources (an <img> sends no token) while that story is live on the intranet channel. Anything else is not found. Cache-Control: private, max-age=31536000, immutable: the bytes of an id never change, and only the browser of the person who may see it keeps them — no shared cache, so a proxy never goes on serving a photo after consent is withdrawn.",
    tags: ['media'],
    auth: 'optional',
    params: MediaIdParams,
    query: MediaQuery,
    responseMediaType: mediaContentTypes,
    responses: { 200: MediaContent },
    errors: [400, 401, 404, 429, 503],
  }),
} as const satisfies Record<string, RouteDefinition>;

export type Routes = typeof routes;
export type OperationId = keyof Routes;

/** Fill a path template: `fillPath('/v1/vacancies/{id}', { id: 'x' })` → `/v1/vacancies/x`. */
export function fillPath(path: string, params: Readonly<Record<string, string>>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`Missing path parameter "${name}"`);
    return encodeURIComponent(value);
  });
}

export { Problem };
