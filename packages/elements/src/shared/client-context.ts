import { createContext } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { createMobilityClient, type MobilityClient } from '@mobility-kit/sdk';
import { ProvidedContext } from './provided-context.js';

/**
 * The context that carries the SDK client from `<mobility-provider>` to the elements inside it.
 * The key is a versioned string, not a `Symbol()`: elements from a separately bundled copy of the
 * library compare keys with `===` and must still find the provider. Bump the suffix only when the
 * shape of `MobilityClient` changes incompatibly.
 */
export const clientContext = createContext<MobilityClient | undefined>('mobility-kit/client@1');

type Host = ReactiveControllerHost & HTMLElement;

/** Where the client of a data-driven element comes from. */
export interface ClientSourceOptions {
  /** The element's own `base-url`; when set it wins over a provider's client. */
  baseUrl: () => string | undefined;
  /** The language to ask the API for (`Accept-Language`) when the element builds its own client. */
  locale: () => string;
}

/**
 * Gives a data-driven element its SDK client: its own when the element has a `base-url`, otherwise
 * the one of the nearest `<mobility-provider>` (through {@link clientContext}). A provider that is
 * upgraded after the element (its definition loads later) is still found.
 */
export class MobilityClientController {
  private readonly options: ClientSourceOptions;
  private readonly provided: ProvidedContext<MobilityClient>;
  private own: { baseUrl: string; client?: MobilityClient; error?: unknown } | undefined;

  constructor(host: Host, options: ClientSourceOptions) {
    this.options = options;
    this.provided = new ProvidedContext(host, clientContext);
  }

  /** The client to use, or `undefined` when there is neither a `base-url` nor a provider. */
  get client(): MobilityClient | undefined {
    const own = this.ownClient();
    return own ? own.client : this.provided.value;
  }

  /** Why the element's own `base-url` could not become a client (e.g. an empty value), if it could not. */
  get configurationError(): unknown {
    return this.ownClient()?.error;
  }

  private ownClient(): { client?: MobilityClient; error?: unknown } | undefined {
    const baseUrl = this.options.baseUrl();
    // An empty attribute means "not set": fall back to the provider.
    if (baseUrl === undefined || baseUrl === null || baseUrl.trim() === '') return undefined;
    if (this.own?.baseUrl !== baseUrl) {
      try {
        this.own = { baseUrl, client: createMobilityClient({ baseUrl, locale: this.options.locale() }) };
      } catch (error) {
        this.own = { baseUrl, error };
      }
    }
    return this.own;
  }
}
