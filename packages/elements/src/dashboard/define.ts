import { defineElement } from '../shared/define.js';
import { version } from '../version.js';
import { MobilityDashboard } from './mobility-dashboard.js';

defineElement('mobility-dashboard', MobilityDashboard, version);

declare global {
  interface HTMLElementTagNameMap {
    'mobility-dashboard': MobilityDashboard;
  }
}

export { MobilityDashboard };
