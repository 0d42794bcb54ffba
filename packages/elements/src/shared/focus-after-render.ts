import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A host whose shadow root (or light DOM) can be searched after it rendered. */
export type FocusHost = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/**
 * Moves keyboard focus to an element of the next render: a step's heading after a page change,
 * the first control that needs an answer, the button that moved. Ask with {@link request} while
 * changing state; the element is looked up and focused once the host has updated.
 */
export class FocusAfterRenderController implements ReactiveController {
  private readonly host: FocusHost;
  private target: string | undefined;

  constructor(host: FocusHost) {
    this.host = host;
    host.addController(this);
  }

  /** Focus the element matching `selector` (in the render root) after the next update. */
  request(selector: string): void {
    this.target = selector;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const selector = this.target;
    if (!selector) return;
    this.target = undefined;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
