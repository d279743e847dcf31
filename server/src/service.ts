/**
 * The contract on the server, for one schema: every call is one transaction, every failure a ContactsError
 * (database failures become `storage` with words, never a stack trace), and every change is published.
 */
import type { Database, Queryable } from './db/types.js';
import type { EventBus, StoredChange } from './events.js';
import { applyChange, postActivity } from './rules/changes.js';
import { pairState } from './rules/graph.js';
import { updateProfile } from './rules/people.js';
import { addContact, deleteContact, updateContact } from './rules/personal-contacts.js';
import { readNote, writeNote } from './rules/private-notes.js';
import { deleteLink, readContactLink, writeLink } from './rules/contact-links.js';
import {
  ContactsError,
  checkMuteOptions,
  isContactsError,
  relationshipOf,
  type Activity,
  type ChangeInput,
  type ContactLink,
  type Person,
  type Relationship,
  type RelationshipMutation,
} from './shared.js';

export class ContactsService {
  /** The last time handed out by {@link now}, so two changes in one millisecond keep their order. */
  private lastTime = 0;
  /**
   * `clock` is the time in epoch milliseconds (default `Date.now`): what mutes expire by, read by every read
   * that judges them ({@link time}); tests fix it.
   */
  constructor(
    readonly db: Database,
    readonly schema: string,
    readonly bus: EventBus,
    private readonly log: (error: unknown) => void = (error) => console.error('contacts-center server:', error),
    private readonly clock: () => number = Date.now,
  ) {}

  /** The clock's time, as reads judge mutes by it. */
  time(): number {
    return this.clock();
  }

  /** A strictly increasing time for a change. */
  now(): number {
    this.lastTime = Math.max(this.clock(), this.lastTime + 1);
    return this.lastTime;
  }

  /** Runs a read in one transaction. */
  read<T>(body: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.run(body);
  }

  /**
   * Runs change `name` by the viewer on a person (`input`: a request's note, a mute's duration, checked here); resolves with the new
   * relationship and the published change (naming only the viewer for a change of theirs alone, a mute).
   */
  async change(
    viewerId: string,
    mutation: RelationshipMutation,
    personId: string,
    input: { note?: unknown; duration?: unknown } = {},
  ): Promise<{ relationship: Relationship; change: StoredChange | null }> {
    const muteFor = mutation === 'mute' ? checkMuteOptions({ duration: input.duration }) : undefined;
    return this.run(async (tx) => {
      const now = this.now();
      const given: ChangeInput = { note: input.note, ...(muteFor && { muteFor }) };
      const done = await applyChange(tx, mutation, viewerId, personId, now, given);
      const personIds = done?.quiet ? [viewerId] : [viewerId, personId];
      const change = done ? await this.bus.publish(tx, this.schema, { topics: done.topics, personIds }) : null;
      return { relationship: relationshipOf(await pairState(tx, viewerId, personId, now)), change };
    });
  }

  /** The viewer's private note about a person (`''` when none). */
  getNote(viewerId: string, personId: string): Promise<string> {
    return this.run((tx) => readNote(tx, viewerId, personId));
  }

  /** Stores (or with `''` deletes) the viewer's private note; resolves with what is stored and the change (the viewer's alone). */
  async setNote(viewerId: string, personId: string, text: unknown): Promise<{ text: string; change: StoredChange }> {
    return this.run(async (tx) => {
      const stored = await writeNote(tx, viewerId, personId, text, this.now());
      return { text: stored, change: await this.bus.publish(tx, this.schema, { topics: ['people'], personIds: [viewerId] }) };
    });
  }

  async post(
    viewerId: string,
    input: { kind: string; text: string; link?: string | undefined },
  ): Promise<{ activity: Activity; change: StoredChange }> {
    const activity: Activity = { id: crypto.randomUUID(), actorId: viewerId, kind: input.kind, text: input.text, createdAt: this.now() };
    if (input.link !== undefined) activity.link = input.link;
    return this.run(async (tx) => {
      await postActivity(tx, activity);
      return { activity, change: await this.bus.publish(tx, this.schema, { topics: ['activities'], personIds: [viewerId] }) };
    });
  }

  /** Replaces the viewer's own person; resolves with it and the published change. */
  async updateProfile(viewerId: string, input: unknown): Promise<{ person: Person; change: StoredChange }> {
    return this.run(async (tx) => {
      const person = await updateProfile(tx, viewerId, input, this.now());
      return { person, change: await this.bus.publish(tx, this.schema, { topics: ['people'], personIds: [viewerId] }) };
    });
  }

  /** Stores a new personal contact of the viewer's; resolves with it and the change (naming the viewer and it). */
  async addContact(viewerId: string, input: unknown): Promise<{ person: Person; change: StoredChange }> {
    return this.run(async (tx) => {
      const person = await addContact(tx, viewerId, input, this.now());
      return { person, change: await this.bus.publish(tx, this.schema, { topics: ['people'], personIds: [viewerId, person.id] }) };
    });
  }

  /** Replaces one of the viewer's contacts; `not-found` when it is not theirs. */
  async updateContact(viewerId: string, id: string, input: unknown): Promise<{ person: Person; change: StoredChange }> {
    return this.run(async (tx) => {
      const person = await updateContact(tx, viewerId, id, input, this.now());
      return { person, change: await this.bus.publish(tx, this.schema, { topics: ['people'], personIds: [viewerId, id] }) };
    });
  }

  /** Deletes one of the viewer's contacts (and the viewer's note on it); `not-found` when it is not theirs. */
  async deleteContact(viewerId: string, id: string): Promise<{ change: StoredChange }> {
    return this.run(async (tx) => {
      await deleteContact(tx, viewerId, id);
      return { change: await this.bus.publish(tx, this.schema, { topics: ['people'], personIds: [viewerId, id] }) };
    });
  }

  /** Links or unlinks one of the viewer's contacts; resolves with the link and the change (the viewer's alone), null when nothing changed. */
  async changeLink(
    viewerId: string,
    contactId: string,
    memberId: string | null,
  ): Promise<{ link: ContactLink; change: StoredChange | null }> {
    return this.run(async (tx) => {
      const changed =
        memberId === null ? await deleteLink(tx, viewerId, contactId) : await writeLink(tx, viewerId, contactId, memberId, this.now());
      const link = await readContactLink(tx, viewerId, contactId);
      // Never the member: nobody learns they were linked.
      const change = changed ? await this.bus.publish(tx, this.schema, { topics: ['people'], personIds: [viewerId, contactId] }) : null;
      return { link, change };
    });
  }

  /**
   * Runs a change of the viewer's own data (`body` gets the transaction and the change's time, and names the people
   * it wrote); publishes a people change naming the viewer and them, or none when it wrote no one.
   */
  async changeOwn<T>(
    viewerId: string,
    body: (tx: Queryable, now: number) => Promise<{ result: T; ids: string[] }>,
  ): Promise<{ result: T; change: StoredChange | null }> {
    return this.run(async (tx) => {
      const { result, ids } = await body(tx, this.now());
      const change = ids.length > 0 ? await this.bus.publish(tx, this.schema, { topics: ['people'], personIds: [viewerId, ...ids] }) : null;
      return { result, change };
    });
  }

  private async run<T>(body: (tx: Queryable) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(body, this.schema);
    } catch (error) {
      if (isContactsError(error)) throw error;
      this.log(error);
      const code = (error as { code?: unknown })?.code;
      if (typeof code === 'string' && (code.startsWith('23') || code === '40001' || code === '40P01')) {
        throw new ContactsError('storage', 'The change collided with another change at the same moment and nothing was saved. Try again.');
      }
      throw new ContactsError('storage', 'The contacts database failed and nothing was saved. Try again.');
    }
  }
}
