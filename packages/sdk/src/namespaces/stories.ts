import { routes } from '@mobility-kit/contract';
import type {
  HrStoryListQuery,
  Story,
  StoryConsentGrant,
  StoryConsentWithdrawal,
  StoryCreate,
  StoryFilter,
  StoryPage,
  StoryRecord,
  StoryRecordPage,
  StoryUpdate,
} from '@mobility-kit/contract';
import { paginate } from '../paginate.js';
import type { RequestOptions, Transport } from '../transport.js';

/** A filter plus paging for {@link StoriesApi.list}. */
export type StoryListParams = StoryFilter & { limit?: number; cursor?: string };

/** "Kom in beweging" stories of colleagues who took a step. */
export interface StoriesApi {
  /**
   * One page of the stories served on a channel, newest first. `channel: 'public'` (the default)
   * needs no token; `channel: 'intranet'` needs the client's `getToken` to give a token of an
   * employee of the organisation, whose own stories it returns. The server serves only approved
   * stories inside their publication window with valid consent for the channel.
   */
  list(query?: StoryListParams, options?: RequestOptions): Promise<StoryPage>;
  /** Every story matching `query`, fetching page after page (of `limit`) as the loop asks for more. */
  iterate(query?: StoryFilter & { limit?: number }, options?: RequestOptions): AsyncIterableIterator<Story>;
  /** One page of every story of the caller's own organisation, drafts and withdrawn ones included (role `hr` or `admin`). */
  listHr(query?: HrStoryListQuery, options?: RequestOptions): Promise<StoryRecordPage>;
  /** One story of the own organisation with its status and consent records; another organisation's is a 404. */
  getHr(id: string, options?: RequestOptions): Promise<StoryRecord>;
  /** Write a new story for the own organisation; it starts as a draft. Checked against the contract before sending. */
  create(story: StoryCreate, options?: RequestOptions): Promise<StoryRecord>;
  /** Change content fields or the window of a story of the own organisation; `photo: null` removes the photo. */
  update(id: string, patch: StoryUpdate, options?: RequestOptions): Promise<StoryRecord>;
  /** Approve a story: served inside its window on every channel with valid consent. */
  approve(id: string, options?: RequestOptions): Promise<StoryRecord>;
  /** Take a story down on every channel. */
  withdraw(id: string, options?: RequestOptions): Promise<StoryRecord>;
  /** Record a newly signed consent form for one channel. */
  recordConsent(id: string, consent: StoryConsentGrant, options?: RequestOptions): Promise<StoryRecord>;
  /** Record that consent was withdrawn for one channel, or for every channel when `channel` is left out. */
  withdrawConsent(id: string, withdrawal?: StoryConsentWithdrawal, options?: RequestOptions): Promise<StoryRecord>;
}

/** The `stories` namespace of a client, over its transport. */
export function createStoriesApi(transport: Transport): StoriesApi {
  const list = (query: StoryListParams = {}, { signal }: RequestOptions = {}) => transport.send(routes.listStories, { query, signal });
  return {
    list,
    iterate: (query = {}, options = {}) =>
      paginate(routes.listStories.operationId, (cursor) => list(cursor === undefined ? query : { ...query, cursor }, options)),
    listHr: (query = {}, { signal } = {}) => transport.send(routes.listHrStories, { query, signal }),
    getHr: (id, { signal } = {}) => transport.send(routes.getHrStory, { params: { id }, signal }),
    create: (story, { signal } = {}) => transport.send(routes.createStory, { body: story, signal }),
    update: (id, patch, { signal } = {}) => transport.send(routes.updateStory, { params: { id }, body: patch, signal }),
    approve: (id, { signal } = {}) => transport.send(routes.approveStory, { params: { id }, signal }),
    withdraw: (id, { signal } = {}) => transport.send(routes.withdrawStory, { params: { id }, signal }),
    recordConsent: (id, consent, { signal } = {}) => transport.send(routes.recordStoryConsent, { params: { id }, body: consent, signal }),
    withdrawConsent: (id, withdrawal = {}, { signal } = {}) =>
      transport.send(routes.withdrawStoryConsent, { params: { id }, body: withdrawal, signal }),
  };
}
