import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { moveTypes, storyChannels, type MoveType, type Story, type StoryChannel, type StoryPage } from '@mobility-kit/contract';
import type { MobilityClient } from '@mobility-kit/sdk';
import { MobilityClientController } from '../shared/client-context.js';
import { LocalizeController } from '../shared/localize.js';
import { MissingClientError } from '../shared/load-error.js';
import { SwipeController } from '../shared/swipe-controller.js';
import { CarouselController } from './carousel-controller.js';
import { clampRotationInterval, defaultRotationIntervalMs, RotationController } from './rotation.js';
import { storiesTranslations, type StoriesStrings } from './translations.js';
import { storiesStyles } from './mobility-stories.styles.js';
import { carouselView, emptyView, errorView, filterView, isLinkable, skeletonView } from './views.js';

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

  private readonly l10n = new LocalizeController<StoriesStrings>(this, 'mobility-stories', storiesTranslations);

  private readonly clientSource = new MobilityClientController(this, {
    baseUrl: () => this.baseUrl,
    locale: () => this.l10n.lang,
  });

  /** Which story is shown; previous, next and the tabs. */
  private readonly carousel = new CarouselController(this, {
    count: () => this.items.length,
    changed: (index) => {
      const story = this.items[index]!;
      this.dispatchEvent(
        new CustomEvent<MobilityStoryChangeDetail>('mobility-story-change', { bubbles: true, composed: true, detail: { story, index } }),
      );
    },
  });

  private readonly rotation = new RotationController(this, {
    wanted: () => this.autoplay && this.items.length > 1,
    interval: () => clampRotationInterval(this.interval),
    advance: () => this.carousel.next(),
  });

  private readonly swipe = new SwipeController(this, {
    threshold: swipeThresholdPx,
    swiped: (direction) => {
      this.rotation.stop();
      if (direction === 'next') this.carousel.next();
      else this.carousel.previous();
    },
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

  /** Whether the slides are rotating automatically right now. */
  get rotating(): boolean {
    return this.rotation.rotating;
  }

  /** The position of the story shown, from 0. */
  get currentIndex(): number {
    return this.carousel.current;
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

  private get isLoading(): boolean {
    return this.load.status === TaskStatus.INITIAL || this.load.status === TaskStatus.PENDING;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('moveType') || changed.has('channel') || changed.has('organisation')) this.carousel.reset();
  }

  protected override render() {
    const t = this.l10n.strings;
    const moveType = isMoveType(this.moveType) ? this.moveType : undefined;
    return html`
      <div class="root" lang=${this.l10n.lang}>
        ${filterView(t, moveType, this.onFilterChange)}
        <section
          part="carousel"
          class="carousel"
          aria-roledescription="carousel"
          aria-label=${this.label || t.carouselLabel}
          aria-busy=${this.isLoading ? 'true' : 'false'}
          @mouseenter=${this.stopRotation}
          @focusin=${this.stopRotation}
        >
          ${this.renderState(t, moveType !== undefined)}
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

  /** Loading, failed, empty, or the carousel itself. */
  private renderState(t: StoriesStrings, filtered: boolean) {
    if (this.isLoading) return skeletonView(t);
    if (this.load.status === TaskStatus.ERROR) return errorView(t, this.load.error, this.onRetry);
    const items = this.items;
    if (items.length === 0) return emptyView(t, filtered, this.clearFilter);
    const baseUrl = this.clientSource.client?.baseUrl;
    return carouselView({
      t,
      items,
      carousel: this.carousel,
      rotation: this.rotation,
      swipe: this.swipe,
      headingLevel: Math.min(6, Math.max(2, Math.floor(Number(this.headingLevel)) || 3)),
      resolve: (reference) => resolveAgainstApi(reference, baseUrl, document.baseURI),
      toggleRotation: this.toggleRotation,
      previous: this.previous,
      next: this.next,
    });
  }

  private readonly previous = (): void => {
    this.rotation.restartTimer();
    this.carousel.previous();
  };

  private readonly next = (): void => {
    this.rotation.restartTimer();
    this.carousel.next();
  };

  private readonly toggleRotation = (): void => {
    if (this.rotation.rotating) this.rotation.stop();
    else this.rotation.start();
  };

  /** Hovering the carousel, or focus anywhere in it — a tab, a button, a link in a slide — stops rotation for good. */
  private readonly stopRotation = (): void => {
    this.rotation.stop();
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
