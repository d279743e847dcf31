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
    request: { params: S.ChangeParam },
    responses: { 200: json(S.ChangeResult, 'The new relationship, and the change published (null when nothing changed)'), ...errors },
  });
  app.openapi(change, async (c) => {
    const { id, action } = c.req.valid('param');
    return c.json(await service.change(c.var.viewerId, action, id), 200);
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
}
