import type { Relationship } from '../model/relationship.js';
import type { ConnectionRequestOptions, ContactsBackend, MuteOptions } from './backend.js';
import { invalidInput } from './errors.js';
import type { ChangeInput } from './relationship-rules.js';
import { checkMuteOptions } from './validate.js';
import type { RelationshipMutation } from './vocabulary.js';

/**
 * The relationship changes of {@link ContactsBackend}, each handed to one `change` an adapter writes: every
 * adapter keeps its rules in one table keyed by {@link RelationshipMutation}, so the methods themselves are the same
 * everywhere. Extend it and implement `change`; the contract's JSDoc says what each change does.
 */
export abstract class RelationshipChanges implements Pick<ContactsBackend, RelationshipMutation> {
  /** Performs `mutation` on the viewer's relationship with `personId` and resolves to the new relationship. */
  protected abstract change(mutation: RelationshipMutation, personId: string, input?: ChangeInput): Promise<Relationship>;

  async requestConnection(personId: string, options?: ConnectionRequestOptions): Promise<Relationship> {
    if (options !== undefined && (typeof options !== 'object' || options === null))
      throw invalidInput('The connection request options must be an object.');
    return this.change('requestConnection', personId, options?.note === undefined ? {} : { note: options.note });
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
  removeFollower(personId: string): Promise<Relationship> {
    return this.change('removeFollower', personId);
  }
  ignoreRequests(personId: string): Promise<Relationship> {
    return this.change('ignoreRequests', personId);
  }
  unignoreRequests(personId: string): Promise<Relationship> {
    return this.change('unignoreRequests', personId);
  }
  dismissSuggestion(personId: string): Promise<Relationship> {
    return this.change('dismissSuggestion', personId);
  }
  async mute(personId: string, options?: MuteOptions): Promise<Relationship> {
    return this.change('mute', personId, { muteFor: checkMuteOptions(options) });
  }
  unmute(personId: string): Promise<Relationship> {
    return this.change('unmute', personId);
  }
}
