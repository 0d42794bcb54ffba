import { html } from 'lit';
import type { Meta } from '@storybook/web-components-vite';
import { stateStory, withFixtureApi } from './support/states.js';

/**
 * `<mobility-hr-cases>`: the pseudonymous case register for HR. Each story serves the element from
 * the fixture API in one state: loading, empty (no cases yet), a load error with a retry button, or
 * content — the list, the form for a new case, and the CSV import screen with its column format.
 * The fixture API has no sign-in, so the element shows what HR sees once signed in.
 */
const meta = {
  title: 'Elements/HR cases',
  component: 'mobility-hr-cases',
  decorators: [withFixtureApi],
  args: { view: 'list' },
  argTypes: { view: { control: 'select', options: ['list', 'create', 'import'] } },
  render: (args) => html`<mobility-hr-cases view=${String(args.view)} heading-level="2"></mobility-hr-cases>`,
} satisfies Meta;
export default meta;

export const Content = stateStory('content');
export const Empty = stateStory('empty');
export const Loading = stateStory('loading');
export const LoadError = stateStory('error');
export const ContentCreateForm = { ...stateStory('content'), args: { view: 'create' } };
export const ContentImport = { ...stateStory('content'), args: { view: 'import' } };

export const ContentEnglish = stateStory('content', { english: true });
export const EmptyEnglish = stateStory('empty', { english: true });
export const LoadingEnglish = stateStory('loading', { english: true });
export const LoadErrorEnglish = stateStory('error', { english: true });
export const ContentImportEnglish = { ...stateStory('content', { english: true }), args: { view: 'import' } };

export const ContentNarrow = stateStory('content', { narrow: true });
export const EmptyNarrow = stateStory('empty', { narrow: true });
export const LoadingNarrow = stateStory('loading', { narrow: true });
export const LoadErrorNarrow = stateStory('error', { narrow: true });
export const ContentCreateFormNarrow = { ...stateStory('content', { narrow: true }), args: { view: 'create' } };
export const ContentImportNarrow = { ...stateStory('content', { narrow: true }), args: { view: 'import' } };
