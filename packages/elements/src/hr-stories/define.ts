import { defineElement } from '../shared/define.js';
import { version } from '../version.js';
import { MobilityHrStories } from './mobility-hr-stories.js';

defineElement('mobility-hr-stories', MobilityHrStories, version);

declare global {
  interface HTMLElementTagNameMap {
    'mobility-hr-stories': MobilityHrStories;
  }
}

export { MobilityHrStories };
