/**
 * Shared steps of the calculator's browser tests: typing into its form by keyboard, as a person
 * would, and reading its tables.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MobilityCalculator } from '../src/calculator/mobility-calculator.js';
import { shadow } from './support.js';

/** Worked example C of the calculator specification: exactly 10 years, wage € 60,000, age 38. */
export const exampleC = {
  birthDate: '1987-06-01',
  unemploymentDate: '2026-03-01',
  annualWage: '60000',
  hoursPerWeek: '38',
  weeksWorkedLast36: '36',
  workedYears: '10',
  hboServiceYears: '10',
  yearsWithEmployer: '10',
} as const;

export const input = (element: Element, id: string): HTMLInputElement => {
  const found = shadow(element).querySelector<HTMLInputElement>(`#${id}`);
  if (!found) throw new Error(`no field #${id}`);
  return found;
};

/** Press Tab until the field with this id has focus; fail after `max` presses. */
export async function tabTo(element: Element, id: string, max = 40): Promise<void> {
  for (let i = 0; i < max && shadow(element).activeElement?.id !== id; i++) await sendKeys({ press: 'Tab' });
  expect(shadow(element).activeElement?.id, `#${id} reached by Tab`).to.equal(id);
}

/**
 * Type an ISO date into a focused `<input type="date">` the way the browser's own segments expect
 * it: the segment order follows the browser's locale (month/day/year in en-US).
 */
export async function typeDate(iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  const order = new Intl.DateTimeFormat(navigator.language, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(2001, 10, 22))
    .filter((part) => part.type === 'year' || part.type === 'month' || part.type === 'day')
    .map((part) => part.type);
  const digits = order.map((type) => (type === 'year' ? year : type === 'month' ? month : day)).join('');
  await sendKeys({ type: digits });
}

/** Replace the text of the focused text field, keyboard only. */
export async function replaceText(text: string): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'KeyA' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ press: 'Backspace' });
  if (text !== '') await sendKeys({ type: text });
}

/** Fill fields by keyboard: Tab to each, then type. Dates are typed segment by segment. */
export async function fillByKeyboard(element: MobilityCalculator, values: Record<string, string>): Promise<void> {
  for (const [id, value] of Object.entries(values)) {
    await tabTo(element, id);
    const field = input(element, id);
    if (field.type === 'date') await typeDate(value);
    else await replaceText(value);
    expect(field.value, `#${id} holds what was typed`).to.equal(value);
  }
}

/** Wait until results are shown. */
export async function showsResults(element: MobilityCalculator): Promise<void> {
  await waitUntil(() => shadow(element).querySelector('[part~="results"]'), 'results appear', { timeout: 5000 });
  await element.updateComplete;
}

/** The month table of one scenario. */
export const scenarioTable = (element: Element, scenario: string): HTMLTableElement => {
  const table = shadow(element).querySelector<HTMLTableElement>(`[data-scenario="${scenario}"] table[part~="table"]`);
  if (!table) throw new Error(`no table for scenario ${scenario}`);
  return table;
};

/** The text of one cell of a month table: row `month`, column `layer` (or `total`). */
export function cell(table: HTMLTableElement, month: number, layer: string): string {
  const node = table.querySelector(`tbody tr[data-month="${month}"] [data-layer="${layer}"]`);
  if (!node) throw new Error(`no cell for month ${month}, layer ${layer}`);
  return normaliseSpaces(node.textContent ?? '');
}

/** Intl puts a no-break space between € and the amount; compare text with plain spaces. */
export const normaliseSpaces = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
