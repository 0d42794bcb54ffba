import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { defaultInstrument } from '@mobility-kit/rules';
import { shadowQuery, stateStory, withFixtureApi, type StateOptions } from './support/states.js';

/**
 * `<mobility-career-test>`: the loopbaantest. The test itself runs in the browser; the API is asked
 * for vacancies (and stories) only on the result, to match them to the profile on the device. So
 * the `Intro` stories show the start, and the state stories answer the whole test as an employee
 * would and show the result with the matching vacancies loading, empty (none match), failed to
 * load (with a retry button) or listed.
 */
const meta = {
  title: 'Elements/Career test',
  component: 'mobility-career-test',
  decorators: [withFixtureApi],
  render: () => html`<mobility-career-test page-size="20" stories-url="/verhalen" vacancy-url="/vacatures"></mobility-career-test>`,
  // Saved answers live in localStorage; every story starts from a clean test.
  beforeEach: () => {
    forgetSavedAnswers();
    return forgetSavedAnswers;
  },
} satisfies Meta;
export default meta;

function forgetSavedAnswers(): void {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('mobility-kit/career-test@')) localStorage.removeItem(key);
  }
}

/** An interest profile with a clear top three: social, enterprising, investigative (code SEI). */
const preference: Readonly<Record<string, number>> = { S: 4, E: 3, I: 2, A: 1, C: 1, R: 0 };
const scaleOf = new Map(defaultInstrument.items.map((item) => [item.id, item.scale]));

const click = async (host: Element | null, selector: string): Promise<void> => (await shadowQuery<HTMLElement>(host, selector)).click();

/** Answer every page of the test, skip the work-values sort and land on the result. */
function resultStory(scenario: Parameters<typeof stateStory>[0], options: StateOptions = {}): StoryObj {
  return {
    ...stateStory(scenario, options),
    play: async ({ canvasElement }) => {
      const test = canvasElement.querySelector('mobility-career-test');
      await click(test, '[part~="start-button"]');
      for (let page = 0; page < 20 && !test?.shadowRoot?.querySelector('[part~="skip-button"]'); page++) {
        await shadowQuery(test, 'fieldset[part~="item"]');
        for (const fieldset of test?.shadowRoot?.querySelectorAll<HTMLFieldSetElement>('fieldset[part~="item"]') ?? []) {
          const value = preference[scaleOf.get(fieldset.id.replace(/^item-/, '')) ?? ''] ?? 2;
          fieldset.querySelector<HTMLInputElement>(`input[value="${value}"]`)?.click();
        }
        await click(test, '[part~="next-button"]');
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await click(test, '[part~="skip-button"]');
      await shadowQuery(test, '[part~="result"]');
    },
  };
}

export const Intro: StoryObj = {};
export const IntroEnglish = stateStory('content', { english: true });
export const IntroNarrow = stateStory('content', { narrow: true });

export const Content = resultStory('content');
export const Empty = resultStory('empty');
export const Loading = resultStory('loading');
export const LoadError = resultStory('error');

export const ContentEnglish = resultStory('content', { english: true });
export const EmptyEnglish = resultStory('empty', { english: true });
export const LoadingEnglish = resultStory('loading', { english: true });
export const LoadErrorEnglish = resultStory('error', { english: true });

export const ContentNarrow = resultStory('content', { narrow: true });
export const EmptyNarrow = resultStory('empty', { narrow: true });
export const LoadingNarrow = resultStory('loading', { narrow: true });
export const LoadErrorNarrow = resultStory('error', { narrow: true });
