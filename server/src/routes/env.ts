/** What every route shares: the context's variables and the documented error responses. */
import type { z } from '@hono/zod-openapi';
import { ErrorBody } from '../schemas.js';

export interface AppEnv {
  Variables: { viewerId: string };
}

export const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

export const errors = {
  400: json(ErrorBody, 'invalid-input'),
  401: json(ErrorBody, 'unauthorized: no valid token'),
  403: json(ErrorBody, 'forbidden'),
  404: json(ErrorBody, 'not-found'),
  409: json(ErrorBody, 'blocked or invalid-state'),
  422: json(ErrorBody, 'self'),
  429: {
    ...json(ErrorBody, 'rate-limited: too many requests by this viewer this minute (counted across all instances)'),
    headers: {
      'Retry-After': { description: 'Seconds until the viewer may call again.', schema: { type: 'integer', minimum: 1 } },
    },
  },
  503: json(ErrorBody, 'storage'),
} as const;
