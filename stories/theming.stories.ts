import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { ContactsBackend } from '../src/backend/backend.js';
import '../src/components/contacts-backend/contacts-backend.js';
import '../src/components/contacts-center/contacts-center.js';
import '../src/components/activity-feed/activity-feed.js';
import '../src/components/contact-requests/contact-requests.js';
import { DEMO_PEOPLE } from '../demo/seed/world.js';
import { seeded } from './support/seeded-backend.js';
import { brandArgs, noThemeArgs, themeArgTypes, themeStyle, type ThemeArgs } from './support/theme-tokens.js';

/** The page around the elements: the list and profile above, requests and the network's feed below. */
const LAYOUT = { display: 'grid', gap: '1rem', gridTemplateColumns: 'repeat(auto-fit, minmax(28rem, 1fr))' };

/**
 * All three elements re-themed by a host page: the `--cc-*` tokens are set once on a wrapper and every
 * element inside follows (custom properties inherit through shadow DOM). `<contacts-backend>` gives them one
 * seeded adapter. Each token is a control: change a colour and all three elements follow.
 */
const meta: Meta<ThemeArgs> = {
  title: 'Theming/All elements',
  args: brandArgs(),
  argTypes: themeArgTypes(),
  render: (args, { loaded }) =>
    html`<contacts-backend .backend=${loaded['backend'] as ContactsBackend}>
      <div class="themed" style=${styleMap({ ...themeStyle(args), ...LAYOUT })}>
        <contacts-center person-id=${DEMO_PEOPLE.connected} style="grid-column: 1 / -1; --cc-list-height: 24rem"></contacts-center>
        <contact-requests></contact-requests>
        <div style="max-height: 32rem; overflow: auto">
          <activity-feed page-size="10"></activity-feed>
        </div>
      </div>
    </contacts-backend>`,
};
export default meta;

type Story = StoryObj<ThemeArgs>;

/**
 * A "Brand" theme: accent, background, surface, text, muted text, border, danger, success, focus ring, corner
 * radius, spacing, font family, font size and avatar size, all from the documented tokens.
 */
export const Brand: Story = { loaders: [seeded('theming-brand')] };

/** The same page with no token set: the elements' own defaults, to compare with. */
export const Defaults: Story = { args: noThemeArgs(), loaders: [seeded('theming-defaults')] };
