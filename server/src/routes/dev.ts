/**
 * `POST /dev/sign-in`: a token for any viewer id, for the demo and tests. Registered only when the server runs
 * in development or test mode; in production the path does not exist (404).
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { signToken } from '../auth.js';
import * as S from '../schemas.js';
import { errors, json, type AppEnv } from './env.js';

export function devRoutes(app: OpenAPIHono<AppEnv>, secret: string): void {
  const route = createRoute({
    method: 'post',
    path: '/dev/sign-in',
    summary: 'Development only: a token for a viewer id (absent in production)',
    request: { body: { content: { 'application/json': { schema: S.SignInBody } }, required: true } },
    responses: { 200: json(S.SignInResult, 'A token whose subject is the viewer'), ...errors },
  });
  app.openapi(route, async (c) => {
    const { viewerId } = c.req.valid('json');
    return c.json({ token: await signToken(secret, viewerId), viewerId }, 200);
  });
}
