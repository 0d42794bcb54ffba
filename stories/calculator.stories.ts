import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { shadowQuery, stateStory, withFixtureApi, type StateOptions } from './support/states.js';

/**
 * `<mobility-calculator>`: what unemployment benefit (WW), the hbo supplement (BWRHBO) and a new
 * job would bring, month by month. It computes in the browser; from the API it only loads the
 * values the employee's organisation has checked (`organisation`). The states are those of that
 * load: loading, empty (the organisation set no values: the standard table applies), a load error
 * (the standard table applies) and content (the organisation's values apply). The `Result` stories
 * fill in the form and compute, as an employee would.
 */
const meta = {
  title: 'Elements/Calculator',
  component: 'mobility-calculator',
  decorators: [withFixtureApi],
  render: () => html`<mobility-calculator organisation="hogeschool-rijnland" heading-level="2"></mobility-calculator>`,
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

/** Worked example C of the calculator specification: 10 years of service, a wage of € 60,000. */
const exampleC: Readonly<Record<string, string>> = {
  birthDate: '1987-06-01',
  annualWage: '60000',
  workedYears: '10',
  hboServiceYears: '10',
  yearsWithEmployer: '10',
};

/** The organisation's values, then the form filled in with example C and computed. */
function resultStory(options: StateOptions = {}): StoryObj {
  return {
    ...stateStory('content', options),
    play: async ({ canvasElement }) => {
      const calculator = canvasElement.querySelector('mobility-calculator');
      for (const [id, value] of Object.entries(exampleC)) {
        const input = await shadowQuery<HTMLInputElement>(calculator, `#${id}`);
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      (await shadowQuery<HTMLFormElement>(calculator, 'form')).requestSubmit();
      await shadowQuery(calculator, '[part~="results"]');
    },
  };
}

export const Result = resultStory();
export const ResultEnglish = resultStory({ english: true });
export const ResultNarrow = resultStory({ narrow: true });
