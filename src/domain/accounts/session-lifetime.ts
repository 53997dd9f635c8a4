// A session ends when it has been idle too long or has lived too long, whichever comes first. The idle clock
// restarts on use; the absolute one never does, so a stolen cookie dies within the absolute lifetime at most.

export interface SessionLifetime {
  idleMs: number;
  absoluteMs: number;
}

export const DEFAULT_SESSION_LIFETIME: SessionLifetime = { idleMs: 30 * 60_000, absoluteMs: 12 * 60 * 60_000 };

export function sessionExpiresAt(createdAt: number, lastSeenAt: number, lifetime: SessionLifetime): number {
  return Math.min(createdAt + lifetime.absoluteMs, lastSeenAt + lifetime.idleMs);
}

export function isSessionAlive(createdAt: number, lastSeenAt: number, now: number, lifetime: SessionLifetime): boolean {
  return now < sessionExpiresAt(createdAt, lastSeenAt, lifetime);
}
