import type { ReactiveController, ReactiveElement } from 'lit';
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { Vacancy } from '@mobility-kit/contract';
import { cardTitleId } from '../shared/vacancy-card.js';

/** The `virtualize-above` in force: the attribute's number, or `fallback` when it is not one. */
export function virtualizeThreshold(value: unknown, fallback: number): number {
  return Number.isFinite(Number(value)) ? Number(value) : fallback;
}

/** What {@link CardFocusController} needs from the element. */
export interface CardFocusOptions {
  /** Whether the cards asked for have been rendered (the "show more" request completed). */
  ready: () => boolean;
  /** The cards in the order shown. */
  shown: () => readonly Vacancy[];
}

/**
 * Moves focus to the first card that "show more" brought, once it is rendered. In a virtualised
 * list the card may not be in the DOM yet: the virtualizer scrolls it into view first, and the
 * focus follows in a later frame (a few tries at most).
 */
export class CardFocusController implements ReactiveController {
  private readonly host: ReactiveElement;
  private readonly options: CardFocusOptions;
  private target: string | undefined;

  constructor(host: ReactiveElement, options: CardFocusOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Focus this card's title once it is rendered (`undefined`: none). */
  request(id: string | undefined): void {
    this.target = id;
  }

  hostUpdated(): void {
    if (this.target && this.options.ready()) this.focus(this.target);
  }

  private focus(id: string, attempt = 0): void {
    const root = this.host.renderRoot;
    const title = root.querySelector<HTMLElement>(`#${CSS.escape(cardTitleId({ id } as Vacancy))}`);
    if (title) {
      this.target = undefined;
      title.focus();
      return;
    }
    const index = this.options.shown().findIndex((v) => v.id === id);
    const virtualizer = root.querySelector<VirtualizerHostElement>('.list-virtual')?.[virtualizerRef];
    if (index < 0 || !virtualizer || attempt > 10) {
      this.target = undefined;
      return;
    }
    virtualizer.element(index)?.scrollIntoView({ block: 'nearest' });
    requestAnimationFrame(() => this.focus(id, attempt + 1));
  }
}
