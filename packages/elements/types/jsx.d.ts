import type {
  MobilityCalculator,
  MobilityCareerTest,
  MobilityCareerTestCompleteDetail,
  MobilityDashboard,
  MobilityInsightsLoadDetail,
  MobilityHrCases,
  MobilityCaseChangeDetail,
  MobilityHrFeeds,
  MobilityFeedRunDetail,
  MobilityHrRegulations,
  MobilityRegulationsSaveDetail,
  MobilityHrStories,
  MobilityHrStorySaveDetail,
  MobilityHrVacancies,
  MobilityHrVacancyChangeDetail,
  MobilityProvider,
  MobilitySessionChangeDetail,
  MobilitySignIn,
  MobilityStories,
  MobilityStoryChangeDetail,
  MobilityVacancies,
  MobilityVacancySelectDetail,
} from "@mobility-kit/elements";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 */
export type ScopedElements<Prefix extends string = "", Suffix extends string = ""> = {
  [Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`]: CustomElements[Key];
};

type BaseProps = {
  /** Content added between the opening and closing tags of the element */
  children?: any;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined>;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl";
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string;
  /** A unique identifier for the element. */
  id?: string;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number;
  /** Specifies the language of the element. */
  lang?: string;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: unknown | ((e: unknown) => void);
  /** Adds a reference for a custom element slot */
  slot?: string;
  /** Prop for setting inline styles */
  style?: Record<string, string | number>;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number;
  /** Specifies the tooltip text for the element. */
  title?: string;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no";
};

type BaseEvents = {};

export type MobilityCalculatorProps = {
  /** The API to load verified parameters from without a provider; wins over a surrounding `<mobility-provider>`. */
  "base-url"?: MobilityCalculator["baseUrl"];
  /** The organisation whose verified parameters replace the shipped table (its id). */
  organisation?: MobilityCalculator["organisation"];
  /** Level of the title, 1–5; section headings are one level below. */
  "heading-level"?: MobilityCalculator["headingLevel"];
};

export type MobilityCareerTestProps = {
  /** The API to use without a provider. When set it wins over a surrounding `<mobility-provider>`. */
  "base-url"?: MobilityCareerTest["baseUrl"];
  /** The instrument document. Defaults to the built-in RIASEC instrument of `@mobility-kit/rules`.
It is validated with the contract's `CareerTestInstrument`; an invalid document shows an error
state instead of the test. */
  instrument?: MobilityCareerTest["instrument"];
  /** Send one anonymous completion count (type only) when the result is first shown. Off by default. */
  "report-completion"?: MobilityCareerTest["reportCompletion"];
  /** Items per page, 1–20. */
  "page-size"?: MobilityCareerTest["pageSize"];
  /** Days saved answers are kept after the last change, 1–365. */
  "retention-days"?: MobilityCareerTest["retentionDays"];
  /** Fetch only vacancies of this kind for matching. An unknown value is ignored. */
  "vacancy-kind"?: MobilityCareerTest["vacancyKind"];
  /** Link template for a matching vacancy; `{id}` is replaced by the vacancy id. */
  "vacancy-url"?: MobilityCareerTest["vacancyUrl"];
  /** Link to colleagues' stories of a move. */
  "stories-url"?: MobilityCareerTest["storiesUrl"];
  /** The stories channel to read: `public` (default) or `intranet` (needs the provider's token). An unknown value means `public`. */
  "stories-channel"?: MobilityCareerTest["storiesChannel"];

  /** The employee finished the test and sees the result. Bubbles, composed. The detail carries only the code text (`SA(I/E)`), never answers or scores. It stays in the page: it leaves the device only if the host page sends it somewhere, which a host must not do without the employee's consent. */
  "onmobility-career-test-complete"?: (e: CustomEvent<MobilityCareerTestCompleteDetail>) => void;
};

export type MobilityDashboardProps = {
  /** The API to use without a provider. When set it wins over a surrounding `<mobility-provider>`. */
  "base-url"?: MobilityDashboard["baseUrl"];
  /** First quarter, `YYYY-Qn`. */
  from?: MobilityDashboard["from"];
  /** Last quarter, `YYYY-Qn`. */
  to?: MobilityDashboard["to"];
  /** Only this unit; empty for the whole organisation. */
  unit?: MobilityDashboard["unit"];
  /** Only `teaching` or `support` staff. */
  "staff-group"?: MobilityDashboard["staffGroup"];
  /** Level of the dashboard's headings, 2–5; sections use the next level. */
  "heading-level"?: MobilityDashboard["headingLevel"];

  /** Figures arrived. Bubbles, composed. */
  "onmobility-insights-load"?: (e: CustomEvent<MobilityInsightsLoadDetail>) => void;
};

export type MobilityHrCasesProps = {
  /** The API to use without a provider. When set it wins over a surrounding `<mobility-provider>`. */
  "base-url"?: MobilityHrCases["baseUrl"];
  /** The screen shown. `edit` is reached from the list only (it needs a case). */
  view?: MobilityHrCases["view"];
  /** Cases per page, 1–100. */
  "page-size"?: MobilityHrCases["pageSize"];
  /** Level of the register's heading, 2–5; screens use the next level. */
  "heading-level"?: MobilityHrCases["headingLevel"];

  /** A case was created, changed or deleted, or a file imported. Bubbles, composed. */
  "onmobility-case-change"?: (e: CustomEvent<MobilityCaseChangeDetail>) => void;
};

export type MobilityHrFeedsProps = {
  /** The API to use without a provider. When set it wins over a surrounding `<mobility-provider>`. */
  "base-url"?: MobilityHrFeeds["baseUrl"];
  /** Level of the element's heading, 2–5; sources and the form use the next level. */
  "heading-level"?: MobilityHrFeeds["headingLevel"];

  /** A "fetch now" ended; the detail holds the report. Bubbles, composed. */
  "onmobility-feed-run"?: (e: CustomEvent<MobilityFeedRunDetail>) => void;
};

export type MobilityHrRegulationsProps = {
  /** The API to use without a provider. When set it wins over a surrounding `<mobility-provider>`. */
  "base-url"?: MobilityHrRegulations["baseUrl"];
  /** Level of the element's title, 2–5; values use the next level. */
  "heading-level"?: MobilityHrRegulations["headingLevel"];
  /** The date "in force now" and the example use (`YYYY-MM-DD`); empty for today in the Netherlands. */
  today?: MobilityHrRegulations["today"];

  /** A value was saved. Bubbles, composed. */
  "onmobility-regulations-save"?: (e: CustomEvent<MobilityRegulationsSaveDetail>) => void;
};

export type MobilityHrStoriesProps = {
  /** The API to use without a provider. When set it wins over a surrounding `<mobility-provider>`. */
  "base-url"?: MobilityHrStories["baseUrl"];
  /** Level of the element's title, 2–4; sections use the next levels. */
  "heading-level"?: MobilityHrStories["headingLevel"];

  /** A story was created, changed, approved, withdrawn, or its consent recorded or withdrawn. Bubbles, composed. */
  "onmobility-hr-story-save"?: (e: CustomEvent<MobilityHrStorySaveDetail>) => void;
};

export type MobilityHrVacanciesProps = {
  /** The API to use without a provider. When set it wins over a surrounding `<mobility-provider>`. */
  "base-url"?: MobilityHrVacancies["baseUrl"];
  /** Which vacancies to list: `all`, `open` or `closed`. */
  status?: MobilityHrVacancies["status"];
  /** Level of the element's title, 2–4; list items and the form use the next level. */
  "heading-level"?: MobilityHrVacancies["headingLevel"];

  /** A vacancy was created, saved, closed or reopened. Bubbles, composed. */
  "onmobility-hr-vacancy-change"?: (e: CustomEvent<MobilityHrVacancyChangeDetail>) => void;
};

export type MobilityProviderProps = {
  /** Where the API lives. Without it the elements inside show that no server is configured. */
  "base-url"?: MobilityProvider["baseUrl"];
  /** The OpenID Connect provider's issuer URL. With clientId it switches sign-in on; without
them the session is `unconfigured` and the host hands over tokens itself. A path such as `/idp`
names a provider on the page's own origin. */
  issuer?: MobilityProvider["issuer"];
  /** This page's client id at the OpenID Connect provider. */
  "client-id"?: MobilityProvider["clientId"];
  /** Space-separated scopes; `openid` is added when missing. */
  scopes?: MobilityProvider["scopes"];
  /** Where the provider sends the browser back; default the page itself. */
  "redirect-uri"?: MobilityProvider["redirectUri"];
  /** A bearer token for the API (property only, never an attribute, so it does not end up in the
markup). Read before every request, so replacing it takes effect at once. */
  token?: MobilityProvider["token"];
  /** Returns a bearer token, or nothing for anonymous requests; may be async and refresh. Called
before every request. Takes precedence over token. */
  getToken?: MobilityProvider["getToken"];
  /** The client provided to the elements inside, for host code that wants to make calls itself.

Set it (property only) to provide a client the host made itself with `createMobilityClient`
from `@mobility-kit/sdk` — its own `fetch`, hooks, timeout or token handling; `base-url`,
`token` and `getToken` are then not used. Set it back to `undefined` to return to them. */
  client?: MobilityProvider["client"];
  /** Sign-in started, completed, failed or ended. Bubbles, composed. */
  "onmobility-session-change"?: (e: CustomEvent<MobilitySessionChangeDetail>) => void;
};

export type MobilitySignInProps = {};

export type MobilityStoriesProps = {
  /** The API to use without a provider. */
  "base-url"?: MobilityStories["baseUrl"];
  /** Which consent channel to ask for. */
  channel?: MobilityStories["channel"];
  /** Only stories about this kind of move. */
  "move-type"?: MobilityStories["moveType"];
  /** Only stories of this organisation. */
  organisation?: MobilityStories["organisation"];
  /** How many stories to load, 1–50. */
  limit?: MobilityStories["limit"];
  /** Link to a page with every story. */
  "all-stories-url"?: MobilityStories["allStoriesUrl"];
  /** Opt in to automatic rotation. */
  autoplay?: MobilityStories["autoplay"];
  /** Milliseconds per slide when rotating; read through clampRotationInterval (at least 5000). */
  interval?: MobilityStories["interval"];
  /** Heading level of each story's name, 2–6. */
  "heading-level"?: MobilityStories["headingLevel"];
  /** Accessible name of the carousel. */
  label?: MobilityStories["label"];

  /** The shown story changed (by the user or by rotation). */
  "onmobility-story-change"?: (e: CustomEvent<MobilityStoryChangeDetail>) => void;
};

export type MobilityVacanciesProps = {
  /** The API to use without a provider. When set it wins over a surrounding `<mobility-provider>`. */
  "base-url"?: MobilityVacancies["baseUrl"];
  /** The search text; reflects to the `q` attribute so the search can be restored. */
  q?: MobilityVacancies["q"];
  /** Only vacancies of this kind. An unknown value is ignored (all kinds are shown). */
  kind?: MobilityVacancies["kind"];
  /** Only vacancies of this organisation (its id). */
  organisation?: MobilityVacancies["organisation"];
  /** Only vacancies of organisations in this sector. */
  sector?: MobilityVacancies["sector"];
  /** At least this many hours a week. */
  "hours-min"?: MobilityVacancies["hoursMin"];
  /** At most this many hours a week. */
  "hours-max"?: MobilityVacancies["hoursMax"];
  /** From this CAO scale. */
  "scale-min"?: MobilityVacancies["scaleMin"];
  /** Up to this CAO scale. */
  "scale-max"?: MobilityVacancies["scaleMax"];
  /** Only this kind of contract. */
  contract?: MobilityVacancies["contract"];
  /** Only vacancies whose closing date is on or after this date (`YYYY-MM-DD`). */
  "closing-after"?: MobilityVacancies["closingAfter"];
  /** A postcode area (`3511`) or place name: only vacancies within radiusKm of it. */
  near?: MobilityVacancies["near"];
  /** Radius around near, in km; the API's default (40) when not set. */
  "radius-km"?: MobilityVacancies["radiusKm"];
  /** Order of the list. Without it the API orders by relevance when there is search text, else newest first. */
  sort?: MobilityVacancies["sort"];
  /** Vacancies per page, 1–100. */
  "page-size"?: MobilityVacancies["pageSize"];
  /** Keep the search in the page URL (`mv-*` parameters) and follow Back and Forward. */
  "sync-url"?: MobilityVacancies["syncUrl"];
  /** Lists longer than this are virtualised. */
  "virtualize-above"?: MobilityVacancies["virtualizeAbove"];
  /** Heading level of the card titles, 2–6. */
  "heading-level"?: MobilityVacancies["headingLevel"];
  /** Link template for a vacancy's own page; `{id}` is replaced by the vacancy id. */
  "detail-url"?: MobilityVacancies["detailUrl"];
  /** A career-test result (`scoreInstrument` of `@mobility-kit/rules`) to rank the loaded vacancies
by. A property only: a profile is personal and stays in the browser — it is never sent to the
API, put in the URL or reflected to an attribute. */
  interests?: MobilityVacancies["interests"];
  /** A vacancy's title was activated. Bubbles, composed, cancelable: cancel it to handle the navigation yourself (the link is not followed, the card does not expand). */
  "onmobility-vacancy-select"?: (e: CustomEvent<MobilityVacancySelectDetail>) => void;
};

export type CustomElements = {
  /**
   * WW/BWRHBO/loonsuppletie calculator with a timeline chart, a table and an explanation of every figure.
   * ---
   *
   *
   * ### **CSS Properties:**
   *  - **--mobility-calculator-gap** - Space between the calculator's sections. _(default: var(--mobility-space-l))_
   * - **--mobility-calculator-input-border-color** - Border of the number, date and choice inputs. _(default: var(--mobility-color-border))_
   * - **--mobility-calculator-button-background** - Background and border of the buttons. _(default: var(--mobility-color-primary))_
   * - **--mobility-calculator-button-color** - Text of the buttons. _(default: var(--mobility-color-on-primary))_
   * - **--mobility-calculator-panel-background** - Background of fieldsets, scenario cards and notes. _(default: var(--mobility-color-surface-subtle))_
   * - **--mobility-calculator-warning-background** - Background of the statements ("gross, not net"), the warnings and the not-eligible notice. _(default: var(--mobility-color-accent-surface))_
   * - **--mobility-calculator-color-ww** - Band colour of the WW in the chart. _(default: #0b5394)_
   * - **--mobility-calculator-color-avu** - Band colour of the aanvulling (AVU). _(default: #3d85c6)_
   * - **--mobility-calculator-color-ru** - Band colour of the reparatie-uitkering (RU). _(default: #6a3d9a)_
   * - **--mobility-calculator-color-asu** - Band colour of the aansluitende uitkering (ASU). _(default: #a64d79)_
   * - **--mobility-calculator-color-extra-asu** - Band colour of the extra ASU. _(default: #b45f06)_
   * - **--mobility-calculator-color-suppletion** - Band colour of loonsuppletie. _(default: #38761d)_
   * - **--mobility-calculator-color-income** - Band colour of income from work. _(default: #5f6b7a)_
   * - **--mobility-font-family** - Font of all text. _(default: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif)_
   * - **--mobility-font-size** - Body text size. _(default: 1rem)_
   * - **--mobility-font-size-small** - Secondary text: facts, badges, hints, table notes. _(default: 0.875rem)_
   * - **--mobility-font-size-large** - Titles: card titles, story names, section headings. _(default: 1.25rem)_
   * - **--mobility-line-height** - Line height of body text. _(default: 1.5)_
   * - **--mobility-color-text** - Body text. _(default: #1b1b1b)_
   * - **--mobility-color-text-muted** - Secondary text (facts, hints, captions); meets 4.5:1 on the surfaces. _(default: #595959)_
   * - **--mobility-color-background** - Background of the element's own area. _(default: #ffffff)_
   * - **--mobility-color-surface-subtle** - Background of fieldsets, slides, table stripes and bar tracks. _(default: #f3f5f8)_
   * - **--mobility-color-border** - Borders of inputs, cards and tables; meets 3:1 against the surfaces (WCAG 1.4.11). _(default: #8c8c8c)_
   * - **--mobility-color-primary** - Buttons, links, selected states and chart accents. _(default: #0b5394)_
   * - **--mobility-color-primary-hover** - Buttons and links on hover. _(default: #083d6d)_
   * - **--mobility-color-on-primary** - Text on a primary-coloured background. _(default: #ffffff)_
   * - **--mobility-color-accent-surface** - Badges, highlights and notices. _(default: #e6eff8)_
   * - **--mobility-color-danger** - Error text and error borders. _(default: #a4151b)_
   * - **--mobility-color-danger-surface** - Background of error messages. _(default: #fdeeee)_
   * - **--mobility-color-success** - Text and borders of success messages. _(default: #1d7a4f)_
   * - **--mobility-color-success-surface** - Background of success messages. _(default: #eaf5ef)_
   * - **--mobility-color-focus** - Outer ring of the focus indicator. _(default: #ffbf47)_
   * - **--mobility-color-focus-inner** - Inner ring of the focus indicator, so it shows on light and dark backgrounds. _(default: #1b1b1b)_
   * - **--mobility-color-skeleton** - Loading placeholders. _(default: #e3e6ea)_
   * - **--mobility-radius** - Corner radius of cards, inputs and buttons. _(default: 0.375rem)_
   * - **--mobility-space-xs** - Smallest gap (inside badges). _(default: 0.25rem)_
   * - **--mobility-space-s** - Small gap (between controls). _(default: 0.5rem)_
   * - **--mobility-space-m** - Default gap and padding. _(default: 1rem)_
   * - **--mobility-space-l** - Gap between sections. _(default: 1.5rem)_
   * - **--mobility-focus-width** - Width of the focus outline. _(default: 3px)_
   * - **--mobility-target-size** - Minimum height and width of buttons and other targets (WCAG 2.5.8 asks 24 px, the default is 44 px). _(default: 2.75rem)_
   *
   * ### **CSS Parts:**
   *  - **form** - The form.
   * - **field** - Every field wrapper; also `field-<name>`.
   * - **input** - Every input.
   * - **help** - Help text under a field.
   * - **field-error** - An inline validation message.
   * - **error-summary** - The list of problems shown after submitting.
   * - **button** - Every button; also `compute-button`, `print-button`, `explain-button`, `retry-button`.
   * - **notice** - The quiet notice about the organisation's parameters.
   * - **results** - The results section.
   * - **statements** - The "gross, not net" and "an indication, not a decision" statements.
   * - **warnings** - The list of warnings.
   * - **comparison** - The side-by-side table of the scenarios.
   * - **scenario** - One scenario's section.
   * - **chart** - A timeline chart (figure).
   * - **milestones** - The list of phase boundaries under a chart.
   * - **table-region** - The scrollable region around a month table.
   * - **table** - A month-by-month table.
   * - **unverified** - A "not verified" marker next to a figure.
   * - **unverified-note** - The note under a table naming unverified values.
   * - **figure** - One explained figure.
   * - **explanation** - The explanation panel of a figure.
   */
  "mobility-calculator": Partial<MobilityCalculatorProps & BaseProps & BaseEvents>;

  /**
   * Career test (loopbaantest) with a confidential, printable profile and matching vacancies.
   * ---
   *
   *
   * ### **Events:**
   *  - **mobility-career-test-complete** - The employee finished the test and sees the result. Bubbles, composed. The detail carries only the code text (`SA(I/E)`), never answers or scores. It stays in the page: it leaves the device only if the host page sends it somewhere, which a host must not do without the employee's consent.
   *
   * ### **Methods:**
   *  - **forget(): _void_** - Erase every saved answer on this device and start from the introduction.
   *
   * ### **Slots:**
   *  - **stories** - Content of the host shown in the stories section, below the matching stories (e.g. a `<mobility-stories>` element).
   *
   * ### **CSS Properties:**
   *  - **--mobility-career-test-gap** - Space between the blocks of a page and of the result. _(default: var(--mobility-space-m))_
   * - **--mobility-career-test-item-background** - Background of a question and of a card-sort item. _(default: var(--mobility-color-surface))_
   * - **--mobility-career-test-item-border-color** - Border of a question, a card-sort item and a matching vacancy. _(default: var(--mobility-color-border))_
   * - **--mobility-career-test-bar-color** - Profile bars, the progress bar and the accent colour of the answer controls. _(default: var(--mobility-color-primary))_
   * - **--mobility-career-test-bar-track** - Background (track) of a profile bar. _(default: var(--mobility-color-surface-subtle))_
   * - **--mobility-career-test-button-background** - Background and border of the primary buttons; text of the secondary ones. _(default: var(--mobility-color-primary))_
   * - **--mobility-career-test-button-color** - Text of the primary buttons. _(default: var(--mobility-color-on-primary))_
   * - **--mobility-font-family** - Font of all text. _(default: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif)_
   * - **--mobility-font-size** - Body text size. _(default: 1rem)_
   * - **--mobility-font-size-small** - Secondary text: facts, badges, hints, table notes. _(default: 0.875rem)_
   * - **--mobility-font-size-large** - Titles: card titles, story names, section headings. _(default: 1.25rem)_
   * - **--mobility-line-height** - Line height of body text. _(default: 1.5)_
   * - **--mobility-color-text** - Body text. _(default: #1b1b1b)_
   * - **--mobility-color-text-muted** - Secondary text (facts, hints, captions); meets 4.5:1 on the surfaces. _(default: #595959)_
   * - **--mobility-color-background** - Background of the element's own area. _(default: #ffffff)_
   * - **--mobility-color-surface** - Background of cards, panels and inputs. _(default: #ffffff)_
   * - **--mobility-color-surface-subtle** - Background of fieldsets, slides, table stripes and bar tracks. _(default: #f3f5f8)_
   * - **--mobility-color-border** - Borders of inputs, cards and tables; meets 3:1 against the surfaces (WCAG 1.4.11). _(default: #8c8c8c)_
   * - **--mobility-color-primary** - Buttons, links, selected states and chart accents. _(default: #0b5394)_
   * - **--mobility-color-primary-hover** - Buttons and links on hover. _(default: #083d6d)_
   * - **--mobility-color-on-primary** - Text on a primary-coloured background. _(default: #ffffff)_
   * - **--mobility-color-accent-surface** - Badges, highlights and notices. _(default: #e6eff8)_
   * - **--mobility-color-danger** - Error text and error borders. _(default: #a4151b)_
   * - **--mobility-color-danger-surface** - Background of error messages. _(default: #fdeeee)_
   * - **--mobility-color-success** - Text and borders of success messages. _(default: #1d7a4f)_
   * - **--mobility-color-success-surface** - Background of success messages. _(default: #eaf5ef)_
   * - **--mobility-color-focus** - Outer ring of the focus indicator. _(default: #ffbf47)_
   * - **--mobility-color-focus-inner** - Inner ring of the focus indicator, so it shows on light and dark backgrounds. _(default: #1b1b1b)_
   * - **--mobility-color-skeleton** - Loading placeholders. _(default: #e3e6ea)_
   * - **--mobility-radius** - Corner radius of cards, inputs and buttons. _(default: 0.375rem)_
   * - **--mobility-space-xs** - Smallest gap (inside badges). _(default: 0.25rem)_
   * - **--mobility-space-s** - Small gap (between controls). _(default: 0.5rem)_
   * - **--mobility-space-m** - Default gap and padding. _(default: 1rem)_
   * - **--mobility-space-l** - Gap between sections. _(default: 1.5rem)_
   * - **--mobility-focus-width** - Width of the focus outline. _(default: 3px)_
   * - **--mobility-target-size** - Minimum height and width of buttons and other targets (WCAG 2.5.8 asks 24 px, the default is 44 px). _(default: 2.75rem)_
   *
   * ### **CSS Parts:**
   *  - **intro** - The introduction.
   * - **progress** - The progress bar.
   * - **item** - One question (a fieldset with radio buttons).
   * - **values** - The list of work values to put in order.
   * - **result** - The result.
   * - **code** - The profile code box.
   * - **chart** - The profile chart; `bar` is one row of it.
   * - **table** - The table with the same scores.
   * - **vacancies** - The matching vacancies section.
   * - **stories** - The stories section.
   * - **story** - One matching story; `story-move` is its "from → to" line, `story-quote` its quote.
   * - **stories-link** - The link to `stories-url`.
   * - **error** - An error message.
   * - **button** - Every button; also `start-button`, `next-button`, `back-button`, `forget-button`, `print-button`.
   * - **dialog** - The confirmation before forgetting the answers.
   * - **announcer** - The polite live region (visually hidden).
   */
  "mobility-career-test": Partial<MobilityCareerTestProps & BaseProps & BaseEvents>;

  /**
   * Anonymised mobility figures with charts, equivalent tables, filters, CSV export and benchmarks.
   * ---
   *
   *
   * ### **Events:**
   *  - **mobility-insights-load** - Figures arrived. Bubbles, composed.
   *
   * ### **Methods:**
   *  - **toCsv(): _string | undefined_** - The figures shown, as CSV (suppressed cells as their marker); `undefined` until loaded.
   * - **reload(): _void_** - Load the figures again.
   *
   * ### **CSS Properties:**
   *  - **--mobility-dashboard-inflow-color** - Bars and legend swatch of the inflow. _(default: var(--mobility-color-primary))_
   * - **--mobility-dashboard-progress-color** - Bars and legend swatch of trajectories in progress. _(default: #6b4c9a)_
   * - **--mobility-dashboard-outflow-color** - Bars and legend swatch of the outflow. _(default: #1d7a4f)_
   * - **--mobility-dashboard-suppressed-color** - Text, outline and hatching of suppressed (too small) cells. _(default: var(--mobility-color-text-muted))_
   * - **--mobility-font-family** - Font of all text. _(default: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif)_
   * - **--mobility-font-size** - Body text size. _(default: 1rem)_
   * - **--mobility-font-size-small** - Secondary text: facts, badges, hints, table notes. _(default: 0.875rem)_
   * - **--mobility-font-size-large** - Titles: card titles, story names, section headings. _(default: 1.25rem)_
   * - **--mobility-line-height** - Line height of body text. _(default: 1.5)_
   * - **--mobility-color-text** - Body text. _(default: #1b1b1b)_
   * - **--mobility-color-text-muted** - Secondary text (facts, hints, captions); meets 4.5:1 on the surfaces. _(default: #595959)_
   * - **--mobility-color-background** - Background of the element's own area. _(default: #ffffff)_
   * - **--mobility-color-surface-subtle** - Background of fieldsets, slides, table stripes and bar tracks. _(default: #f3f5f8)_
   * - **--mobility-color-border** - Borders of inputs, cards and tables; meets 3:1 against the surfaces (WCAG 1.4.11). _(default: #8c8c8c)_
   * - **--mobility-color-primary** - Buttons, links, selected states and chart accents. _(default: #0b5394)_
   * - **--mobility-color-primary-hover** - Buttons and links on hover. _(default: #083d6d)_
   * - **--mobility-color-on-primary** - Text on a primary-coloured background. _(default: #ffffff)_
   * - **--mobility-color-accent-surface** - Badges, highlights and notices. _(default: #e6eff8)_
   * - **--mobility-color-danger** - Error text and error borders. _(default: #a4151b)_
   * - **--mobility-color-danger-surface** - Background of error messages. _(default: #fdeeee)_
   * - **--mobility-color-success** - Text and borders of success messages. _(default: #1d7a4f)_
   * - **--mobility-color-success-surface** - Background of success messages. _(default: #eaf5ef)_
   * - **--mobility-color-focus** - Outer ring of the focus indicator. _(default: #ffbf47)_
   * - **--mobility-color-focus-inner** - Inner ring of the focus indicator, so it shows on light and dark backgrounds. _(default: #1b1b1b)_
   * - **--mobility-color-skeleton** - Loading placeholders. _(default: #e3e6ea)_
   * - **--mobility-radius** - Corner radius of cards, inputs and buttons. _(default: 0.375rem)_
   * - **--mobility-space-xs** - Smallest gap (inside badges). _(default: 0.25rem)_
   * - **--mobility-space-s** - Small gap (between controls). _(default: 0.5rem)_
   * - **--mobility-space-m** - Default gap and padding. _(default: 1rem)_
   * - **--mobility-space-l** - Gap between sections. _(default: 1.5rem)_
   * - **--mobility-focus-width** - Width of the focus outline. _(default: 3px)_
   * - **--mobility-target-size** - Minimum height and width of buttons and other targets (WCAG 2.5.8 asks 24 px, the default is 44 px). _(default: 2.75rem)_
   *
   * ### **CSS Parts:**
   *  - **filters** - The filter form.
   * - **status** - The polite live region.
   * - **content** - The area with the chart, tables and states.
   * - **chart** - The SVG chart.
   * - **table** - Every table.
   * - **suppressed** - A suppressed cell's marker.
   * - **rules** - The privacy rules.
   * - **benchmark** - The comparison section.
   * - **skeleton** - Loading placeholder.
   * - **empty** - No figures.
   * - **error** - Loading failed.
   * - **sign-in** - The "Inloggen" call to action (nobody signed in); its button is `sign-in-button`.
   * - **role-notice** - "Alleen voor HR": the signed-in role may not see the figures.
   * - **no-access** - The signed-in account has no access.
   * - **button** - Every button; also `retry-button`, `export-button`.
   */
  "mobility-dashboard": Partial<MobilityDashboardProps & BaseProps & BaseEvents>;

  /**
   * Pseudonymous mobility cases: list, filter, record, change, delete and import from CSV.
   * ---
   *
   *
   * ### **Events:**
   *  - **mobility-case-change** - A case was created, changed or deleted, or a file imported. Bubbles, composed.
   *
   * ### **Methods:**
   *  - **reload(): _void_** - Load the list again.
   *
   * ### **CSS Properties:**
   *  - **--mobility-font-family** - Font of all text. _(default: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif)_
   * - **--mobility-font-size** - Body text size. _(default: 1rem)_
   * - **--mobility-font-size-small** - Secondary text: facts, badges, hints, table notes. _(default: 0.875rem)_
   * - **--mobility-font-size-large** - Titles: card titles, story names, section headings. _(default: 1.25rem)_
   * - **--mobility-line-height** - Line height of body text. _(default: 1.5)_
   * - **--mobility-color-text** - Body text. _(default: #1b1b1b)_
   * - **--mobility-color-text-muted** - Secondary text (facts, hints, captions); meets 4.5:1 on the surfaces. _(default: #595959)_
   * - **--mobility-color-background** - Background of the element's own area. _(default: #ffffff)_
   * - **--mobility-color-surface** - Background of cards, panels and inputs. _(default: #ffffff)_
   * - **--mobility-color-surface-subtle** - Background of fieldsets, slides, table stripes and bar tracks. _(default: #f3f5f8)_
   * - **--mobility-color-border** - Borders of inputs, cards and tables; meets 3:1 against the surfaces (WCAG 1.4.11). _(default: #8c8c8c)_
   * - **--mobility-color-primary** - Buttons, links, selected states and chart accents. _(default: #0b5394)_
   * - **--mobility-color-primary-hover** - Buttons and links on hover. _(default: #083d6d)_
   * - **--mobility-color-on-primary** - Text on a primary-coloured background. _(default: #ffffff)_
   * - **--mobility-color-accent-surface** - Badges, highlights and notices. _(default: #e6eff8)_
   * - **--mobility-color-danger** - Error text and error borders. _(default: #a4151b)_
   * - **--mobility-color-danger-surface** - Background of error messages. _(default: #fdeeee)_
   * - **--mobility-color-success** - Text and borders of success messages. _(default: #1d7a4f)_
   * - **--mobility-color-success-surface** - Background of success messages. _(default: #eaf5ef)_
   * - **--mobility-color-focus** - Outer ring of the focus indicator. _(default: #ffbf47)_
   * - **--mobility-color-focus-inner** - Inner ring of the focus indicator, so it shows on light and dark backgrounds. _(default: #1b1b1b)_
   * - **--mobility-color-skeleton** - Loading placeholders. _(default: #e3e6ea)_
   * - **--mobility-radius** - Corner radius of cards, inputs and buttons. _(default: 0.375rem)_
   * - **--mobility-space-xs** - Smallest gap (inside badges). _(default: 0.25rem)_
   * - **--mobility-space-s** - Small gap (between controls). _(default: 0.5rem)_
   * - **--mobility-space-m** - Default gap and padding. _(default: 1rem)_
   * - **--mobility-space-l** - Gap between sections. _(default: 1.5rem)_
   * - **--mobility-focus-width** - Width of the focus outline. _(default: 3px)_
   * - **--mobility-target-size** - Minimum height and width of buttons and other targets (WCAG 2.5.8 asks 24 px, the default is 44 px). _(default: 2.75rem)_
   *
   * ### **CSS Parts:**
   *  - **nav** - The buttons that switch between the list, the form and the import.
   * - **status** - The polite live region.
   * - **content** - The area of the current screen and its states.
   * - **filters** - The filter form of the list.
   * - **table** - Every table: cases, column format, row errors.
   * - **paging** - Previous and next page.
   * - **form** - The case form.
   * - **form-errors** - The summary above a form that was not accepted.
   * - **form-failure** - Saving failed for a reason other than the input.
   * - **import** - The import screen.
   * - **drop-zone** - The box a CSV file can be dropped on; holds the file input.
   * - **import-result** - The outcome of checking or importing a file.
   * - **row-errors** - The row errors of a file that was not accepted.
   * - **import-ready** - A checked file that can be imported.
   * - **import-done** - An imported file.
   * - **columns** - The documentation of the CSV columns.
   * - **dialog** - The delete confirmation, and the question before leaving a changed case unsaved (`leave-dialog`).
   * - **skeleton** - Loading placeholder.
   * - **empty** - No cases (at all, or with these filters).
   * - **error** - Loading, checking or importing failed.
   * - **sign-in** - The "Inloggen" call to action (nobody signed in); its button is `sign-in-button`.
   * - **role-notice** - "Alleen voor HR": the signed-in role may not use the register.
   * - **no-access** - The signed-in account has no access.
   * - **button** - Every button; also `retry-button`, `edit-button`, `delete-button`, `save-button`, `cancel-button`, `start-over-button`, `import-button`, `example-button`, `confirm-delete-button`, `confirm-leave-button`.
   */
  "mobility-hr-cases": Partial<MobilityHrCasesProps & BaseProps & BaseEvents>;

  /**
   * Manage the organisation's vacancy feeds: sources, schedule, "fetch now" and each run's report.
   * ---
   *
   *
   * ### **Events:**
   *  - **mobility-feed-run** - A "fetch now" ended; the detail holds the report. Bubbles, composed.
   *
   * ### **Methods:**
   *  - **reload(): _void_** - Load the sources again.
   *
   * ### **CSS Properties:**
   *  - **--mobility-hr-feeds-accent** - Buttons and the left edge of a source. _(default: var(--mobility-color-primary))_
   * - **--mobility-font-family** - Font of all text. _(default: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif)_
   * - **--mobility-font-size** - Body text size. _(default: 1rem)_
   * - **--mobility-font-size-small** - Secondary text: facts, badges, hints, table notes. _(default: 0.875rem)_
   * - **--mobility-font-size-large** - Titles: card titles, story names, section headings. _(default: 1.25rem)_
   * - **--mobility-line-height** - Line height of body text. _(default: 1.5)_
   * - **--mobility-color-text** - Body text. _(default: #1b1b1b)_
   * - **--mobility-color-text-muted** - Secondary text (facts, hints, captions); meets 4.5:1 on the surfaces. _(default: #595959)_
   * - **--mobility-color-background** - Background of the element's own area. _(default: #ffffff)_
   * - **--mobility-color-surface-subtle** - Background of fieldsets, slides, table stripes and bar tracks. _(default: #f3f5f8)_
   * - **--mobility-color-border** - Borders of inputs, cards and tables; meets 3:1 against the surfaces (WCAG 1.4.11). _(default: #8c8c8c)_
   * - **--mobility-color-primary** - Buttons, links, selected states and chart accents. _(default: #0b5394)_
   * - **--mobility-color-primary-hover** - Buttons and links on hover. _(default: #083d6d)_
   * - **--mobility-color-on-primary** - Text on a primary-coloured background. _(default: #ffffff)_
   * - **--mobility-color-accent-surface** - Badges, highlights and notices. _(default: #e6eff8)_
   * - **--mobility-color-danger** - Error text and error borders. _(default: #a4151b)_
   * - **--mobility-color-danger-surface** - Background of error messages. _(default: #fdeeee)_
   * - **--mobility-color-success** - Text and borders of success messages. _(default: #1d7a4f)_
   * - **--mobility-color-success-surface** - Background of success messages. _(default: #eaf5ef)_
   * - **--mobility-color-focus** - Outer ring of the focus indicator. _(default: #ffbf47)_
   * - **--mobility-color-focus-inner** - Inner ring of the focus indicator, so it shows on light and dark backgrounds. _(default: #1b1b1b)_
   * - **--mobility-color-skeleton** - Loading placeholders. _(default: #e3e6ea)_
   * - **--mobility-radius** - Corner radius of cards, inputs and buttons. _(default: 0.375rem)_
   * - **--mobility-space-xs** - Smallest gap (inside badges). _(default: 0.25rem)_
   * - **--mobility-space-s** - Small gap (between controls). _(default: 0.5rem)_
   * - **--mobility-space-m** - Default gap and padding. _(default: 1rem)_
   * - **--mobility-space-l** - Gap between sections. _(default: 1.5rem)_
   * - **--mobility-focus-width** - Width of the focus outline. _(default: 3px)_
   * - **--mobility-target-size** - Minimum height and width of buttons and other targets (WCAG 2.5.8 asks 24 px, the default is 44 px). _(default: 2.75rem)_
   *
   * ### **CSS Parts:**
   *  - **status** - The polite live region.
   * - **content** - The area with the list and states.
   * - **list** - The list of sources.
   * - **source** - One source.
   * - **report** - The report of a source's last run.
   * - **skipped** - The disclosure with the skipped items.
   * - **run-error** - Why a run failed.
   * - **badge** - A state badge (scheduled, switched off, outcome).
   * - **form** - The add / edit form.
   * - **field-error** - An inline message under a field.
   * - **error-summary** - The list of fields to correct.
   * - **skeleton** - Loading placeholder.
   * - **empty** - No sources yet.
   * - **error** - Loading failed.
   * - **sign-in** - The "Inloggen" call to action; its button is `sign-in-button`.
   * - **role-notice** - "Alleen voor HR": the signed-in role may not manage the sources.
   * - **no-access** - The signed-in account has no access.
   * - **dialog** - The delete confirmation.
   * - **button** - Every button; also `add-button`, `run-button`, `edit-button`, `delete-button`, `save-button`, `cancel-button`, `retry-button`.
   */
  "mobility-hr-feeds": Partial<MobilityHrFeedsProps & BaseProps & BaseEvents>;

  /**
   * An organisation's calculator values with their sources, history, an edit form and a live check.
   * ---
   *
   *
   * ### **Events:**
   *  - **mobility-regulations-save** - A value was saved. Bubbles, composed.
   *
   * ### **Methods:**
   *  - **reload(): _void_** - Load the values again.
   *
   * ### **CSS Properties:**
   *  - **--mobility-hr-regulations-changed-background** - Background of a figure of the example that changes. _(default: var(--mobility-color-accent-surface))_
   * - **--mobility-font-family** - Font of all text. _(default: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif)_
   * - **--mobility-font-size** - Body text size. _(default: 1rem)_
   * - **--mobility-font-size-small** - Secondary text: facts, badges, hints, table notes. _(default: 0.875rem)_
   * - **--mobility-font-size-large** - Titles: card titles, story names, section headings. _(default: 1.25rem)_
   * - **--mobility-line-height** - Line height of body text. _(default: 1.5)_
   * - **--mobility-color-text** - Body text. _(default: #1b1b1b)_
   * - **--mobility-color-text-muted** - Secondary text (facts, hints, captions); meets 4.5:1 on the surfaces. _(default: #595959)_
   * - **--mobility-color-background** - Background of the element's own area. _(default: #ffffff)_
   * - **--mobility-color-surface-subtle** - Background of fieldsets, slides, table stripes and bar tracks. _(default: #f3f5f8)_
   * - **--mobility-color-border** - Borders of inputs, cards and tables; meets 3:1 against the surfaces (WCAG 1.4.11). _(default: #8c8c8c)_
   * - **--mobility-color-primary** - Buttons, links, selected states and chart accents. _(default: #0b5394)_
   * - **--mobility-color-primary-hover** - Buttons and links on hover. _(default: #083d6d)_
   * - **--mobility-color-on-primary** - Text on a primary-coloured background. _(default: #ffffff)_
   * - **--mobility-color-accent-surface** - Badges, highlights and notices. _(default: #e6eff8)_
   * - **--mobility-color-danger** - Error text and error borders. _(default: #a4151b)_
   * - **--mobility-color-danger-surface** - Background of error messages. _(default: #fdeeee)_
   * - **--mobility-color-success** - Text and borders of success messages. _(default: #1d7a4f)_
   * - **--mobility-color-success-surface** - Background of success messages. _(default: #eaf5ef)_
   * - **--mobility-color-focus** - Outer ring of the focus indicator. _(default: #ffbf47)_
   * - **--mobility-color-focus-inner** - Inner ring of the focus indicator, so it shows on light and dark backgrounds. _(default: #1b1b1b)_
   * - **--mobility-color-skeleton** - Loading placeholders. _(default: #e3e6ea)_
   * - **--mobility-radius** - Corner radius of cards, inputs and buttons. _(default: 0.375rem)_
   * - **--mobility-space-xs** - Smallest gap (inside badges). _(default: 0.25rem)_
   * - **--mobility-space-s** - Small gap (between controls). _(default: 0.5rem)_
   * - **--mobility-space-m** - Default gap and padding. _(default: 1rem)_
   * - **--mobility-space-l** - Gap between sections. _(default: 1.5rem)_
   * - **--mobility-focus-width** - Width of the focus outline. _(default: 3px)_
   * - **--mobility-target-size** - Minimum height and width of buttons and other targets (WCAG 2.5.8 asks 24 px, the default is 44 px). _(default: 2.75rem)_
   *
   * ### **CSS Parts:**
   *  - **status** - The polite live region.
   * - **content** - The area with the values and states.
   * - **skeleton** - Loading placeholder.
   * - **error** - Loading failed; its button is `retry-button`.
   * - **empty** - The organisation has set no values of its own yet (the standard table is shown below it).
   * - **parameter** - One calculator value.
   * - **in-force-value** - The value in force today.
   * - **origin** - Whether the value is the organisation's or the standard table's.
   * - **entries** - The dated values of one calculator value; each is an `entry`.
   * - **status-badge** - The status of a value (verified, secondary source, derived, not verified).
   * - **history** - The changes of one value (a disclosure).
   * - **form** - The form to add or change a value.
   * - **field-error** - A field's problem.
   * - **error-summary** - The list of problems after a save was tried.
   * - **save-error** - Saving failed for a reason that names no field.
   * - **live-check** - The worked example before and after; its table is `live-table`, its summary `live-summary`.
   * - **sign-in** - The "Inloggen" call to action (nobody signed in); its button is `sign-in-button`.
   * - **role-notice** - "Alleen voor HR": the signed-in role may not manage the values.
   * - **no-access** - The signed-in account has no access.
   * - **button** - Every button; also `edit-button`, `add-button`, `save-button`, `cancel-button`, `retry-button`.
   */
  "mobility-hr-regulations": Partial<MobilityHrRegulationsProps & BaseProps & BaseEvents>;

  /**
   * Write, approve and withdraw success stories, with photo, preview and consent per channel.
   * ---
   *
   *
   * ### **Events:**
   *  - **mobility-hr-story-save** - A story was created, changed, approved, withdrawn, or its consent recorded or withdrawn. Bubbles, composed.
   *
   * ### **Methods:**
   *  - **reload(): _void_** - Load the overview again.
   * - **upload(file: _File_): _Promise<void>_** - Upload a photo; its answer fills `src`, `width` and `height`, and the alt text is asked next.
   *
   * ### **CSS Properties:**
   *  - **--mobility-font-family** - Font of all text. _(default: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif)_
   * - **--mobility-font-size** - Body text size. _(default: 1rem)_
   * - **--mobility-font-size-small** - Secondary text: facts, badges, hints, table notes. _(default: 0.875rem)_
   * - **--mobility-font-size-large** - Titles: card titles, story names, section headings. _(default: 1.25rem)_
   * - **--mobility-line-height** - Line height of body text. _(default: 1.5)_
   * - **--mobility-color-text** - Body text. _(default: #1b1b1b)_
   * - **--mobility-color-text-muted** - Secondary text (facts, hints, captions); meets 4.5:1 on the surfaces. _(default: #595959)_
   * - **--mobility-color-background** - Background of the element's own area. _(default: #ffffff)_
   * - **--mobility-color-surface-subtle** - Background of fieldsets, slides, table stripes and bar tracks. _(default: #f3f5f8)_
   * - **--mobility-color-border** - Borders of inputs, cards and tables; meets 3:1 against the surfaces (WCAG 1.4.11). _(default: #8c8c8c)_
   * - **--mobility-color-primary** - Buttons, links, selected states and chart accents. _(default: #0b5394)_
   * - **--mobility-color-primary-hover** - Buttons and links on hover. _(default: #083d6d)_
   * - **--mobility-color-on-primary** - Text on a primary-coloured background. _(default: #ffffff)_
   * - **--mobility-color-accent-surface** - Badges, highlights and notices. _(default: #e6eff8)_
   * - **--mobility-color-danger** - Error text and error borders. _(default: #a4151b)_
   * - **--mobility-color-danger-surface** - Background of error messages. _(default: #fdeeee)_
   * - **--mobility-color-success** - Text and borders of success messages. _(default: #1d7a4f)_
   * - **--mobility-color-success-surface** - Background of success messages. _(default: #eaf5ef)_
   * - **--mobility-color-focus** - Outer ring of the focus indicator. _(default: #ffbf47)_
   * - **--mobility-color-focus-inner** - Inner ring of the focus indicator, so it shows on light and dark backgrounds. _(default: #1b1b1b)_
   * - **--mobility-color-skeleton** - Loading placeholders. _(default: #e3e6ea)_
   * - **--mobility-radius** - Corner radius of cards, inputs and buttons. _(default: 0.375rem)_
   * - **--mobility-space-xs** - Smallest gap (inside badges). _(default: 0.25rem)_
   * - **--mobility-space-s** - Small gap (between controls). _(default: 0.5rem)_
   * - **--mobility-space-m** - Default gap and padding. _(default: 1rem)_
   * - **--mobility-space-l** - Gap between sections. _(default: 1.5rem)_
   * - **--mobility-focus-width** - Width of the focus outline. _(default: 3px)_
   * - **--mobility-target-size** - Minimum height and width of buttons and other targets (WCAG 2.5.8 asks 24 px, the default is 44 px). _(default: 2.75rem)_
   *
   * ### **CSS Parts:**
   *  - **status** - The polite live region that announces loading and every save.
   * - **content** - The overview or the story being edited.
   * - **list** - The list of stories; each is a `story` with `badges` (each a `badge`, plus `badge-<kind>`).
   * - **form** - The story form; an invalid field has a `field-error` under it, the form a `form-error` on top.
   * - **body-preview** - The live preview of the story's text.
   * - **photo-field** - The photo part of the form, with its `drop-zone`, `photo-preview` and `photo-error`.
   * - **consent** - The consent section with its `consent-table`.
   * - **consent-dialog** - The dialog that records a consent.
   * - **preview** - The preview of the slide as `<mobility-stories>` shows it (`preview-slide`).
   * - **approve-dialog** - The warning before approving without valid consent.
   * - **approve-unsaved-dialog** - The question before approving while the form holds unsaved changes: save and approve, or cancel.
   * - **withdraw-story-dialog** - The confirmation before withdrawing the story.
   * - **withdraw-consent-dialog** - The confirmation before withdrawing consent, with the cache lifetime.
   * - **leave-dialog** - The question before leaving the editor with unsaved changes.
   * - **skeleton** - Loading placeholder.
   * - **empty** - No stories yet.
   * - **error** - Loading failed; its button is `retry-button`.
   * - **sign-in** - The "Inloggen" call to action (nobody signed in); its button is `sign-in-button`.
   * - **role-notice** - "Alleen voor HR": the signed-in role may not manage stories.
   * - **no-access** - The signed-in account has no access.
   * - **button** - Every button; also `new-button`, `edit-button`, `save-button`, `cancel-button`, `back-button`, `approve-button`, `withdraw-story-button`, `record-consent-button`, `withdraw-consent-button`, `confirm-button`.
   */
  "mobility-hr-stories": Partial<MobilityHrStoriesProps & BaseProps & BaseEvents>;

  /**
   * HR workspace for vacancies: list, create, edit, publication timeline, close, reopen, employee preview.
   * ---
   *
   *
   * ### **Events:**
   *  - **mobility-hr-vacancy-change** - A vacancy was created, saved, closed or reopened. Bubbles, composed.
   *
   * ### **Methods:**
   *  - **reload(): _void_** - Load the list again (the first page of the current filter).
   *
   * ### **CSS Properties:**
   *  - **--mobility-font-family** - Font of all text. _(default: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif)_
   * - **--mobility-font-size** - Body text size. _(default: 1rem)_
   * - **--mobility-font-size-small** - Secondary text: facts, badges, hints, table notes. _(default: 0.875rem)_
   * - **--mobility-font-size-large** - Titles: card titles, story names, section headings. _(default: 1.25rem)_
   * - **--mobility-line-height** - Line height of body text. _(default: 1.5)_
   * - **--mobility-color-text** - Body text. _(default: #1b1b1b)_
   * - **--mobility-color-text-muted** - Secondary text (facts, hints, captions); meets 4.5:1 on the surfaces. _(default: #595959)_
   * - **--mobility-color-background** - Background of the element's own area. _(default: #ffffff)_
   * - **--mobility-color-surface** - Background of cards, panels and inputs. _(default: #ffffff)_
   * - **--mobility-color-surface-subtle** - Background of fieldsets, slides, table stripes and bar tracks. _(default: #f3f5f8)_
   * - **--mobility-color-border** - Borders of inputs, cards and tables; meets 3:1 against the surfaces (WCAG 1.4.11). _(default: #8c8c8c)_
   * - **--mobility-color-primary** - Buttons, links, selected states and chart accents. _(default: #0b5394)_
   * - **--mobility-color-primary-hover** - Buttons and links on hover. _(default: #083d6d)_
   * - **--mobility-color-on-primary** - Text on a primary-coloured background. _(default: #ffffff)_
   * - **--mobility-color-accent-surface** - Badges, highlights and notices. _(default: #e6eff8)_
   * - **--mobility-color-danger** - Error text and error borders. _(default: #a4151b)_
   * - **--mobility-color-danger-surface** - Background of error messages. _(default: #fdeeee)_
   * - **--mobility-color-success** - Text and borders of success messages. _(default: #1d7a4f)_
   * - **--mobility-color-success-surface** - Background of success messages. _(default: #eaf5ef)_
   * - **--mobility-color-focus** - Outer ring of the focus indicator. _(default: #ffbf47)_
   * - **--mobility-color-focus-inner** - Inner ring of the focus indicator, so it shows on light and dark backgrounds. _(default: #1b1b1b)_
   * - **--mobility-color-skeleton** - Loading placeholders. _(default: #e3e6ea)_
   * - **--mobility-radius** - Corner radius of cards, inputs and buttons. _(default: 0.375rem)_
   * - **--mobility-space-xs** - Smallest gap (inside badges). _(default: 0.25rem)_
   * - **--mobility-space-s** - Small gap (between controls). _(default: 0.5rem)_
   * - **--mobility-space-m** - Default gap and padding. _(default: 1rem)_
   * - **--mobility-space-l** - Gap between sections. _(default: 1.5rem)_
   * - **--mobility-focus-width** - Width of the focus outline. _(default: 3px)_
   * - **--mobility-target-size** - Minimum height and width of buttons and other targets (WCAG 2.5.8 asks 24 px, the default is 44 px). _(default: 2.75rem)_
   *
   * ### **CSS Parts:**
   *  - **status** - The polite live region.
   * - **toolbar** - The status filter and the "Nieuwe vacature" button.
   * - **list** - The list of vacancies; each is an `item`.
   * - **item** - One vacancy in the list.
   * - **form** - The create and edit form; refused fields show a `field-error`.
   * - **field-error** - The message under a refused field.
   * - **form-message** - The message above a refused form.
   * - **markdown-preview** - The live preview of the description.
   * - **timeline** - The publication stages; the sentence is `timeline-sentence`.
   * - **timeline-sentence** - Who sees the vacancy when, in words.
   * - **employee-view** - The vacancy as an employee sees it (the card of `<mobility-vacancies>`).
   * - **dialog** - The close and reopen dialogs.
   * - **skeleton** - Loading placeholder.
   * - **empty** - No vacancies.
   * - **error** - Loading failed.
   * - **sign-in** - The "Inloggen" call to action (nobody signed in); its button is `sign-in-button`.
   * - **role-notice** - "Alleen voor HR": the signed-in role may not manage vacancies.
   * - **no-access** - The signed-in account has no access.
   * - **button** - Every button; also `new-button`, `edit-button`, `close-button`, `reopen-button`, `preview-button`, `save-button`, `retry-button`, `more-button`.
   */
  "mobility-hr-vacancies": Partial<MobilityHrVacanciesProps & BaseProps & BaseEvents>;

  /**
   * Connects the mobility-kit elements inside it to one API, and signs people in.
   * ---
   *
   *
   * ### **Events:**
   *  - **mobility-session-change** - Sign-in started, completed, failed or ended. Bubbles, composed.
   *
   * ### **Slots:**
   *  - _default_ - The mobility-kit elements (and any other content) that use this provider's client.
   */
  "mobility-provider": Partial<MobilityProviderProps & BaseProps & BaseEvents>;

  /**
   * Sign-in button and signed-in state of the surrounding `<mobility-provider>`.
   * ---
   *
   *
   * ### **CSS Properties:**
   *  - **--mobility-font-family** - Font of all text. _(default: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif)_
   * - **--mobility-font-size** - Body text size. _(default: 1rem)_
   * - **--mobility-font-size-small** - Secondary text: facts, badges, hints, table notes. _(default: 0.875rem)_
   * - **--mobility-line-height** - Line height of body text. _(default: 1.5)_
   * - **--mobility-color-text** - Body text. _(default: #1b1b1b)_
   * - **--mobility-color-text-muted** - Secondary text (facts, hints, captions); meets 4.5:1 on the surfaces. _(default: #595959)_
   * - **--mobility-color-background** - Background of the element's own area. _(default: #ffffff)_
   * - **--mobility-color-surface-subtle** - Background of fieldsets, slides, table stripes and bar tracks. _(default: #f3f5f8)_
   * - **--mobility-color-border** - Borders of inputs, cards and tables; meets 3:1 against the surfaces (WCAG 1.4.11). _(default: #8c8c8c)_
   * - **--mobility-color-primary** - Buttons, links, selected states and chart accents. _(default: #0b5394)_
   * - **--mobility-color-primary-hover** - Buttons and links on hover. _(default: #083d6d)_
   * - **--mobility-color-on-primary** - Text on a primary-coloured background. _(default: #ffffff)_
   * - **--mobility-color-accent-surface** - Badges, highlights and notices. _(default: #e6eff8)_
   * - **--mobility-color-danger** - Error text and error borders. _(default: #a4151b)_
   * - **--mobility-color-danger-surface** - Background of error messages. _(default: #fdeeee)_
   * - **--mobility-color-success** - Text and borders of success messages. _(default: #1d7a4f)_
   * - **--mobility-color-success-surface** - Background of success messages. _(default: #eaf5ef)_
   * - **--mobility-color-focus** - Outer ring of the focus indicator. _(default: #ffbf47)_
   * - **--mobility-color-focus-inner** - Inner ring of the focus indicator, so it shows on light and dark backgrounds. _(default: #1b1b1b)_
   * - **--mobility-color-skeleton** - Loading placeholders. _(default: #e3e6ea)_
   * - **--mobility-radius** - Corner radius of cards, inputs and buttons. _(default: 0.375rem)_
   * - **--mobility-space-xs** - Smallest gap (inside badges). _(default: 0.25rem)_
   * - **--mobility-space-s** - Small gap (between controls). _(default: 0.5rem)_
   * - **--mobility-space-m** - Default gap and padding. _(default: 1rem)_
   * - **--mobility-focus-width** - Width of the focus outline. _(default: 3px)_
   * - **--mobility-target-size** - Minimum height and width of buttons and other targets (WCAG 2.5.8 asks 24 px, the default is 44 px). _(default: 2.75rem)_
   *
   * ### **CSS Parts:**
   *  - **base** - The wrapper of the control.
   * - **status** - The polite live region (visually hidden) that announces a change of state.
   * - **account** - Who is signed in: name, role and organisation.
   * - **name** - The signed-in person's name.
   * - **role** - The role and the organisation.
   * - **message** - The notice of an account without access, or the failure message.
   * - **button** - The button; also `sign-in-button`, `sign-out-button` or `retry-button` by state.
   */
  "mobility-sign-in": Partial<MobilitySignInProps & BaseProps & BaseEvents>;

  /**
   * Carousel of colleagues' mobility stories, consent-checked by the API.
   * ---
   *
   *
   * ### **Events:**
   *  - **mobility-story-change** - The shown story changed (by the user or by rotation).
   *
   * ### **Methods:**
   *  - **reload(): _void_** - Load the stories again.
   *
   * ### **Slots:**
   *  - **all-stories** - Replaces the "Alle verhalen" link, e.g. with a router link.
   *
   * ### **CSS Properties:**
   *  - **--mobility-stories-gap** - Space between the carousel's controls, slide and links. _(default: var(--mobility-space-m))_
   * - **--mobility-stories-slide-background** - Background of a slide. _(default: var(--mobility-color-surface-subtle))_
   * - **--mobility-stories-radius** - Corners of the slide, the portrait and the pickers. _(default: var(--mobility-radius))_
   * - **--mobility-stories-photo-width** - Width of the portrait next to the text. _(default: 12rem)_
   * - **--mobility-stories-accent** - Quote bar, selected slide picker, buttons and links. _(default: var(--mobility-color-primary))_
   * - **--mobility-font-family** - Font of all text. _(default: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif)_
   * - **--mobility-font-size** - Body text size. _(default: 1rem)_
   * - **--mobility-font-size-small** - Secondary text: facts, badges, hints, table notes. _(default: 0.875rem)_
   * - **--mobility-font-size-large** - Titles: card titles, story names, section headings. _(default: 1.25rem)_
   * - **--mobility-line-height** - Line height of body text. _(default: 1.5)_
   * - **--mobility-color-text** - Body text. _(default: #1b1b1b)_
   * - **--mobility-color-text-muted** - Secondary text (facts, hints, captions); meets 4.5:1 on the surfaces. _(default: #595959)_
   * - **--mobility-color-background** - Background of the element's own area. _(default: #ffffff)_
   * - **--mobility-color-surface-subtle** - Background of fieldsets, slides, table stripes and bar tracks. _(default: #f3f5f8)_
   * - **--mobility-color-border** - Borders of inputs, cards and tables; meets 3:1 against the surfaces (WCAG 1.4.11). _(default: #8c8c8c)_
   * - **--mobility-color-primary** - Buttons, links, selected states and chart accents. _(default: #0b5394)_
   * - **--mobility-color-primary-hover** - Buttons and links on hover. _(default: #083d6d)_
   * - **--mobility-color-on-primary** - Text on a primary-coloured background. _(default: #ffffff)_
   * - **--mobility-color-accent-surface** - Badges, highlights and notices. _(default: #e6eff8)_
   * - **--mobility-color-danger** - Error text and error borders. _(default: #a4151b)_
   * - **--mobility-color-danger-surface** - Background of error messages. _(default: #fdeeee)_
   * - **--mobility-color-success** - Text and borders of success messages. _(default: #1d7a4f)_
   * - **--mobility-color-success-surface** - Background of success messages. _(default: #eaf5ef)_
   * - **--mobility-color-focus** - Outer ring of the focus indicator. _(default: #ffbf47)_
   * - **--mobility-color-focus-inner** - Inner ring of the focus indicator, so it shows on light and dark backgrounds. _(default: #1b1b1b)_
   * - **--mobility-color-skeleton** - Loading placeholders. _(default: #e3e6ea)_
   * - **--mobility-radius** - Corner radius of cards, inputs and buttons. _(default: 0.375rem)_
   * - **--mobility-space-xs** - Smallest gap (inside badges). _(default: 0.25rem)_
   * - **--mobility-space-s** - Small gap (between controls). _(default: 0.5rem)_
   * - **--mobility-space-m** - Default gap and padding. _(default: 1rem)_
   * - **--mobility-focus-width** - Width of the focus outline. _(default: 3px)_
   * - **--mobility-target-size** - Minimum height and width of buttons and other targets (WCAG 2.5.8 asks 24 px, the default is 44 px). _(default: 2.75rem)_
   *
   * ### **CSS Parts:**
   *  - **filter** - The move-type filter (label and select).
   * - **filter-select** - The select of the filter.
   * - **carousel** - The carousel region.
   * - **controls** - The row with the rotation, previous and next buttons and the tabs.
   * - **rotation-button** - The start/stop button (only with `autoplay`).
   * - **previous-button** - The previous-story button.
   * - **next-button** - The next-story button.
   * - **tablist** - The slide pickers.
   * - **tab** - One slide picker; also `tab-selected`.
   * - **slides** - The container of the slides (its live region).
   * - **slide** - One slide.
   * - **photo** - A portrait.
   * - **name** - A story's heading.
   * - **move** - The from/to line.
   * - **badge** - The move-type badge.
   * - **quote** - The quote.
   * - **disclosure** - The "read the whole story" disclosure.
   * - **body** - The full story.
   * - **cta** - The story's call to action.
   * - **all-stories-link** - The "Alle verhalen" link.
   * - **skeleton** - The placeholder while loading.
   * - **empty** - The message when there are no stories.
   * - **error** - The message when loading failed.
   * - **button** - Every button; also `retry-button`, `clear-button`.
   */
  "mobility-stories": Partial<MobilityStoriesProps & BaseProps & BaseEvents>;

  /**
   * Searchable vacancy feed: search box, filters, result count, cards and a feed link.
   * ---
   *
   *
   * ### **Events:**
   *  - **mobility-vacancy-select** - A vacancy's title was activated. Bubbles, composed, cancelable: cancel it to handle the navigation yourself (the link is not followed, the card does not expand).
   *
   * ### **Methods:**
   *  - **reload(): _void_** - Load the current search again, e.g. after the connection came back.
   *
   * ### **CSS Properties:**
   *  - **--mobility-vacancies-gap** - Space between the cards and between the search, status and list. _(default: var(--mobility-space-m))_
   * - **--mobility-vacancies-card-min-width** - Narrowest a card gets before the grid uses fewer columns. _(default: 18rem)_
   * - **--mobility-vacancies-card-background** - Background of a card. _(default: var(--mobility-color-surface))_
   * - **--mobility-vacancies-card-border-color** - Border of a card and the rule above its details. _(default: var(--mobility-color-border))_
   * - **--mobility-vacancies-card-radius** - Corners of a card and of the skeleton. _(default: var(--mobility-radius))_
   * - **--mobility-vacancies-card-padding** - Padding inside a card. _(default: var(--mobility-space-m))_
   * - **--mobility-vacancies-title-color** - Title of a card (a link or a button). _(default: var(--mobility-color-primary))_
   * - **--mobility-vacancies-title-font-size** - Size of a card's title. _(default: var(--mobility-font-size-large))_
   * - **--mobility-vacancies-badge-background** - Background of the badges (kind, visibility, stage, match). _(default: var(--mobility-color-accent-surface))_
   * - **--mobility-vacancies-badge-color** - Text of the badges. _(default: var(--mobility-color-text))_
   * - **--mobility-vacancies-button-background** - Background and border of the buttons (search, apply, more). _(default: var(--mobility-color-primary))_
   * - **--mobility-vacancies-button-color** - Text of the buttons. _(default: var(--mobility-color-on-primary))_
   * - **--mobility-vacancies-input-border-color** - Border of the search box and the filters. _(default: var(--mobility-color-border))_
   * - **--mobility-vacancies-skeleton-color** - The placeholder shapes while loading. _(default: var(--mobility-color-skeleton))_
   * - **--mobility-font-family** - Font of all text. _(default: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif)_
   * - **--mobility-font-size** - Body text size. _(default: 1rem)_
   * - **--mobility-font-size-small** - Secondary text: facts, badges, hints, table notes. _(default: 0.875rem)_
   * - **--mobility-font-size-large** - Titles: card titles, story names, section headings. _(default: 1.25rem)_
   * - **--mobility-line-height** - Line height of body text. _(default: 1.5)_
   * - **--mobility-color-text** - Body text. _(default: #1b1b1b)_
   * - **--mobility-color-text-muted** - Secondary text (facts, hints, captions); meets 4.5:1 on the surfaces. _(default: #595959)_
   * - **--mobility-color-background** - Background of the element's own area. _(default: #ffffff)_
   * - **--mobility-color-surface** - Background of cards, panels and inputs. _(default: #ffffff)_
   * - **--mobility-color-surface-subtle** - Background of fieldsets, slides, table stripes and bar tracks. _(default: #f3f5f8)_
   * - **--mobility-color-border** - Borders of inputs, cards and tables; meets 3:1 against the surfaces (WCAG 1.4.11). _(default: #8c8c8c)_
   * - **--mobility-color-primary** - Buttons, links, selected states and chart accents. _(default: #0b5394)_
   * - **--mobility-color-primary-hover** - Buttons and links on hover. _(default: #083d6d)_
   * - **--mobility-color-on-primary** - Text on a primary-coloured background. _(default: #ffffff)_
   * - **--mobility-color-accent-surface** - Badges, highlights and notices. _(default: #e6eff8)_
   * - **--mobility-color-danger** - Error text and error borders. _(default: #a4151b)_
   * - **--mobility-color-danger-surface** - Background of error messages. _(default: #fdeeee)_
   * - **--mobility-color-success** - Text and borders of success messages. _(default: #1d7a4f)_
   * - **--mobility-color-success-surface** - Background of success messages. _(default: #eaf5ef)_
   * - **--mobility-color-focus** - Outer ring of the focus indicator. _(default: #ffbf47)_
   * - **--mobility-color-focus-inner** - Inner ring of the focus indicator, so it shows on light and dark backgrounds. _(default: #1b1b1b)_
   * - **--mobility-color-skeleton** - Loading placeholders. _(default: #e3e6ea)_
   * - **--mobility-radius** - Corner radius of cards, inputs and buttons. _(default: 0.375rem)_
   * - **--mobility-space-xs** - Smallest gap (inside badges). _(default: 0.25rem)_
   * - **--mobility-space-s** - Small gap (between controls). _(default: 0.5rem)_
   * - **--mobility-space-m** - Default gap and padding. _(default: 1rem)_
   * - **--mobility-focus-width** - Width of the focus outline. _(default: 3px)_
   * - **--mobility-target-size** - Minimum height and width of buttons and other targets (WCAG 2.5.8 asks 24 px, the default is 44 px). _(default: 2.75rem)_
   *
   * ### **CSS Parts:**
   *  - **search** - The search form (search box and filters).
   * - **search-input** - The search box.
   * - **search-button** - The search button.
   * - **kind-select** - The kind filter.
   * - **filters-toggle** - The button that shows and hides the filters on narrow screens.
   * - **filters** - The panel with every filter besides the search box.
   * - **filter** - Every filter control; also `organisation-select`, `sector-select`, `contract-select`, `sort-select`, `near-input`, `radius-select`.
   * - **apply-button** - The button that applies the filters.
   * - **feed** - The feed link of the current search and its copy button.
   * - **feed-link** - The link to the Atom feed of the current search.
   * - **copy-button** - The button that copies the feed link.
   * - **status** - The result count (a polite live region).
   * - **results** - The area with the cards, skeleton, empty or error state.
   * - **list** - The list of cards.
   * - **card** - One vacancy.
   * - **title** - The heading of a card.
   * - **title-button** - The title when it expands the card.
   * - **title-link** - The title when it links to `detail-url`.
   * - **summary** - A card's summary.
   * - **badge** - Every badge; also `badge-kind`, `badge-visibility`, `badge-stage`, `badge-priority`, `badge-match`.
   * - **facts** - A card's list of organisation, place, hours, scale, salary and closing date.
   * - **detail** - The expanded description.
   * - **apply-link** - The link to apply.
   * - **skeleton** - The placeholder shown while loading.
   * - **empty** - The message shown when nothing matches.
   * - **error** - The message shown when loading failed.
   * - **button** - Every button; also `retry-button`, `clear-button`, `more-button`.
   */
  "mobility-vacancies": Partial<MobilityVacanciesProps & BaseProps & BaseEvents>;
};
