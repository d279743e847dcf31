/** The server's settings from environment variables (documented in the README's server section). */
import type { ServerMode } from './app.js';

export interface ServerConfig {
  databaseUrl: string | undefined;
  dataDir: string;
  schema: string;
  host: string;
  port: number;
  mode: ServerMode;
  jwtSecret: string | undefined;
  jwksUrl: string | undefined;
  issuer: string | undefined;
  audience: string | undefined;
  corsOrigins: string[] | '*' | undefined;
  bodyLimitBytes: number;
  importBodyLimitBytes: number;
  rateLimitPerMinute: number;
}

const MODES: readonly ServerMode[] = ['production', 'development', 'test'];

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const mode = (env.CONTACTS_MODE ?? 'production') as ServerMode;
  if (!MODES.includes(mode)) throw new Error(`CONTACTS_MODE must be one of ${MODES.join(', ')}.`);
  const cors = env.CORS_ORIGINS?.trim();
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR ?? './data',
    schema: env.DB_SCHEMA ?? 'public',
    host: env.HOST ?? '127.0.0.1',
    port: Number(env.PORT ?? 8787),
    mode,
    jwtSecret: env.JWT_SECRET || undefined,
    jwksUrl: env.JWKS_URL || undefined,
    issuer: env.JWT_ISSUER || undefined,
    audience: env.JWT_AUDIENCE || undefined,
    corsOrigins: !cors ? undefined : cors === '*' ? '*' : cors.split(',').map((o) => o.trim()),
    bodyLimitBytes: Number(env.BODY_LIMIT_BYTES ?? 64 * 1024),
    importBodyLimitBytes: Number(env.IMPORT_BODY_LIMIT_BYTES ?? 32 * 1024 * 1024),
    rateLimitPerMinute: Number(env.RATE_LIMIT_PER_MINUTE ?? 1200),
  };
}
