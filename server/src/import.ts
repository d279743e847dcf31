/**
 * Bulk import of a world (the IndexedDB importer's `WorldData` format and rules) in one transaction: the whole
 * input is checked first (zod for shapes, then references, self-relations, duplicates and block conflicts),
 * then written with derived rows (sort keys, name tokens, mirrored connections, feeds).
 */
import { z } from '@hono/zod-openapi';
import type { Database } from './db/types.js';
import { putPerson, putRelation, insertRequest, recordActivity } from './rules/graph.js';
import { ContactsError, RELATION_TYPES, TEXT_LIMITS, toPerson, type Activity, type ConnectionRequest, type WorldData } from './shared.js';

const id = z
  .string()
  .refine((s) => s.trim().length > 0 && s.length <= 256, { error: 'must be a non-empty string of at most 256 characters' });
const time = z.number().refine(Number.isFinite, { error: 'must be a number of milliseconds' });
const text = z.string().optional();
const PersonInput = z
  .object({ id, displayName: z.string().refine((s) => s.trim() !== '', { error: 'must be a non-empty string' }) })
  .catchall(z.unknown())
  .and(
    z.object({
      givenName: text,
      familyName: text,
      additionalNames: text,
      phoneticName: text,
      jobTitle: text,
      organization: text,
      birthday: text,
      note: text,
      avatarUrl: text,
      updatedAt: time.optional(),
    }),
  )
  .and(
    z.object({
      emails: z.array(z.unknown()).optional(),
      phones: z.array(z.unknown()).optional(),
      addresses: z.array(z.unknown()).optional(),
      urls: z.array(z.unknown()).optional(),
    }),
  );
export const WorldSchema = z
  .object({
    people: z.array(PersonInput).optional(),
    relations: z.array(z.object({ type: z.enum(RELATION_TYPES), fromId: id, toId: id, createdAt: time.optional() })).optional(),
    requests: z
      .array(
        z.object({
          fromId: id,
          toId: id,
          status: z.enum(['pending', 'accepted', 'declined', 'cancelled']).optional(),
          createdAt: time.optional(),
          id: id.optional(),
          respondedAt: time.optional(),
          note: z.string().max(TEXT_LIMITS.requestNote).optional(),
        }),
      )
      .optional(),
    activities: z
      .array(
        z.object({
          id,
          actorId: id,
          kind: z.string().refine((s) => s.trim() !== '', { error: 'must be a non-empty string' }),
          text: z.string(),
          link: z.string().optional(),
          targetId: id.optional(),
          createdAt: time,
        }),
      )
      .optional(),
  })
  .openapi('WorldData');

const invalid = (message: string) => new ContactsError('invalid-input', message);
const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Imports `data` into `schema` (people with the same id are replaced). Rejects `invalid-input` writing nothing. */
export async function importWorld(
  db: Database,
  schema: string,
  data: WorldData,
): Promise<{ people: number; relations: number; requests: number; activities: number }> {
  const parsed = WorldSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(
      `${issue.path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
        .join('')
        .replace(/^\./, '')} ${issue.message}`,
    );
  }
  const world = parsed.data as WorldData;
  const people = (world.people ?? []).map(toPerson);
  const now = Date.now();
  return db.transaction(async (tx) => {
    const known = new Set<string>();
    for (const [i, p] of people.entries()) {
      if (known.has(p.id)) throw invalid(`people[${i}] (id "${p.id}") repeats an id used earlier in the import.`);
      known.add(p.id);
    }
    const referenced = [
      ...(world.relations ?? []).flatMap((r) => [r.fromId, r.toId]),
      ...(world.requests ?? []).flatMap((r) => [r.fromId, r.toId]),
      ...(world.activities ?? []).map((a) => a.actorId),
    ].filter((x) => !known.has(x));
    if (referenced.length > 0) {
      const rows = await tx.query<{ id: string }>(
        'SELECT id FROM people WHERE id IN (SELECT jsonb_array_elements_text(($1::text)::jsonb))',
        [JSON.stringify([...new Set(referenced)])],
      );
      for (const r of rows) known.add(r.id);
    }
    const check = (where: string, fromId: string, toId: string) => {
      if (fromId === toId) throw invalid(`${where} relates "${fromId}" with themselves.`);
      for (const x of [fromId, toId])
        if (!known.has(x)) throw invalid(`${where} refers to "${x}", who is neither in the import nor in the database.`);
    };
    const blocked = new Set<string>();
    (world.relations ?? []).forEach((r, i) => {
      check(`relations[${i}]`, r.fromId, r.toId);
      if (r.type === 'block') blocked.add(pairKey(r.fromId, r.toId));
    });
    for (const r of world.relations ?? []) {
      if (r.type !== 'block' && r.type !== 'ignore' && r.type !== 'dismiss' && blocked.has(pairKey(r.fromId, r.toId)))
        throw invalid(`The ${r.type} between "${r.fromId}" and "${r.toId}" contradicts a block between them.`);
    }
    const requests: ConnectionRequest[] = (world.requests ?? []).map((r, i) => {
      check(`requests[${i}]`, r.fromId, r.toId);
      const status = r.status ?? 'pending';
      if (status === 'pending' && blocked.has(pairKey(r.fromId, r.toId)))
        throw invalid(`The pending request from "${r.fromId}" to "${r.toId}" contradicts a block between them.`);
      const request: ConnectionRequest = {
        id: r.id ?? crypto.randomUUID(),
        fromId: r.fromId,
        toId: r.toId,
        status,
        createdAt: r.createdAt ?? now,
      };
      if (r.note !== undefined) request.note = r.note;
      if (status !== 'pending') request.respondedAt = r.respondedAt ?? request.createdAt;
      return request;
    });
    (world.activities ?? []).forEach((a, i) => {
      if (!known.has(a.actorId))
        throw invalid(`activities[${i}] (id "${a.id}") refers to "${a.actorId}", who is neither in the import nor in the database.`);
    });

    for (const p of people) await putPerson(tx, p);
    for (const r of world.relations ?? []) {
      const at = r.createdAt ?? now;
      await putRelation(tx, r.fromId, r.type, r.toId, at);
      if (r.type === 'connection') await putRelation(tx, r.toId, r.type, r.fromId, at);
    }
    try {
      for (const r of requests) await insertRequest(tx, r);
    } catch (error) {
      if ((error as { code?: string }).code === '23505')
        throw invalid('The import has two pending requests between the same two people, or repeats a request id.');
      throw error;
    }
    // Activities in time order, so each lands in the feeds of the relations just written.
    for (const a of [...(world.activities ?? [])].sort((x, y) => x.createdAt - y.createdAt)) await recordActivity(tx, a as Activity);
    return {
      people: people.length,
      relations: world.relations?.length ?? 0,
      requests: requests.length,
      activities: world.activities?.length ?? 0,
    };
  }, schema);
}
