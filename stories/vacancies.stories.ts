import { html } from 'lit';
import type { Meta } from '@storybook/web-components-vite';
import { stateStory, withFixtureApi } from './support/states.js';

/**
 * `<mobility-vacancies>`: the vacancies, assignments (klussen), secondments, internships and project
 * roles an employee may see, with filters. Each story serves the element from the fixture API in
 * one state: loading, empty, a load error with a retry button, or content.
 */
const meta = {
  title: 'Elements/Vacancies',
  component: 'mobility-vacancies',
  decorators: [withFixtureApi],
  render: () => html`<mobility-vacancies page-size="10" heading-level="2"></mobility-vacancies>`,
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
