import { css } from 'lit';
import { baseStyles, tokenStyles } from '../shared/base.styles.js';
import { controlStyles } from '../shared/controls.styles.js';

/**
 * The component tokens and one story as a reader sees it (`storyView` in views.ts): also used
 * by the preview of `<mobility-hr-stories>`, so both look the same. Add after `controlStyles`.
 *
 * Component tokens (`--mobility-stories-*`) fall back to system tokens, which fall back to a
 * literal. `--_mobility-stories-*` are private: not an API.
 */
export const storySlideStyles = css`
    :host {
      --_mobility-stories-gap: var(--mobility-stories-gap, var(--_mobility-space-m));
      --_mobility-stories-slide-background: var(--mobility-stories-slide-background, var(--_mobility-color-surface-subtle));
      --_mobility-stories-radius: var(--mobility-stories-radius, var(--_mobility-radius));
      --_mobility-stories-photo-width: var(--mobility-stories-photo-width, 12rem);
      --_mobility-stories-accent: var(--mobility-stories-accent, var(--_mobility-color-primary));
      --_mobility-button-background: var(--_mobility-stories-accent);
      --_mobility-message-radius: var(--_mobility-stories-radius);
    }
    .story {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_mobility-space-m);
      padding: var(--_mobility-space-m);
      background: var(--_mobility-stories-slide-background);
      border-radius: var(--_mobility-stories-radius);
      min-width: 0;
    }
    .photo {
      flex: 0 1 var(--_mobility-stories-photo-width);
      min-width: 0;
      margin: 0;
    }
    .photo img {
      display: block;
      width: 100%;
      height: auto;
      aspect-ratio: 4 / 5;
      object-fit: cover;
      border-radius: var(--_mobility-stories-radius);
    }
    .credit {
      font-size: var(--_mobility-font-size-small);
      color: var(--_mobility-color-text-muted);
    }
    .text {
      flex: 1 1 16rem;
      display: grid;
      align-content: start;
      gap: var(--_mobility-space-s);
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .name {
      margin: 0;
      font-size: var(--_mobility-font-size-large);
      font-weight: 700;
    }
    .badge {
      justify-self: start;
    }
    .move {
      display: grid;
      gap: var(--_mobility-space-xs);
      margin: 0;
    }
    .move div {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_mobility-space-xs);
    }
    .move dt {
      font-weight: 600;
    }
    .move dt::after {
      content: ':';
    }
    .move dd {
      margin: 0;
    }
    .quote {
      margin: 0;
      padding-inline-start: var(--_mobility-space-m);
      font-size: var(--_mobility-font-size-large);
      font-style: italic;
      border-inline-start: 4px solid var(--_mobility-stories-accent);
    }
    .quote p {
      margin: 0;
    }
    .disclosure summary {
      min-height: var(--_mobility-target-size);
      display: flex;
      align-items: center;
      color: var(--_mobility-stories-accent);
      font-weight: 600;
      cursor: pointer;
    }
    .disclosure summary::before {
      content: '▸';
      margin-inline-end: var(--_mobility-space-xs);
    }
    .disclosure[open] summary::before {
      content: '▾';
    }
    .disclosure summary::-webkit-details-marker {
      display: none;
    }
    .body p,
    .body ul,
    .body ol {
      margin: 0 0 var(--_mobility-space-s);
    }
    a {
      color: var(--_mobility-stories-accent);
    }
    .cta {
      justify-self: start;
      display: inline-flex;
      align-items: center;
      min-height: var(--_mobility-target-size);
      font-weight: 600;
    }
`;

/** The carousel around the slides. */
export const storiesStyles = [
  tokenStyles,
  baseStyles,
  controlStyles,
  storySlideStyles,
  css`
    .root {
      display: grid;
      gap: var(--_mobility-stories-gap);
      min-width: 0;
    }
    .filter {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_mobility-space-s);
    }
    label {
      font-weight: 600;
    }
    .carousel {
      display: grid;
      gap: var(--_mobility-space-s);
      min-width: 0;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_mobility-space-s);
    }
    .icon-button {
      padding: 0;
      font-size: var(--_mobility-font-size-large);
      line-height: 1;
    }
    .tablist {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_mobility-space-xs);
      min-width: 0;
    }
    /* Dots that still meet the 24 × 24 px target size (WCAG 2.5.8). */
    .tab {
      width: 1.5rem;
      height: 1.5rem;
      padding: 0;
      background: var(--_mobility-color-background);
      border: 2px solid var(--_mobility-stories-accent);
      border-radius: 50%;
      cursor: pointer;
    }
    /* The selected dot is filled by its own border: a difference in shape, not only in colour,
       that survives forced colours (WCAG 1.4.1). */
    .tab[aria-selected='true'] {
      background: var(--_mobility-stories-accent);
      border-width: 0.75rem;
    }
    .slides {
      min-width: 0;
      /* Vertical scrolling stays with the browser; horizontal swipes reach the pointer handlers. */
      touch-action: pan-y;
    }
    .slide[hidden] {
      display: none;
    }
    .all-stories a {
      display: inline-flex;
      align-items: center;
      min-height: var(--_mobility-target-size);
      font-weight: 600;
    }
    .skeleton-slide {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_mobility-space-m);
      padding: var(--_mobility-space-m);
    }
    .skeleton-photo {
      height: auto;
      flex: 0 1 var(--_mobility-stories-photo-width);
      aspect-ratio: 4 / 5;
      min-width: 6rem;
    }
    .skeleton-text {
      flex: 1 1 12rem;
      display: grid;
      gap: var(--_mobility-space-s);
      align-content: start;
    }
    @media (forced-colors: active) {
      .tab[aria-selected='true'] {
        background: Highlight;
      }
    }
  `,
];
