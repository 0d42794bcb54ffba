import { defineElement } from '../shared/define.js';
import { version } from '../version.js';
import { MobilityCalculator } from './mobility-calculator.js';

defineElement('mobility-calculator', MobilityCalculator, version);

declare global {
  interface HTMLElementTagNameMap {
    'mobility-calculator': MobilityCalculator;
  }
}

export { MobilityCalculator };
