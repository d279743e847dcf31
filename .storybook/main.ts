import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for the three elements. Offline and telemetry-free. The project's vite.config.ts is a library
 * build (build.lib, external lit); `viteFinal` drops those so Storybook builds a normal app.
 */
const keepElementDefinitions = {
  name: 'contacts-center:keep-element-definitions',
  transform(code: string, id: string) {
    return /\/src\/components\/[^/]+\/[^/]+\.ts$/.test(id) ? { code, map: null, moduleSideEffects: true } : null;
  },
};

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) => {
    // package.json's `sideEffects` lists only dist/ files, so a production build would drop the stories'
    // side-effect imports of src/ element modules (which define the elements). Keep them.
    viteConfig.plugins = [...(viteConfig.plugins ?? []), keepElementDefinitions];
    if (viteConfig.build) {
      delete viteConfig.build.lib;
      delete viteConfig.build.rollupOptions;
      viteConfig.build.sourcemap = false;
    }
    return viteConfig;
  },
};

export default config;
