/**
 * Who the viewer is: only what a verified token says. A JWT (HS256 shared secret, or any algorithm of a JWKS
 * the host publishes) whose `sub` is the viewer id, or a host's own `authenticate` hook. Nothing the client
 * sends otherwise (no header, query or body field) can name the viewer.
 */
import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTVerifyOptions } from 'jose';
import { MAX_ID_LENGTH } from './shared.js';
import { VerifiedTokens } from './verified-tokens.js';

export interface AuthOptions {
  /** HS256 shared secret (at least 32 characters). */
  jwtSecret?: string | undefined;
  /** A JWKS URL (the host's identity provider); RS256/ES256/EdDSA tokens are verified against it. */
  jwksUrl?: string | undefined;
  issuer?: string | undefined;
  audience?: string | undefined;
  /** A host that authenticates differently: resolve the viewer id for a request, or null to refuse it. */
  authenticate?: ((request: Request) => Promise<string | null | undefined>) | undefined;
}

/** Resolves the viewer id of a request, or null when it carries no valid identity. */
export type Authenticator = (request: Request) => Promise<string | null>;

export function makeAuthenticator(options: AuthOptions): Authenticator {
  const { jwtSecret, jwksUrl, authenticate } = options;
  if (jwtSecret !== undefined && jwtSecret.length < 32) throw new Error('JWT_SECRET must be at least 32 characters.');
  if (!jwtSecret && !jwksUrl && !authenticate)
    throw new Error('Configure JWT_SECRET, JWKS_URL or an authenticate hook: the server never trusts the client about who it is.');
  const verify: JWTVerifyOptions = {};
  if (options.issuer) verify.issuer = options.issuer;
  if (options.audience) verify.audience = options.audience;
  const secret = jwtSecret ? new TextEncoder().encode(jwtSecret) : undefined;
  const jwks = jwksUrl ? createRemoteJWKSet(new URL(jwksUrl)) : undefined;
  const verified = new VerifiedTokens();
  return async (request) => {
    if (authenticate) {
      const id = await authenticate(request);
      if (id) return validId(id);
    }
    const header = request.headers.get('authorization') ?? '';
    const match = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(header);
    if (!match) return null;
    const token = match[1]!;
    const known = verified.viewerOf(token);
    if (known !== undefined) return known;
    try {
      const { payload } = secret
        ? await jwtVerify(token, secret, { ...verify, algorithms: ['HS256'] })
        : jwks
          ? await jwtVerify(token, jwks, { ...verify, algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'] })
          : { payload: {} as { sub?: string; exp?: number } };
      const viewerId = typeof payload.sub === 'string' ? validId(payload.sub) : null;
      if (viewerId !== null) verified.remember(token, viewerId, payload.exp);
      return viewerId;
    } catch {
      return null;
    }
  };
}

function validId(id: string): string | null {
  return id.trim().length > 0 && id.length <= MAX_ID_LENGTH ? id : null;
}

/** Signs an HS256 token for `viewerId` (the dev sign-in, and tests). */
export function signToken(
  secret: string,
  viewerId: string,
  options: { expiresIn?: string; issuer?: string; audience?: string } = {},
): Promise<string> {
  let jwt = new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(viewerId)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '12h');
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
