/**
 * The contract on the server, for one schema: every call is one transaction, every failure a ContactsError
 * (database failures become `storage` with words, never a stack trace), and every change is published.
 */
import type { Database, Queryable } from './db/types.js';
import type { EventBus, StoredChange } from './events.js';
import { applyChange, CHANGES, postActivity, type ChangeName } from './rules/changes.js';
import { pairState, relationshipOf } from './rules/graph.js';
import { ContactsError, isContactsError, type Activity, type Relationship } from './shared.js';

/** A strictly increasing clock for this instance, so two changes in one millisecond keep their order. */
let lastTime = 0;
export function now(): number {
  lastTime = Math.max(Date.now(), lastTime + 1);
  return lastTime;
}

export class ContactsService {
  constructor(
    readonly db: Database,
    readonly schema: string,
    readonly bus: EventBus,
    private readonly log: (error: unknown) => void = (error) => console.error('contacts-center server:', error),
  ) {}

  /** Runs a read in one transaction. */
  read<T>(body: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.run(body);
  }

  /** Runs change `name` by the viewer on a person; resolves with the new relationship and the published change. */
  async change(viewerId: string, name: ChangeName, personId: string): Promise<{ relationship: Relationship; change: StoredChange | null }> {
    return this.run(async (tx) => {
      const changed = await applyChange(tx, name, viewerId, personId, now());
      const change = changed
        ? await this.bus.publish(tx, this.schema, { topics: CHANGES[name].topics, personIds: [viewerId, personId] })
        : null;
      return { relationship: relationshipOf(await pairState(tx, viewerId, personId)), change };
    });
  }

  async post(
    viewerId: string,
    input: { kind: string; text: string; link?: string | undefined },
  ): Promise<{ activity: Activity; change: StoredChange }> {
    const activity: Activity = { id: crypto.randomUUID(), actorId: viewerId, kind: input.kind, text: input.text, createdAt: now() };
    if (input.link !== undefined) activity.link = input.link;
    return this.run(async (tx) => {
      await postActivity(tx, activity);
      return { activity, change: await this.bus.publish(tx, this.schema, { topics: ['activities'], personIds: [viewerId] }) };
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
