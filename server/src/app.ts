/**
 * The HTTP app for one schema: security headers, closed CORS unless origins are configured, a body size
 * limit, identity from a verified token, a per-viewer rate limit, the routes, and typed error bodies.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { timing } from 'hono/timing';
import { makeAuthenticator, type AuthOptions } from './auth.js';
import { errorResponse, thrownResponse } from './errors.js';
import { RateLimiter } from './limits.js';
import { changeRoutes } from './routes/changes.js';
import { contactRoutes } from './routes/contacts.js';
import { contactLinkRoutes } from './routes/contact-links.js';
import { contactImportRoutes } from './routes/contact-imports.js';
import { devRoutes } from './routes/dev.js';
import type { AppEnv } from './routes/env.js';
import { eventRoutes } from './routes/events.js';
import { readRoutes } from './routes/reads.js';
import type { ContactsService } from './service.js';
import { TEXT_LIMITS } from './shared.js';

export type ServerMode = 'production' | 'development' | 'test';

export interface AppOptions {
  service: ContactsService;
  /** `development` and `test` add the dev sign-in route; default `production`. */
  mode?: ServerMode;
  auth: AuthOptions;
  /** Origins allowed to call from a browser (`*` for any); default none (CORS closed). */
  corsOrigins?: string[] | '*';
  /** Largest request body, in bytes (default 64 KiB). */
  bodyLimitBytes?: number;
  /** Largest contact-import plan (POST /contact-imports), in bytes (default 32 MiB: thousands of cards, some with photos). */
  importBodyLimitBytes?: number;
  /** Requests per viewer per minute, shared by every instance on the database; 0 for no limit (default 1,200). */
  rateLimitPerMinute?: number;
  log?: (error: unknown) => void;
  /** Adds a `Server-Timing: total;dur=…` header (the server's own time for each request, as the bench reads it); default off. */
  serverTiming?: boolean;
}

/** Paths that need no identity. */
const PUBLIC = new Set(['/openapi.json', '/health', '/dev/sign-in']);
/** Paths whose bodies are a person's fields (which may hold an inline avatar). */
const PERSON_BODIES = /^\/(?:profile|contacts)(?:\/[^/]+)?$/;

export function createApp(options: AppOptions): OpenAPIHono<AppEnv> {
  const log = options.log ?? ((error: unknown) => console.error('contacts-center server:', error));
  const mode = options.mode ?? 'production';
  const authenticate = makeAuthenticator(options.auth);
  const limiter = new RateLimiter(options.service.db, options.service.schema, options.rateLimitPerMinute ?? 1200, log);
  const app = new OpenAPIHono<AppEnv>({
    // A request that fails its schema gets the contract's invalid-input error with the schema's words.
    defaultHook: (result, c) => {
      if (!result.success) return errorResponse(c, 'invalid-input', result.error.issues[0]?.message ?? 'The request was not valid.');
      return undefined;
    },
  });

  // First, so its total covers everything the server does for a request: identity, rate limit, SQL, JSON.
  if (options.serverTiming) app.use(timing({ totalDescription: 'server' }));
  app.use(secureHeaders({ crossOriginResourcePolicy: options.corsOrigins ? 'cross-origin' : 'same-origin' }));
  if (options.corsOrigins) {
    const origins = options.corsOrigins;
    app.use(
      cors({
        origin: origins === '*' ? '*' : origins,
        allowMethods: ['GET', 'POST'],
        allowHeaders: ['Authorization', 'Content-Type', 'Last-Event-ID'],
        // A rate-limited browser client may read when to retry.
        exposeHeaders: ['Retry-After'],
        maxAge: 600,
      }),
    );
  }
  const tooLarge = (c: Context) => errorResponse(c, 'too-large', 'The request body is too large.');
  const smallBodies = bodyLimit({ maxSize: options.bodyLimitBytes ?? 64 * 1024, onError: tooLarge });
  // A person's body may carry an inline avatar up to the contract's limit.
  const personBodies = bodyLimit({ maxSize: (options.bodyLimitBytes ?? 64 * 1024) + TEXT_LIMITS.avatarUrl * 2, onError: tooLarge });
  const importBodies = bodyLimit({ maxSize: options.importBodyLimitBytes ?? 32 * 1024 * 1024, onError: tooLarge });
  app.use((c, next) =>
    c.req.path === '/contact-imports'
      ? importBodies(c, next)
      : PERSON_BODIES.test(c.req.path)
        ? personBodies(c, next)
        : smallBodies(c, next),
  );
  app.use(async (c, next) => {
    if (PUBLIC.has(c.req.path) || c.req.method === 'OPTIONS') return next();
    const viewerId = await authenticate(c.req.raw);
    if (!viewerId) return errorResponse(c, 'unauthorized', 'You are not signed in, or your sign-in has expired. Sign in again.');
    const verdict = await limiter.take(viewerId);
    if (!verdict.allowed) {
      c.header('Retry-After', String(verdict.retryAfterSeconds));
      return errorResponse(c, 'rate-limited', 'Too many requests. Wait a minute and try again.');
    }
    c.set('viewerId', viewerId);
    return next();
  });

  app.get('/health', (c) => c.json({ ok: true }));
  readRoutes(app, options.service);
  changeRoutes(app, options.service);
  contactRoutes(app, options.service);
  contactLinkRoutes(app, options.service);
  contactImportRoutes(app, options.service);
  eventRoutes(app, options.service);
  if (mode !== 'production') {
    if (!options.auth.jwtSecret) throw new Error('The dev sign-in needs JWT_SECRET.');
    devRoutes(app, options.auth.jwtSecret);
  }
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'contacts-center',
      version: '1',
      description: 'The ContactsBackend contract over HTTP. The viewer is the subject of the bearer token.',
    },
  });

  app.notFound((c) => errorResponse(c, 'not-an-endpoint', 'There is no such endpoint.'));
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status === 400)
      return errorResponse(c, 'invalid-input', 'The request body is not valid JSON.');
    return thrownResponse(c, error, log);
  });
  return app;
}
