import { defineElement } from '../shared/define.js';
import { version } from '../version.js';
import { MobilityCareerTest } from './mobility-career-test.js';

defineElement('mobility-career-test', MobilityCareerTest, version);

declare global {
  interface HTMLElementTagNameMap {
    'mobility-career-test': MobilityCareerTest;
  }
}

export { MobilityCareerTest };
