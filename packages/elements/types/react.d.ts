/**
 * React 19 typings for the mobility-kit tags: `import type {} from '@mobility-kit/elements/react'`
 * once (e.g. in a `.d.ts` of the app) and every `<mobility-…>` tag is checked in JSX — its
 * attributes and properties typed as the element class declares them, and its events as
 * `on<event-name>` props with a typed `detail` (React 19 listens for `onmobility-vacancy-select`
 * as the `mobility-vacancy-select` event).
 *
 * The per-tag props come from types/jsx.d.ts, generated from custom-elements.json; this file only
 * joins them with React's own HTML attributes (`className`, `onClick`, a `ref` typed as the
 * element class, …).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
// Type-only: brings in the `HTMLElementTagNameMap` entries of every tag, never the registration.
import type {} from '@mobility-kit/elements/define.js';
import type { CustomElements } from './jsx.js';

type MobilityTag = keyof CustomElements & keyof HTMLElementTagNameMap;

/** React's attributes for a tag, with `ref` typed as the element class. */
type ReactHtmlProps<Tag extends MobilityTag> = DetailedHTMLProps<
  HTMLAttributes<HTMLElementTagNameMap[Tag]>,
  HTMLElementTagNameMap[Tag]
>;

/**
 * The props of one mobility-kit tag in React: its own attributes, properties and events, and
 * React's HTML attributes where the generic ones of the generator would be less precise.
 */
export type MobilityReactProps<Tag extends MobilityTag> = Omit<
  CustomElements[Tag],
  keyof ReactHtmlProps<Tag> | 'classList' | 'htmlFor'
> &
  ReactHtmlProps<Tag>;

/** Every mobility-kit tag with its React props. */
export type MobilityReactElements = { [Tag in MobilityTag]: MobilityReactProps<Tag> };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends MobilityReactElements {}
  }
}
