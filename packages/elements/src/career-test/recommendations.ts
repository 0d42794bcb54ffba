/**
 * What the result recommends besides the profile: matching vacancies and colleagues' stories, each
 * fetched without any part of the profile (one bounded page, unfiltered or by kind or channel only)
 * and ranked or linked here on the device.
 */
import type { ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import type { CareerTestResult, Story, StoryChannel, Vacancy, VacancyKind } from '@mobility-kit/contract';
import { hasRiasecProfile, linkStories, rankVacancies, type StoryLink, type VacancyMatch } from '@mobility-kit/rules';
import type { MobilityClient } from '@mobility-kit/sdk';
import { MissingClientError } from '../shared/load-error.js';

/** Vacancies fetched for matching: one bounded page, ranked in the browser. */
const vacanciesToRank = 100;
/** Vacancies shown on the result. */
const vacanciesShown = 5;
/** Stories fetched for linking: one page (the API's maximum), linked in the browser. */
const storiesToLink = 50;
/** Stories shown on the result. */
const storiesShown = 3;

/** What the vacancy search found: nothing to do yet, a profile that cannot be matched, or the best matches. */
export type VacancyOutcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'no-profile' }
  | { readonly kind: 'ranked'; readonly matches: VacancyMatch<Vacancy>[] };

export interface CareerTestRecommendationsOptions {
  /** The result while it is shown; nothing is fetched before. */
  readonly result: () => CareerTestResult | undefined;
  readonly client: () => MobilityClient | undefined;
  /** Why there is no client, for the error state. */
  readonly configurationError: () => unknown;
  /** The vacancy kind to fetch, if the host chose one. */
  readonly kind: () => VacancyKind | undefined;
  /** The stories channel to read. */
  readonly channel: () => StoryChannel;
}

/** The two fetches of the result, as `@lit/task` tasks on the host. */
export class CareerTestRecommendations {
  readonly vacancies: Task<readonly [CareerTestResult | undefined, MobilityClient | undefined, unknown, VacancyKind | undefined], VacancyOutcome>;

  /**
   * Stories are a bonus on the result: whatever goes wrong (no API, no token for the intranet, a
   * server error, an unreadable answer) the section falls back to the host's slot and link.
   */
  readonly stories: Task<readonly [CareerTestResult | undefined, MobilityClient | undefined, StoryChannel], StoryLink<Story>[]>;

  constructor(host: ReactiveControllerHost, options: CareerTestRecommendationsOptions) {
    this.vacancies = new Task(host, {
      args: () => [options.result(), options.client(), options.configurationError(), options.kind()] as const,
      task: async ([result, client, configurationError, kind], { signal }): Promise<VacancyOutcome> => {
        if (!result) return { kind: 'none' };
        if (!hasRiasecProfile(result)) return { kind: 'no-profile' };
        if (!client) throw new MissingClientError({ cause: configurationError });
        // Never the profile: one bounded, unfiltered page (or one kind), ranked here on the device.
        const page = await client.vacancies.list({ limit: vacanciesToRank, kind }, { signal });
        const matches = rankVacancies(result, page.items).filter((match) => match.congruence !== null);
        return { kind: 'ranked', matches: matches.slice(0, vacanciesShown) };
      },
    });
    this.stories = new Task(host, {
      args: () => [options.result(), options.client(), options.channel()] as const,
      task: async ([result, client, channel], { signal }): Promise<StoryLink<Story>[]> => {
        if (!result || !client || !hasRiasecProfile(result)) return [];
        try {
          // Never the profile: one page of the channel, unfiltered, linked here on the device.
          const page = await client.stories.list({ channel, limit: storiesToLink }, { signal });
          return linkStories(result, page.items, { limit: storiesShown });
        } catch {
          return [];
        }
      },
    });
  }
}
