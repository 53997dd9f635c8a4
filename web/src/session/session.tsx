// Who is signed in, for every page: GET /api/session once per page load, with the CSRF token that every write
// made with the session cookie must carry (X-CSRF-Token). The roles only decide which links and forms a page
// offers; the server decides what is allowed and refuses the rest.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Static } from 'typebox';
import type { SessionInfoSchema } from '../../../src/http/routes/account/schema';
import { getJson } from '../api/client';

export type SessionInfo = Static<typeof SessionInfoSchema>;
export type SessionUser = NonNullable<SessionInfo['user']>;
export type Role = SessionUser['roles'][number];

export const ANONYMOUS: SessionInfo = { authenticated: false, csrfToken: null, user: null, organisation: null, mustEnrolTotp: false, expiresAt: null };

// The token lives outside React too, so request helpers can read it without a hook.
let csrf: string | null = null;
let firstLoad: Promise<SessionInfo> | null = null;

function fetchSession(): Promise<SessionInfo> {
  return getJson<SessionInfo>('/api/session').then(
    (info) => {
      csrf = info.csrfToken;
      return info;
    },
    // An unreachable server looks like the public's view; pages say so when their own data fails.
    () => ANONYMOUS,
  );
}

/** The CSRF token of the current session, once the session is known (null for the public). */
export async function csrfToken(): Promise<string | null> {
  const fresh = firstLoad === null;
  firstLoad ??= fetchSession();
  await firstLoad;
  // Nobody was signed in when this was last asked, but the visitor may have signed in since (in another tab):
  // ask again rather than remember the absence.
  if (csrf === null && !fresh) await fetchSession();
  return csrf;
}

/** Enrolling a second factor rotates the session; its answer carries the new token. */
export function replaceCsrfToken(token: string): void {
  csrf = token;
}

interface SessionState {
  status: 'loading' | 'ready';
  info: SessionInfo;
  refresh(): Promise<SessionInfo>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ status: 'loading' | 'ready'; info: SessionInfo }>({ status: 'loading', info: ANONYMOUS });
  useEffect(() => {
    let live = true;
    firstLoad ??= fetchSession();
    void firstLoad.then((info) => {
      if (live) setState({ status: 'ready', info });
    });
    return () => {
      live = false;
    };
  }, []);
  const refresh = useCallback(async () => {
    firstLoad = fetchSession();
    const info = await firstLoad;
    setState({ status: 'ready', info });
    return info;
  }, []);
  const value = useMemo<SessionState>(() => ({ ...state, refresh }), [state, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

export function hasRole(info: SessionInfo, ...roles: Role[]): boolean {
  return !info.mustEnrolTotp && (info.user?.roles.some((r) => roles.includes(r)) ?? false);
}

/** Curators and administrators change the registry (src/domain/access/registry.ts). */
export const mayCurate = (info: SessionInfo) => hasRole(info, 'curator', 'administrator');

/**
 * After signing in or out the whole application starts again from the server: caches that other sections keep
 * (their copy of the CSRF token, the visitor's standing) then belong to the new session, not the old one.
 */
export function reloadAt(path: string): void {
  window.location.assign(path);
}
