import type { Relationship } from '../model/relationship.js';
import type { ContactsBackend } from './backend.js';
import type { RelationshipMutation } from './vocabulary.js';

/**
 * The nine relationship changes of {@link ContactsBackend}, each handed to one `change` an adapter writes: every
 * adapter keeps its rules in one table keyed by {@link RelationshipMutation}, so the methods themselves are the same
 * everywhere. Extend it and implement `change`; the contract's JSDoc says what each change does.
 */
export abstract class RelationshipChanges implements Pick<ContactsBackend, RelationshipMutation> {
  /** Performs `mutation` on the viewer's relationship with `personId` and resolves to the new relationship. */
  protected abstract change(mutation: RelationshipMutation, personId: string): Promise<Relationship>;

  requestConnection(personId: string): Promise<Relationship> {
    return this.change('requestConnection', personId);
  }
  cancelRequest(personId: string): Promise<Relationship> {
    return this.change('cancelRequest', personId);
  }
  acceptRequest(personId: string): Promise<Relationship> {
    return this.change('acceptRequest', personId);
  }
  declineRequest(personId: string): Promise<Relationship> {
    return this.change('declineRequest', personId);
  }
  disconnect(personId: string): Promise<Relationship> {
    return this.change('disconnect', personId);
  }
  follow(personId: string): Promise<Relationship> {
    return this.change('follow', personId);
  }
  unfollow(personId: string): Promise<Relationship> {
    return this.change('unfollow', personId);
  }
  block(personId: string): Promise<Relationship> {
    return this.change('block', personId);
  }
  unblock(personId: string): Promise<Relationship> {
    return this.change('unblock', personId);
  }
}
