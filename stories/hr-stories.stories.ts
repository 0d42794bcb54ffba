import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { shadowQuery, stateStory, withFixtureApi, type StateOptions } from './support/states.js';

/**
 * `<mobility-hr-stories>`: the HR workspace for "Kom in beweging" stories. Each story serves the
 * element from the fixture API in one state: loading, empty (no stories yet), a load error with a
 * retry button, or content — four stories, live on the intranet with consent expiring soon,
 * scheduled, a draft and a withdrawn one. The `content-…` stories go on from the overview as a
 * keyboard user would: into a story's editor, a new story saved empty (every field's message),
 * the consent dialog, and the warning before approving without consent.
 */
const meta = {
  title: 'Elements/HR stories',
  component: 'mobility-hr-stories',
  decorators: [withFixtureApi],
  render: () => html`<mobility-hr-stories heading-level="2"></mobility-hr-stories>`,
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

/** The overview, then `step` inside the element. */
function contentThen(step: (element: Element) => Promise<void>, options: StateOptions = {}): StoryObj {
  return {
    ...stateStory('content', options),
    play: async ({ canvasElement }) => {
      const element = canvasElement.querySelector('mobility-hr-stories');
      await shadowQuery(element, '[part~="list"]');
      await step(element!);
    },
  };
}

const openEditor = async (element: Element, id: string) => {
  (await shadowQuery<HTMLButtonElement>(element, `#edit-${id}`)).click();
  await shadowQuery(element, '[part~="form"]');
};

/** The editor of the live story: its state, the form, the consent table and the preview. */
export const ContentEditor = contentThen((element) => openEditor(element, 'van-docent-naar-onderwijskundige'));
export const ContentEditorEnglish = contentThen((element) => openEditor(element, 'van-docent-naar-onderwijskundige'), { english: true });
export const ContentEditorNarrow = contentThen((element) => openEditor(element, 'van-docent-naar-onderwijskundige'), { narrow: true });

/** A new story saved without anything filled in: the message at every field. */
export const ContentFormErrors = contentThen(async (element) => {
  (await shadowQuery<HTMLButtonElement>(element, '[part~="new-button"]')).click();
  (await shadowQuery<HTMLFormElement>(element, 'form[part~="form"]')).requestSubmit();
  await shadowQuery(element, '[part~="field-error"]');
});

/** The dialog that records a consent, for the live story. */
export const ContentConsentDialog = contentThen(async (element) => {
  await openEditor(element, 'van-docent-naar-onderwijskundige');
  (await shadowQuery<HTMLButtonElement>(element, '[part~="record-consent-button"]')).click();
  await shadowQuery(element, 'dialog[open]');
});

/** The warning before approving the draft, which has no consent. */
export const ContentApproveWarning = contentThen(async (element) => {
  await openEditor(element, 'klus-bij-de-bibliotheek');
  (await shadowQuery<HTMLButtonElement>(element, '[part~="approve-button"]')).click();
  await shadowQuery(element, 'dialog[open]');
});
