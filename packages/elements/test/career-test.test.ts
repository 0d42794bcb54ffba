import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CareerTestInstrument, Vacancy } from '@mobility-kit/contract';
import { defaultInstrument, rankVacancies, scoreInstrument } from '@mobility-kit/rules';
import '../src/define.js';
import type { MobilityCareerTest } from '../src/index.js';
import { apiPage, apiUrl, part, parts, shadow, watchUncaught } from './support.js';
import {
  allAnswers,
  answerAllByClicks,
  answerFor,
  checkedValue,
  choose,
  clearCareerStorage,
  clearProfile,
  clickPart,
  defaultKey,
  pageItems,
  progressText,
  saved,
  seedProgress,
  tiedProfile,
  title,
  vacanciesSettled,
} from './career-test-support.js';

const render = (lang = 'nl') =>
  fixture<MobilityCareerTest>(html`<mobility-career-test base-url=${apiUrl()} lang=${lang}></mobility-career-test>`);

/** The element inside whose shadow root focus is. */
const focused = (element: Element): Element | null => shadow(element).activeElement;

/** Press Tab until `predicate` holds for the focused element in the shadow root; fail after `max`. */
async function tabUntil(element: Element, predicate: (el: Element) => boolean, what: string, max = 12): Promise<void> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const active = focused(element);
    if (active && predicate(active)) return;
  }
  throw new Error(`Tab never reached ${what}; focus is on ${focused(element)?.outerHTML.slice(0, 80) ?? 'nothing'}`);
}

const isPart = (name: string) => (el: Element) => (el.getAttribute('part') ?? '').split(' ').includes(name);

describe('<mobility-career-test>', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(() => {
    clearCareerStorage();
    uncaught = watchUncaught();
  });
  afterEach(() => {
    uncaught.stop();
    uncaught.assertNone();
    clearCareerStorage();
  });

  it('introduces the test: for yourself, confidential, about ten minutes, voluntary — and is accessible', async () => {
    const element = await render();
    const intro = part(element, 'intro')!;
    const text = intro.textContent ?? '';
    expect(title(element)).to.equal('Loopbaantest: welk werk past bij jou?');
    expect(text).to.contain('voor jezelf');
    expect(text).to.contain('Je werkgever ziet ze niet');
    expect(text).to.contain('nooit gebruikt bij selectie');
    expect(text).to.contain('ongeveer 10 minuten');
    expect(text).to.contain('geen tijdslimiet');
    expect(text).to.contain('vrijwillig');
    expect(part(element, 'start-button')?.textContent?.trim()).to.equal('Begin de test');
    expect(part(element, 'forget-button'), 'nothing to forget yet').to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('shows six items per page as real radio groups with the five options and the progress', async () => {
    const element = await render();
    await clickPart(element, 'start-button');
    const items = parts(element, 'item');
    expect(items).to.have.length(6);
    expect(progressText(element)).to.equal('Vraag 1–6 van 60');
    const progress = part<HTMLProgressElement>(element, 'progress')!;
    expect(progress.localName).to.equal('progress');
    expect(progress.max).to.equal(60);
    expect(progress.value).to.equal(6);
    expect(progress.getAttribute('aria-labelledby')).to.equal('progress-text');
    for (const [index, fieldset] of items.entries()) {
      const item = defaultInstrument.items[index]!;
      expect(fieldset.localName).to.equal('fieldset');
      expect(fieldset.querySelector('legend')?.textContent).to.contain(item.text.nl);
      const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      expect(radios.map((r) => r.labels?.[0]?.textContent?.trim())).to.deep.equal([
        'Helemaal niet leuk',
        'Niet leuk',
        'Neutraal',
        'Leuk',
        'Heel leuk',
      ]);
      expect(new Set(radios.map((r) => r.name)).size, 'one group per item').to.equal(1);
    }
    expect(shadow(element).querySelector('[data-timer], time'), 'no timing').to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('validates on "next": names unanswered items inline, moves focus to the first, keeps the answers', async () => {
    const element = await render();
    await clickPart(element, 'start-button');
    const ids = pageItems(element);
    // Answer items 1, 3, 4 and 6; leave 2 and 5 open.
    for (const index of [0, 2, 3, 5]) await choose(element, ids[index]!, 3);
    await clickPart(element, 'next-button');

    expect(progressText(element), 'still on the first page').to.equal('Vraag 1–6 van 60');
    const invalid = parts(element, 'item').filter((fieldset) => fieldset.classList.contains('invalid'));
    expect(invalid.map((fieldset) => fieldset.id)).to.deep.equal([`item-${ids[1]}`, `item-${ids[4]}`]);
    for (const fieldset of invalid) {
      const message = shadow(element).getElementById(fieldset.getAttribute('aria-describedby') ?? '');
      expect(message?.textContent?.trim()).to.equal('Kies een antwoord bij deze vraag.');
      expect(fieldset.contains(message)).to.equal(true);
    }
    expect(shadow(element).querySelector('#missing-summary')?.textContent).to.contain('2 vragen nog niet beantwoord: 2 en 5');
    expect(part(element, 'announcer')?.textContent).to.contain('2 en 5');
    const active = focused(element) as HTMLInputElement | null;
    expect(active?.localName).to.equal('input');
    expect(active?.closest('fieldset')?.id, 'focus on the first unanswered item').to.equal(`item-${ids[1]}`);
    for (const index of [0, 2, 3, 5]) expect(checkedValue(element, ids[index]!), 'answers kept').to.equal(3);
    await expect(element).to.be.accessible();

    // Answering clears the message of that item only.
    await choose(element, ids[1]!, 1);
    expect(parts(element, 'item').filter((f) => f.classList.contains('invalid')).map((f) => f.id)).to.deep.equal([`item-${ids[4]}`]);
    await choose(element, ids[4]!, 1);
    await clickPart(element, 'next-button');
    expect(progressText(element)).to.equal('Vraag 7–12 van 60');
    expect(focused(element)?.id, 'focus on the new page heading').to.equal('page-title');
  });

  it('keeps answers when going back and forward', async () => {
    const element = await render();
    await clickPart(element, 'start-button');
    const first = pageItems(element);
    for (const [i, id] of first.entries()) await choose(element, id, i % 5);
    await clickPart(element, 'next-button');
    const second = pageItems(element);
    expect(second[0]).to.not.equal(first[0]);
    await choose(element, second[0]!, 4);
    await choose(element, second[1]!, 0);
    await clickPart(element, 'back-button');
    expect(progressText(element)).to.equal('Vraag 1–6 van 60');
    expect(first.map((id) => checkedValue(element, id))).to.deep.equal([0, 1, 2, 3, 4, 0]);
    await clickPart(element, 'next-button');
    expect(progressText(element)).to.equal('Vraag 7–12 van 60');
    expect(second.map((id) => checkedValue(element, id))).to.deep.equal([4, 0, undefined, undefined, undefined, undefined]);
    // Back from the first page returns to the introduction, which now offers to continue.
    await clickPart(element, 'back-button');
    await clickPart(element, 'back-button');
    expect(part(element, 'start-button')?.textContent?.trim()).to.equal('Ga verder waar je was');
  });

  it('can be completed with the keyboard alone: radios by arrows and Space, buttons by Enter, the card sort by buttons', async function () {
    this.timeout(120000);
    const element = await render();
    const completed = oneEvent(element, 'mobility-career-test-complete');
    await tabUntil(element, isPart('start-button'), 'the start button');
    await sendKeys({ press: 'Enter' });
    expect(focused(element)?.id).to.equal('page-title');

    for (let page = 0; page < 10; page++) {
      expect(progressText(element)).to.equal(`Vraag ${page * 6 + 1}–${page * 6 + 6} van 60`);
      for (const id of pageItems(element)) {
        await sendKeys({ press: 'Tab' });
        const radio = focused(element) as HTMLInputElement;
        expect(radio.name, 'Tab enters the next radio group').to.equal(`answer-${id}`);
        const value = answerFor(tiedProfile, id);
        if (value === 0) await sendKeys({ press: 'Space' });
        else for (let k = 0; k < value; k++) await sendKeys({ press: 'ArrowDown' });
        await element.updateComplete;
        expect(checkedValue(element, id), `answer of ${id}`).to.equal(value);
      }
      await tabUntil(element, isPart('next-button'), 'the next button');
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
    }

    // Work values: move the last value (Zelfstandigheid) to the top with its "hoger" button.
    expect(title(element)).to.equal('Wat vind je belangrijk in je werk?');
    await tabUntil(element, (el) => el.getAttribute('aria-label') === 'Zelfstandigheid hoger', 'Zelfstandigheid hoger', 30);
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
    }
    const order = [...shadow(element).querySelectorAll('.value strong')].map((el) => el.textContent?.trim());
    expect(order[0]).to.equal('Zelfstandigheid');
    expect(part(element, 'announcer')?.textContent).to.contain('Zelfstandigheid staat nu op plaats 1 van 6');
    expect(focused(element)?.getAttribute('aria-label'), 'at the top, focus moves to the other button of the card').to.equal('Zelfstandigheid lager');
    await tabUntil(element, isPart('done-button'), 'the done button', 20);
    await sendKeys({ press: 'Enter' });

    const event = await completed;
    expect(event.detail).to.deep.equal({ code: 'SA(I/E)' });
    expect(title(element)).to.equal('Jouw uitslag');
    expect(focused(element)?.id).to.equal('page-title');
    expect(part(element, 'code')?.textContent).to.contain('SA(I/E)');
    expect(saved()?.valueOrder[0]).to.equal('independence');
    uncaught.assertNone();
  });

  it('makes the card sort usable by keyboard, announces moves politely, and lets it be skipped', async () => {
    seedProgress({ items: allAnswers(clearProfile), step: { view: 'values' } });
    const element = await render();
    await clickPart(element, 'start-button');
    expect(title(element)).to.equal('Wat vind je belangrijk in je werk?');
    const announcer = part(element, 'announcer')!;
    expect(announcer.getAttribute('aria-live')).to.equal('polite');
    const list = part(element, 'values')!;
    expect(list.localName).to.equal('ol');
    expect(list.getAttribute('aria-label')).to.equal('Werkwaarden, belangrijkste eerst');
    const firstUp = shadow(element).querySelector<HTMLButtonElement>('#value-achievement [data-move="up"]')!;
    expect(firstUp.getAttribute('aria-disabled')).to.equal('true');
    firstUp.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(announcer.textContent).to.contain('Prestatie staat al bovenaan');
    const down = shadow(element).querySelector<HTMLButtonElement>('#value-achievement [data-move="down"]')!;
    down.focus();
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect([...shadow(element).querySelectorAll('.value')].map((li) => li.id)).to.deep.equal([
      'value-working-conditions',
      'value-achievement',
      'value-recognition',
      'value-relationships',
      'value-support',
      'value-independence',
    ]);
    expect(announcer.textContent).to.contain('Prestatie staat nu op plaats 2 van 6');
    expect(focused(element)?.getAttribute('aria-label')).to.equal('Prestatie lager');
    await expect(element).to.be.accessible();

    await clickPart(element, 'skip-button');
    expect(title(element)).to.equal('Jouw uitslag');
    expect(part(element, 'result')?.textContent).to.contain('Je hebt het deel over werkwaarden overgeslagen.');
    expect(saved()?.valuesSkipped).to.equal(true);
  });

  it('shows the result: code with ties explained in words, chart and equivalent table, types, directions — accessible', async () => {
    const element = await render();
    await answerAllByClicks(element, tiedProfile);
    await clickPart(element, 'done-button');
    await vacanciesSettled(element);
    const expected = scoreInstrument(defaultInstrument, { items: allAnswers(tiedProfile), valueOrder: defaultInstrument.workValues!.values.map((v) => v.id) });
    const code = part(element, 'code')!;
    expect(code.querySelector('.code-text')?.textContent).to.equal('SA(I/E)');
    const tie = code.querySelector('.tie')?.textContent ?? '';
    expect(tie).to.contain('plaats 3');
    expect(tie).to.contain('I (Onderzoekend) en E (Ondernemend)');
    expect(tie).to.contain('even hoog');
    expect(part(element, 'result')?.textContent).to.contain('Je werkgever ziet hem niet');

    // Chart: one row per type with label, score as text, and the types in the code marked in words and by hatching.
    const bars = parts(element, 'bar');
    expect(bars.map((bar) => bar.querySelector('.bar-value')?.textContent)).to.deep.equal(expected.scales.map((s) => String(Math.round(s.score))));
    const marked = bars.filter((bar) => bar.textContent?.includes('(in je code)')).map((bar) => bar.dataset.scale);
    expect(marked).to.deep.equal(['I', 'A', 'S', 'E']);
    for (const bar of bars) {
      const fill = bar.querySelector('.bar-fill')!;
      expect(fill.classList.contains('hatched'), bar.dataset.scale).to.equal(marked.includes(bar.dataset.scale));
      expect(Number(fill.getAttribute('width'))).to.be.closeTo(expected.scales.find((s) => s.scale === bar.dataset.scale)!.score, 0.01);
    }
    // Table: the same numbers.
    const rows = [...part(element, 'table')!.querySelectorAll('tbody tr')];
    expect(rows.map((row) => row.querySelectorAll('td')[1]?.textContent)).to.deep.equal(expected.scales.map((s) => String(Math.round(s.score))));
    expect(rows.map((row) => row.querySelectorAll('td')[2]?.textContent)).to.deep.equal(expected.scales.map((s) => `${s.raw} van ${s.rawMax}`));
    // Top types with their descriptions and directions from the instrument.
    const types = [...shadow(element).querySelectorAll('.type')];
    expect(types.map((t) => t.querySelector('h4')?.textContent)).to.deep.equal(['S · Sociaal', 'A · Artistiek', 'I · Onderzoekend', 'E · Ondernemend']);
    const social = defaultInstrument.scales.find((s) => s.id === 'S')!;
    expect(types[0]!.textContent).to.contain(social.description.nl!);
    expect(types[0]!.textContent).to.contain(social.directions!.inHigherEducation[0]!.nl!);
    expect(types[0]!.textContent).to.contain(social.directions!.elsewhere[0]!.nl!);
    await expect(element).to.be.accessible();
  });

  it('ranks vacancies from the real API on the device, best first', async () => {
    const element = await render();
    await answerAllByClicks(element, clearProfile);
    await clickPart(element, 'done-button');
    await vacanciesSettled(element);
    const served = (await apiPage({ limit: 100 })).items as Vacancy[];
    const result = scoreInstrument(defaultInstrument, { items: allAnswers(clearProfile), valueOrder: [] });
    const expected = rankVacancies(result, served)
      .filter((m) => m.congruence !== null)
      .slice(0, 5)
      .map((m) => m.vacancy.title);
    expect(expected.length, 'the seed has vacancies with interest codes').to.be.greaterThan(0);
    const shown = [...part(element, 'vacancies')!.querySelectorAll('.match h4')].map((h) => h.textContent?.trim());
    expect(shown).to.deep.equal(expected);
  });

  it('resumes after the element is created again, from localStorage under a versioned key', async () => {
    const first = await render();
    await clickPart(first, 'start-button');
    for (const id of pageItems(first)) await choose(first, id, 2);
    await clickPart(first, 'next-button');
    await choose(first, pageItems(first)[0]!, 4);
    const stored = saved();
    expect(stored, `saved under ${defaultKey}`).to.not.equal(null);
    expect(Object.keys(stored!.items)).to.have.length(7);
    expect(stored!.step).to.deep.equal({ view: 'items', page: 1 });
    first.remove();

    const again = await render();
    expect(part(again, 'intro')?.textContent).to.contain('Je hebt al 7 van de 60 vragen beantwoord.');
    await clickPart(again, 'start-button');
    expect(progressText(again)).to.equal('Vraag 7–12 van 60');
    expect(checkedValue(again, pageItems(again)[0]!)).to.equal(4);
    await clickPart(again, 'back-button');
    expect(pageItems(again).map((id) => checkedValue(again, id))).to.deep.equal([2, 2, 2, 2, 2, 2]);
  });

  it('"Vergeet mijn antwoorden" asks for confirmation, then clears storage and state', async () => {
    const element = await render();
    await clickPart(element, 'start-button');
    await choose(element, pageItems(element)[0]!, 3);
    expect(saved()).to.not.equal(null);
    // Some other version's leftovers are forgotten too.
    localStorage.setItem('mobility-kit/career-test@1:mobility-kit-riasec@0.9.0', '{"savedAt":0,"items":{}}');
    localStorage.setItem('unrelated-host-key', 'keep');

    await clickPart(element, 'forget-button');
    const dialog = part<HTMLDialogElement>(element, 'dialog')!;
    expect(dialog.open, 'a confirmation opens').to.equal(true);
    expect(dialog.textContent).to.contain('Dit kun je niet ongedaan maken');
    await expect(element).to.be.accessible();
    part<HTMLButtonElement>(element, 'cancel-button')!.click();
    await waitUntil(() => !dialog.open);
    expect(saved(), 'cancel keeps everything').to.not.equal(null);
    expect(checkedValue(element, pageItems(element)[0]!)).to.equal(3);

    await clickPart(element, 'forget-button');
    part<HTMLButtonElement>(element, 'confirm-forget-button')!.click();
    // The dialog's close event, which does the forgetting, comes in a task after it closes.
    await waitUntil(() => saved() === null, 'the saved answers are removed');
    await element.updateComplete;
    expect(localStorage.getItem('mobility-kit/career-test@1:mobility-kit-riasec@0.9.0')).to.equal(null);
    expect(localStorage.getItem('unrelated-host-key')).to.equal('keep');
    localStorage.removeItem('unrelated-host-key');
    expect(part(element, 'start-button')?.textContent?.trim()).to.equal('Begin de test');
    expect(part(element, 'announcer')?.textContent).to.contain('Je antwoorden zijn vergeten.');
    await clickPart(element, 'start-button');
    expect(pageItems(element).map((id) => checkedValue(element, id))).to.deep.equal(Array(6).fill(undefined));
  });

  it('discards saved answers after the expiry (30 days by default, or retention-days)', async () => {
    const day = 24 * 60 * 60 * 1000;
    seedProgress({ items: { r01: 4, i01: 3 }, step: { view: 'items', page: 0 } }, Date.now() - 31 * day);
    const stale = await render();
    expect(part(stale, 'start-button')?.textContent?.trim()).to.equal('Begin de test');
    expect(saved(), 'the stale entry is removed').to.equal(null);
    stale.remove();

    seedProgress({ items: { r01: 4, i01: 3 }, step: { view: 'items', page: 0 } }, Date.now() - 29 * day);
    const fresh = await render();
    expect(part(fresh, 'start-button')?.textContent?.trim()).to.equal('Ga verder waar je was');
    fresh.remove();

    const short = await fixture<MobilityCareerTest>(html`<mobility-career-test retention-days="7"></mobility-career-test>`);
    expect(part(short, 'start-button')?.textContent?.trim(), '29 days is past a 7-day retention').to.equal('Begin de test');
    expect(saved()).to.equal(null);
  });

  it('ignores saved answers that do not fit the instrument', async () => {
    seedProgress({ items: { r01: 4, i01: 99, x99: 2, a01: '3' as unknown as number }, step: { view: 'result' } });
    const element = await render();
    expect(part(element, 'intro')?.textContent).to.contain('Je hebt al 1 van de 60 vragen beantwoord.');
    await clickPart(element, 'start-button');
    expect(progressText(element), 'an incomplete test does not resume on the result').to.equal('Vraag 1–6 van 60');
  });

  it('speaks English with lang="en", instrument texts included', async () => {
    const element = await render('en');
    expect(part(element, 'start-button')?.textContent?.trim()).to.equal('Start the test');
    expect(part(element, 'intro')?.textContent).to.contain('Your employer does not see them');
    await clickPart(element, 'start-button');
    expect(progressText(element)).to.equal('Questions 1–6 of 60');
    expect(parts(element, 'item')[0]!.querySelector('legend')?.textContent).to.contain(defaultInstrument.items[0]!.text.en);
    expect(parts(element, 'item')[0]!.querySelector('label')?.textContent?.trim()).to.equal('Not enjoyable at all');
  });

  it('takes another instrument through the property and scores it generically', async () => {
    const t = (nl: string, en: string) => ({ nl, en });
    const custom: CareerTestInstrument = {
      id: 'mini',
      version: '2',
      languages: ['nl', 'en'],
      title: t('Mini-test', 'Mini test'),
      intro: t('Twee schalen.', 'Two scales.'),
      prompt: t('Hoe vaak?', 'How often?'),
      scales: [
        { id: 'people', kind: 'interest', code: 'P', label: t('Mensen', 'People'), description: t('Met mensen.', 'With people.') },
        { id: 'things', kind: 'interest', code: 'T', label: t('Dingen', 'Things'), description: t('Met dingen.', 'With things.') },
      ],
      items: [
        { id: 'p1', scale: 'people', text: t('Praten', 'Talk') },
        { id: 't1', scale: 'things', text: t('Bouwen', 'Build') },
        { id: 'p2', scale: 'people', text: t('Helpen', 'Help'), reverseKeyed: true },
      ],
      responseOptions: [
        { value: 0, label: t('Nooit', 'Never') },
        { value: 1, label: t('Soms', 'Sometimes') },
        { value: 2, label: t('Vaak', 'Often') },
      ],
    };
    const element = await fixture<MobilityCareerTest>(html`<mobility-career-test base-url=${apiUrl()} .instrument=${custom}></mobility-career-test>`);
    expect(title(element)).to.equal('Mini-test');
    await clickPart(element, 'start-button');
    expect(progressText(element)).to.equal('Vraag 1–3 van 3');
    await choose(element, 'p1', 2);
    await choose(element, 't1', 1);
    await choose(element, 'p2', 0);
    expect(part(element, 'next-button')?.textContent?.trim()).to.equal('Bekijk je uitslag');
    await clickPart(element, 'next-button');
    await vacanciesSettled(element);
    expect(part(element, 'code')?.querySelector('.code-text')?.textContent).to.equal('PT');
    expect(parts(element, 'bar').map((bar) => bar.querySelector('.bar-value')?.textContent)).to.deep.equal(['100', '50']);
    expect(part(element, 'vacancies')?.textContent).to.contain('geen RIASEC-profiel');
    expect(localStorage.getItem('mobility-kit/career-test@1:mini@2')).to.not.equal(null);
  });

  it('shows a clear error state for an invalid instrument, by property or attribute, without throwing', async () => {
    const broken = { ...defaultInstrument, items: [...defaultInstrument.items, { id: 'x01', scale: 'Q', text: { nl: 'Iets', en: 'Something' } }] };
    const element = await fixture<MobilityCareerTest>(html`<mobility-career-test .instrument=${broken}></mobility-career-test>`);
    const error = part(element, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('De test kan niet worden getoond');
    expect(error.textContent).to.contain('items.60.scale');
    expect(part(element, 'start-button')).to.equal(null);
    await expect(element).to.be.accessible();

    const fromAttribute = await fixture<MobilityCareerTest>(html`<mobility-career-test instrument="{not json"></mobility-career-test>`);
    expect(part(fromAttribute, 'error')?.textContent).to.contain('is not a JSON document');

    // A valid document set afterwards recovers.
    fromAttribute.instrument = defaultInstrument;
    await fromAttribute.updateComplete;
    expect(part(fromAttribute, 'error')).to.equal(null);
    expect(part(fromAttribute, 'start-button')).to.exist;
  });

  it('renders a stories slot and the stories-url link on the result', async () => {
    seedProgress({ items: allAnswers(clearProfile), step: { view: 'result' }, valuesSkipped: true });
    const element = await fixture<MobilityCareerTest>(html`<mobility-career-test base-url=${apiUrl()} stories-url="/verhalen">
      <p slot="stories" id="host-story">Anouk ging van docent naar onderwijskundige.</p>
    </mobility-career-test>`);
    await clickPart(element, 'start-button');
    const slot = part(element, 'stories')!.querySelector<HTMLSlotElement>('slot[name="stories"]')!;
    expect(slot.assignedElements().map((el) => el.id)).to.deep.equal(['host-story']);
    expect(part<HTMLAnchorElement>(element, 'stories-link')?.getAttribute('href')).to.equal('/verhalen');
    element.storiesUrl = 'javascript:alert(1)';
    await element.updateComplete;
    expect(part(element, 'stories-link'), 'no script links').to.equal(null);
  });
});
