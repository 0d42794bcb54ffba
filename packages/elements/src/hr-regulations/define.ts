import { defineElement } from '../shared/define.js';
import { version } from '../version.js';
import { MobilityHrRegulations } from './mobility-hr-regulations.js';

defineElement('mobility-hr-regulations', MobilityHrRegulations, version);

declare global {
  interface HTMLElementTagNameMap {
    'mobility-hr-regulations': MobilityHrRegulations;
  }
}

export { MobilityHrRegulations };
