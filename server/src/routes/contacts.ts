/**
 * The viewer's personal contacts (PersonalContacts): add, replace and delete, each a POST (the CORS policy allows
 * GET and POST only). They are read through the people routes, which show them to their owner alone; the owner is
 * the token's subject, never a field of the body.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import * as S from '../schemas.js';
import type { ContactsService } from '../service.js';
import { errors, json, type AppEnv } from './env.js';

export function contactRoutes(app: OpenAPIHono<AppEnv>, service: ContactsService): void {
  const body = { content: { 'application/json': { schema: S.ContactInput } }, required: true };
  const add = createRoute({
    method: 'post',
    path: '/contacts',
    summary: 'Stores a new personal contact of the viewer\u2019s (addContact); the server gives its id',
    security: [{ bearer: [] }],
    request: { body },
    responses: { 200: json(S.PersonResult, 'The stored contact and its change'), ...errors },
  });
  app.openapi(add, async (c) => c.json(await service.addContact(c.var.viewerId, c.req.valid('json')), 200));

  const update = createRoute({
    method: 'post',
    path: '/contacts/{id}',
    summary: 'Replaces every field of one of the viewer\u2019s personal contacts (updateContact)',
    security: [{ bearer: [] }],
    request: { params: S.ContactIdParam, body },
    responses: { 200: json(S.PersonResult, 'The stored contact and its change'), ...errors },
  });
  app.openapi(update, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await service.updateContact(c.var.viewerId, id, c.req.valid('json')), 200);
  });

  const remove = createRoute({
    method: 'post',
    path: '/contacts/{id}/delete',
    summary: 'Deletes one of the viewer\u2019s personal contacts and the viewer\u2019s private note on it (deleteContact)',
    security: [{ bearer: [] }],
    request: { params: S.ContactIdParam },
    responses: { 200: json(S.DeletedResult, 'The change'), ...errors },
  });
  app.openapi(remove, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await service.deleteContact(c.var.viewerId, id), 200);
  });
}
