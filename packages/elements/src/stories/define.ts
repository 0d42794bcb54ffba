import { defineElement } from '../shared/define.js';
import { version } from '../version.js';
import { MobilityStories } from './mobility-stories.js';

defineElement('mobility-stories', MobilityStories, version);

declare global {
  interface HTMLElementTagNameMap {
    'mobility-stories': MobilityStories;
  }
}

export { MobilityStories };
