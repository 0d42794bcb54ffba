import { defineElement } from '../shared/define.js';
import { version } from '../version.js';
import { MobilityProvider } from './mobility-provider.js';

defineElement('mobility-provider', MobilityProvider, version);

declare global {
  interface HTMLElementTagNameMap {
    'mobility-provider': MobilityProvider;
  }
}

export { MobilityProvider };
