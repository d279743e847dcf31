/**
 * `GET /events`: the viewer's live changes as Server-Sent Events. The stream starts with a `ready` event
 * carrying the newest change id; each `change` event carries its id, so a client resumes with Last-Event-ID
 * (changes missed meanwhile are replayed from the `events` table, on whichever instance it reconnects to).
 * Changes not involving the viewer arrive with their topics only (`personIds: []`): who did what with whom is
 * told only to those two.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { changesSince, lastChangeId, type StoredChange } from '../events.js';
import type { ContactsService } from '../service.js';
import { errors, type AppEnv } from './env.js';

/** Most changes replayed on resume; a client further behind gets one "everything changed" event instead. */
const REPLAY_LIMIT = 500;
const KEEPALIVE_MS = 15_000;
const ALL_TOPICS: StoredChange['topics'] = ['people', 'relationships', 'requests', 'activities'];

export function eventRoutes(app: OpenAPIHono<AppEnv>, service: ContactsService): void {
  const route = createRoute({
    method: 'get',
    path: '/events',
    summary: 'Live changes (text/event-stream); resume with the Last-Event-ID header',
    security: [{ bearer: [] }],
    request: {
      headers: z.object({
        'last-event-id': z
          .string()
          .regex(/^\d{1,15}$/)
          .optional(),
      }),
    },
    responses: {
      200: {
        content: { 'text/event-stream': { schema: z.string() } },
        description: '`ready` once, then `change` events ({ topics, personIds })',
      },
      ...errors,
    },
  });
  app.openapi(route, (c) => {
    const viewerId = c.var.viewerId;
    const resumeFrom = c.req.valid('header')['last-event-id'];
    const view = (change: StoredChange) => ({
      topics: change.topics,
      personIds: change.personIds.includes(viewerId) ? change.personIds : [],
    });
    return streamSSE(c, async (stream) => {
      const queue: StoredChange[] = [];
      let wake: (() => void) | undefined;
      let open = true;
      const unsubscribe = service.bus.subscribe(service.schema, (change) => {
        queue.push(change);
        wake?.();
      });
      stream.onAbort(() => {
        open = false;
        unsubscribe();
        wake?.();
      });
      try {
        let last: number;
        if (resumeFrom !== undefined) {
          last = Number(resumeFrom);
          const missed = await service.read((tx) => changesSince(tx, last, REPLAY_LIMIT + 1));
          if (missed.length > REPLAY_LIMIT) {
            last = await service.read(lastChangeId);
            await stream.writeSSE({ event: 'change', id: String(last), data: JSON.stringify({ topics: ALL_TOPICS, personIds: [] }) });
          } else {
            for (const change of missed) {
              await stream.writeSSE({ event: 'change', id: String(change.id), data: JSON.stringify(view(change)) });
              last = change.id;
            }
          }
        } else {
          last = await service.read(lastChangeId);
        }
        await stream.writeSSE({ event: 'ready', id: String(last), data: '{}' });
        while (open) {
          for (let change = queue.shift(); change; change = queue.shift()) {
            if (change.id <= last) continue;
            await stream.writeSSE({ event: 'change', id: String(change.id), data: JSON.stringify(view(change)) });
            last = change.id;
          }
          const woke = await new Promise<boolean>((resolve) => {
            const timer = setTimeout(() => resolve(false), KEEPALIVE_MS);
            wake = () => {
              clearTimeout(timer);
              resolve(true);
            };
          });
          wake = undefined;
          if (!woke && open) await stream.write(': keepalive\n\n');
        }
      } finally {
        unsubscribe();
      }
    }) as never;
  });
}
