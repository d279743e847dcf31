/** The change endpoints: one POST per relationship change, and posting an activity. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import * as S from '../schemas.js';
import type { ContactsService } from '../service.js';
import { errors, json, type AppEnv } from './env.js';

export function changeRoutes(app: OpenAPIHono<AppEnv>, service: ContactsService): void {
  const change = createRoute({
    method: 'post',
    path: '/relationships/{id}/{action}',
    summary: 'A relationship change (the contract method of the same name)',
    security: [{ bearer: [] }],
    request: { params: S.ChangeParam, body: { content: { 'application/json': { schema: S.ChangeBody } }, required: false } },
    responses: { 200: json(S.ChangeResult, 'The new relationship, and the change published (null when nothing changed)'), ...errors },
  });
  app.openapi(change, async (c) => {
    const { id, action } = c.req.valid('param');
    // The body is optional: requestConnection reads its note, mute its duration (both checked by the library's rules).
    const body = (c.req.valid('json') ?? {}) as { note?: unknown; duration?: unknown };
    return c.json(await service.change(c.var.viewerId, action, id, body), 200);
  });

  const note = createRoute({
    method: 'post',
    path: '/notes/{id}',
    summary: 'Stores the viewer\u2019s private note about a person (an empty text deletes it)',
    security: [{ bearer: [] }],
    request: { params: S.PersonIdParam, body: { content: { 'application/json': { schema: S.PrivateNoteInput } }, required: true } },
    responses: { 200: json(S.NoteResult, 'What is stored, and the change (the viewer\u2019s alone)'), ...errors },
  });
  app.openapi(note, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await service.setNote(c.var.viewerId, id, c.req.valid('json').text), 200);
  });

  const post = createRoute({
    method: 'post',
    path: '/activities',
    summary: 'Records an activity by the viewer',
    security: [{ bearer: [] }],
    request: { body: { content: { 'application/json': { schema: S.ActivityInput } }, required: true } },
    responses: { 200: json(S.PostResult, 'The activity and its change'), ...errors },
  });
  app.openapi(post, async (c) => c.json(await service.post(c.var.viewerId, c.req.valid('json')), 200));

  const profile = createRoute({
    method: 'post',
    path: '/profile',
    summary: 'Replaces every field of the viewer\u2019s own person (updateProfile)',
    security: [{ bearer: [] }],
    request: { body: { content: { 'application/json': { schema: S.ProfileInput } }, required: true } },
    responses: { 200: json(S.PersonResult, 'The stored person and its change'), ...errors },
  });
  app.openapi(profile, async (c) => c.json(await service.updateProfile(c.var.viewerId, c.req.valid('json')), 200));
}
