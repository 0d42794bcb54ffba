import { defineElement } from '../shared/define.js';
import { version } from '../version.js';
import { MobilityHrFeeds } from './mobility-hr-feeds.js';

defineElement('mobility-hr-feeds', MobilityHrFeeds, version);

declare global {
  interface HTMLElementTagNameMap {
    'mobility-hr-feeds': MobilityHrFeeds;
  }
}

export { MobilityHrFeeds };
