import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { moveTypes, storyChannels, type MoveType, type Story, type StoryChannel, type StoryPage } from '@mobility-kit/contract';
import type { MobilityClient } from '@mobility-kit/sdk';
import { MobilityClientController } from '../shared/client-context.js';
import { LocalizeController } from '../shared/localize.js';
import { loadErrorKind, MissingClientError } from '../shared/load-error.js';
import { isSafeHref, renderRestrictedMarkdown } from '../shared/restricted-markdown.js';
import { clampRotationInterval, defaultRotationIntervalMs, RotationController } from './rotation.js';
import { storiesTranslations, type StoriesStrings } from './translations.js';
import { storiesStyles } from './mobility-stories.styles.js';

type LoadArgs = readonly [
  client: MobilityClient | undefined,
  configurationError: unknown,
  channel: StoryChannel,
  moveType: MoveType | undefined,
  organisation: string | undefined,
  limit: number,
];

const isMoveType = (value: unknown): value is MoveType => typeof value === 'string' && (moveTypes as readonly string[]).includes(value);

/** Horizontal distance, in CSS pixels, a pointer must travel for a swipe to change the slide. */
export const swipeThresholdPx = 40;

/**
 * A photo `src` or CTA `href` may be a path on the API's origin (`/demo-assets/…`): resolve it
 * against the client's base URL, which may itself be relative to the page.
 */
export function resolveAgainstApi(reference: string, baseUrl: string | undefined, documentBase: string): string {
  if (!reference.startsWith('/') || !baseUrl) return reference;
  try {
    return new URL(reference, new URL(`${baseUrl}/`, documentBase)).href;
  } catch {
    return reference;
  }
}

/**
 * "Kom in beweging": a carousel of success stories of colleagues who took a step — an internal
 * move, a detachering, a klus, a docentstage, a move to a partner.
 *
 * Follows the WAI-ARIA Authoring Practices carousel pattern, tabbed variant: a region named as a
 * carousel; each slide a tab panel with `aria-roledescription="slide"` and a name such as
 * "2 van 5"; previous/next buttons that leave focus where it is; slide pickers as tabs with arrow
 * keys, Home and End. There is **no automatic rotation** unless the host sets `autoplay`; then the
 * start/stop button comes first, rotation stops on hover, on focus anywhere in the carousel and on a
 * swipe and does not restart by itself, and never runs under `prefers-reduced-motion`. Slides
 * change by touch swipe too. Every quote is shown whole; the full story opens in a disclosure.
 *
 * Toegankelijkheid: voldoet aan WCAG 2.2 AA, o.a. 1.1.1 (alt-tekst verplicht in het contract),
 * 1.4.10 (reflow tot 320 px), 2.1.1 (alles met het toetsenbord), 2.2.2 (geen automatische
 * beweging tenzij de host het aanzet, en dan te pauzeren), 2.4.3 (focus blijft waar hij is),
 * 2.5.1 (vegen heeft knoppen als alternatief), 2.5.8 (doelgrootte), 4.1.2 (rollen en namen),
 * 4.1.3 (statusmeldingen alleen als er niets automatisch draait).
 *
 * @summary Carousel of colleagues' mobility stories, consent-checked by the API.
 *
 * @tagname mobility-stories
 *
 * @attr base-url - The API to use when the element is not inside a `<mobility-provider>`.
 * @attr channel - `intranet` (default: needs a signed-in colleague, through the provider's token) or `public`.
 * @attr move-type - Only stories about this kind of move: `internal`, `secondment`, `partner`, `assignment`, `internship`, `external`. Reflects the filter.
 * @attr organisation - Only stories of this organisation (public channel).
 * @attr limit - How many stories to load (1–50, default 10).
 * @attr all-stories-url - Where the "Alle verhalen" link goes. Without it (and without the `all-stories` slot) no link is shown.
 * @attr autoplay - Opt in to automatic rotation. Never under `prefers-reduced-motion`.
 * @attr interval - Milliseconds per slide when rotating; values below 5000 are raised to 5000.
 * @attr heading-level - Level of each story's name heading (2–6, default 3).
 * @attr label - Accessible name of the carousel; defaults to "Kom in beweging: verhalen van collega’s".
 *
 * @fires {MobilityStoryChangeDetail} mobility-story-change - The shown story changed (by the user or by rotation).
 *
 * @slot all-stories - Replaces the "Alle verhalen" link, e.g. with a router link.
 *
 * @csspart filter - The move-type filter (label and select).
 * @csspart filter-select - The select of the filter.
 * @csspart carousel - The carousel region.
 * @csspart controls - The row with the rotation, previous and next buttons and the tabs.
 * @csspart rotation-button - The start/stop button (only with `autoplay`).
 * @csspart previous-button - The previous-story button.
 * @csspart next-button - The next-story button.
 * @csspart tablist - The slide pickers.
 * @csspart tab - One slide picker; also `tab-selected`.
 * @csspart slides - The container of the slides (its live region).
 * @csspart slide - One slide.
 * @csspart photo - A portrait.
 * @csspart name - A story's heading.
 * @csspart move - The from/to line.
 * @csspart badge - The move-type badge.
 * @csspart quote - The quote.
 * @csspart disclosure - The "read the whole story" disclosure.
 * @csspart body - The full story.
 * @csspart cta - The story's call to action.
 * @csspart all-stories-link - The "Alle verhalen" link.
 * @csspart skeleton - The placeholder while loading.
 * @csspart empty - The message when there are no stories.
 * @csspart error - The message when loading failed.
 * @csspart button - Every button; also `retry-button`, `clear-button`.
 *
 * @cssprop [--mobility-stories-gap=var(--mobility-space-m)] - Space between the carousel's controls, slide and links.
 * @cssprop [--mobility-stories-slide-background=var(--mobility-color-surface-subtle)] - Background of a slide.
 * @cssprop [--mobility-stories-radius=var(--mobility-radius)] - Corners of the slide, the portrait and the pickers.
 * @cssprop [--mobility-stories-photo-width=12rem] - Width of the portrait next to the text.
 * @cssprop [--mobility-stories-accent=var(--mobility-color-primary)] - Quote bar, selected slide picker, buttons and links.
 */
export class MobilityStories extends LitElement {
  static override styles = storiesStyles;

  /** The API to use without a provider. */
  @property({ attribute: 'base-url' })
  baseUrl?: string;

  /** Which consent channel to ask for. */
  @property()
  channel: StoryChannel = 'intranet';

  /** Only stories about this kind of move. */
  @property({ attribute: 'move-type', reflect: true })
  moveType?: MoveType;

  /** Only stories of this organisation. */
  @property()
  organisation?: string;

  /** How many stories to load, 1–50. */
  @property({ type: Number })
  limit = 10;

  /** Link to a page with every story. */
  @property({ attribute: 'all-stories-url' })
  allStoriesUrl?: string;

  /** Opt in to automatic rotation. */
  @property({ type: Boolean })
  autoplay = false;

  /** Milliseconds per slide when rotating; read through {@link clampRotationInterval} (at least 5000). */
  @property({ type: Number })
  interval = defaultRotationIntervalMs;

  /** Heading level of each story's name, 2–6. */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 3;

  /** Accessible name of the carousel. */
  @property()
  label?: string;

  /** Index of the story shown. */
  @state() private current = 0;

  private readonly l10n = new LocalizeController<StoriesStrings>(this, 'mobility-stories', storiesTranslations);

  private readonly clientSource = new MobilityClientController(this, {
    baseUrl: () => this.baseUrl,
    locale: () => this.l10n.lang,
  });

  private readonly rotation = new RotationController(this, {
    wanted: () => this.autoplay && this.items.length > 1,
    interval: () => clampRotationInterval(this.interval),
    advance: () => this.show(this.current + 1),
  });

  private readonly load = new Task(this, {
    args: (): LoadArgs => [
      this.clientSource.client,
      this.clientSource.configurationError,
      this.channelValue,
      isMoveType(this.moveType) ? this.moveType : undefined,
      this.organisation || undefined,
      this.limitValue,
    ],
    task: async ([client, configurationError, channel, moveType, organisation, limit], { signal }): Promise<StoryPage> => {
      if (!client) throw new MissingClientError({ cause: configurationError });
      return client.stories.list({ channel, moveType, organisation, limit }, { signal });
    },
  });

  private pointerStart: { id: number; x: number; y: number } | undefined;

  /** Whether the slides are rotating automatically right now. */
  get rotating(): boolean {
    return this.rotation.rotating;
  }

  /** The position of the story shown, from 0. */
  get currentIndex(): number {
    return this.current;
  }

  /** Load the stories again. */
  reload(): void {
    void this.load.run();
  }

  private get channelValue(): StoryChannel {
    return (storyChannels as readonly string[]).includes(this.channel) ? this.channel : 'intranet';
  }

  private get limitValue(): number {
    const n = Math.floor(Number(this.limit));
    return Number.isFinite(n) ? Math.min(50, Math.max(1, n)) : 10;
  }

  private get items(): Story[] {
    return this.load.status === TaskStatus.COMPLETE ? (this.load.value?.items ?? []) : [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('moveType') || changed.has('channel') || changed.has('organisation')) this.current = 0;
    const count = this.items.length;
    if (count > 0 && this.current >= count) this.current = 0;
  }

  /** Show the story at `index` (wrapping around). Focus is left where it is. */
  private show(index: number): void {
    const count = this.items.length;
    if (count === 0) return;
    const next = ((index % count) + count) % count;
    if (next === this.current) return;
    this.current = next;
    const story = this.items[next]!;
    this.dispatchEvent(
      new CustomEvent<MobilityStoryChangeDetail>('mobility-story-change', { bubbles: true, composed: true, detail: { story, index: next } }),
    );
  }

  protected override render() {
    const t = this.l10n.strings;
    const filtered = isMoveType(this.moveType);
    return html`
      <div class="root" lang=${this.l10n.lang}>
        <div part="filter" class="filter">
          <label for="move-type">${t.filterLabel}</label>
          <select id="move-type" part="filter-select" @change=${this.onFilterChange}>
            <option value="" ?selected=${!filtered}>${t.filterAll}</option>
            ${moveTypes.map((type) => html`<option value=${type} ?selected=${this.moveType === type}>${t.moveTypes[type]}</option>`)}
          </select>
        </div>
        <section
          part="carousel"
          class="carousel"
          aria-roledescription="carousel"
          aria-label=${this.label || t.carouselLabel}
          aria-busy=${this.isLoading ? 'true' : 'false'}
          @mouseenter=${this.onHover}
          @focusin=${this.onFocusIn}
        >
          ${this.renderState(t, filtered)}
        </section>
        <div class="all-stories">
          <slot name="all-stories">
            ${this.allStoriesUrl && isLinkable(this.allStoriesUrl)
              ? html`<a part="all-stories-link" href=${this.allStoriesUrl}>${t.allStories}</a>`
              : nothing}
          </slot>
        </div>
      </div>
    `;
  }

  private get isLoading(): boolean {
    return this.load.status === TaskStatus.INITIAL || this.load.status === TaskStatus.PENDING;
  }

  private renderState(t: StoriesStrings, filtered: boolean) {
    if (this.isLoading) {
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
    if (this.load.status === TaskStatus.ERROR) {
      return html`<div part="error" class="message error" role="alert">
        <p class="message-title">${t.errorTitle}</p>
        <p class="error-message">${t.errors[loadErrorKind(this.load.error)]}</p>
        <button part="button retry-button" class="button" type="button" @click=${this.onRetry}>${t.retry}</button>
      </div>`;
    }
    const items = this.items;
    if (items.length === 0) {
      return html`<div part="empty" class="message empty" role="status">
        <p class="message-title">${t.emptyTitle}</p>
        <p>${t.emptyHint(filtered)}</p>
        ${filtered
          ? html`<button part="button clear-button" class="button button-secondary" type="button" @click=${this.clearFilter}>${t.clearFilter}</button>`
          : nothing}
      </div>`;
    }
    return this.renderCarousel(t, items);
  }

  private renderCarousel(t: StoriesStrings, items: Story[]) {
    const rotating = this.rotation.rotating;
    const single = items.length === 1;
    return html`
      <div part="controls" class="controls">
        ${this.rotation.available
          ? html`<button part="button rotation-button" class="button icon-button rotation" type="button" @click=${this.toggleRotation}>
              <span aria-hidden="true" class="icon">${rotating ? '❚❚' : '▶'}</span>
              <span class="visually-hidden">${rotating ? t.stopRotation : t.startRotation}</span>
            </button>`
          : nothing}
        ${single
          ? nothing
          : html`<button part="button previous-button" class="button icon-button" type="button" aria-controls="slides" @click=${this.previous}>
                <span aria-hidden="true" class="icon">‹</span><span class="visually-hidden">${t.previous}</span>
              </button>
              <div part="tablist" class="tablist" role="tablist" aria-label=${t.tablistLabel} @keydown=${this.onTabKeydown}>
                ${items.map((story, index) => {
                  const selected = index === this.current;
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
                    @click=${() => this.show(index)}
                  ></button>`;
                })}
              </div>
              <button part="button next-button" class="button icon-button" type="button" aria-controls="slides" @click=${this.next}>
                <span aria-hidden="true" class="icon">›</span><span class="visually-hidden">${t.next}</span>
              </button>`}
      </div>
      <div
        part="slides"
        class="slides"
        id="slides"
        aria-live=${rotating ? 'off' : 'polite'}
        @pointerdown=${this.onPointerDown}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerCancel}
      >
        ${items.map((story, index) => this.renderSlide(t, story, index, items.length, single))}
      </div>
    `;
  }

  private renderSlide(t: StoriesStrings, story: Story, index: number, total: number, single: boolean) {
    const shown = index === this.current;
    const baseUrl = this.clientSource.client?.baseUrl;
    const level = Math.min(6, Math.max(2, Math.floor(Number(this.headingLevel)) || 3));
    const cta = resolveAgainstApi(story.cta.href, baseUrl, document.baseURI);
    return html`<div
      part="slide"
      class="slide"
      id=${`slide-${index}`}
      role=${single ? 'group' : 'tabpanel'}
      aria-roledescription="slide"
      aria-label=${t.slideName(index + 1, total)}
      ?hidden=${!shown}
    >
      <article class="story" lang=${story.language}>
        ${story.photo
          ? html`<figure class="photo">
              <img
                part="photo"
                src=${resolveAgainstApi(story.photo.src, baseUrl, document.baseURI)}
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
          <p part="name" class="name" role="heading" aria-level=${level}>${story.displayName}</p>
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
      </article>
    </div>`;
  }

  private readonly previous = (): void => {
    this.rotation.restartTimer();
    this.show(this.current - 1);
  };

  private readonly next = (): void => {
    this.rotation.restartTimer();
    this.show(this.current + 1);
  };

  private readonly toggleRotation = (): void => {
    if (this.rotation.rotating) this.rotation.stop();
    else this.rotation.start();
  };

  private readonly onHover = (): void => {
    this.rotation.stop();
  };

  private readonly onFocusIn = (): void => {
    // Focus anywhere in the carousel — a tab, a button, a link in a slide — stops rotation for good.
    this.rotation.stop();
  };

  private readonly onTabKeydown = (event: KeyboardEvent): void => {
    const count = this.items.length;
    const target = { ArrowRight: this.current + 1, ArrowLeft: this.current - 1, Home: 0, End: count - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.show(target);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.current}`)?.focus());
  };

  private readonly onPointerDown = (event: PointerEvent): void => {
    if (!event.isPrimary) return;
    this.pointerStart = { id: event.pointerId, x: event.clientX, y: event.clientY };
  };

  private readonly onPointerUp = (event: PointerEvent): void => {
    const start = this.pointerStart;
    this.pointerStart = undefined;
    if (!start || start.id !== event.pointerId) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) < swipeThresholdPx || Math.abs(dx) <= Math.abs(dy)) return;
    this.rotation.stop();
    this.show(dx < 0 ? this.current + 1 : this.current - 1);
  };

  private readonly onPointerCancel = (): void => {
    this.pointerStart = undefined;
  };

  private readonly onFilterChange = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    this.moveType = isMoveType(value) ? value : undefined;
  };

  private readonly clearFilter = (): void => {
    this.moveType = undefined;
    this.renderRoot.querySelector<HTMLSelectElement>('#move-type')?.focus();
  };

  private readonly onRetry = (): void => {
    // Keep focus inside the widget while the retry button gives way to the skeleton.
    this.renderRoot.querySelector<HTMLElement>('#move-type')?.focus();
    void this.load.run();
  };
}

/** Only web, mail and same-page addresses become links; anything else is dropped. */
function isLinkable(href: string): boolean {
  return isSafeHref(href) || (href.startsWith('/') && !href.startsWith('//'));
}

/** `detail` of the `mobility-story-change` event. */
export interface MobilityStoryChangeDetail {
  /** The story now shown. */
  story: Story;
  /** Its position, from 0. */
  index: number;
}

declare global {
  interface HTMLElementEventMap {
    /** The story shown by `<mobility-stories>` changed. */
    'mobility-story-change': CustomEvent<MobilityStoryChangeDetail>;
  }
}
