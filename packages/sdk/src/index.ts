/**
 * `@mobility-kit/sdk`: a typed client of the mobility-kit API contract. Responses are validated
 * against the contract's schemas; failures are typed {@link MobilityError}s.
 *
 * @packageDocumentation
 */
export { createMobilityClient } from './client.js';
export type { MobilityClient, MobilityClientOptions } from './client.js';
export type { RequestOptions } from './transport.js';
export type { VacancyListParams } from './namespaces/vacancies.js';
export {
  isMobilityError,
  MobilityError,
  MobilityHttpError,
  MobilityNetworkError,
  MobilityTimeoutError,
  MobilityValidationError,
} from './errors.js';
export type { MobilityErrorKind, ValidationIssue } from './errors.js';
export type { StoriesApi, StoryListParams } from './namespaces/stories.js';
export type { CasesApi, CaseImportOptions } from './namespaces/cases.js';
export type { InsightsApi } from './namespaces/insights.js';
export type { MeApi } from './namespaces/me.js';
export type { Story, StoryFilter, StoryPage } from '@mobility-kit/contract';
export type {
  Health,
  Me,
  Organisation,
  Problem,
  Regulations,
  RegulationsUpdate,
  Vacancy,
  VacancyFilter,
  VacancyPage,
} from '@mobility-kit/contract';
export type { FeedsApi } from './namespaces/feeds.js';
export type { MediaApi, MediaUploadOptions } from './namespaces/media.js';
export type { MediaUploaded } from '@mobility-kit/contract';
