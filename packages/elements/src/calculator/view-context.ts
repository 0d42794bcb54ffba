/**
 * What every view of the calculator renders with: the strings and formats of the active language,
 * headings at the level the page asks for, and the open/closed state of the figure explanations.
 */
import { nothing, type TemplateResult } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { LocalizeController } from '../shared/localize.js';
import type { ExplanationsController } from './explanations-controller.js';
import type { CalculatorStrings } from './translations.js';

export type CalculatorL10n = LocalizeController<CalculatorStrings>;

export type Heading = (offset: number, content: unknown, attributes?: { id?: string; tabindex?: string }) => TemplateResult;

export interface CalculatorViewContext {
  readonly t: CalculatorStrings;
  readonly l10n: CalculatorL10n;
  /** A heading `offset` levels below the calculator's title. */
  readonly heading: Heading;
  readonly explanations: ExplanationsController;
}

/** Headings below a title at `headingLevel` (1–5, default 2); the deepest is `h6`. */
export function headingsFrom(headingLevel: number): Heading {
  const base = Math.min(5, Math.max(1, Math.floor(Number(headingLevel)) || 2));
  return (offset, content, attributes = {}) => {
    const tag = unsafeStatic(`h${Math.min(6, base + offset)}`);
    return html`<${tag} class=${`heading heading-${offset}`} id=${attributes.id ?? nothing} tabindex=${attributes.tabindex ?? nothing}>${content}</${tag}>`;
  };
}
