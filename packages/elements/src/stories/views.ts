import { html, nothing, type TemplateResult } from 'lit';
import { moveTypes, type MoveType, type Story } from '@mobility-kit/contract';
import { loadErrorKind } from '../shared/load-error.js';
import { isSafeHref, renderRestrictedMarkdown } from '../shared/restricted-markdown.js';
import type { SwipeController } from '../shared/swipe-controller.js';
import type { CarouselController } from './carousel-controller.js';
import type { RotationController } from './rotation.js';
import type { StoriesStrings } from './translations.js';

/** Only web, mail and same-page addresses become links; anything else is dropped. */
export function isLinkable(href: string): boolean {
  return isSafeHref(href) || (href.startsWith('/') && !href.startsWith('//'));
}

/** The move-type filter above the carousel. */
export function filterView(t: StoriesStrings, moveType: MoveType | undefined, change: (event: Event) => void): TemplateResult {
  return html`<div part="filter" class="filter">
    <label for="move-type">${t.filterLabel}</label>
    <select id="move-type" part="filter-select" @change=${change}>
      <option value="" ?selected=${moveType === undefined}>${t.filterAll}</option>
      ${moveTypes.map((type) => html`<option value=${type} ?selected=${moveType === type}>${t.moveTypes[type]}</option>`)}
    </select>
  </div>`;
}

/** The placeholder slide while the stories load. */
export function skeletonView(t: StoriesStrings): TemplateResult {
  return html`<div part="skeleton" class="skeleton-slide">
    <span class="visually-hidden" role="status">${t.loading}</span>
    <div class="skeleton skeleton-photo" aria-hidden="true"></div>
    <div class="skeleton-text" aria-hidden="true">
      <div class="skeleton skeleton-line"></div>
      <div class="skeleton skeleton-line"></div>
      <div class="skeleton skeleton-line skeleton-short"></div>
    </div>
  </div>`;
}

/** Loading failed: what went wrong, and a retry. */
export function errorView(t: StoriesStrings, error: unknown, retry: () => void): TemplateResult {
  return html`<div part="error" class="message error" role="alert">
    <p class="message-title">${t.errorTitle}</p>
    <p class="error-message">${t.errors[loadErrorKind(error)]}</p>
    <button part="button retry-button" class="button" type="button" @click=${retry}>${t.retry}</button>
  </div>`;
}

/** No stories; with a filter set, a button that clears it. */
export function emptyView(t: StoriesStrings, filtered: boolean, clear: () => void): TemplateResult {
  return html`<div part="empty" class="message empty" role="status">
    <p class="message-title">${t.emptyTitle}</p>
    <p>${t.emptyHint(filtered)}</p>
    ${filtered ? html`<button part="button clear-button" class="button button-secondary" type="button" @click=${clear}>${t.clearFilter}</button>` : nothing}
  </div>`;
}

/** What the carousel shows and how its controls reach the element's controllers. */
export interface CarouselViewContext {
  readonly t: StoriesStrings;
  readonly items: readonly Story[];
  /** The slide shown, and the tabs' keys. */
  readonly carousel: Pick<CarouselController, 'current' | 'show' | 'tabKeydown'>;
  /** Whether the start/stop button is offered, and whether the slides rotate now. */
  readonly rotation: Pick<RotationController, 'available' | 'rotating'>;
  readonly swipe: Pick<SwipeController, 'pointerDown' | 'pointerUp' | 'pointerCancel'>;
  /** Heading level of each story's name, already clamped to 2–6. */
  readonly headingLevel: number;
  /** A photo `src` or CTA `href` resolved against the API when it is a path there. */
  readonly resolve: (reference: string) => string;
  /** The start/stop, previous and next buttons. */
  readonly toggleRotation: () => void;
  readonly previous: () => void;
  readonly next: () => void;
}

/** The controls (start/stop, previous, tabs, next) and the slides. */
export function carouselView(context: CarouselViewContext): TemplateResult {
  const { items, rotation } = context;
  const single = items.length === 1;
  return html`
    <div part="controls" class="controls">
      ${rotation.available ? rotationButton(context) : nothing} ${single ? nothing : navigation(context)}
    </div>
    <div
      part="slides"
      class="slides"
      id="slides"
      aria-live=${rotation.rotating ? 'off' : 'polite'}
      @pointerdown=${context.swipe.pointerDown}
      @pointerup=${context.swipe.pointerUp}
      @pointercancel=${context.swipe.pointerCancel}
    >
      ${items.map((story, index) => slideView(context, story, index, single))}
    </div>
  `;
}

function rotationButton({ t, rotation, toggleRotation }: CarouselViewContext): TemplateResult {
  return html`<button part="button rotation-button" class="button icon-button rotation" type="button" @click=${toggleRotation}>
    <span aria-hidden="true" class="icon">${rotation.rotating ? '❚❚' : '▶'}</span>
    <span class="visually-hidden">${rotation.rotating ? t.stopRotation : t.startRotation}</span>
  </button>`;
}

/** Previous, the slide pickers as tabs, next. */
function navigation(context: CarouselViewContext): TemplateResult {
  const { t, items, carousel } = context;
  const current = carousel.current;
  return html`<button part="button previous-button" class="button icon-button" type="button" aria-controls="slides" @click=${context.previous}>
      <span aria-hidden="true" class="icon">‹</span><span class="visually-hidden">${t.previous}</span>
    </button>
    <div part="tablist" class="tablist" role="tablist" aria-label=${t.tablistLabel} @keydown=${carousel.tabKeydown}>
      ${items.map((story, index) => {
        const selected = index === current;
        return html`<button
          part=${selected ? 'tab tab-selected' : 'tab'}
          class="tab"
          id=${`tab-${index}`}
          type="button"
          role="tab"
          aria-selected=${selected ? 'true' : 'false'}
          aria-controls=${`slide-${index}`}
          aria-label=${t.tabName(index + 1, story.displayName)}
          tabindex=${selected ? '0' : '-1'}
          @click=${() => carousel.show(index)}
        ></button>`;
      })}
    </div>
    <button part="button next-button" class="button icon-button" type="button" aria-controls="slides" @click=${context.next}>
      <span aria-hidden="true" class="icon">›</span><span class="visually-hidden">${t.next}</span>
    </button>`;
}

/** One story as a slide: portrait, name, badge, the move, the quote, the whole story and the CTA. */
function slideView(context: CarouselViewContext, story: Story, index: number, single: boolean): TemplateResult {
  return html`<div
    part="slide"
    class="slide"
    id=${`slide-${index}`}
    role=${single ? 'group' : 'tabpanel'}
    aria-roledescription="slide"
    aria-label=${context.t.slideName(index + 1, context.items.length)}
    ?hidden=${index !== context.carousel.current}
  >
    ${storyView(context, story)}
  </div>`;
}

/** What {@link storyView} needs: strings, the name's heading level and how to resolve API paths. */
export type StoryViewContext = Pick<CarouselViewContext, 't' | 'headingLevel' | 'resolve'>;

/**
 * One story as a reader sees it on a slide (style it with `storySlideStyles`): also the preview of
 * `<mobility-hr-stories>`, so HR sees exactly what a reader will.
 */
export function storyView(context: StoryViewContext, story: Pick<Story, 'displayName' | 'photo' | 'moveType' | 'roleBefore' | 'orgBefore' | 'roleAfter' | 'orgAfter' | 'quote' | 'body' | 'cta' | 'language'>): TemplateResult {
  const { t, resolve } = context;
  const cta = resolve(story.cta.href);
  return html`<article class="story" lang=${story.language}>
      ${story.photo
        ? html`<figure class="photo">
            <img
              part="photo"
              src=${resolve(story.photo.src)}
              alt=${story.photo.alt}
              width=${story.photo.width ?? 320}
              height=${story.photo.height ?? 400}
              loading="lazy"
              decoding="async"
            />
            ${story.photo.credit ? html`<figcaption class="credit">${t.photoCredit(story.photo.credit)}</figcaption>` : nothing}
          </figure>`
        : nothing}
      <div class="text">
        <p part="name" class="name" role="heading" aria-level=${context.headingLevel}>${story.displayName}</p>
        <span part="badge" class="badge">${t.moveTypes[story.moveType]}</span>
        <dl part="move" class="move">
          <div><dt>${t.moveFrom}</dt><dd>${story.roleBefore}, ${story.orgBefore}</dd></div>
          <div><dt>${t.moveTo}</dt><dd>${story.roleAfter}, ${story.orgAfter}</dd></div>
        </dl>
        <blockquote part="quote" class="quote"><p>${story.quote}</p></blockquote>
        <details part="disclosure" class="disclosure">
          <summary>${t.readFull(story.displayName)}</summary>
          <div part="body" class="body">${renderRestrictedMarkdown(story.body)}</div>
        </details>
        ${isLinkable(cta) ? html`<a part="cta" class="cta" href=${cta}>${story.cta.label}</a>` : nothing}
      </div>
    </article>`;
}
