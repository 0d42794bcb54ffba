/**
 * Shared set-up of the `<mobility-career-test>` browser tests: answer profiles, driving the element
 * by clicks, and reading its saved progress.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { CareerTestInstrument } from '@mobility-kit/contract';
import { defaultInstrument } from '@mobility-kit/rules';
import type { MobilityCareerTest } from '../src/index.js';
import { part, parts, shadow } from './support.js';

/** The storage key of the default instrument, written out (not computed by the code under test). */
export const defaultKey = 'mobility-kit/career-test@1:mobility-kit-riasec@1.0.0';

/** An answer per scale: S highest, then A, then E — code `SAE`, no ties. */
export const clearProfile: Record<string, number> = { R: 0, I: 1, A: 3, S: 4, E: 2, C: 1 };
/** I and E tie for the third place — code `SA(I/E)`, the specification's example. */
export const tiedProfile: Record<string, number> = { R: 0, I: 2, A: 3, S: 4, E: 2, C: 0 };

/** The answer to an item of the default instrument under a profile. */
export const answerFor = (profile: Record<string, number>, itemId: string, instrument: CareerTestInstrument = defaultInstrument): number => {
  const scale = instrument.items.find((item) => item.id === itemId)?.scale;
  const value = scale === undefined ? undefined : profile[scale];
  if (value === undefined) throw new Error(`no answer for ${itemId}`);
  return value;
};

/** Every answer of a profile, as stored. */
export const allAnswers = (profile: Record<string, number>): Record<string, number> =>
  Object.fromEntries(defaultInstrument.items.map((item) => [item.id, answerFor(profile, item.id)]));

/** Remove every career-test entry from localStorage. */
export function clearCareerStorage(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('mobility-kit/career-test@')) localStorage.removeItem(key);
}

/** Write saved progress as an earlier visit would have left it. */
export function seedProgress(progress: { items: Record<string, number>; step: unknown; valueOrder?: string[]; valuesSkipped?: boolean }, savedAt = Date.now()): void {
  localStorage.setItem(defaultKey, JSON.stringify({ savedAt, valueOrder: [], valuesSkipped: false, ...progress }));
}

/** The `page-title` heading's text, i.e. which step is shown. */
export const title = (element: Element): string => shadow(element).querySelector('#page-title')?.textContent?.trim() ?? '';

export const progressText = (element: Element): string => shadow(element).querySelector('#progress-text')?.textContent?.trim() ?? '';

/** The item ids on the current page, in order. */
export const pageItems = (element: Element): string[] => parts(element, 'item').map((fieldset) => fieldset.id.replace(/^item-/, ''));

/** The checked value of an item's radio group on screen, or undefined. */
export function checkedValue(element: Element, itemId: string): number | undefined {
  const input = shadow(element).querySelector<HTMLInputElement>(`#item-${itemId} input:checked`);
  return input ? Number(input.value) : undefined;
}

/** Click the radio of `value` for an item on the current page. */
export async function choose(element: MobilityCareerTest, itemId: string, value: number): Promise<void> {
  const input = shadow(element).querySelector<HTMLInputElement>(`#item-${itemId} input[value="${value}"]`);
  if (!input) throw new Error(`no radio ${value} for ${itemId}`);
  input.click();
  await element.updateComplete;
}

export async function clickPart(element: MobilityCareerTest, name: string): Promise<void> {
  const button = part<HTMLButtonElement>(element, name);
  if (!button) throw new Error(`no ${name}`);
  button.click();
  await element.updateComplete;
}

/** From the introduction to the work-values step, by clicks, answering with `profile`. */
export async function answerAllByClicks(element: MobilityCareerTest, profile: Record<string, number>): Promise<void> {
  await clickPart(element, 'start-button');
  for (let guard = 0; guard < 100 && parts(element, 'item').length > 0; guard++) {
    for (const id of pageItems(element)) await choose(element, id, answerFor(profile, id));
    await clickPart(element, 'next-button');
  }
  expect(part(element, 'values'), 'the work-values step follows the last page').to.exist;
}

/** Wait until the matching vacancies have loaded (or failed). */
export async function vacanciesSettled(element: MobilityCareerTest): Promise<void> {
  await waitUntil(() => part(element, 'vacancies')?.getAttribute('aria-busy') === 'false', 'vacancies settle', { timeout: 12000, interval: 20 });
}

/** Wait until the colleagues' stories have loaded, or quietly failed. */
export async function storiesSettled(element: MobilityCareerTest): Promise<void> {
  await waitUntil(() => part(element, 'stories')?.getAttribute('aria-busy') === 'false', 'stories settle', { timeout: 12000, interval: 20 });
}

/** The saved progress as the element wrote it. */
export function saved(): { savedAt: number; items: Record<string, number>; step: { view: string; page?: number }; valueOrder: string[]; valuesSkipped: boolean } | null {
  const raw = localStorage.getItem(defaultKey);
  return raw ? JSON.parse(raw) : null;
}
