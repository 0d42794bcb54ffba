/**
 * `<mobility-career-test>` links the result to colleagues' stories served by the real reference
 * server: the demo stories carry interest codes, and answers are crafted so the code is known.
 * What the stories request carries is checked in career-test-privacy.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { StoryPage, type Story } from '@mobility-kit/contract';
import '../src/define.js';
import type { MobilityCareerTest } from '../src/index.js';
import { apiUrl, brokenApi, brokenStats, devToken, part, parts, uniqueId, watchUncaught } from './support.js';
import { allAnswers, clearCareerStorage, clickPart, seedProgress, storiesSettled } from './career-test-support.js';

/** R highest, then I, then C, no ties among the first three — code `RIC`. */
const realisticProfile: Record<string, number> = { R: 4, I: 3, A: 0, S: 1, E: 0, C: 2 };
/** I, then C, then E — code `ICE`. */
const investigativeProfile: Record<string, number> = { R: 0, I: 4, A: 0, S: 1, E: 2, C: 3 };

/** Open the result of a finished test with `profile`, as a returning employee would. */
async function resultFor(profile: Record<string, number>, template: ReturnType<typeof html>): Promise<MobilityCareerTest> {
  seedProgress({ items: allAnswers(profile), step: { view: 'result' }, valuesSkipped: true });
  const root = await fixture<HTMLElement>(template);
  const element = (root.localName === 'mobility-career-test' ? root : root.querySelector('mobility-career-test')!) as MobilityCareerTest;
  await clickPart(element, 'start-button');
  await storiesSettled(element);
  return element;
}

const storyNames = (element: Element): string[] => parts(element, 'story').map((story) => story.querySelector('h4')?.textContent?.trim() ?? '');

/** The stories the real server serves on a channel, read directly (not through the element). */
async function served(channel: 'public' | 'intranet', token?: string): Promise<Map<string, Story>> {
  const response = await fetch(`${apiUrl()}/v1/stories?channel=${channel}&limit=50`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const page = StoryPage.parse(await response.json());
  return new Map(page.items.map((story) => [story.displayName, story]));
}

describe('<mobility-career-test> stories of colleagues', () => {
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

  it('shows the demo stories whose move fits an RIC profile, best first, with move, quote and link', async () => {
    const element = await resultFor(realisticProfile, html`<mobility-career-test base-url=${apiUrl()} stories-url="/verhalen"></mobility-career-test>`);
    expect(part(element, 'code')?.querySelector('.code-text')?.textContent).to.equal('RIC');
    // Kees went to RI work (C-index 15/15), Thijs to RS (11/15), Lucas to IR (10/15); the
    // S-, A- and E-led moves of Samira, Priya and Mo do not fit.
    expect(storyNames(element)).to.deep.equal(['Kees B.', 'Thijs', 'Lucas']);

    const real = await served('public');
    for (const [index, name] of ['Kees B.', 'Thijs', 'Lucas'].entries()) {
      const story = real.get(name)!;
      const shown = parts(element, 'story')[index]!;
      expect(shown.getAttribute('lang'), `${name} in the story's language`).to.equal(story.language);
      const move = shown.querySelector('[part="story-move"]')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(move).to.equal(`${story.roleBefore}, ${story.orgBefore} →naar ${story.roleAfter}, ${story.orgAfter}`);
      expect(shown.querySelector('[part="story-quote"]')?.textContent?.trim()).to.equal(story.quote);
    }
    expect(part(element, 'stories')?.textContent).to.contain('op dit apparaat met je code vergeleken');
    expect(part<HTMLAnchorElement>(element, 'stories-link')?.getAttribute('href')).to.equal('/verhalen');
    expect(part(element, 'stories')!.querySelector('[part~="error"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('in English, the connective read out instead of the arrow is English', async () => {
    const element = await resultFor(realisticProfile, html`<mobility-career-test lang="en" base-url=${apiUrl()}></mobility-career-test>`);
    expect(storyNames(element)).to.have.length(3);
    const hidden = parts(element, 'story')[0]!.querySelector('.visually-hidden')!;
    expect(hidden.textContent).to.equal('to');
    expect(hidden.getAttribute('lang')).to.equal('en');
    expect(part(element, 'stories')?.textContent).to.contain('compared with your code on this device');
  });

  it('stories-channel="intranet" with a colleague’s token adds that organisation’s intranet stories', async () => {
    const token = await devToken('hogeschool-utrecht');
    const publicOnly = await resultFor(investigativeProfile, html`<mobility-career-test base-url=${apiUrl()}></mobility-career-test>`);
    expect(part(publicOnly, 'code')?.querySelector('.code-text')?.textContent).to.equal('ICE');
    expect(storyNames(publicOnly), 'public: Daan’s story is intranet-only').to.deep.equal(['Lucas']);

    const intranet = await resultFor(
      investigativeProfile,
      html`<mobility-provider base-url=${apiUrl()} .token=${token}><mobility-career-test stories-channel="intranet"></mobility-career-test></mobility-provider>`,
    );
    expect((await served('intranet', token)).has('Daan'), 'the server serves Daan on the intranet').to.equal(true);
    expect(storyNames(intranet)).to.deep.equal(['Daan', 'Lucas']);
  });

  it('no fitting story, a failing server or no token: only the slot and link, never an error', async () => {
    // E, A, C: Marloes's E-A move is on the intranet only, and no public story comes close enough.
    const none = await resultFor(
      { R: 0, I: 0, A: 3, S: 1, E: 4, C: 2 },
      html`<mobility-career-test base-url=${apiUrl()} stories-url="/verhalen"><p slot="stories" id="host">Meer verhalen</p></mobility-career-test>`,
    );
    expect(part(none, 'code')?.querySelector('.code-text')?.textContent).to.equal('EAC');
    expect(parts(none, 'story')).to.deep.equal([]);
    expect(part(none, 'stories')?.textContent).to.not.contain('op dit apparaat met je code vergeleken');
    expect(part(none, 'stories-link')).to.exist;

    const id = uniqueId();
    const failing = await resultFor(
      realisticProfile,
      html`<mobility-career-test base-url=${brokenApi('server-error', id)} stories-url="/verhalen"><p slot="stories" id="host">Meer verhalen</p></mobility-career-test>`,
    );
    expect((await brokenStats(id)).hits, 'the vacancies and the stories were asked for').to.equal(2);
    const section = part(failing, 'stories')!;
    expect(parts(failing, 'story')).to.deep.equal([]);
    expect(section.querySelector('[part~="error"], [role="alert"]'), 'no error box in the stories section').to.equal(null);
    expect(section.querySelector<HTMLSlotElement>('slot[name="stories"]')!.assignedElements().map((el) => el.id)).to.deep.equal(['host']);
    expect(part(failing, 'stories-link')).to.exist;
    // The vacancies, which the employee asked for, do say what went wrong.
    expect(part(failing, 'vacancies')?.textContent).to.contain('Er ging iets mis op de server');

    const anonymous = await resultFor(realisticProfile, html`<mobility-career-test base-url=${apiUrl()} stories-channel="intranet"></mobility-career-test>`);
    expect(parts(anonymous, 'story'), 'the intranet needs a token: a 401 is ignored').to.deep.equal([]);
    expect(part(anonymous, 'stories')!.querySelector('[part~="error"], [role="alert"]')).to.equal(null);
  });
});
