import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & { readonly hasUpdated: boolean };

/** What {@link UrlStateController} needs to know about the state it keeps in the page URL. */
export interface UrlStateOptions<S> {
  /** Whether the state is kept in the URL now (an element's `sync-url`). */
  enabled: () => boolean;
  /** The state as the element holds it now; plain data, compared as JSON. */
  current: () => S;
  /** The state the page URL carries, or `undefined` when it carries none. */
  read: (url: URL) => S | undefined;
  /** `href` with `state` written into it; the host page's own parameters and the hash stay. */
  write: (href: string, state: S) => string;
  /** Put a state into effect (set the element's properties from it). */
  apply: (state: S) => void;
}

/**
 * Keeps an element's state in the page URL: read when the element connects (and when syncing is
 * switched on later), written after each change — replacing the current history entry, or adding
 * one after {@link pushNext} (a submitted search) — and restored on Back and Forward. Back to a URL
 * without the state restores what the element held before it first read the URL (its presets).
 *
 * The state is read in `hostConnected` and written in `hostUpdate`, so controllers added after this
 * one (a `Task` whose arguments derive from the state) already see the state from the URL.
 */
export class UrlStateController<S> implements ReactiveController {
  private readonly host: Host;
  private readonly options: UrlStateOptions<S>;
  /** How the next change is written to the history. */
  private mode: 'push' | 'replace' = 'replace';
  /** The state last written to (or read from) the URL, as JSON, to write only changes. */
  private written: string | undefined;
  /** The state before the URL was first read; restored when Back leads to a URL without one. */
  private presets: S | undefined;
  private wasEnabled = false;

  constructor(host: Host, options: UrlStateOptions<S>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.presets ??= this.options.current();
    this.wasEnabled = this.options.enabled();
    if (this.wasEnabled) this.readUrl();
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  hostUpdate(): void {
    const enabled = this.options.enabled();
    if (enabled && !this.wasEnabled && this.host.hasUpdated) this.readUrl();
    this.wasEnabled = enabled;
    if (enabled) this.writeUrl();
  }

  /** Write the next change as a new history entry rather than in place. */
  pushNext(): void {
    this.mode = 'push';
  }

  /** Take the state from the page URL, when it carries one. */
  private readUrl(): void {
    const state = this.options.read(new URL(location.href));
    if (state !== undefined) this.options.apply(state);
    this.written = JSON.stringify(this.options.current());
  }

  /** Write a changed state to the page URL: a history entry after {@link pushNext}, else in place. */
  private writeUrl(): void {
    const state = this.options.current();
    const key = JSON.stringify(state);
    const mode = this.mode;
    this.mode = 'replace';
    if (key === this.written) return;
    this.written = key;
    const url = this.options.write(location.href, state);
    if (url === location.href) return;
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  private readonly onPopState = (): void => {
    if (!this.options.enabled()) return;
    const state = this.options.read(new URL(location.href));
    if (state !== undefined) this.options.apply(state);
    else if (this.presets !== undefined) this.options.apply(this.presets);
    this.written = JSON.stringify(this.options.current());
  };
}
