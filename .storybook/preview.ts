import { html } from 'lit';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import '@mobility-kit/elements/define.js';
import manifest from '../packages/elements/custom-elements.json';
import '../stories/support/story-fixture-api.js';
import { installFixtureNetwork } from '../stories/support/fixture-network.js';

// The docs pages (attributes, properties, events, slots, CSS parts and properties) come from the
// elements' JSDoc through the Custom Elements Manifest, never from hand-written tables.
setCustomElementsManifest(manifest);

// `<mobility-provider>` stories give the provider a `base-url` on the fixture origin.
installFixtureNetwork();

/** The language of the story, as a host page would set it: on `<html>` and on the story's container. */
const withLocale: Decorator = (story, context) => {
  const locale = context.globals.locale === 'en' ? 'en' : 'nl';
  document.documentElement.lang = locale;
  return html`<div lang=${locale} class="story-locale">${story()}</div>`;
};

const preview: Preview = {
  decorators: [withLocale],
  globalTypes: {
    locale: {
      description: 'Language of the elements (sets lang)',
      toolbar: {
        title: 'Taal / Language',
        icon: 'globe',
        items: [
          { value: 'nl', title: 'Nederlands', right: 'nl' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nl' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    viewport: {
      options: {
        narrow: { name: 'Smal (320 px)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        tablet: { name: 'Tablet (768 px)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop: { name: 'Desktop (1280 px)', styles: { width: '1280px', height: '900px' }, type: 'desktop' },
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
