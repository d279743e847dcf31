import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { publicManifest } from './public-manifest.js';

// Controls and the Docs tables come from the generated manifest (`npm run analyze`): attributes, properties,
// events, CSS parts and custom properties exactly as the elements' JSDoc states them (the public API only).
setCustomElementsManifest(publicManifest(manifest));

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
};

export default preview;
