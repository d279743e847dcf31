/**
 * A conformance suite for any {@link ContactsBackend}: every rule of the contract (relationships, requests,
 * blocks, errors, search, paging, the feed, change notifications, aborted reads), each rejection checked to leave the data
 * exactly as it was. It defines mocha-style `describe`/`it` blocks and asserts with its own tiny module, so it
 * needs no test library at run time.
 *
 * ```ts
 * import { runConformanceSuite } from 'contacts-center/conformance.js';
 * runConformanceSuite('MyServerBackend', async (data) => {
 *   const world = await seedTestServer(data);
 *   return { backendFor: (viewerId) => new MyServerBackend(world.url, viewerId), cleanup: () => world.drop() };
 * });
 * ```
 * @module
 */
import { handle, CAST, CAST_IDS, type ConformanceFactory, type Handle, type SuiteContext, type TestApi } from './context.js';
import { abortTests } from './suites/abort.js';
import { blockTests } from './suites/blocks.js';
import { eventTests } from './suites/events.js';
import { feedTests } from './suites/feed.js';
import { feedTabTests } from './suites/feed-tabs.js';
import { followTests } from './suites/follows.js';
import { inputTests } from './suites/input.js';
import { mutualTests } from './suites/mutual.js';
import { readTests } from './suites/reads.js';
import { removeFollowerTests } from './suites/remove-follower.js';
import { requestNoteTests } from './suites/request-notes.js';
import { suggestionTests } from './suites/suggestions.js';
import { requestTests } from './suites/requests.js';
import { searchFieldTests } from './suites/search-fields.js';
import { searchTests } from './suites/search.js';
import { searchWordTests } from './suites/search-words.js';
import { personalContactTests } from './suites/personal-contacts.js';
import { profileTests } from './suites/profile.js';
import { muteTests, timedMuteTests } from './suites/mute.js';
import { privateNoteTests } from './suites/private-notes.js';
import { contactImportTests } from './suites/contact-imports.js';
import { contactLinkTests } from './suites/contact-links.js';

export type { ConformanceData, ConformanceFactory, ConformanceWorld, TestApi } from './context.js';
export { AssertionError } from './assert.js';

/** Options for {@link runConformanceSuite}. */
export interface ConformanceOptions {
  /** The test functions to define tests with; default: the global `describe`, `it`, `afterEach` (mocha). */
  api?: TestApi;
  /** The adapter keeps personal contacts (`PersonalContacts`): also run their tests. Default false. */
  personalContacts?: boolean;
  /** The worlds can set their clock (`ConformanceWorld.setTime`): also run the tests of what expires. Default false. */
  clock?: boolean;
  /** The adapter imports contacts (`ContactImports`): also run their tests. Default false. */
  contactImports?: boolean;
  /** The adapter links contacts to members (`ContactLinks`): also run their tests. Default false. */
  contactLinks?: boolean;
}

/**
 * Defines the conformance tests for an adapter under `describe(name)`. `makeWorld` is called in each test
 * (sometimes more than once) with the data that test needs, and must return adapters over a fresh, isolated
 * world holding exactly that data; every world is cleaned up after its test.
 *
 * The world's people (`data.people`) are the standard cast (`ann`, `bob`, `cat`, `dan`, `eve`) unless a test
 * says otherwise; relations are given as `{ type, fromId, toId }` where `connection` is two-way.
 */
export function runConformanceSuite(name: string, makeWorld: ConformanceFactory, options: ConformanceOptions = {}): void {
  const api = options.api ?? (globalThis as unknown as TestApi);
  if (typeof api.describe !== 'function' || typeof api.it !== 'function' || typeof api.afterEach !== 'function') {
    throw new Error('runConformanceSuite needs describe, it and afterEach: run it under mocha or pass options.api.');
  }
  const open: Handle[] = [];
  const context: SuiteContext = {
    api,
    async world(data = { people: CAST.slice() }) {
      const world = await makeWorld(data);
      const people = (data.people ?? []).map((p) => p.id);
      const h = handle(world, people.length > 0 && people.length <= 12 ? people : CAST_IDS.filter((id) => people.includes(id)));
      open.push(h);
      return h;
    },
  };
  api.describe(`${name} conformance`, () => {
    api.afterEach(async () => {
      const worlds = open.splice(0);
      for (const h of worlds) await h.world.cleanup();
    });
    readTests(context);
    requestTests(context);
    followTests(context);
    removeFollowerTests(context);
    muteTests(context);
    if (options.clock) timedMuteTests(context);
    privateNoteTests(context);
    mutualTests(context);
    requestNoteTests(context);
    suggestionTests(context);
    blockTests(context);
    inputTests(context);
    searchTests(context);
    searchFieldTests(context);
    searchWordTests(context);
    feedTests(context);
    feedTabTests(context);
    eventTests(context);
    abortTests(context);
    profileTests(context);
    if (options.personalContacts) personalContactTests(context);
    if (options.contactImports) contactImportTests(context);
    if (options.contactLinks) contactLinkTests(context);
  });
}
