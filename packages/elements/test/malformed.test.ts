/**
 * Every data-loading element against answers broken in generated ways. The test server's
 * `/broken/gen-<seed>/<id>/v1/...` (web-test-runner.config.mjs) takes the real API's answer and
 * breaks it as `<seed>` says — wrong members, huge arrays, deep nesting, invalid UTF-8, truncation,
 * HTML, empty bodies, wrong media types and statuses, redirect loops, connection resets — until
 * `/broken/heal/<id>` makes it answer truly. Each element must show a translated error with a Retry
 * button, show content after Retry once the answers are healthy, and let nothing reach `window` as
 * an uncaught error or unhandled rejection.
 *
 * The seeds come from fast-check, seeded with the run's seed (printed; `MALFORMED_SEED=<seed>
 * npm run test:browser` repeats a run).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import fc from 'fast-check';
import '../src/define.js';
import type { MobilityCareerTest } from '../src/index.js';
import type { LoadErrorKind } from '../src/shared/load-error.js';
import { vacanciesTranslations } from '../src/vacancies/translations.js';
import { storiesTranslations } from '../src/stories/translations.js';
import { dashboardTranslations } from '../src/dashboard/translations.js';
import { calculatorTranslations } from '../src/calculator/translations.js';
import { careerTestTranslations } from '../src/career-test/translations.js';
import { hrRegulationsTranslations } from '../src/hr-regulations/translations.js';
import { brokenStats, devToken, part, parts, uniqueId, watchUncaught } from './support.js';
import { allAnswers, clearCareerStorage, clickPart, seedProgress, storiesSettled } from './career-test-support.js';

type Lang = 'nl' | 'en';
const seedsPerElement = 3;
const wait = { timeout: 12000, interval: 20 };

/** The messages an element may show for a failed load: every kind a typed SDK error maps to. */
function typedMessages(errors: Record<LoadErrorKind, string>): string[] {
  // `unknown` means something other than a typed error got through; `notConfigured` means no client.
  return Object.entries(errors)
    .filter(([kind]) => kind !== 'unknown' && kind !== 'notConfigured')
    .map(([, message]) => message);
}

/** What is known about one element: how to mount it on a base URL, where its error is and what content looks like. */
interface Subject {
  name: string;
  mount(baseUrl: string, lang: Lang): Promise<HTMLElement>;
  /** The error box of the load under test. */
  errorBox(element: HTMLElement): Element | null;
  /** The shown message must be one of these. */
  messages(lang: Lang): string[];
  retryLabel(lang: Lang): string;
  /** Resolves once the element shows its content. */
  content(element: HTMLElement): Promise<void>;
}

const inside = async (template: TemplateResult, tag: string): Promise<HTMLElement> => {
  const root = await fixture<HTMLElement>(template);
  return root.localName === tag ? root : root.querySelector<HTMLElement>(tag)!;
};

const shadowOf = (element: HTMLElement): ShadowRoot | null => element.shadowRoot;
const text = (element: Node | null | undefined): string => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

let hrToken = '';
const organisation = 'hogeschool-utrecht';

const subjects: Subject[] = [
  {
    name: '<mobility-vacancies>',
    mount: (baseUrl, lang) => inside(html`<mobility-vacancies lang=${lang} base-url=${baseUrl}></mobility-vacancies>`, 'mobility-vacancies'),
    errorBox: (element) => part(element, 'error'),
    messages: (lang) => typedMessages(vacanciesTranslations[lang]!.errors),
    retryLabel: (lang) => vacanciesTranslations[lang]!.retry,
    content: (element) => waitUntil(() => parts(element, 'card').length > 0, 'vacancy cards', wait),
  },
  {
    name: '<mobility-provider> with <mobility-vacancies>',
    mount: (baseUrl, lang) =>
      inside(html`<mobility-provider lang=${lang} base-url=${baseUrl}><mobility-vacancies></mobility-vacancies></mobility-provider>`, 'mobility-vacancies'),
    errorBox: (element) => part(element, 'error'),
    messages: (lang) => typedMessages(vacanciesTranslations[lang]!.errors),
    retryLabel: (lang) => vacanciesTranslations[lang]!.retry,
    content: (element) => waitUntil(() => parts(element, 'card').length > 0, 'vacancy cards', wait),
  },
  {
    name: '<mobility-stories>',
    mount: (baseUrl, lang) => inside(html`<mobility-stories lang=${lang} base-url=${baseUrl} channel="public"></mobility-stories>`, 'mobility-stories'),
    errorBox: (element) => part(element, 'error'),
    messages: (lang) => typedMessages(storiesTranslations[lang]!.errors),
    retryLabel: (lang) => storiesTranslations[lang]!.retry,
    content: (element) => waitUntil(() => parts(element, 'slide').length > 0, 'story slides', wait),
  },
  {
    name: '<mobility-dashboard> in a signed-in <mobility-provider>',
    mount: (baseUrl, lang) =>
      inside(html`<mobility-provider lang=${lang} base-url=${baseUrl} .token=${hrToken}><mobility-dashboard></mobility-dashboard></mobility-provider>`, 'mobility-dashboard'),
    errorBox: (element) => part(element, 'error'),
    messages: (lang) => typedMessages(dashboardTranslations[lang]!.errors),
    retryLabel: (lang) => dashboardTranslations[lang]!.retry,
    content: (element) => waitUntil(() => part(element, 'table') !== null, 'the figures table', wait),
  },
  {
    name: '<mobility-hr-regulations> in a signed-in <mobility-provider>',
    mount: (baseUrl, lang) =>
      inside(
        html`<mobility-provider lang=${lang} base-url=${baseUrl} .token=${hrToken}><mobility-hr-regulations></mobility-hr-regulations></mobility-provider>`,
        'mobility-hr-regulations',
      ),
    errorBox: (element) => part(element, 'error'),
    messages: (lang) => typedMessages(hrRegulationsTranslations[lang]!.errors),
    retryLabel: (lang) => hrRegulationsTranslations[lang]!.retry,
    content: (element) => waitUntil(() => parts(element, 'parameter').length > 0, 'the calculator values', wait),
  },
  {
    name: '<mobility-calculator> regulations',
    mount: (baseUrl, lang) =>
      inside(html`<mobility-calculator lang=${lang} base-url=${baseUrl} organisation=${organisation}></mobility-calculator>`, 'mobility-calculator'),
    // The calculator keeps working with its shipped table; the failure is a notice with Retry.
    errorBox: (element) => (part(element, 'retry-button') ? part(element, 'notice') : null),
    messages: (lang) => [calculatorTranslations[lang]!.overrides.failed],
    retryLabel: (lang) => calculatorTranslations[lang]!.overrides.retry,
    content: (element) =>
      waitUntil(
        () => part(element, 'retry-button') === null && !Object.values(calculatorTranslations).some((t) => text(part(element, 'notice')) === t.overrides.failed),
        'the organisation’s parameters load',
        wait,
      ),
  },
  {
    name: '<mobility-career-test> result (vacancies and stories link)',
    async mount(baseUrl, lang) {
      // R, I, C: a profile the demo stories link to, so the healthy stories request has something to show.
      seedProgress({ items: allAnswers({ R: 4, I: 3, A: 0, S: 1, E: 0, C: 2 }), step: { view: 'result' }, valuesSkipped: true });
      const element = (await inside(
        html`<mobility-career-test lang=${lang} base-url=${baseUrl} stories-url="/verhalen"></mobility-career-test>`,
        'mobility-career-test',
      )) as MobilityCareerTest;
      await clickPart(element, 'start-button');
      await storiesSettled(element);
      // Stories are a bonus on the result: a failure there falls back to the link, never an error box.
      const stories = part(element, 'stories')!;
      expect(stories.querySelector('[part~="error"], [role="alert"]'), 'no error box in the stories section').to.equal(null);
      expect(part(element, 'stories-link'), 'the stories link stays').to.exist;
      return element;
    },
    errorBox: (element) => part(element, 'vacancies')?.querySelector('[part~="error"]') ?? null,
    messages: (lang) => typedMessages(careerTestTranslations[lang]!.errors),
    retryLabel: (lang) => careerTestTranslations[lang]!.retry,
    content: (element) =>
      waitUntil(() => part(element, 'vacancies')?.getAttribute('aria-busy') === 'false' && part(element, 'vacancies')?.querySelector('[part~="error"]') === null, 'vacancies', wait),
  },
];

describe('elements under malformed responses', () => {
  let runSeed = 0;
  let uncaught: ReturnType<typeof watchUncaught>;

  before(async () => {
    runSeed = ((await (await fetch('/broken/seed')).json()) as { seed: number }).seed;
    console.log(`malformed.test.ts: fast-check seed ${runSeed} (MALFORMED_SEED=${runSeed} repeats this run)`);
    hrToken = await devToken(organisation, 'hr');
  });
  beforeEach(() => {
    clearCareerStorage();
    uncaught = watchUncaught();
  });
  afterEach(() => {
    uncaught.stop();
    uncaught.assertNone();
    clearCareerStorage();
  });

  subjects.forEach((subject, index) => {
    it(`${subject.name}: a translated error and Retry for every generated answer, content once healthy`, async function () {
      this.timeout(60_000);
      // Seeds for this element, derived from the run's seed: the same run seed gives the same answers.
      const seeds = fc.sample(fc.integer({ min: 0, max: 2 ** 31 - 1 }), { seed: runSeed + index, numRuns: seedsPerElement });
      const brokenBy: string[] = [];
      for (const [i, seed] of seeds.entries()) {
        const lang: Lang = i % 2 === 0 ? 'nl' : 'en';
        const id = uniqueId();
        const where = `${subject.name}, /broken/gen-${seed}/ (${lang}, run seed ${runSeed})`;
        const element = await subject.mount(`/broken/gen-${seed}/${id}`, lang);
        await waitUntil(() => subject.errorBox(element) !== null, `${where}: an error appears`, wait);
        const stats = (await brokenStats(id)) as { generated?: string };
        const box = subject.errorBox(element)!;
        brokenBy.push(`gen-${seed}: ${stats.generated ?? '?'}`);
        const shown = text(box);
        expect(
          subject.messages(lang).some((message) => shown.includes(message)),
          `${where}, broken by ${stats.generated ?? '?'}: "${shown}" is the translated message of a typed error`,
        ).to.equal(true);
        const retry = part<HTMLButtonElement>(element, 'retry-button') ?? box.querySelector<HTMLButtonElement>('[part~="retry-button"]');
        expect(retry, `${where}: a Retry button`).to.not.equal(null);
        expect(text(retry)).to.equal(subject.retryLabel(lang));

        await fetch(`/broken/heal/${id}`);
        const before = (await brokenStats(id)).hits;
        retry!.click();
        await waitUntil(async () => (await brokenStats(id)).hits > before, `${where}: Retry sends a request`, wait);
        await subject.content(element).catch((error: unknown) => {
          throw new Error(`${where}, broken by ${stats.generated ?? '?'}: no content after Retry; shows "${text(shadowOf(element)).slice(0, 300)}" (${String(error)})`);
        });
        expect(subject.errorBox(element), `${where}: the error is gone`).to.equal(null);
      }
      console.log(`${subject.name}: ${brokenBy.join(', ')}`);
    });
  });
});
