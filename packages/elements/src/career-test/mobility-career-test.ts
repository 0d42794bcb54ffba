import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { languages, storyChannels, vacancyKinds, type CareerTestInstrument, type Language, type StoryChannel, type VacancyKind } from '@mobility-kit/contract';
import { defaultInstrument, instrumentText } from '@mobility-kit/rules';
import { MobilityClientController } from '../shared/client-context.js';
import { ConfirmDialog } from '../shared/confirm-dialog.js';
import { LocalizeController } from '../shared/localize.js';
import { careerTestTranslations, type CareerTestStrings } from './translations.js';
import { careerTestStyles } from './mobility-career-test.styles.js';
import { defaultRetentionDays } from './progress-store.js';
import { CareerTestSession } from './session.js';
import { CareerTestRecommendations } from './recommendations.js';
import { storiesView, vacanciesView, type RecommendationsViewContext } from './recommendations-view.js';
import { forgetDialogView, introView, invalidInstrumentView } from './intro-view.js';
import { questionsView } from './questions-view.js';
import { valuesView } from './values-view.js';
import { resultView } from './result-view.js';
import type { CareerTestViewContext } from './view-context.js';

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

const isVacancyKind = (value: unknown): value is VacancyKind => typeof value === 'string' && (vacancyKinds as readonly string[]).includes(value);
const isStoryChannel = (value: unknown): value is StoryChannel => typeof value === 'string' && (storyChannels as readonly string[]).includes(value);

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

  @query('dialog') private dialog?: HTMLDialogElement;

  private readonly l10n = new LocalizeController<CareerTestStrings>(this, 'mobility-career-test', careerTestTranslations);
  private readonly clientSource = new MobilityClientController(this, {
    baseUrl: () => this.baseUrl,
    locale: () => this.l10n.lang,
  });

  /** Where the employee stands and what they answered (kept on the device only). */
  private readonly session = new CareerTestSession(this, {
    instrument: () => this.instrument,
    retentionDays: () => this.retentionDays,
    retention: () => this.retention,
    itemsPerPage: () => this.itemsPerPage,
    strings: () => this.l10n.strings,
    number: (value) => this.l10n.number(value),
    text: (value) => this.text(value),
    completed: (result) => {
      this.dispatchEvent(
        new CustomEvent<MobilityCareerTestCompleteDetail>('mobility-career-test-complete', {
          bubbles: true,
          composed: true,
          detail: { code: result.code.text },
        }),
      );
      if (this.reportCompletion) this.reportCompletionOnce();
    },
  });

  /** Matching vacancies and stories, fetched once the result is shown. */
  private readonly recommendations = new CareerTestRecommendations(this, {
    result: () => this.session.shownResult,
    client: () => this.clientSource.client,
    configurationError: () => this.clientSource.configurationError,
    kind: () => (isVacancyKind(this.vacancyKind) ? this.vacancyKind : undefined),
    channel: () => (isStoryChannel(this.storiesChannel) ? this.storiesChannel : 'public'),
  });

  private readonly forgetDialog = new ConfirmDialog({
    dialog: () => this.dialog,
    confirmValue: 'forget',
    confirmed: () => this.forget(),
  });

  private get itemsPerPage(): number {
    const size = Math.floor(Number(this.pageSize));
    return Number.isFinite(size) ? Math.min(20, Math.max(1, size)) : defaultCareerTestPageSize;
  }

  private get retention(): number {
    const days = Number(this.retentionDays);
    return Number.isFinite(days) ? Math.min(365, Math.max(1, days)) : defaultRetentionDays;
  }

  /** The language of the instrument's texts: the interface language when the document has it. */
  private get textLang(): Language {
    const lang = this.l10n.lang;
    const doc = this.session.doc;
    if ((languages as readonly string[]).includes(lang) && (!doc || doc.languages.includes(lang as Language))) return lang as Language;
    return doc?.languages[0] ?? 'nl';
  }

  private text(value: Partial<Record<Language, string>>): string {
    const doc = this.session.doc;
    return doc ? instrumentText(doc, value, this.textLang) : '';
  }

  protected override render() {
    const t = this.l10n.strings;
    const session = this.session;
    const doc = session.doc;
    return html`<div class="root" lang=${this.l10n.lang} role="region" aria-label=${doc ? this.text(doc.title) : t.regionLabel}>
      ${doc ? this.renderStep(doc, t) : invalidInstrumentView('issues' in session.checked ? session.checked.issues : [], t)}
      <p part="announcer" class="visually-hidden" role="status" aria-live="polite">${session.announcement}</p>
      ${doc ? forgetDialogView(t, this.forgetDialog.closed) : nothing}
    </div>`;
  }

  /** The step shown: introduction, a page of questions, the work-values sort or the result. */
  private renderStep(doc: CareerTestInstrument, t: CareerTestStrings): TemplateResult {
    const context: CareerTestViewContext & RecommendationsViewContext = {
      doc,
      session: this.session,
      t,
      lang: this.l10n.lang,
      retentionDays: this.retention,
      itemsPerPage: this.itemsPerPage,
      number: (value, options) => this.l10n.number(value, options),
      text: (value) => this.text(value),
      askForget: this.forgetDialog.open,
      vacancyUrl: this.vacancyUrl,
      storiesUrl: this.storiesUrl,
    };
    const result = this.session.result;
    switch (this.session.view) {
      case 'intro':
        return introView(context);
      case 'items':
        return questionsView(context);
      case 'values':
        return valuesView(context);
      case 'result':
        if (!result) return introView(context);
        return resultView(
          context,
          result,
          { vacancies: vacanciesView(context, this.recommendations), stories: storiesView(context, this.recommendations) },
          this.print,
        );
    }
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

  private readonly print = (): void => {
    window.print();
  };

  /** Erase every saved answer on this device and start from the introduction. */
  forget(): void {
    this.session.forget();
  }
}
