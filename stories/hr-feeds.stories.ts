import { html } from 'lit';
import type { Meta } from '@storybook/web-components-vite';
import { stateStory, withFixtureApi } from './support/states.js';

/**
 * `<mobility-hr-feeds>`: the vacancy sources (feeds) of an organisation for HR, each with its
 * schedule and the report of its last run. Each story serves the element from the fixture API in
 * one state: loading, empty (no sources yet), a load error with a retry button, or content (one
 * source fetched with two skipped items, one whose last fetch failed).
 */
const meta = {
  title: 'Elements/HR feeds',
  component: 'mobility-hr-feeds',
  decorators: [withFixtureApi],
  render: () => html`<mobility-hr-feeds heading-level="2"></mobility-hr-feeds>`,
} satisfies Meta;
export default meta;

export const Content = stateStory('content');
export const Empty = stateStory('empty');
export const Loading = stateStory('loading');
export const LoadError = stateStory('error');

export const ContentEnglish = stateStory('content', { english: true });
export const EmptyEnglish = stateStory('empty', { english: true });
export const LoadingEnglish = stateStory('loading', { english: true });
export const LoadErrorEnglish = stateStory('error', { english: true });

export const ContentNarrow = stateStory('content', { narrow: true });
export const EmptyNarrow = stateStory('empty', { narrow: true });
export const LoadingNarrow = stateStory('loading', { narrow: true });
export const LoadErrorNarrow = stateStory('error', { narrow: true });
