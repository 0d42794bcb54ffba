import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { FixtureScenario } from './support/fixture-api.js';
import { fixtureBaseUrl } from './support/fixture-network.js';
import { globalsOf, type StateOptions } from './support/states.js';

/**
 * `<mobility-provider>` connects the elements inside it to one API: it has no look of its own, so
 * its stories show a `<mobility-vacancies>` inside it. Here the provider's `base-url` points at the
 * fixture API (the Storybook page answers it instead of a server) in each state: loading, empty,
 * a load error with a retry button, content, and no `base-url` at all. As with a real server that
 * never answers, the SDK gives up after 10 seconds, so `Loading` turns into a timeout error then.
 */
const meta = {
  title: 'Elements/Provider',
  component: 'mobility-provider',
  render: (_args, context) => {
    const scenario = context.parameters.fixture as FixtureScenario | undefined;
    return html`<mobility-provider base-url=${scenario ? fixtureBaseUrl(scenario) : ''}>
      <mobility-vacancies page-size="5" heading-level="2"></mobility-vacancies>
    </mobility-provider>`;
  },
} satisfies Meta;
export default meta;

function providerStory(scenario: FixtureScenario | undefined, options: StateOptions = {}): StoryObj {
  return {
    parameters: scenario ? { fixture: scenario } : {},
    globals: globalsOf(options),
  };
}

export const Content = providerStory('content');
export const Empty = providerStory('empty');
export const Loading = providerStory('loading');
export const LoadError = providerStory('error');
/** Without `base-url` the elements inside say that no API is configured, and offer to try again. */
export const NotConfiguredLoadError = providerStory(undefined);

export const ContentEnglish = providerStory('content', { english: true });
export const EmptyEnglish = providerStory('empty', { english: true });
export const LoadingEnglish = providerStory('loading', { english: true });
export const LoadErrorEnglish = providerStory('error', { english: true });

export const ContentNarrow = providerStory('content', { narrow: true });
export const EmptyNarrow = providerStory('empty', { narrow: true });
export const LoadingNarrow = providerStory('loading', { narrow: true });
export const LoadErrorNarrow = providerStory('error', { narrow: true });
