import { ContextEvent, type Context } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Subscribes an element to one context of the nearest `<mobility-provider>` and re-renders it when
 * the provided value changes. A provider that is upgraded after the element (its definition loads
 * later) is still found: while unanswered, the subscription listens for the provider's
 * announcement (`context-provider`) and asks again.
 *
 * `@lit/context`'s `ContextConsumer` does the same except for the late provider.
 */
export class ProvidedContext<T> implements ReactiveController {
  private readonly host: Host;
  private readonly context: Context<unknown, T | undefined>;
  private provided: T | undefined;
  private unsubscribe: (() => void) | undefined;
  private answered = false;

  private readonly onContextValue = (value: T | undefined, unsubscribe?: () => void): void => {
    // A different unsubscribe function means a different (nearer) provider took over.
    if (this.unsubscribe && this.unsubscribe !== unsubscribe) this.unsubscribe();
    this.unsubscribe = unsubscribe;
    this.answered = true;
    window.removeEventListener('context-provider', this.onProviderAnnounced);
    if (this.provided !== value) {
      this.provided = value;
      this.host.requestUpdate();
    }
  };

  private readonly onProviderAnnounced = (event: Event): void => {
    if ((event as Event & { context?: unknown }).context === this.context) this.request();
  };

  constructor(host: Host, context: Context<unknown, T | undefined>) {
    this.host = host;
    this.context = context;
    host.addController(this);
  }

  /** The value of the nearest provider, or `undefined` when there is none (yet). */
  get value(): T | undefined {
    return this.provided;
  }

  hostConnected(): void {
    this.answered = false;
    this.request();
    if (!this.answered) window.addEventListener('context-provider', this.onProviderAnnounced);
  }

  hostDisconnected(): void {
    window.removeEventListener('context-provider', this.onProviderAnnounced);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.provided = undefined;
  }

  private request(): void {
    this.host.dispatchEvent(new ContextEvent(this.context, this.host, this.onContextValue, true));
  }
}
