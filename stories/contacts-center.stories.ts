import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { ContactsBackend, PeopleFilter } from '../src/backend/backend.js';
import { PEOPLE_FILTERS } from '../src/backend/vocabulary.js';
import '../src/components/contacts-center/contacts-center.js';
import type { ContactsCenter } from '../src/components/contacts-center/contacts-center.js';
import { DEMO_PEOPLE } from '../demo/seed/world.js';
import { darkTheme, withHeight, ownFrameInDocs, withLang } from './support/decorators.js';
import { seeded, storyBackend } from './support/seeded-backend.js';
import { stateBackend } from './support/state-backend.js';

interface Args {
  filter: PeopleFilter;
  query: string;
  personId: string | null;
  vcardVersion: '3.0' | '4.0';
  pageSize: number;
}

/**
 * `<contacts-center>` on a seeded IndexedDB database of its own (see stories/support), viewed as Joe Bloggs.
 * The states a real database cannot hold still (loading forever, failing) use small in-memory stubs.
 */
const meta: Meta<Args> = {
  title: 'Elements/contacts-center',
  component: 'contacts-center',
  args: { filter: 'all', query: '', personId: null, vcardVersion: '3.0', pageSize: 100 },
  argTypes: {
    filter: { control: 'select', options: PEOPLE_FILTERS },
    vcardVersion: { control: 'inline-radio', options: ['3.0', '4.0'] },
  },
  decorators: [withHeight('40rem')],
  render: (args, { loaded }) =>
    html`<contacts-center
      .backend=${loaded['backend'] as ContactsBackend}
      filter=${args.filter}
      query=${args.query}
      .personId=${args.personId}
      vcard-version=${args.vcardVersion}
      page-size=${args.pageSize}
    ></contacts-center>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The home view: Joe's numbers, the search field and everyone in name order. */
export const Home: Story = { loaders: [seeded('contacts-center')] };

/** People you may know on the home view: each with its reason, Connect and Dismiss (a dismissed person stays away). */
export const PeopleYouMayKnow: Story = { loaders: [seeded('suggestions')] };

/** A pending request's note on the sender's profile, above Accept and Decline. */
export const ProfileRequestNote: Story = { args: { personId: DEMO_PEOPLE.requestReceived }, loaders: [seeded('profile-request-note')] };

/** Typing searches every script: here the kana reading of 山田 太郎. */
export const Search: Story = { args: { query: 'やまだ' }, loaders: [seeded('search')] };

export const Connections: Story = { args: { filter: 'connections' }, loaders: [seeded('filter-connections')] };
export const Following: Story = { args: { filter: 'following' }, loaders: [seeded('filter-following')] };
export const Followers: Story = { args: { filter: 'followers' }, loaders: [seeded('filter-followers')] };
/** Requests people sent Joe: Accept and Decline in each row. */
export const IncomingRequests: Story = { args: { filter: 'incoming' }, loaders: [seeded('filter-incoming')] };
/** Requests Joe sent. */
export const OutgoingRequests: Story = { args: { filter: 'outgoing' }, loaders: [seeded('filter-outgoing')] };
export const Blocked: Story = { args: { filter: 'blocked' }, loaders: [seeded('filter-blocked')] };
/** The Muted filter (empty until someone is muted: try Mute on a profile, or select rows and Mute). */
export const Muted: Story = { args: { filter: 'muted' }, loaders: [seeded('filter-muted')] };
/** The Suggested filter: people Joe may know, ranked by mutual connections, each row with its reason. */
export const Suggested: Story = { args: { filter: 'suggested' }, loaders: [seeded('filter-suggested')] };
/** A profile's Mute with its duration choice, and the viewer's private note (with the opt-in for the vCard). */
export const MuteAndPrivateNote: Story = { args: { personId: DEMO_PEOPLE.connected }, loaders: [seeded('mute-and-note')] };

/** Profile of a connection (Jane Doe): every kind of contact detail, Disconnect, Unfollow, Block, vCard. */
export const ProfileConnected: Story = { args: { personId: DEMO_PEOPLE.connected }, loaders: [seeded('profile-connected')] };
/** No relationship yet (Richard Roe): Connect, Follow, Block. */
export const ProfileNotConnected: Story = { args: { personId: DEMO_PEOPLE.unrelated }, loaders: [seeded('profile-unrelated')] };
/** John Doe asked Joe to connect: Accept, Decline. */
export const ProfileRequestReceived: Story = {
  args: { personId: DEMO_PEOPLE.requestReceived },
  loaders: [seeded('profile-request-received')],
};
/** Joe asked 山田 太郎 to connect: Cancel request. */
export const ProfileRequestSent: Story = { args: { personId: DEMO_PEOPLE.requestSent }, loaders: [seeded('profile-request-sent')] };
/** Joe follows Zoë Dubois without being connected. */
export const ProfileFollowing: Story = { args: { personId: DEMO_PEOPLE.following }, loaders: [seeded('profile-following')] };
/** Олег Петров follows Joe. */
export const ProfileFollowedBy: Story = { args: { personId: DEMO_PEOPLE.followedBy }, loaders: [seeded('profile-followed-by')] };
/** Joe blocks Mallory Black: only Unblock. */
export const ProfileBlocking: Story = { args: { personId: DEMO_PEOPLE.blocking }, loaders: [seeded('profile-blocking')] };
/** Eve Marsh blocks Joe. */
export const ProfileBlockedBy: Story = { args: { personId: DEMO_PEOPLE.blockedBy }, loaders: [seeded('profile-blocked-by')] };

/** The adapter never answers: skeletons and "Loading…". */
export const Loading: Story = { loaders: [async () => ({ backend: stateBackend('pending') })] };
/** A viewer who knows nobody yet. */
export const Empty: Story = { loaders: [async () => ({ backend: stateBackend('empty') })] };
/** Every call fails with a storage error: the message and Retry. */
export const Failing: Story = { name: 'Error', loaders: [async () => ({ backend: stateBackend('error') })] };

/**
 * 10,000 people (no activities, so it imports in seconds; seeded once per browser). The list is virtualized:
 * scrolling stays smooth and only the visible rows are in the DOM.
 */
export const TenThousandPeople: Story = {
  loaders: [seeded('ten-thousand', undefined, { people: 10_000, activities: false })],
};

/** A search matches email addresses, organisations and job titles too; the row says which field matched. */
export const SearchAcrossFields: Story = { args: { query: 'manager' }, loaders: [seeded('search-fields')] };

/** Japanese names under their gojūon rows (by reading), in Japanese: the headings and the jump-to-letter index. */
export const JapaneseHeadings: Story = {
  args: { query: '株式会社' },
  decorators: [withLang('ja')],
  parameters: ownFrameInDocs,
  loaders: [seeded('japanese-headings')],
};

/** Inside `lang="ja"`: the elements follow the nearest `lang` (Japanese strings as they are translated). */
export const Japanese: Story = {
  args: { personId: DEMO_PEOPLE.requestSent },
  decorators: [withLang('ja')],
  parameters: ownFrameInDocs,
  loaders: [seeded('japanese')],
};

/** Dark tokens set by the host page. */
export const DarkTheme: Story = {
  args: { personId: DEMO_PEOPLE.connected },
  decorators: [darkTheme],
  loaders: [seeded('dark')],
};

/** In a narrow container the element shows one pane at a time (container queries). */
export const Narrow: Story = {
  args: { personId: DEMO_PEOPLE.connected },
  decorators: [(story) => html`<div style="max-width: 24rem; height: 100%">${story()}</div>`],
  loaders: [seeded('narrow')],
};

/** Joe edits his own profile: names with their reading, work, contacts, birthday, about text and a picture. */
export const EditProfile: Story = {
  loaders: [seeded('edit-profile')],
  render: (args, { loaded }) =>
    html`<contacts-center
      .backend=${loaded['backend'] as ContactsBackend}
      filter=${args.filter}
      ${ref((el) => void (el as ContactsCenter | undefined)?.updateComplete.then(() => (el as ContactsCenter).editProfile()))}
    ></contacts-center>`,
};

const SAMPLE_VCARDS = [
  'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Pat Plumber\r\nTEL;TYPE=CELL:+44 7700 900123\r\nNOTE:Fixed the boiler\r\nEND:VCARD',
  'BEGIN:VCARD\r\nVERSION:3.0\r\nN:山田;花子;;;\r\nFN:山田 花子\r\nX-PHONETIC-LAST-NAME:やまだ\r\nX-PHONETIC-FIRST-NAME:はなこ\r\nEND:VCARD',
  'BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:a card with no name\r\nEND:VCARD',
].join('\r\n');

/** The import panel's preview of a small file (opened with `importVCards()`, as a host would): new, unreadable. */
export const ImportPreview: Story = {
  args: { filter: 'mine' },
  loaders: [seeded('import-preview')],
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('contacts-center')!;
    await el.updateComplete;
    await el.importVCards(SAMPLE_VCARDS);
  },
};

/** Joe's contact with Richard Roe's email address (made once per story database), and the adapter. */
async function contactOfRichard(story: string, linked: boolean): Promise<{ backend: ContactsBackend; contactId: string }> {
  const backend = await storyBackend(story);
  const existing = (await backend.searchPeople({ filter: 'mine', query: 'rich' })).items[0]?.person;
  const contact =
    existing ??
    (await backend.addContact({
      displayName: 'Rich from the choir',
      emails: [{ type: 'home', value: 'Richard.Roe@lucerne.example' }],
      note: 'Sings bass. Lent me his hiking boots.',
    }));
  if (linked) await backend.linkContact(contact.id, DEMO_PEOPLE.unrelated);
  return { backend, contactId: contact.id };
}

/** A personal contact whose email is a member's: its profile offers "Link to Richard Roe" (confirmed first). */
export const ContactLinkOffer: Story = {
  loaders: [async () => contactOfRichard('contact-link-offer', false)],
  render: (args, { loaded }) =>
    html`<contacts-center
      .backend=${loaded['backend'] as ContactsBackend}
      .personId=${loaded['contactId'] as string}
      vcard-version=${args.vcardVersion}
    ></contacts-center>`,
};

/** Richard Roe once linked: his row and profile show the note Joe keeps on his contact, to Joe alone. */
export const LinkedMember: Story = {
  args: { personId: DEMO_PEOPLE.unrelated },
  loaders: [async () => contactOfRichard('contact-link-linked', true)],
};
