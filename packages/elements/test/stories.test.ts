import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../src/provider/define.js';
import '../src/stories/define.js';
import type { StoryPage } from '@mobility-kit/contract';
import type { MobilityProvider } from '../src/index.js';
import type { MobilityStories } from '../src/stories/mobility-stories.js';
import { clampRotationInterval, minimumRotationIntervalMs } from '../src/stories/rotation.js';
import { apiUrl, brokenApi, brokenStats, devToken, part, parts, shadow, uniqueId, watchUncaught } from './support.js';

/** The real API's public stories, fetched without the SDK. */
async function publicStories(query: Record<string, string> = {}): Promise<StoryPage> {
  const response = await fetch(`${apiUrl()}/v1/stories?${new URLSearchParams({ channel: 'public', limit: '10', ...query })}`);
  expect(response.status).to.equal(200);
  return (await response.json()) as StoryPage;
}

async function settled(element: MobilityStories): Promise<void> {
  await waitUntil(
    () => part(element, 'carousel')?.getAttribute('aria-busy') === 'false',
    'the carousel settles',
    { timeout: 12000, interval: 20 },
  );
  await element.updateComplete;
}

const active = (element: Element): Element | null => shadow(element).activeElement;
const visibleSlides = (element: Element) => parts(element, 'slide').filter((slide) => !slide.hidden);
const slideName = (element: Element) => visibleSlides(element)[0]?.getAttribute('aria-label');
const tabs = (element: Element) => parts(element, 'tab');

async function stories(template = html`<mobility-stories base-url=${apiUrl()} channel="public"></mobility-stories>`): Promise<MobilityStories> {
  const element = await fixture<MobilityStories>(template);
  await settled(element);
  return element;
}

/** The element in a 500 px wide column, so that a mouse at the right edge of the page is outside it. */
async function narrow(template: unknown): Promise<MobilityStories> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="max-width: 500px">${template}</div>`);
  const element = wrapper.querySelector('mobility-stories')!;
  await settled(element);
  return element;
}

describe('<mobility-stories>', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(() => {
    uncaught = watchUncaught();
  });
  afterEach(async () => {
    uncaught.stop();
    uncaught.assertNone();
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  describe('content', () => {
    it('is an accessible APG carousel: named region, named slides as tab panels, one shown', async () => {
      const expected = (await publicStories()).items;
      expect(expected.length, 'the demo has public stories').to.be.greaterThan(2);
      const element = await stories();
      await expect(element).to.be.accessible();
      const region = part(element, 'carousel')!;
      expect(region.localName).to.equal('section');
      expect(region.getAttribute('aria-roledescription')).to.equal('carousel');
      expect(region.getAttribute('aria-label')).to.equal('Kom in beweging: verhalen van collega’s');
      const slides = parts(element, 'slide');
      expect(slides.length).to.equal(expected.length);
      slides.forEach((slide, i) => {
        expect(slide.getAttribute('role')).to.equal('tabpanel');
        expect(slide.getAttribute('aria-roledescription')).to.equal('slide');
        expect(slide.getAttribute('aria-label')).to.equal(`${i + 1} van ${expected.length}`);
      });
      expect(visibleSlides(element).length).to.equal(1);
      expect(part(element, 'tablist')!.getAttribute('role')).to.equal('tablist');
      expect(tabs(element).map((t) => t.getAttribute('aria-controls'))).to.deep.equal(slides.map((s) => s.id));
      expect(tabs(element)[0]!.getAttribute('aria-label')).to.equal(`Verhaal 1: ${expected[0]!.displayName}`);
      // No rotation unless the host opts in; the live region is polite.
      expect(part(element, 'rotation-button')).to.equal(null);
      expect(element.rotating).to.equal(false);
      expect(part(element, 'slides')!.getAttribute('aria-live')).to.equal('polite');
    });

    it('shows the quote whole, the full story behind a disclosure, a CTA, and lazy images that reserve their space', async () => {
      const [first] = (await publicStories()).items;
      const element = await stories();
      const slide = visibleSlides(element)[0]!;
      expect(slide.querySelector('[part~="quote"]')!.textContent!.trim()).to.equal(first!.quote);
      const img = slide.querySelector<HTMLImageElement>('[part~="photo"]')!;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('width')).to.equal(String(first!.photo!.width ?? 320));
      expect(img.getAttribute('height')).to.equal(String(first!.photo!.height ?? 400));
      expect(img.alt).to.equal(first!.photo!.alt);
      expect(img.src.startsWith(apiUrl()), 'a path is resolved against the API').to.equal(true);
      await waitUntil(() => img.complete && img.naturalWidth > 0, 'the portrait loads', { timeout: 5000 });
      const details = slide.querySelector<HTMLDetailsElement>('[part~="disclosure"]')!;
      expect(details.open).to.equal(false);
      details.querySelector('summary')!.click();
      expect(details.open).to.equal(true);
      const body = details.querySelector('[part~="body"]')!.textContent!.replace(/\s+/g, ' ');
      const firstWords = first!.body.replace(/[*_]/g, '').split(/\s+/).slice(0, 4).join(' ');
      expect(body).to.contain(firstWords);
      const cta = slide.querySelector<HTMLAnchorElement>('[part~="cta"]')!;
      expect(cta.textContent!.trim()).to.equal(first!.cta.label);
      expect(cta.href).to.equal(first!.cta.href);
      await expect(element).to.be.accessible();
    });

    it('follows the tab order: filter, previous, the selected tab only, next, then the slide', async () => {
      const element = await stories(html`<mobility-stories base-url=${apiUrl()} channel="public" all-stories-url="/verhalen"></mobility-stories>`);
      shadow(element).querySelector<HTMLSelectElement>('#move-type')!.focus();
      const order: string[] = [];
      for (let i = 0; i < 6; i++) {
        await sendKeys({ press: 'Tab' });
        const el = active(element) as HTMLElement | null;
        order.push(el?.getAttribute('part') ?? el?.localName ?? 'outside');
      }
      expect(order).to.deep.equal([
        'button previous-button',
        'tab tab-selected',
        'button next-button',
        // The visible slide: its disclosure, then its call to action, then the all-stories link.
        'summary',
        'cta',
        'all-stories-link',
      ]);
    });

    it('previous and next change the slide but leave focus on the button, and wrap around', async () => {
      const element = await stories();
      const count = parts(element, 'slide').length;
      const next = part<HTMLButtonElement>(element, 'next-button')!;
      next.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(slideName(element)).to.equal(`2 van ${count}`);
      expect(active(element)).to.equal(next);
      const previous = part<HTMLButtonElement>(element, 'previous-button')!;
      previous.focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(slideName(element)).to.equal(`${count} van ${count}`, 'wraps to the last');
      expect(active(element)).to.equal(previous);
    });

    it('moves between tabs with the arrow keys, Home and End (roving tabindex)', async () => {
      const element = await stories();
      const count = tabs(element).length;
      tabs(element)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await element.updateComplete;
      expect(active(element)).to.equal(tabs(element)[1]);
      expect(tabs(element)[1]!.getAttribute('aria-selected')).to.equal('true');
      expect(tabs(element).map((t) => t.tabIndex)).to.deep.equal(tabs(element).map((_, i) => (i === 1 ? 0 : -1)));
      expect(slideName(element)).to.equal(`2 van ${count}`);
      await sendKeys({ press: 'End' });
      await element.updateComplete;
      expect(active(element)).to.equal(tabs(element)[count - 1]);
      await sendKeys({ press: 'ArrowRight' });
      await element.updateComplete;
      expect(active(element)).to.equal(tabs(element)[0], 'wraps to the first');
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'Home' });
      await element.updateComplete;
      expect(slideName(element)).to.equal(`1 van ${count}`);
    });

    it('changes the slide on a touch swipe past the threshold, not on a small movement', async () => {
      const element = await stories();
      const count = parts(element, 'slide').length;
      const slides = part(element, 'slides')!;
      const swipe = (from: number, to: number, y = 100) => {
        const init = { pointerId: 7, pointerType: 'touch', isPrimary: true, bubbles: true, composed: true, clientY: y };
        slides.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: from }));
        slides.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: to }));
        return element.updateComplete;
      };
      await swipe(250, 100);
      expect(slideName(element)).to.equal(`2 van ${count}`);
      await swipe(100, 125);
      expect(slideName(element), 'a tap or small drag does nothing').to.equal(`2 van ${count}`);
      await swipe(100, 260);
      expect(slideName(element)).to.equal(`1 van ${count}`);
    });

    it('filters by move type and reflects the filter', async () => {
      const expected = (await publicStories({ moveType: 'internship' })).items;
      expect(expected.length).to.be.greaterThan(0);
      const element = await stories();
      const select = shadow(element).querySelector<HTMLSelectElement>('#move-type')!;
      select.value = 'internship';
      select.dispatchEvent(new Event('change'));
      await settled(element);
      await waitUntil(() => parts(element, 'slide').length === expected.length, 'the filtered stories');
      expect(element.getAttribute('move-type')).to.equal('internship');
      expect(parts(element, 'badge').every((b) => b.textContent === 'Docentstage')).to.equal(true);
    });

    it('offers "alle verhalen" as a link or a slot', async () => {
      const linked = await stories(html`<mobility-stories base-url=${apiUrl()} channel="public" all-stories-url="/verhalen"></mobility-stories>`);
      const link = part<HTMLAnchorElement>(linked, 'all-stories-link')!;
      expect(link.textContent).to.equal('Alle verhalen');
      expect(link.getAttribute('href')).to.equal('/verhalen');
      const slotted = await stories(
        html`<mobility-stories base-url=${apiUrl()} channel="public"><a slot="all-stories" href="/alles">Meer verhalen</a></mobility-stories>`,
      );
      const slot = shadow(slotted).querySelector<HTMLSlotElement>('slot[name="all-stories"]')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Meer verhalen');
      expect(part(slotted, 'all-stories-link')).to.equal(null);
    });

    it('shows the intranet channel to a signed-in colleague, and asks anonymous readers to sign in', async () => {
      const token = await devToken('hogeschool-utrecht');
      const provider = await fixture<MobilityProvider>(html`<mobility-provider base-url=${apiUrl()}><mobility-stories></mobility-stories></mobility-provider>`);
      provider.token = token;
      const element = provider.querySelector('mobility-stories')!;
      await settled(element);
      await waitUntil(() => parts(element, 'slide').length > 0, 'intranet stories');
      const publicCount = (await publicStories({ organisation: 'hogeschool-utrecht' })).items.length;
      expect(parts(element, 'slide').length).to.be.greaterThan(publicCount);
      const anonymous = await stories(html`<mobility-stories base-url=${apiUrl()}></mobility-stories>`);
      expect(part(anonymous, 'error')!.textContent).to.contain('Log in om de verhalen van collega’s te lezen.');
    });
  });

  describe('states', () => {
    it('loading: a skeleton and aria-busy, accessible', async () => {
      const element = await fixture<MobilityStories>(html`<mobility-stories base-url=${brokenApi('slow')} channel="public"></mobility-stories>`);
      expect(part(element, 'carousel')!.getAttribute('aria-busy')).to.equal('true');
      expect(part(element, 'skeleton')).to.not.equal(null);
      await expect(element).to.be.accessible();
      await settled(element);
    });

    it('empty: a message and a way back to every kind, accessible', async () => {
      const element = await stories(
        html`<mobility-stories base-url=${apiUrl()} channel="public" organisation="hogeschool-rotterdam" move-type="internship"></mobility-stories>`,
      );
      expect(part(element, 'empty')!.textContent).to.contain('Er zijn geen verhalen over deze soort stap');
      await expect(element).to.be.accessible();
      part<HTMLButtonElement>(element, 'clear-button')!.click();
      await settled(element);
      await waitUntil(() => parts(element, 'slide').length > 0, 'stories after clearing the filter');
    });

    it('error: a translated message and a retry that loads again', async () => {
      const id = uniqueId();
      const element = await stories(html`<mobility-stories base-url=${brokenApi('flaky', id)} channel="public"></mobility-stories>`);
      expect(part(element, 'error')!.textContent).to.contain('Er ging iets mis op de server');
      await expect(element).to.be.accessible();
      part<HTMLButtonElement>(element, 'retry-button')!.click();
      await settled(element);
      await waitUntil(() => parts(element, 'slide').length > 0, 'stories after the retry');
      expect((await brokenStats(id)).hits).to.equal(2);
    });

    it('reflows at 320 px without horizontal scrolling, full story open', async () => {
      await setViewport({ width: 320, height: 640 });
      const element = await stories();
      visibleSlides(element)[0]!.querySelector<HTMLDetailsElement>('details')!.open = true;
      await element.updateComplete;
      expect(document.documentElement.scrollWidth, 'page').to.be.at.most(320);
      for (const name of ['carousel', 'controls', 'slides']) {
        const el = part(element, name)!;
        expect(el.scrollWidth, name).to.be.at.most(el.clientWidth);
      }
      await expect(element).to.be.accessible();
    });
  });

  describe('automatic rotation (opt-in)', () => {
    it('clamps the interval to at least 5 seconds', () => {
      expect(clampRotationInterval(1000)).to.equal(minimumRotationIntervalMs);
      expect(clampRotationInterval(12000)).to.equal(12000);
      expect(clampRotationInterval('nonsense')).to.be.at.least(minimumRotationIntervalMs);
    });

    it('rotates no faster than every 5 s, with the start/stop button first and the live region off; hover stops it for good', async function () {
      this.timeout(20000);
      await sendMouse({ type: 'move', position: [790, 590] });
      const element = await narrow(html`<mobility-stories base-url=${apiUrl()} channel="public" autoplay interval="1000"></mobility-stories>`);
      await waitUntil(() => element.rotating, 'rotation starts');
      const button = part<HTMLButtonElement>(element, 'rotation-button')!;
      const focusable = [...shadow(element).querySelectorAll<HTMLElement>('[part~="carousel"] button, [part~="carousel"] [tabindex="0"]')];
      expect(focusable[0], 'the start/stop button comes first in the carousel').to.equal(button);
      expect(button.textContent).to.contain('Stop automatisch doorbladeren');
      expect(part(element, 'slides')!.getAttribute('aria-live')).to.equal('off');
      await new Promise((r) => setTimeout(r, 3000));
      expect(element.currentIndex, 'interval="1000" is raised to 5 s').to.equal(0);
      await waitUntil(() => element.currentIndex === 1, 'the next slide after 5 s', { timeout: 4000, interval: 50 });
      expect(document.activeElement, 'rotation never moves focus').to.equal(document.body);

      const box = part(element, 'slides')!.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + 20), Math.round(box.top + 20)] });
      await waitUntil(() => !element.rotating, 'hover stops rotation');
      await sendMouse({ type: 'move', position: [790, 590] });
      await element.updateComplete;
      expect(element.rotating, 'leaving does not restart it').to.equal(false);
      expect(part(element, 'slides')!.getAttribute('aria-live')).to.equal('polite');
      expect(button.textContent).to.contain('Start automatisch doorbladeren');
      await expect(element).to.be.accessible();
    });

    it('focus anywhere in the carousel stops rotation, which stays stopped; only the start button restarts it', async () => {
      await sendMouse({ type: 'move', position: [790, 590] });
      const element = await narrow(html`<mobility-stories base-url=${apiUrl()} channel="public" autoplay></mobility-stories>`);
      await waitUntil(() => element.rotating, 'rotation starts');
      tabs(element)[1]!.focus();
      await element.updateComplete;
      expect(element.rotating).to.equal(false);
      (document.activeElement as HTMLElement).blur();
      await element.updateComplete;
      expect(element.rotating, 'blurring does not restart it').to.equal(false);
      part<HTMLButtonElement>(element, 'rotation-button')!.click();
      await element.updateComplete;
      expect(element.rotating, 'the start button restarts it').to.equal(true);
      part<HTMLButtonElement>(element, 'rotation-button')!.click();
      await element.updateComplete;
      expect(element.rotating).to.equal(false);
    });

    it('never rotates under prefers-reduced-motion, and stops when the preference appears', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const element = await stories(html`<mobility-stories base-url=${apiUrl()} channel="public" autoplay></mobility-stories>`);
      await element.updateComplete;
      expect(element.rotating).to.equal(false);
      expect(part(element, 'rotation-button'), 'no start button that could not work').to.equal(null);
      expect(part(element, 'slides')!.getAttribute('aria-live')).to.equal('polite');

      await emulateMedia({ reducedMotion: 'no-preference' });
      await waitUntil(() => element.rotating, 'without the preference, the opted-in rotation runs');
      await emulateMedia({ reducedMotion: 'reduce' });
      await waitUntil(() => !element.rotating, 'the preference stops it at once');
    });
  });
});
