/**
 * Live changes across instances. A change is stored in `events` inside its own transaction and announced with
 * `pg_notify` there too, so PostgreSQL delivers it to every instance's LISTEN exactly when (and only if) it
 * commits. The bus is an interface, so a broker (Redis, NATS, ...) can replace LISTEN/NOTIFY.
 */
import type { Database, Queryable } from './db/types.js';
import type { BackendChange } from './shared.js';

/** A committed change and its id (increasing; what SSE clients resume from). */
export interface StoredChange extends BackendChange {
  id: number;
}

export type ChangeHandler = (change: StoredChange) => void;

export interface EventBus {
  /** Stores `change` in `tx` (of `schema`) and arranges its delivery after commit. Resolves with it, numbered. */
  publish(tx: Queryable, schema: string, change: BackendChange): Promise<StoredChange>;
  /** Calls `handler` for every change committed in `schema`, by any instance. Returns the unsubscribe function. */
  subscribe(schema: string, handler: ChangeHandler): () => void;
  close(): Promise<void>;
}

const CHANNEL = 'contacts_center_changes';

/** The LISTEN/NOTIFY bus: one LISTEN per instance, fanned out here by schema. */
export class PostgresEventBus implements EventBus {
  private readonly handlers = new Map<string, Set<ChangeHandler>>();
  private unlisten: Promise<() => Promise<void>> | undefined;

  constructor(private readonly db: Database) {}

  /** Starts listening (call once before serving). */
  async start(): Promise<void> {
    this.unlisten ??= this.db.listen(CHANNEL, (payload) => this.deliver(payload));
    await this.unlisten;
  }

  async publish(tx: Queryable, schema: string, change: BackendChange): Promise<StoredChange> {
    // Ids must commit in order: a stream sends each change once, by increasing id, and resumes after the last id
    // it sent, so a change numbered before one that committed first would never reach it. The lock, held to this
    // transaction's end (so a change publishes last, or next to last), makes the next publisher wait for this commit.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`contacts-center events ${schema}`]);
    const [row] = await tx.query<{ id: string | number }>(
      'INSERT INTO events (topics, person_ids, created_at) VALUES (($1::text)::jsonb, ($2::text)::jsonb, $3) RETURNING id',
      [JSON.stringify(change.topics), JSON.stringify(change.personIds), Date.now()],
    );
    const stored: StoredChange = { id: Number(row!.id), topics: change.topics, personIds: change.personIds };
    // NOTIFY payloads are limited to 8,000 bytes: a change naming very many people is sent as "unknown people".
    let payload = JSON.stringify({ schema, ...stored });
    if (payload.length > 7000) payload = JSON.stringify({ schema, ...stored, personIds: [] });
    await tx.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]);
    return stored;
  }

  subscribe(schema: string, handler: ChangeHandler): () => void {
    let set = this.handlers.get(schema);
    if (!set) this.handlers.set(schema, (set = new Set()));
    set.add(handler);
    return () => {
      set.delete(handler);
    };
  }

  async close(): Promise<void> {
    this.handlers.clear();
    const unlisten = this.unlisten;
    this.unlisten = undefined;
    if (unlisten) await (await unlisten)().catch(() => undefined);
  }

  private deliver(payload: string): void {
    let message: StoredChange & { schema: string };
    try {
      message = JSON.parse(payload) as StoredChange & { schema: string };
    } catch {
      return;
    }
    for (const handler of [...(this.handlers.get(message.schema) ?? [])]) {
      try {
        handler({ id: message.id, topics: message.topics, personIds: message.personIds });
      } catch {
        // One failing stream must not keep the others from hearing the change.
      }
    }
  }
}

/** Changes after `afterId`, oldest first, at most `limit` (SSE resume). */
export async function changesSince(tx: Queryable, afterId: number, limit: number): Promise<StoredChange[]> {
  const rows = await tx.query<{ id: string | number; topics: StoredChange['topics']; person_ids: string[] }>(
    'SELECT id, topics, person_ids FROM events WHERE id > $1 ORDER BY id LIMIT $2',
    [afterId, limit],
  );
  return rows.map((r) => ({ id: Number(r.id), topics: r.topics, personIds: r.person_ids }));
}

/** The newest change id (0 when none). */
export async function lastChangeId(tx: Queryable): Promise<number> {
  const [row] = await tx.query<{ id: string | number | null }>('SELECT max(id) AS id FROM events');
  return Number(row?.id ?? 0);
}
