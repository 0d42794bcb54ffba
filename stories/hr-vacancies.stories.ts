import { html } from 'lit';
import type { Meta } from '@storybook/web-components-vite';
import { stateStory, withFixtureApi } from './support/states.js';

/**
 * `<mobility-hr-vacancies>`: HR manages its organisation's vacancies — the list in every status with
 * who sees each one now and next, the form with the publication timeline in words, closing and
 * reopening, and the vacancy as an employee sees it. Each story serves the element from the fixture
 * API in one state: loading, empty (no vacancies yet), a load error with a retry button, or content
 * (an HR user of the fictional Hogeschool Rijnland). In the fixture API closing and reopening answer
 * with the changed vacancy; creating and saving are refused, as nothing is kept.
 */
const meta = {
  title: 'Elements/HR vacancies',
  component: 'mobility-hr-vacancies',
  decorators: [withFixtureApi],
  render: () => html`<mobility-hr-vacancies heading-level="2"></mobility-hr-vacancies>`,
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
