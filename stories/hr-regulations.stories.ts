import { html } from 'lit';
import type { Meta } from '@storybook/web-components-vite';
import { stateStory, withFixtureApi } from './support/states.js';

/**
 * `<mobility-hr-regulations>`: the calculator values of HR's own organisation, with their sources,
 * statuses and history, a form to add or change a dated value and a live check of a worked example.
 * Each story serves the element from the fixture API in one state: loading, empty (the organisation
 * has set no values: the standard table), a load error with a retry button, or content. Saving needs
 * the reference server; the fixture API does not store anything.
 */
const meta = {
  title: 'Elements/HR regulations',
  component: 'mobility-hr-regulations',
  decorators: [withFixtureApi],
  render: () => html`<mobility-hr-regulations today="2026-10-01" heading-level="2"></mobility-hr-regulations>`,
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
