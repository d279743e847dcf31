import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ContactsBackend, FeedTab } from '../src/backend/backend.js';
import { FEED_TABS } from '../src/backend/vocabulary.js';
import '../src/components/activity-feed/activity-feed.js';
import { DEMO_PEOPLE } from '../demo/seed/world.js';
import { darkTheme, ownFrameInDocs, withLang } from './support/decorators.js';
import { seeded } from './support/seeded-backend.js';
import { stateBackend } from './support/state-backend.js';

interface Args {
  personId: string | undefined;
  tab: FeedTab;
  hideTabs: boolean;
  noComposer: boolean;
  pageSize: number;
  infinite: boolean;
}

/** `<activity-feed>`: what Joe Bloggs's network is doing, from a seeded IndexedDB database. */
const meta: Meta<Args> = {
  title: 'Elements/activity-feed',
  component: 'activity-feed',
  args: { personId: undefined, tab: 'all', hideTabs: false, noComposer: false, pageSize: 20, infinite: false },
  argTypes: { tab: { control: 'inline-radio', options: [...FEED_TABS] } },
  decorators: [(story) => html`<div style="max-width: 36rem">${story()}</div>`],
  render: (args, { loaded }) =>
    html`<activity-feed
      .backend=${loaded['backend'] as ContactsBackend}
      person-id=${ifDefined(args.personId)}
      tab=${args.tab}
      ?hide-tabs=${args.hideTabs}
      ?no-composer=${args.noComposer}
      page-size=${args.pageSize}
      ?infinite=${args.infinite}
    ></activity-feed>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The network feed: posts, links, "joined", "connected with", profile updates; newest first. */
export const NetworkFeed: Story = { loaders: [seeded('feed-network')] };

/** The Following tab: only the people the viewer follows. */
export const FollowingTab: Story = { args: { tab: 'following' }, loaders: [seeded('feed-following')] };

/** A host that shows only the viewer's own activity: no tab bar, no composer. */
export const HostPicksMe: Story = { args: { tab: 'me', hideTabs: true, noComposer: true }, loaders: [seeded('feed-me')] };

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
export const Japanese: Story = { decorators: [withLang('ja')], parameters: ownFrameInDocs, loaders: [seeded('feed-ja')] };

export const DarkTheme: Story = { decorators: [darkTheme], loaders: [seeded('feed-dark')] };
