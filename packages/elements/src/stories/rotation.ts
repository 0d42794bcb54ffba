import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The shortest time a slide stays before an automatic rotation moves on (WCAG 2.2.2 leaves people time to read). */
export const minimumRotationIntervalMs = 5000;
/** Time per slide when a host opts into rotation without choosing one. */
export const defaultRotationIntervalMs = 8000;

/** A requested interval, clamped to at least {@link minimumRotationIntervalMs}; nonsense gives the default. */
export function clampRotationInterval(ms: unknown): number {
  const value = Number(ms);
  if (!Number.isFinite(value) || value <= 0) return defaultRotationIntervalMs;
  return Math.max(minimumRotationIntervalMs, value);
}

const reducedMotionQuery = '(prefers-reduced-motion: reduce)';

export interface RotationOptions {
  /** Whether rotation is wanted at all: the host opted in and there is more than one slide. */
  readonly wanted: () => boolean;
  /** Milliseconds per slide (already clamped). */
  readonly interval: () => number;
  /** Show the next slide; never moves focus. */
  readonly advance: () => void;
}

/**
 * Automatic rotation of a carousel, by the WAI-ARIA carousel pattern's rules: it starts only when
 * the host opts in; once stopped — by the stop button, by hovering the carousel or by focus anywhere
 * in it — it stays stopped until the start button is pressed; and `prefers-reduced-motion: reduce`
 * always wins, including when the preference changes while the page is open.
 */
export class RotationController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: RotationOptions;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private media: MediaQueryList | undefined;
  private readonly onMediaChange = (): void => {
    // Stop at once rather than at the next render; the update then shows the new state.
    if (this.reducedMotion) this.clear();
    this.host.requestUpdate();
  };

  constructor(host: ReactiveControllerHost, options: RotationOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Whether the slides are rotating right now. */
  get rotating(): boolean {
    return this.timer !== undefined;
  }

  /** Whether the user prefers reduced motion; rotation is then never offered. */
  get reducedMotion(): boolean {
    return this.media?.matches ?? false;
  }

  /** Whether a start/stop control makes sense: rotation is wanted and motion is allowed. */
  get available(): boolean {
    return this.options.wanted() && !this.reducedMotion;
  }

  hostConnected(): void {
    this.media = typeof matchMedia === 'function' ? matchMedia(reducedMotionQuery) : undefined;
    this.media?.addEventListener('change', this.onMediaChange);
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.onMediaChange);
    this.clear();
  }

  /** Runs before each render, so the start/stop label and the live region match the timer. */
  hostUpdate(): void {
    this.sync();
  }

  /** Stop rotating until {@link start} is called (the stop button, hover, focus, a swipe). */
  stop(): void {
    const was = this.rotating;
    this.stopped = true;
    this.clear();
    if (was) this.host.requestUpdate();
  }

  /** Start rotating again (the start button). Does nothing under reduced motion. */
  start(): void {
    this.stopped = false;
    // The next update (before it renders) starts the timer.
    this.host.requestUpdate();
  }

  /** Restart the current slide's time, e.g. after the slide changed by hand while rotating. */
  restartTimer(): void {
    if (!this.rotating) return;
    this.clear();
    this.schedule();
  }

  private sync(): void {
    const shouldRun = this.available && !this.stopped;
    if (shouldRun && !this.rotating) this.schedule();
    else if (!shouldRun && this.rotating) this.clear();
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.available || this.stopped) return;
      this.options.advance();
      this.schedule();
    }, this.options.interval());
  }

  private clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
