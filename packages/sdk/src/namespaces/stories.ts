import { routes } from '@mobility-kit/contract';
import type { Story, StoryFilter, StoryPage } from '@mobility-kit/contract';
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
}

/** The `stories` namespace of a client, over its transport. */
export function createStoriesApi(transport: Transport): StoriesApi {
  const list = (query: StoryListParams = {}, { signal }: RequestOptions = {}) => transport.send(routes.listStories, { query, signal });
  return {
    list,
    iterate: (query = {}, options = {}) =>
      paginate(routes.listStories.operationId, (cursor) => list(cursor === undefined ? query : { ...query, cursor }, options)),
  };
}
