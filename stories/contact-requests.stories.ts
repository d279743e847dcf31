import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ContactsBackend } from '../src/backend/backend.js';
import '../src/components/contact-requests/contact-requests.js';
import { darkTheme, ownFrameInDocs, withLang } from './support/decorators.js';
import { seeded } from './support/seeded-backend.js';
import { stateBackend } from './support/state-backend.js';

interface Args {
  compact: boolean;
  pageSize: number;
}

/** `<contact-requests>`: Joe Bloggs's pending requests, from a seeded IndexedDB database of its own. */
const meta: Meta<Args> = {
  title: 'Elements/contact-requests',
  component: 'contact-requests',
  args: { compact: false, pageSize: 20 },
  decorators: [(story) => html`<div style="max-width: 32rem; min-height: 28rem">${story()}</div>`],
  render: (args, { loaded }) =>
    html`<contact-requests
      .backend=${loaded['backend'] as ContactsBackend}
      ?compact=${args.compact}
      page-size=${args.pageSize}
    ></contact-requests>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Both lists inline: requests for Joe (Accept, Decline) and the ones he sent (Cancel request). */
export const Inline: Story = { loaders: [seeded('requests-inline')] };

/** The header inbox: a button with the pending count that opens the lists in a popover. */
export const CompactInbox: Story = {
  args: { compact: true },
  decorators: [(story) => html`<div style="display: flex; justify-content: flex-end">${story()}</div>`],
  loaders: [seeded('requests-compact')],
};

export const Loading: Story = { loaders: [async () => ({ backend: stateBackend('pending') })] };
/** No pending requests either way. */
export const Empty: Story = { loaders: [async () => ({ backend: stateBackend('empty') })] };
export const Failing: Story = { name: 'Error', loaders: [async () => ({ backend: stateBackend('error') })] };

export const Japanese: Story = { decorators: [withLang('ja')], parameters: ownFrameInDocs, loaders: [seeded('requests-ja')] };
export const DarkTheme: Story = { decorators: [darkTheme], loaders: [seeded('requests-dark')] };
