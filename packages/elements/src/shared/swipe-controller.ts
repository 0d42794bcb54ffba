import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Which way content should move after a swipe: a swipe to the left shows the next one. */
export type SwipeDirection = 'next' | 'previous';

export interface SwipeOptions {
  /** Horizontal distance, in CSS pixels, a pointer must travel for a swipe to count. */
  readonly threshold: number;
  /** Runs after a horizontal swipe of at least the threshold. */
  readonly swiped: (direction: SwipeDirection) => void;
}

/**
 * Horizontal swipes by touch, pen or mouse on a region (a carousel's slides): bind
 * {@link pointerDown}, {@link pointerUp} and {@link pointerCancel} to the region's pointer events.
 * Only the primary pointer counts, and only a movement more horizontal than vertical, so scrolling
 * the page never changes the content. A swipe is an extra: the region keeps its buttons.
 */
export class SwipeController implements ReactiveController {
  private readonly options: SwipeOptions;
  private start: { readonly id: number; readonly x: number; readonly y: number } | undefined;

  constructor(host: ReactiveControllerHost, options: SwipeOptions) {
    this.options = options;
    host.addController(this);
  }

  readonly pointerDown = (event: PointerEvent): void => {
    if (!event.isPrimary) return;
    this.start = { id: event.pointerId, x: event.clientX, y: event.clientY };
  };

  readonly pointerUp = (event: PointerEvent): void => {
    const start = this.start;
    this.start = undefined;
    if (!start || start.id !== event.pointerId) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) < this.options.threshold || Math.abs(dx) <= Math.abs(dy)) return;
    this.options.swiped(dx < 0 ? 'next' : 'previous');
  };

  readonly pointerCancel = (): void => {
    this.start = undefined;
  };

  hostDisconnected(): void {
    this.start = undefined;
  }
}
