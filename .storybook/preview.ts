import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

// Controls and the Docs tables come from the generated manifest (`npm run analyze`): attributes, properties,
// events, CSS parts and custom properties exactly as the elements' JSDoc states them.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
};

export default preview;
