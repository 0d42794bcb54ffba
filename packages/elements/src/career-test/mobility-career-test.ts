import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus } from '@lit/task';
import {
  CareerTestInstrument,
  languages,
  storyChannels,
  toInvalidParams,
  vacancyKinds,
  type CareerTestAnswers,
  type CareerTestItem,
  type CareerTestResult,
  type Language,
  type Story,
  type StoryChannel,
  type Vacancy,
  type VacancyKind,
} from '@mobility-kit/contract';
import {
  defaultInstrument,
  hasRiasecProfile,
  instrumentText,
  linkStories,
  rankVacancies,
  scoreInstrument,
  type StoryLink,
  type VacancyMatch,
} from '@mobility-kit/rules';
import type { MobilityClient } from '@mobility-kit/sdk';
import { MobilityClientController } from '../shared/client-context.js';
import { LocalizeController } from '../shared/localize.js';
import { loadErrorKind, MissingClientError } from '../shared/load-error.js';
import { isSafeHref } from '../shared/restricted-markdown.js';
import { careerTestTranslations, type CareerTestStrings } from './translations.js';
import { careerTestStyles } from './mobility-career-test.styles.js';
import { clearAllProgress, defaultRetentionDays, loadProgress, saveProgress, type CareerTestStep, type SavedProgress } from './progress-store.js';
import { profileChart, profileTable, tieSentences, type ScaleText } from './profile.js';

/**
 * `detail` of the `mobility-career-test-complete` event: the profile code as shown, e.g. `SA(I/E)`,
 * and nothing else — no answers, no scores.
 */
export interface MobilityCareerTestCompleteDetail {
  /** The profile code text with ties written out (`SA(I/E)`). */
  code: string;
}

declare global {
  interface HTMLElementEventMap {
    /** The employee finished the test and sees the result. */
    'mobility-career-test-complete': CustomEvent<MobilityCareerTestCompleteDetail>;
  }
}

/** Items per page when `page-size` is not set. */
export const defaultCareerTestPageSize = 6;
/** Vacancies fetched for matching: one bounded page, ranked in the browser. */
const vacanciesToRank = 100;
/** Vacancies shown on the result. */
const vacanciesShown = 5;
/** Stories fetched for linking: one page (the API's maximum), linked in the browser. */
const storiesToLink = 50;
/** Stories shown on the result. */
const storiesShown = 3;
/** Below this differentiation (highest minus lowest score) the code says little, and the result says so. */
const flatProfileBelow = 15;

type View = 'intro' | 'items' | 'values' | 'result';
type InvalidInstrument = { readonly issues: readonly string[] };
type VacancyOutcome = { readonly kind: 'none' } | { readonly kind: 'no-profile' } | { readonly kind: 'ranked'; readonly matches: VacancyMatch<Vacancy>[] };

const isVacancyKind = (value: unknown): value is VacancyKind => typeof value === 'string' && (vacancyKinds as readonly string[]).includes(value);
const isStoryChannel = (value: unknown): value is StoryChannel => typeof value === 'string' && (storyChannels as readonly string[]).includes(value);

/** A host-given or API-given link, when it resolves to a web or mail address (never `javascript:`). */
function linkOrNothing(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return isSafeHref(new URL(url, document.baseURI).href) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The `instrument` attribute holds a JSON document; anything that is not JSON stays a string and fails validation. */
const instrumentConverter = {
  fromAttribute(value: string | null): unknown {
    if (value === null || value.trim() === '') return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  },
};

/**
 * The loopbaantest: a career-interest test (Holland's RIASEC by default) that an employee takes for
 * their own exploration, with an optional work-values card sort, a profile with ties shown honestly,
 * fitting directions and matching vacancies.
 *
 * Privacy: answers and the result never leave the browser. They are kept in `localStorage` (bound
 * to the instrument's id and version, discarded after `retention-days` without activity, erased by
 * "Vergeet mijn antwoorden"). Vacancies are fetched without any part of the profile — unfiltered or
 * by `vacancy-kind` only — and ranked on the device. Colleagues' stories likewise: one page of the
 * `stories-channel`, unfiltered, linked to the profile on the device; when that fails or nothing fits,
 * the stories section shows only the host's slot and `stories-url` link, never an error. The only
 * other request is the optional anonymous count of `report-completion`.
 *
 * @summary Career test (loopbaantest) with a confidential, printable profile and matching vacancies.
 *
 * @tagname mobility-career-test
 *
 * @attr base-url - The API for vacancies (and the optional completion count) when the element is not inside a `<mobility-provider>`.
 * @attr instrument - Another instrument as a JSON document (the contract's `CareerTestInstrument`); also settable as a property. Invalid → an error state naming what is wrong.
 * @attr report-completion - When present, one anonymous `{ type: 'career-test-completed' }` event is sent after the result is first shown. Nothing else is sent; a failure is ignored.
 * @attr page-size - Items per page (1–20, default 6).
 * @attr retention-days - Days that saved answers are kept after the last change (1–365, default 30).
 * @attr vacancy-kind - Fetch only vacancies of this kind (`vacancy`, `assignment`, …) for matching.
 * @attr vacancy-url - Link template for a matching vacancy, e.g. `/vacatures/{id}`; without it the vacancy's own apply link is used, if any.
 * @attr stories-url - Where colleagues' stories of a move are published; shown as a link on the result.
 * @attr stories-channel - The stories channel to read: `public` (the default, needs no sign-in) or `intranet` (a host on an intranet whose provider gives a colleague's token; the API then serves that organisation's intranet stories). Up to three stories whose move went to work that fits the profile are shown.
 *
 * @slot stories - Content of the host shown in the stories section, below the matching stories (e.g. a `<mobility-stories>` element).
 *
 * @fires {MobilityCareerTestCompleteDetail} mobility-career-test-complete - The employee finished the test and sees the result. Bubbles, composed. The detail carries only the code text (`SA(I/E)`), never answers or scores. It stays in the page: it leaves the device only if the host page sends it somewhere, which a host must not do without the employee's consent.
 *
 * @csspart intro - The introduction.
 * @csspart progress - The progress bar.
 * @csspart item - One question (a fieldset with radio buttons).
 * @csspart values - The list of work values to put in order.
 * @csspart result - The result.
 * @csspart code - The profile code box.
 * @csspart chart - The profile chart; `bar` is one row of it.
 * @csspart table - The table with the same scores.
 * @csspart vacancies - The matching vacancies section.
 * @csspart stories - The stories section.
 * @csspart story - One matching story; `story-move` is its "from → to" line, `story-quote` its quote.
 * @csspart stories-link - The link to `stories-url`.
 * @csspart error - An error message.
 * @csspart button - Every button; also `start-button`, `next-button`, `back-button`, `forget-button`, `print-button`.
 * @csspart dialog - The confirmation before forgetting the answers.
 * @csspart announcer - The polite live region (visually hidden).
 *
 * @cssprop [--mobility-career-test-gap=var(--mobility-space-m)] - Space between the blocks of a page and of the result.
 * @cssprop [--mobility-career-test-item-background=var(--mobility-color-surface)] - Background of a question and of a card-sort item.
 * @cssprop [--mobility-career-test-item-border-color=var(--mobility-color-border)] - Border of a question, a card-sort item and a matching vacancy.
 * @cssprop [--mobility-career-test-bar-color=var(--mobility-color-primary)] - Profile bars, the progress bar and the accent colour of the answer controls.
 * @cssprop [--mobility-career-test-bar-track=var(--mobility-color-surface-subtle)] - Background (track) of a profile bar.
 * @cssprop [--mobility-career-test-button-background=var(--mobility-color-primary)] - Background and border of the primary buttons; text of the secondary ones.
 * @cssprop [--mobility-career-test-button-color=var(--mobility-color-on-primary)] - Text of the primary buttons.
 */
export class MobilityCareerTest extends LitElement {
  static override styles = careerTestStyles;

  /** The API to use without a provider. When set it wins over a surrounding `<mobility-provider>`. */
  @property({ attribute: 'base-url' })
  baseUrl?: string;

  /**
   * The instrument document. Defaults to the built-in RIASEC instrument of `@mobility-kit/rules`.
   * It is validated with the contract's `CareerTestInstrument`; an invalid document shows an error
   * state instead of the test.
   */
  @property({ converter: instrumentConverter })
  instrument: unknown = defaultInstrument;

  /** Send one anonymous completion count (type only) when the result is first shown. Off by default. */
  @property({ attribute: 'report-completion', type: Boolean })
  reportCompletion = false;

  /** Items per page, 1–20. */
  @property({ attribute: 'page-size', type: Number })
  pageSize = defaultCareerTestPageSize;

  /** Days saved answers are kept after the last change, 1–365. */
  @property({ attribute: 'retention-days', type: Number })
  retentionDays = defaultRetentionDays;

  /** Fetch only vacancies of this kind for matching. An unknown value is ignored. */
  @property({ attribute: 'vacancy-kind' })
  vacancyKind?: VacancyKind;

  /** Link template for a matching vacancy; `{id}` is replaced by the vacancy id. */
  @property({ attribute: 'vacancy-url' })
  vacancyUrl?: string;

  /** Link to colleagues' stories of a move. */
  @property({ attribute: 'stories-url' })
  storiesUrl?: string;

  /** The stories channel to read: `public` (default) or `intranet` (needs the provider's token). An unknown value means `public`. */
  @property({ attribute: 'stories-channel' })
  storiesChannel: StoryChannel = 'public';

  @state() private view: View = 'intro';
  @state() private page = 0;
  @state() private answers: Readonly<Record<string, number>> = {};
  @state() private valueOrder: readonly string[] = [];
  @state() private valuesSkipped = false;
  /** Items on the current page that "next" found unanswered. */
  @state() private missing: ReadonlySet<string> = new Set();
  @state() private result: CareerTestResult | undefined;
  /** Progress found in storage when the element started, offered on the introduction. */
  @state() private resumable: SavedProgress | undefined;
  @state() private announcement = '';

  @query('dialog') private dialog?: HTMLDialogElement;

  private readonly l10n = new LocalizeController<CareerTestStrings>(this, 'mobility-career-test', careerTestTranslations);
  private readonly clientSource = new MobilityClientController(this, {
    baseUrl: () => this.baseUrl,
    locale: () => this.l10n.lang,
  });

  /** The validated instrument, or why it is not valid. */
  private checked: { doc: CareerTestInstrument } | InvalidInstrument = { doc: defaultInstrument };
  /** Element id (or selector) to focus after the next render. */
  private focusTarget: string | undefined;

  private readonly vacancyTask = new Task(this, {
    args: () => [this.view === 'result' ? this.result : undefined, this.clientSource.client, this.clientSource.configurationError, this.kindFilter] as const,
    task: async ([result, client, configurationError, kind]: readonly [CareerTestResult | undefined, MobilityClient | undefined, unknown, VacancyKind | undefined], { signal }): Promise<VacancyOutcome> => {
      if (!result) return { kind: 'none' };
      if (!hasRiasecProfile(result)) return { kind: 'no-profile' };
      if (!client) throw new MissingClientError({ cause: configurationError });
      // Never the profile: one bounded, unfiltered page (or one kind), ranked here on the device.
      const page = await client.vacancies.list({ limit: vacanciesToRank, kind }, { signal });
      const matches = rankVacancies(result, page.items).filter((match) => match.congruence !== null);
      return { kind: 'ranked', matches: matches.slice(0, vacanciesShown) };
    },
  });

  /**
   * Stories are a bonus on the result: whatever goes wrong (no API, no token for the intranet, a
   * server error, an unreadable answer) the section falls back to the host's slot and link.
   */
  private readonly storyTask = new Task(this, {
    args: () => [this.view === 'result' ? this.result : undefined, this.clientSource.client, this.channel] as const,
    task: async ([result, client, channel]: readonly [CareerTestResult | undefined, MobilityClient | undefined, StoryChannel], { signal }): Promise<StoryLink<Story>[]> => {
      if (!result || !client || !hasRiasecProfile(result)) return [];
      try {
        // Never the profile: one page of the channel, unfiltered, linked here on the device.
        const page = await client.stories.list({ channel, limit: storiesToLink }, { signal });
        return linkStories(result, page.items, { limit: storiesShown });
      } catch {
        return [];
      }
    },
  });

  private get channel(): StoryChannel {
    return isStoryChannel(this.storiesChannel) ? this.storiesChannel : 'public';
  }

  private get kindFilter(): VacancyKind | undefined {
    return isVacancyKind(this.vacancyKind) ? this.vacancyKind : undefined;
  }

  private get doc(): CareerTestInstrument | undefined {
    return 'doc' in this.checked ? this.checked.doc : undefined;
  }

  private get itemsPerPage(): number {
    const size = Math.floor(Number(this.pageSize));
    return Number.isFinite(size) ? Math.min(20, Math.max(1, size)) : defaultCareerTestPageSize;
  }

  private get retention(): number {
    const days = Number(this.retentionDays);
    return Number.isFinite(days) ? Math.min(365, Math.max(1, days)) : defaultRetentionDays;
  }

  private get pageCount(): number {
    return Math.ceil((this.doc?.items.length ?? 0) / this.itemsPerPage);
  }

  /** The language of the instrument's texts: the interface language when the document has it. */
  private get textLang(): Language {
    const lang = this.l10n.lang;
    const doc = this.doc;
    if ((languages as readonly string[]).includes(lang) && (!doc || doc.languages.includes(lang as Language))) return lang as Language;
    return doc?.languages[0] ?? 'nl';
  }

  private text(value: Partial<Record<Language, string>>): string {
    return this.doc ? instrumentText(this.doc, value, this.textLang) : '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('instrument') || changed.has('retentionDays')) this.loadInstrument();
  }

  /** Validate the instrument and pick up saved progress for it. */
  private loadInstrument(): void {
    const value = this.instrument ?? defaultInstrument;
    if (typeof value === 'string') {
      this.checked = { issues: ['(root): is not a JSON document'] };
    } else {
      const parsed = value === defaultInstrument ? { success: true as const, data: defaultInstrument } : CareerTestInstrument.safeParse(value);
      this.checked = parsed.success
        ? { doc: parsed.data }
        : { issues: toInvalidParams(parsed.error.issues, 'body').map((issue) => `${issue.path}: ${issue.message}`) };
    }
    this.view = 'intro';
    this.page = 0;
    this.missing = new Set();
    this.result = undefined;
    const doc = this.doc;
    const saved = doc ? loadProgress(doc, this.retention) : undefined;
    this.resumable = saved && Object.keys(saved.items).length > 0 ? saved : undefined;
    this.answers = saved?.items ?? {};
    this.valueOrder = saved?.valueOrder ?? (doc?.workValues?.values.map((value) => value.id) ?? []);
    this.valuesSkipped = saved?.valuesSkipped ?? false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusTarget) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusTarget);
      this.focusTarget = undefined;
      target?.focus();
    }
  }

  protected override render() {
    const t = this.l10n.strings;
    const doc = this.doc;
    return html`<div class="root" lang=${this.l10n.lang} role="region" aria-label=${doc ? this.text(doc.title) : t.regionLabel}>
      ${doc ? this.renderView(doc, t) : this.renderInvalid(t)}
      <p part="announcer" class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${doc ? this.renderForgetDialog(t) : nothing}
    </div>`;
  }

  private renderView(doc: CareerTestInstrument, t: CareerTestStrings): TemplateResult {
    switch (this.view) {
      case 'intro':
        return this.renderIntro(doc, t);
      case 'items':
        return this.renderItems(doc, t);
      case 'values':
        return this.renderValues(doc, t);
      case 'result':
        return this.result ? this.renderResult(doc, this.result, t) : this.renderIntro(doc, t);
    }
  }

  private renderInvalid(t: CareerTestStrings): TemplateResult {
    const issues = 'issues' in this.checked ? this.checked.issues : [];
    return html`<div part="error" class="message error" role="alert">
      <p class="message-title">${t.invalidInstrumentTitle}</p>
      <p>${t.invalidInstrument}</p>
      <ul class="issues">
        ${issues.slice(0, 5).map((issue) => html`<li><code>${issue}</code></li>`)}
        ${issues.length > 5 ? html`<li>…</li>` : nothing}
      </ul>
    </div>`;
  }

  private renderIntro(doc: CareerTestInstrument, t: CareerTestStrings): TemplateResult {
    const minutes = Math.max(1, Math.round((doc.items.length * 8) / 60) + (doc.workValues ? 2 : 0));
    const saved = this.resumable;
    return html`<section part="intro" class="step">
      <h2 id="page-title" tabindex="-1">${this.text(doc.title)}</h2>
      <div class="promises">
        <p>${t.introPurpose}</p>
        <p><strong>${t.introConfidential}</strong></p>
        <p>${t.introDuration(this.l10n.number(minutes))}</p>
        <p>${t.introVoluntary}</p>
      </div>
      <p>${this.text(doc.intro)}</p>
      <p class="muted">${t.introStorage(this.l10n.number(this.retention))}</p>
      ${saved
        ? html`<p>${t.resumeNote(this.l10n.number(Object.keys(this.answers).length), this.l10n.number(doc.items.length))}</p>`
        : nothing}
      <div class="actions">
        <button part="button start-button" class="button" type="button" @click=${this.start}>${saved ? t.resume : t.start}</button>
        ${saved ? this.renderForgetButton(t) : nothing}
      </div>
    </section>`;
  }

  private renderItems(doc: CareerTestInstrument, t: CareerTestStrings): TemplateResult {
    const size = this.itemsPerPage;
    const first = this.page * size;
    const items = doc.items.slice(first, first + size);
    const total = doc.items.length;
    const last = first + items.length;
    const missingNumbers = items
      .map((item, i) => (this.missing.has(item.id) ? this.l10n.number(first + i + 1) : undefined))
      .filter((n): n is string => n !== undefined);
    const isLastPage = this.page >= this.pageCount - 1;
    return html`<section class="step">
      <h2 id="page-title" tabindex="-1">${this.text(doc.prompt)}</h2>
      <div class="progress">
        <p id="progress-text">${t.progress(this.l10n.number(first + 1), this.l10n.number(last), this.l10n.number(total))}</p>
        <progress part="progress" max=${total} .value=${last} aria-labelledby="progress-text"></progress>
      </div>
      <form class="step" novalidate @submit=${this.next}>
        <ol class="items" role="list">
          ${repeat(
            items,
            // Keyed by item: reusing one page's radios for the next would carry their checked state over.
            (item) => item.id,
            (item, i) => html`<li>${this.renderItem(doc, item, first + i + 1, t)}</li>`,
          )}
        </ol>
        ${missingNumbers.length > 0
          ? html`<p class="item-error" id="missing-summary">${t.unansweredSummary(missingNumbers.length, t.list(missingNumbers))}</p>`
          : nothing}
        <div class="actions">
          <button part="button back-button" class="button button-secondary" type="button" @click=${this.back}>${t.back}</button>
          <button part="button next-button" class="button" type="submit">
            ${isLastPage ? (doc.workValues ? t.toValues : t.toResult) : t.next}
          </button>
          ${this.renderForgetButton(t)}
        </div>
      </form>
    </section>`;
  }

  private renderItem(doc: CareerTestInstrument, item: CareerTestItem, number: number, t: CareerTestStrings): TemplateResult {
    const invalid = this.missing.has(item.id);
    const chosen = this.answers[item.id];
    return html`<fieldset
      part="item"
      class=${invalid ? 'invalid' : ''}
      id=${`item-${item.id}`}
      aria-describedby=${invalid ? `error-${item.id}` : nothing}
    >
      <legend><span class="visually-hidden">${t.questionNumber(this.l10n.number(number))}:</span> ${this.text(item.text)}</legend>
      ${invalid ? html`<p class="item-error" id=${`error-${item.id}`}>${t.unanswered}</p>` : nothing}
      <div class="options">
        ${doc.responseOptions.map(
          (option) => html`<label class="option">
            <input
              type="radio"
              name=${`answer-${item.id}`}
              value=${option.value}
              .checked=${chosen === option.value}
              @change=${() => this.answer(item.id, option.value)}
            />
            <span>${this.text(option.label)}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderValues(doc: CareerTestInstrument, t: CareerTestStrings): TemplateResult {
    const values = new Map((doc.workValues?.values ?? []).map((value) => [value.id, value]));
    const order = this.valueOrder;
    return html`<section class="step">
      <h2 id="page-title" tabindex="-1">${t.valuesTitle}</h2>
      ${doc.workValues ? html`<p>${this.text(doc.workValues.prompt)}</p>` : nothing}
      <p class="muted">${t.valuesHelp}</p>
      <ol part="values" class="values" role="list" aria-label=${t.valuesListLabel}>
        ${order.map((id, index) => {
          const value = values.get(id);
          if (!value) return nothing;
          const label = this.text(value.label);
          const atTop = index === 0;
          const atBottom = index === order.length - 1;
          return html`<li class="value" id=${`value-${id}`}>
            <span class="value-position" aria-hidden="true">${this.l10n.number(index + 1)}</span>
            <div>
              <strong>${label}</strong>
              <p class="muted">${this.text(value.description)}</p>
            </div>
            <div class="value-moves">
              <button
                part="button move-button"
                class="button button-quiet"
                type="button"
                data-move="up"
                aria-label=${t.moveUp(label)}
                aria-disabled=${atTop ? 'true' : 'false'}
                @click=${() => this.moveValue(id, -1)}
              >
                <span aria-hidden="true">↑</span> ${t.up}
              </button>
              <button
                part="button move-button"
                class="button button-quiet"
                type="button"
                data-move="down"
                aria-label=${t.moveDown(label)}
                aria-disabled=${atBottom ? 'true' : 'false'}
                @click=${() => this.moveValue(id, 1)}
              >
                <span aria-hidden="true">↓</span> ${t.down}
              </button>
            </div>
          </li>`;
        })}
      </ol>
      <p class="muted">${t.valuesSkipNote}</p>
      <div class="actions">
        <button part="button back-button" class="button button-secondary" type="button" @click=${this.back}>${t.back}</button>
        <button part="button done-button" class="button" type="button" @click=${() => this.finish(false)}>${t.valuesDone}</button>
        <button part="button skip-button" class="button button-secondary" type="button" @click=${() => this.finish(true)}>${t.valuesSkip}</button>
        ${this.renderForgetButton(t)}
      </div>
    </section>`;
  }

  private renderResult(doc: CareerTestInstrument, result: CareerTestResult, t: CareerTestStrings): TemplateResult {
    const scales = new Map<string, ScaleText>(doc.scales.map((scale) => [scale.id, { scale, label: this.text(scale.label) }]));
    const byCode = new Map(doc.scales.map((scale) => [scale.code, scale]));
    const describe = (code: string) => {
      const scale = byCode.get(code);
      return scale ? `${code} (${this.text(scale.label)})` : code;
    };
    const formatScore = (score: number) => this.l10n.number(score, { maximumFractionDigits: 0 });
    const formatCount = (count: number) => this.l10n.number(count);
    const ties = tieSentences(result.code, describe, t);
    const topCodes = [...new Set(result.code.positions.flat())];
    const topScales = topCodes.map((code) => byCode.get(code)).filter((scale): scale is NonNullable<typeof scale> => scale !== undefined);
    return html`<section part="result" class="step">
      <h2 id="page-title" tabindex="-1">${t.resultTitle}</h2>
      <p class="promises"><strong>${t.resultConfidential}</strong></p>
      <div part="code" class="code">
        <p>${t.codeLabel}: <span class="code-text">${result.code.text}</span></p>
        <p>${t.codeExplanation}</p>
        ${ties.map((sentence) => html`<p class="tie">${sentence}</p>`)}
        ${result.differentiation < flatProfileBelow ? html`<p>${t.flatProfile}</p>` : nothing}
      </div>
      ${profileChart(result, scales, t, formatScore)} ${profileTable(result, scales, t, formatScore, formatCount)}
      <section class="part">
        <h3 id="types-title">${t.topTypesTitle}</h3>
        <ul class="types" role="list">
          ${topScales.map(
            (scale) => html`<li class="type">
              <h4>${scale.code} · ${this.text(scale.label)}</h4>
              <p>${this.text(scale.description)}</p>
              ${scale.directions
                ? html`<p>${this.text(scale.directions.summary)}</p>
                    ${scale.directions.inHigherEducation.length > 0
                      ? html`<p><strong>${t.directionsInHigherEducation}:</strong> ${scale.directions.inHigherEducation.map((d) => this.text(d)).join(', ')}</p>`
                      : nothing}
                    ${scale.directions.elsewhere.length > 0
                      ? html`<p><strong>${t.directionsElsewhere}:</strong> ${scale.directions.elsewhere.map((d) => this.text(d)).join(', ')}</p>`
                      : nothing}`
                : nothing}
            </li>`,
          )}
        </ul>
      </section>
      ${doc.workValues ? this.renderValuesResult(doc, result, t) : nothing} ${this.renderVacancies(t)} ${this.renderStories(t)}
      ${doc.attribution ? html`<p class="muted">${this.text(doc.attribution)}</p>` : nothing}
      <div class="actions">
        <button part="button print-button" class="button button-secondary" type="button" @click=${this.print}>${t.print}</button>
        ${this.renderForgetButton(t)}
      </div>
    </section>`;
  }

  private renderValuesResult(doc: CareerTestInstrument, result: CareerTestResult, t: CareerTestStrings): TemplateResult {
    const values = new Map((doc.workValues?.values ?? []).map((value) => [value.id, value]));
    return html`<section class="part">
      <h3 id="values-title">${t.valuesResultTitle}</h3>
      ${result.workValues
        ? html`<ol>
            ${result.workValues.map((id) => {
              const value = values.get(id);
              return value ? html`<li><strong>${this.text(value.label)}</strong> — ${this.text(value.description)}</li>` : nothing;
            })}
          </ol>`
        : html`<p>${t.valuesResultSkipped}</p>`}
    </section>`;
  }

  private renderVacancies(t: CareerTestStrings): TemplateResult {
    const task = this.vacancyTask;
    const pending = task.status === TaskStatus.INITIAL || task.status === TaskStatus.PENDING;
    const outcome = task.value;
    let body: TemplateResult;
    if (pending) {
      body = html`<p>${t.vacanciesLoading}</p>`;
    } else if (task.status === TaskStatus.ERROR) {
      body = html`<div part="error" class="message error">
        <p class="message-title">${t.vacanciesError}</p>
        <p>${t.errors[loadErrorKind(task.error)]}</p>
        <button part="button retry-button" class="button no-print" type="button" @click=${() => void task.run()}>${t.retry}</button>
      </div>`;
    } else if (outcome?.kind === 'no-profile') {
      body = html`<p>${t.vacanciesNoProfile}</p>`;
    } else if (outcome?.kind === 'ranked' && outcome.matches.length > 0) {
      body = html`<ul class="matches" role="list">
        ${outcome.matches.map((match) => this.renderMatch(match, t))}
      </ul>`;
    } else {
      body = html`<p>${t.vacanciesEmpty}</p>`;
    }
    return html`<section part="vacancies" class="part" aria-busy=${pending ? 'true' : 'false'}>
      <h3 id="vacancies-title">${t.vacanciesTitle}</h3>
      <p class="muted">${t.vacanciesIntro}</p>
      ${body}
    </section>`;
  }

  private renderStories(t: CareerTestStrings): TemplateResult {
    const task = this.storyTask;
    const pending = task.status === TaskStatus.INITIAL || task.status === TaskStatus.PENDING;
    const links = task.status === TaskStatus.COMPLETE ? (task.value ?? []) : [];
    const href = linkOrNothing(this.storiesUrl);
    return html`<section part="stories" class="part" aria-busy=${pending ? 'true' : 'false'}>
      <h3 id="stories-title">${t.storiesTitle}</h3>
      ${links.length > 0
        ? html`<p class="muted">${t.storiesIntro}</p>
            <ul class="matches" role="list">
              ${repeat(
                links,
                (link) => link.story.id,
                (link) => this.renderStory(link.story, t),
              )}
            </ul>`
        : nothing}
      <slot name="stories"></slot>
      ${href ? html`<p><a part="stories-link" href=${href}>${t.storiesLink}</a></p>` : nothing}
    </section>`;
  }

  private renderStory(story: Story, t: CareerTestStrings): TemplateResult {
    // The story's own language for its texts; the connective read out instead of the arrow is the interface's.
    return html`<li part="story" class="match story" lang=${story.language}>
      <h4>${story.displayName}</h4>
      <p part="story-move" class="story-move">
        ${story.roleBefore}, ${story.orgBefore} <span aria-hidden="true">→</span
        ><span class="visually-hidden" lang=${this.l10n.lang}>${t.storyMovedTo}</span> ${story.roleAfter}, ${story.orgAfter}
      </p>
      <blockquote part="story-quote" class="story-quote"><p>${story.quote}</p></blockquote>
    </li>`;
  }

  private renderMatch(match: VacancyMatch<Vacancy>, t: CareerTestStrings): TemplateResult {
    const vacancy = match.vacancy;
    const href = this.vacancyUrl
      ? linkOrNothing(this.vacancyUrl.replaceAll('{id}', encodeURIComponent(vacancy.id)))
      : linkOrNothing(vacancy.applyUrl);
    return html`<li class="match">
      <h4 lang=${vacancy.language}>${href ? html`<a href=${href}>${vacancy.title}</a>` : vacancy.title}</h4>
      <p>${vacancy.organisation.name} · ${vacancy.location.city}</p>
      ${match.congruence !== null
        ? html`<p class="muted">${t.fit(this.l10n.number(match.congruence / 100, { style: 'percent', maximumFractionDigits: 0 }))}</p>`
        : nothing}
    </li>`;
  }

  private renderForgetButton(t: CareerTestStrings): TemplateResult {
    return html`<button part="button forget-button" class="button button-quiet" type="button" @click=${this.askForget}>${t.forget}</button>`;
  }

  private renderForgetDialog(t: CareerTestStrings): TemplateResult {
    return html`<dialog part="dialog" aria-labelledby="forget-title" aria-describedby="forget-text" @close=${this.onDialogClose}>
      <form method="dialog">
        <h2 id="forget-title">${t.forgetTitle}</h2>
        <p id="forget-text">${t.forgetText}</p>
        <div class="actions-dialog actions">
          <button part="button confirm-forget-button" class="button" value="forget" type="submit">${t.forgetConfirm}</button>
          <button part="button cancel-button" class="button button-secondary" value="cancel" type="submit" autofocus>${t.cancel}</button>
        </div>
      </form>
    </dialog>`;
  }

  // --- behaviour -------------------------------------------------------------------------------

  private readonly start = (): void => {
    const saved = this.resumable;
    const step: CareerTestStep = saved?.step ?? { view: 'items', page: 0 };
    this.announcement = '';
    if (step.view === 'result' && this.allAnswered()) {
      // Resuming a finished test shows its result again; it is not a new completion.
      this.result = this.score();
      this.view = this.result ? 'result' : 'items';
    } else if (step.view === 'values' && this.allAnswered() && this.doc?.workValues) {
      this.view = 'values';
    } else {
      this.view = 'items';
      this.page = step.view === 'items' ? Math.min(step.page, Math.max(0, this.pageCount - 1)) : 0;
    }
    this.focusTarget = '#page-title';
  };

  private answer(item: string, value: number): void {
    this.answers = { ...this.answers, [item]: value };
    if (this.missing.has(item)) {
      const missing = new Set(this.missing);
      missing.delete(item);
      this.missing = missing;
    }
    this.persist();
  }

  private readonly next = (event: Event): void => {
    event.preventDefault();
    const doc = this.doc;
    if (!doc) return;
    const size = this.itemsPerPage;
    const items = doc.items.slice(this.page * size, this.page * size + size);
    const missing = items.filter((item) => !(item.id in this.answers));
    if (missing.length > 0) {
      this.missing = new Set(missing.map((item) => item.id));
      const t = this.l10n.strings;
      const numbers = missing.map((item) => this.l10n.number(doc.items.indexOf(item) + 1));
      this.announcement = t.unansweredSummary(missing.length, t.list(numbers));
      // The first radio of the first unanswered item: the keyboard lands where the answer is needed.
      this.focusTarget = `#item-${CSS.escape(missing[0]!.id)} input`;
      return;
    }
    this.missing = new Set();
    this.announcement = '';
    if (this.page < this.pageCount - 1) {
      this.page += 1;
    } else if (doc.workValues) {
      this.view = 'values';
    } else {
      this.finish(true);
      return;
    }
    this.persist();
    this.focusTarget = '#page-title';
  };

  private readonly back = (): void => {
    this.missing = new Set();
    this.announcement = '';
    if (this.view === 'values') {
      this.view = 'items';
      this.page = Math.max(0, this.pageCount - 1);
    } else if (this.page > 0) {
      this.page -= 1;
    } else {
      this.view = 'intro';
      this.resumable = Object.keys(this.answers).length > 0 ? this.snapshot() : undefined;
    }
    this.persist();
    this.focusTarget = '#page-title';
  };

  private moveValue(id: string, delta: -1 | 1): void {
    const t = this.l10n.strings;
    const doc = this.doc;
    const label = this.text(doc?.workValues?.values.find((value) => value.id === id)?.label ?? {});
    const order = [...this.valueOrder];
    const from = order.indexOf(id);
    const to = from + delta;
    if (from < 0) return;
    if (to < 0 || to >= order.length) {
      this.announcement = delta < 0 ? t.atTop(label) : t.atBottom(label);
      return;
    }
    order.splice(from, 1);
    order.splice(to, 0, id);
    this.valueOrder = order;
    this.announcement = t.moved(label, this.l10n.number(to + 1), this.l10n.number(order.length));
    // Keep the keyboard on the moved card: the same button while it can move further, else the other one.
    const direction = delta < 0 ? (to === 0 ? 'down' : 'up') : to === order.length - 1 ? 'up' : 'down';
    this.focusTarget = `#value-${CSS.escape(id)} [data-move="${direction}"]`;
    this.persist();
  }

  private allAnswered(): boolean {
    return this.doc?.items.every((item) => item.id in this.answers) ?? false;
  }

  private score(): CareerTestResult | undefined {
    const doc = this.doc;
    if (!doc) return undefined;
    const answers: CareerTestAnswers = {
      instrument: { id: doc.id, version: doc.version },
      items: { ...this.answers },
      valueOrder: doc.workValues && !this.valuesSkipped ? [...this.valueOrder] : [],
    };
    try {
      return scoreInstrument(doc, answers);
    } catch {
      // Only reachable with answers that do not fit, which the store and the form rule out.
      return undefined;
    }
  }

  private async finish(skipValues: boolean): Promise<void> {
    if (this.view === 'result') return;
    this.valuesSkipped = skipValues;
    const result = this.score();
    if (!result) {
      this.view = 'items';
      this.page = 0;
      return;
    }
    this.result = result;
    this.view = 'result';
    this.announcement = '';
    this.persist();
    this.focusTarget = '#page-title';
    await this.updateComplete;
    this.dispatchEvent(
      new CustomEvent<MobilityCareerTestCompleteDetail>('mobility-career-test-complete', {
        bubbles: true,
        composed: true,
        detail: { code: result.code.text },
      }),
    );
    if (this.reportCompletion) this.reportCompletionOnce();
  }

  /**
   * The anonymous completion count: the event type and nothing else. Sent once per completion (a
   * POST is never retried by the SDK); a failure changes nothing for the employee, so it is ignored.
   */
  private reportCompletionOnce(): void {
    const client = this.clientSource.client;
    if (!client) return;
    client.events.create({ type: 'career-test-completed' }).catch(() => undefined);
  }

  private snapshot(): SavedProgress {
    const step: CareerTestStep =
      this.view === 'items' || this.view === 'intro' ? { view: 'items', page: this.page } : this.view === 'values' ? { view: 'values' } : { view: 'result' };
    return { items: this.answers, valueOrder: this.valueOrder, valuesSkipped: this.valuesSkipped, step };
  }

  /** Save progress locally once there is something to resume; nothing is saved before the first answer. */
  private persist(): void {
    const doc = this.doc;
    if (!doc || Object.keys(this.answers).length === 0) return;
    saveProgress(doc, this.snapshot());
  }

  private readonly print = (): void => {
    window.print();
  };

  private forgetOpener: HTMLElement | undefined;

  private readonly askForget = (event: Event): void => {
    this.forgetOpener = event.currentTarget as HTMLElement;
    this.dialog?.showModal();
  };

  private readonly onDialogClose = (): void => {
    const dialog = this.dialog;
    if (dialog?.returnValue === 'forget') {
      dialog.returnValue = '';
      this.forget();
      return;
    }
    this.forgetOpener?.focus();
  };

  /** Erase every saved answer on this device and start from the introduction. */
  forget(): void {
    clearAllProgress();
    const doc = this.doc;
    this.answers = {};
    this.valueOrder = doc?.workValues?.values.map((value) => value.id) ?? [];
    this.valuesSkipped = false;
    this.missing = new Set();
    this.result = undefined;
    this.resumable = undefined;
    this.page = 0;
    this.view = 'intro';
    this.announcement = this.l10n.strings.forgotten;
    this.focusTarget = '#page-title';
  }
}
