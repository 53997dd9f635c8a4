// Resolves the caller of every request, once: an `Authorization: Bearer <API token>` header, else the session
// cookie, else the anonymous public. Cookie-authenticated writes (anything but GET, HEAD, OPTIONS) must carry
// the session's CSRF token in X-CSRF-Token; bearer requests need none, since no browser sends them on its own.
//
// The cookie: HttpOnly; SameSite=Lax (Strict would drop the cookie when someone follows a link to the Platform
// from an email or another site, and Lax already keeps it off cross-site POSTs; the CSRF token covers the
// rest); Secure, and named with the __Host- prefix, whenever the request came over TLS (directly or, with
// TRUST_PROXY, through a proxy that says so in X-Forwarded-Proto).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ANONYMOUS, type UserActor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import { DEFAULT_SESSION_LIFETIME } from '../../domain/accounts/session-lifetime.js';
import type { StoredSession } from '../../db/repositories/sessions.js';
import type { AccountContext } from '../../commands/accounts/account-context.js';
import { resolveApiToken, resolveSession } from '../../commands/accounts/resolve-caller.js';
import { csrfTokenFor } from '../../commands/accounts/start-session.js';
import { secretBox } from '../../commands/accounts/secret-box.js';
import type { ActorResolver } from './authorization.js';

export const SESSION_COOKIE = 'iotspp_session';
export const SECURE_SESSION_COOKIE = '__Host-iotspp_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    /** The session the request was authenticated with, and its cookie value; null otherwise. */
    session: { stored: StoredSession; token: string } | null;
  }
}

// Without a configured key (tests, embedded uses of buildApp) seeds are sealed with a key that lives as long as
// the process: enough for a test, never for a server, which always passes its persisted key (server.ts).
const ephemeralKey = randomBytes(32);

export function accountContext(app: FastifyInstance): AccountContext {
  const { deps } = app;
  const c = deps.config;
  return {
    secrets: secretBox(deps.secretKey ?? ephemeralKey),
    store: deps.store,
    clock: deps.clock,
    publicUrl: c.publicUrl,
    mailer: deps.mailer ?? null,
    sessionLifetime:
      c.sessionIdleMinutes !== undefined && c.sessionAbsoluteHours !== undefined
        ? { idleMs: c.sessionIdleMinutes * 60_000, absoluteMs: c.sessionAbsoluteHours * 3_600_000 }
        : DEFAULT_SESSION_LIFETIME,
  };
}

function isSecure(req: FastifyRequest): boolean {
  return req.protocol === 'https';
}

export function sessionTokenFrom(req: FastifyRequest): string | null {
  const cookies = req.cookies ?? {};
  return cookies[SECURE_SESSION_COOKIE] ?? cookies[SESSION_COOKIE] ?? null;
}

export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, token: string, maxAgeMs: number): void {
  const secure = isSecure(req);
  reply.setCookie(secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

export function clearSessionCookie(req: FastifyRequest, reply: FastifyReply): void {
  const secure = isSecure(req);
  reply.clearCookie(secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function registerSessionDecorations(app: FastifyInstance): void {
  app.decorateRequest('session', null);
}

export function createActorResolver(app: FastifyInstance): ActorResolver {
  return async (req) => {
    const ctx = accountContext(app);
    const authorization = req.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      if (!match) throw new DomainError('unauthenticated', 'Send API tokens as "Authorization: Bearer <token>".');
      return resolveApiToken(ctx, match[1]!, req.ip);
    }
    const token = sessionTokenFrom(req);
    if (token === null) return ANONYMOUS;
    const resolved = await resolveSession(ctx, token);
    if (!resolved) return ANONYMOUS;
    if (!SAFE_METHODS.has(req.method)) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameSecret(sent, csrfTokenFor(token))) {
        throw new DomainError('csrf_failed', 'This request needs the X-CSRF-Token header from GET /api/session.');
      }
    }
    req.session = { stored: resolved.session, token };
    return resolved.actor;
  };
}

/** The signed-in actor of a route whose action already required one (narrows the type). */
export function requireUser(req: FastifyRequest): UserActor {
  if (req.actor.kind !== 'user') throw new DomainError('unauthenticated', 'Sign in to do this.');
  return req.actor;
}

/** The browser session of a session-only route. */
export function requireSession(req: FastifyRequest): { stored: StoredSession; token: string } {
  if (!req.session) throw new DomainError('unauthenticated', 'Sign in with a browser session to do this.');
  return req.session;
}
