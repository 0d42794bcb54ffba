import { html, type TemplateResult } from 'lit';
import type { CareerTestInstrument, Language } from '@mobility-kit/contract';
import type { CareerTestSession } from './session.js';
import type { CareerTestStrings } from './translations.js';

/** What every step's view reads: the instrument, the session, and the element's formatting. */
export interface CareerTestViewContext {
  readonly doc: CareerTestInstrument;
  readonly session: CareerTestSession;
  readonly t: CareerTestStrings;
  /** The interface language. */
  readonly lang: string;
  /** Days saved answers are kept, already clamped. */
  readonly retentionDays: number;
  /** Items per page, already clamped. */
  readonly itemsPerPage: number;
  /** A number in the interface language. */
  readonly number: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** An instrument text in the language the instrument is shown in. */
  readonly text: (value: Partial<Record<Language, string>>) => string;
  /** Opens the "forget my answers" confirmation (a click handler). */
  readonly askForget: (event: Event) => void;
}

/** The "Vergeet mijn antwoorden" button shown on every step once there are answers. */
export function forgetButton(context: CareerTestViewContext): TemplateResult {
  return html`<button part="button forget-button" class="button button-quiet" type="button" @click=${context.askForget}>${context.t.forget}</button>`;
}
