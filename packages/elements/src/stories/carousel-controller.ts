import type { ReactiveController } from 'lit';
import { FocusAfterRenderController, type FocusHost } from '../shared/focus-after-render.js';

export interface CarouselOptions {
  /** How many slides there are now. */
  readonly count: () => number;
  /** Runs after the slide shown changed, with its position. */
  readonly changed: (index: number) => void;
}

/**
 * Which slide of a tabbed carousel is shown, by the WAI-ARIA carousel pattern: previous and next
 * wrap around and leave focus where it is; the slide pickers are tabs with the arrow keys, Home and
 * End, and focus follows the selected tab. Automatic rotation is {@link RotationController}'s job.
 */
export class CarouselController implements ReactiveController {
  private readonly host: FocusHost;
  private readonly options: CarouselOptions;
  private readonly focus: FocusAfterRenderController;
  private shown = 0;

  constructor(host: FocusHost, options: CarouselOptions) {
    this.host = host;
    this.options = options;
    this.focus = new FocusAfterRenderController(host);
    host.addController(this);
  }

  /** The position of the slide shown, from 0. */
  get current(): number {
    return this.shown;
  }

  /** Before each render: a shorter list than before shows its first slide. */
  hostUpdate(): void {
    const count = this.options.count();
    if (count > 0 && this.shown >= count) this.shown = 0;
  }

  /** Back to the first slide (a new list is loading). */
  reset(): void {
    this.shown = 0;
  }

  /** Show the slide at `index` (wrapping around). Focus is left where it is. */
  show(index: number): void {
    const count = this.options.count();
    if (count === 0) return;
    const next = ((index % count) + count) % count;
    if (next === this.shown) return;
    this.shown = next;
    this.host.requestUpdate();
    this.options.changed(next);
  }

  previous(): void {
    this.show(this.shown - 1);
  }

  next(): void {
    this.show(this.shown + 1);
  }

  /** Arrow keys, Home and End on the tab list; the newly selected tab (`#tab-<index>`) gets focus. */
  readonly tabKeydown = (event: KeyboardEvent): void => {
    const count = this.options.count();
    const target = { ArrowRight: this.shown + 1, ArrowLeft: this.shown - 1, Home: 0, End: count - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.show(target);
    this.focus.request(`#tab-${this.shown}`);
  };
}
