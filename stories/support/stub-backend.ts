import type { ContactsBackend, Page, RelationshipCounts } from '../../src/backend/backend.js';
import { ContactsError } from '../../src/model/errors.js';
import type { Person } from '../../src/model/person.js';
import { NO_RELATIONSHIP } from '../../src/model/relationship.js';

/**
 * How a stub answers: `pending` never settles (the loading state), `error` rejects every call with a
 * storage error (the error state), `empty` is a world where the viewer knows nobody (the empty state).
 */
export type StubMode = 'pending' | 'error' | 'empty';

const VIEWER: Person = {
  id: 'stub-viewer',
  displayName: 'Joe Bloggs',
  givenName: 'Joe',
  familyName: 'Bloggs',
  jobTitle: 'Product Manager',
  emails: [],
  phones: [],
  addresses: [],
  urls: [],
};

const ZERO: RelationshipCounts = { connections: 0, following: 0, followers: 0, incoming: 0, outgoing: 0, blocked: 0 };
const EMPTY_PAGE: Page<never> = Object.freeze({ items: [], next: null }) as Page<never>;

/** A minimal in-memory ContactsBackend for the states a real database cannot hold still. */
export function stubBackend(mode: StubMode): ContactsBackend {
  const answer = <T>(value: () => T): Promise<T> => {
    switch (mode) {
      case 'pending':
        return new Promise<T>(() => {});
      case 'error':
        return Promise.reject(new ContactsError('storage', 'The stub storage is unavailable.'));
      default:
        return Promise.resolve(value());
    }
  };
  const notFound = (id: string) => Promise.reject(new ContactsError('not-found', `There is no person “${id}”.`));
  const nobody = (id: string) => (mode === 'empty' ? notFound(id) : answer(() => ({ ...NO_RELATIONSHIP })));

  return {
    viewerId: VIEWER.id,
    getViewer: () => answer(() => VIEWER),
    getPerson: (id) => (id === VIEWER.id ? answer(() => VIEWER) : mode === 'empty' ? notFound(id) : answer(() => VIEWER)),
    searchPeople: () => answer(() => EMPTY_PAGE),
    getCounts: () => answer(() => ({ ...ZERO })),
    getRelationship: nobody,
    requestConnection: nobody,
    cancelRequest: nobody,
    acceptRequest: nobody,
    declineRequest: nobody,
    disconnect: nobody,
    follow: nobody,
    unfollow: nobody,
    block: nobody,
    unblock: nobody,
    listRequests: () => answer(() => EMPTY_PAGE),
    getFeed: () => answer(() => EMPTY_PAGE),
    postActivity: (input) => answer(() => ({ id: 'stub-activity', actorId: VIEWER.id, createdAt: Date.now(), ...input })),
    subscribe: () => () => {},
    close: () => {},
  };
}
