import { defineElement } from '../shared/define.js';
import { version } from '../version.js';
import { MobilityHrCases } from './mobility-hr-cases.js';

defineElement('mobility-hr-cases', MobilityHrCases, version);

declare global {
  interface HTMLElementTagNameMap {
    'mobility-hr-cases': MobilityHrCases;
  }
}

export { MobilityHrCases };
