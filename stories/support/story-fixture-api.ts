import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { clientContext, type MobilityClient } from '@mobility-kit/elements';
import { createFixtureClient, fixtureScenarios, type FixtureScenario } from './fixture-api.js';

/**
 * Hands the mobility-kit elements inside it a client of the fixture API, through the same context
 * `<mobility-provider>` uses. Stories only: it stands in for a provider whose API is a server.
 */
export class StoryFixtureApi extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** How the fixture API behaves; see {@link FixtureScenario}. */
  @property()
  scenario: FixtureScenario = 'content';

  private readonly provider = new ContextProvider(this, { context: clientContext });

  /** The client handed to the elements inside. */
  get client(): MobilityClient | undefined {
    return this.provider.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('scenario') || !this.hasUpdated) {
      const scenario = fixtureScenarios.includes(this.scenario) ? this.scenario : 'content';
      this.provider.setValue(createFixtureClient(scenario, this.closest('[lang]')?.getAttribute('lang') ?? 'nl'));
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

if (!customElements.get('story-fixture-api')) customElements.define('story-fixture-api', StoryFixtureApi);

declare global {
  interface HTMLElementTagNameMap {
    'story-fixture-api': StoryFixtureApi;
  }
}
