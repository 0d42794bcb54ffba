import { defineElement } from '../shared/define.js';
import { version } from '../version.js';
import { MobilitySignIn } from './mobility-sign-in.js';

defineElement('mobility-sign-in', MobilitySignIn, version);

declare global {
  interface HTMLElementTagNameMap {
    'mobility-sign-in': MobilitySignIn;
  }
}

export { MobilitySignIn };
