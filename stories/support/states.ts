/**
 * One story per state, language and width, each a one-line export in the stories files. Story ids
 * spell out what they show (`elements-vacancies--load-error-english`), which the Storybook check
 * reads to know what to expect.
 */
import { html, type TemplateResult } from 'lit';
import type { Decorator, StoryObj } from '@storybook/web-components-vite';
import type { FixtureScenario } from './fixture-api.js';

/** Variants of one state. */
export interface StateOptions {
  /** English instead of the default Dutch; pins the locale toolbar. */
  english?: boolean;
  /** A 320 px wide viewport. */
  narrow?: boolean;
}

/** The `globals` a story pins. */
export function globalsOf(options: StateOptions): Record<string, unknown> {
  return {
    ...(options.english ? { locale: 'en' } : {}),
    ...(options.narrow ? { viewport: { value: 'narrow', isRotated: false } } : {}),
  };
}

/** A story of the elements in `scenario`, served by the fixture API. */
export function stateStory(scenario: FixtureScenario, options: StateOptions = {}): StoryObj {
  return { parameters: { fixture: scenario }, globals: globalsOf(options) };
}

/**
 * Wraps the story in a `<story-fixture-api>` in the story's scenario (parameter `fixture`), so the
 * elements in it load from the fixture API instead of a server.
 */
export const withFixtureApi: Decorator = (story, context) => {
  const scenario = (context.parameters.fixture as FixtureScenario | undefined) ?? 'content';
  return html`<story-fixture-api scenario=${scenario}>${story()}</story-fixture-api>`;
};

/** Find an element's shadow-DOM descendant, waiting for it to render (for play functions). */
export async function shadowQuery<T extends Element>(host: Element | null, selector: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = host?.shadowRoot?.querySelector<T>(selector);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`${selector} did not appear in <${host?.localName ?? 'nothing'}>`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A template helper for render functions: the markup a host page would write. */
export type Render = () => TemplateResult;
