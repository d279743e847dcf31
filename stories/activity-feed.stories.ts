import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ContactsBackend } from '../src/backend/backend.js';
import '../src/components/activity-feed/activity-feed.js';
import { DEMO_PEOPLE } from '../demo/seed/world.js';
import { darkTheme, withLang } from './support/decorators.js';
import { seeded } from './support/seeded-backend.js';
import { stateBackend } from './support/state-backend.js';

interface Args {
  personId: string | undefined;
  pageSize: number;
  infinite: boolean;
}

/** `<activity-feed>`: what Joe Bloggs's network is doing, from a seeded IndexedDB database. */
const meta: Meta<Args> = {
  title: 'Elements/activity-feed',
  component: 'activity-feed',
  args: { personId: undefined, pageSize: 20, infinite: false },
  decorators: [(story) => html`<div style="max-width: 36rem">${story()}</div>`],
  render: (args, { loaded }) =>
    html`<activity-feed
      .backend=${loaded['backend'] as ContactsBackend}
      person-id=${ifDefined(args.personId)}
      page-size=${args.pageSize}
      ?infinite=${args.infinite}
    ></activity-feed>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The network feed: posts, links, "joined", "connected with", profile updates; newest first. */
export const NetworkFeed: Story = { loaders: [seeded('feed-network')] };

/** One person's activity (Jane Doe), as the profile pane shows it. */
export const OnePerson: Story = { args: { personId: DEMO_PEOPLE.connected }, loaders: [seeded('feed-one-person')] };

/** Loads the next page as the end scrolls into view. */
export const Infinite: Story = {
  args: { infinite: true, pageSize: 10 },
  decorators: [(story) => html`<div style="height: 30rem; overflow: auto">${story()}</div>`],
  loaders: [seeded('feed-infinite')],
};

/** The adapter never answers: the skeleton. */
export const Loading: Story = { loaders: [async () => ({ backend: stateBackend('pending') })] };
/** Nobody in the network has done anything. */
export const Empty: Story = { loaders: [async () => ({ backend: stateBackend('empty') })] };
/** Loading fails: the message and Try again. */
export const Failing: Story = { name: 'Error', loaders: [async () => ({ backend: stateBackend('error') })] };

/** Inside `lang="ja"`: relative times and strings in Japanese. */
export const Japanese: Story = { decorators: [withLang('ja')], loaders: [seeded('feed-ja')] };

export const DarkTheme: Story = { decorators: [darkTheme], loaders: [seeded('feed-dark')] };
