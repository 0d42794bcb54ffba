import { html } from 'lit';
import type { Meta } from '@storybook/web-components-vite';
import { stateStory, withFixtureApi } from './support/states.js';

/**
 * `<mobility-dashboard>`: anonymised mobility figures (stuurinformatie) for HR, with small cells
 * suppressed. Each story serves the element from the fixture API in one state: loading, empty (no
 * cases yet), a load error with a retry button, or content.
 */
const meta = {
  title: 'Elements/Dashboard',
  component: 'mobility-dashboard',
  decorators: [withFixtureApi],
  render: () => html`<mobility-dashboard from="2025-Q1" to="2026-Q3" heading-level="2"></mobility-dashboard>`,
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
