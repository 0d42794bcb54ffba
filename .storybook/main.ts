import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook of the mobility-kit elements. Stories live in `stories/`; the docs pages read the
 * elements' Custom Elements Manifest (`packages/elements/custom-elements.json`), which
 * `npm run build-storybook` regenerates before building.
 */
const config: StorybookConfig = {
  stories: ['../stories/*.stories.ts'],
  // Pictures the fixture stories refer to (`/fixtures/…`).
  staticDirs: [{ from: '../stories/assets/fixtures', to: '/fixtures' }],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      // The workspace packages are read from their TypeScript sources, as in the tests and the
      // library build, so stories always show the code in the working tree.
      resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
      // Lit's decorators are the legacy (experimentalDecorators) kind, with class fields left to Lit.
      oxc: { decorator: { legacy: true }, typescript: { removeClassFieldsWithoutInitializer: true } },
    });
  },
};

export default config;
