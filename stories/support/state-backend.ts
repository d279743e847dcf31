import type { ContactsBackend } from '../../src/backend/backend.js';
import { MemoryWorld } from '../../src/backend/memory/index.js';
import { RELATIONSHIP_MUTATIONS } from '../../src/backend/vocabulary.js';
import { ContactsError } from '../../src/model/errors.js';
import { wrapBackend } from '../../test/helpers/backend.js';

/**
 * The state a story shows: `pending` never settles (the loading state), `error` rejects every call with a
 * storage error (the error state), `empty` is a world where the viewer knows nobody (the empty state).
 */
export type StoryState = 'pending' | 'error' | 'empty';

const VIEWER_ID = 'stub-viewer';

/** Every method that answers with a promise: the reads, the relationship changes and posting. */
const CALLS = [
  'getViewer',
  'getPerson',
  'searchPeople',
  'getCounts',
  'getRelationship',
  'listRequests',
  'getFeed',
  'postActivity',
  ...RELATIONSHIP_MUTATIONS,
] as const;

/**
 * An in-memory adapter for a state a seeded world does not hold still: the viewer Joe Bloggs alone in a
 * world, every call of which is held back forever (`pending`) or fails (`error`) unless the state is `empty`.
 */
export function stateBackend(state: StoryState): ContactsBackend {
  const world = new MemoryWorld({
    people: [{ id: VIEWER_ID, displayName: 'Joe Bloggs', givenName: 'Joe', familyName: 'Bloggs', jobTitle: 'Product Manager' }],
  });
  const backend = world.backendFor(VIEWER_ID);
  if (state === 'empty') return backend;
  const answer =
    state === 'pending'
      ? () => new Promise<never>(() => {})
      : () => Promise.reject(new ContactsError('storage', 'The story storage is unavailable.'));
  return wrapBackend(backend, Object.fromEntries(CALLS.map((name) => [name, answer])));
}
