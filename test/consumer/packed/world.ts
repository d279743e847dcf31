// The little world every packed-package page shows, on the in-memory adapter from the installed package.
import { MemoryWorld, type WorldData } from 'contacts-center/memory.js';

export const WORLD: WorldData = {
  people: [
    { id: 'me', displayName: 'Joe Bloggs' },
    { id: 'jane', displayName: 'Jane Doe', jobTitle: 'Engineer' },
    { id: 'rich', displayName: 'Richard Roe' },
  ],
  relations: [{ type: 'connection', fromId: 'me', toId: 'jane' }],
  requests: [{ fromId: 'rich', toId: 'me' }],
  activities: [{ id: 'a1', actorId: 'jane', kind: 'post', text: 'Shipped it', createdAt: Date.now() - 60_000 }],
};

/** A fresh adapter acting for Joe over the world above. */
export const joesBackend = () => new MemoryWorld(WORLD).backendFor('me');
