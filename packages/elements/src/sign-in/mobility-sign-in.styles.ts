import { css } from 'lit';
import { baseStyles, tokenStyles } from '../shared/base.styles.js';
import { controlStyles } from '../shared/controls.styles.js';

/** No component tokens: the control follows the system tokens (`--mobility-color-primary`, …). */
export const signInStyles = [
  tokenStyles,
  baseStyles,
  controlStyles,
  css`
    .root {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_mobility-space-s) var(--_mobility-space-m);
      min-width: 0;
    }
    .account {
      display: grid;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .account > p {
      margin: 0;
    }
    .name {
      font-weight: 700;
    }
    .role {
      font-size: var(--_mobility-font-size-small);
      color: var(--_mobility-color-text-muted);
    }
    .message {
      flex: 1 1 16rem;
      min-width: 0;
    }
  `,
];
