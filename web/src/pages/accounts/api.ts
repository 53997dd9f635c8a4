// The account, administration and curation API as these pages use it. Response shapes come from the server's
// schemas (types only). Writes carry the session's CSRF token; refusals keep the server's code, its details
// (which field, which password problem) and, when throttled, how long to wait, so pages can say it in the
// reader's language.
import type { Static } from 'typebox';
import type { ApiTokenSchema, OrganisationSchema, SessionMetaSchema, UserSchema } from '../../../../src/http/routes/account/schema';
import type { MappingSchema } from '../../../../src/http/routes/curation/schema';
import { ApiError, getJson } from '../../api/client';
import { csrfToken, type Role } from '../../session/session';

export type { Role };
export type User = Static<typeof UserSchema>;
export type Organisation = Static<typeof OrganisationSchema>;
export type OrganisationType = Organisation['type'];
export type SessionMeta = Static<typeof SessionMetaSchema>;
export type ApiToken = Static<typeof ApiTokenSchema>;
export type Mapping = Static<typeof MappingSchema>;

export interface Me {
  user: User;
  organisation: Organisation | null;
  recoveryCodesLeft: number;
}

export interface Invitation {
  id: string;
  email: string | null;
  organisationId: string;
  roles: Role[];
  status: 'pending' | 'accepted' | 'revoked' | 'expired';
  createdAt: string;
  expiresAt: string;
}

export interface OrganisationMember {
  id: string;
  displayName: string;
  roles: Role[];
}

export interface OutboxMessage {
  id: string;
  createdAt: string;
  purpose: string;
  to: string | null;
  subject: string;
  body: string;
  status: string;
  sentAt: string | null;
  error: string | null;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  payload: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export interface ChainReport {
  ok: boolean;
  entries: number;
  head: { seq: number; hash: string } | null;
  problem: { kind: string; seq: number; message: string } | null;
}

export interface HistoryEntry {
  auditSeq: number;
  entity: string;
  entityKey: string;
  frameworkId: string;
  change: string;
  actorName: string;
  at: string;
  before: unknown;
  after: unknown;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** A refusal with the server's details: the field it is about, and for throttles the seconds to wait. */
export class RequestError extends ApiError {
  constructor(
    status: number,
    code: string,
    message: string,
    readonly details: { pointer: string; message: string }[],
    readonly retryAfterSeconds: number | null,
  ) {
    super(status, code, message);
  }
}

export { getJson };

/** A write as the signed-in user (or the public: one-time links, sign-in, reset). */
export async function send<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<T> {
  const token = await csrfToken();
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        accept: 'application/json',
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { 'x-csrf-token': token } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new RequestError(0, 'network_error', 'The server could not be reached.', [], null);
  }
  const data = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string; details?: { pointer: string; message: string }[] } } | null;
  if (!response.ok) {
    const details = data?.error?.details ?? [];
    const header = Number(response.headers.get('retry-after'));
    const fromDetails = Number(details.find((d) => d.pointer === 'retryAfter')?.message);
    const retry = Number.isFinite(header) && header > 0 ? header : Number.isFinite(fromDetails) && fromDetails > 0 ? fromDetails : null;
    throw new RequestError(response.status, data?.error?.code ?? 'http_error', data?.error?.message ?? response.statusText, details, retry);
  }
  return data as T;
}

/** Fetches a file the API serves (with the session cookie) and hands it to the browser as a download. */
export async function download(url: string, name: string): Promise<void> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new RequestError(response.status, 'download_failed', response.statusText, [], null);
  saveBlob(await response.blob(), name);
}

/** Offers text made in the page (recovery codes) as a file, without a round trip. */
export function saveBlob(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}

export const listOrganisations = (signal?: AbortSignal) => getJson<{ items: Organisation[] }>('/api/organisations', signal).then((r) => r.items);
