import type { ContactsBackend } from '../../backend/backend.js';
import type { Relationship, RelationshipAction } from '../../model/relationship.js';

/** Performs one relationship action through the adapter; resolves to the viewer's new relationship. */
export function performAction(backend: ContactsBackend, action: RelationshipAction, personId: string): Promise<Relationship> {
  switch (action) {
    case 'connect':
      return backend.requestConnection(personId);
    case 'cancel-request':
      return backend.cancelRequest(personId);
    case 'accept':
      return backend.acceptRequest(personId);
    case 'decline':
      return backend.declineRequest(personId);
    case 'disconnect':
      return backend.disconnect(personId);
    case 'follow':
      return backend.follow(personId);
    case 'unfollow':
      return backend.unfollow(personId);
    case 'block':
      return backend.block(personId);
    case 'unblock':
      return backend.unblock(personId);
  }
}
