// The account, administration and curation API as these pages use it: response shapes from the server's
// schemas (types only), and the one client every section shares (writes carry the session's CSRF token;
// refusals keep the server's code, its details and, when throttled, how long to wait).
import type { Static } from 'typebox';
import type { ApiTokenSchema, OrganisationSchema, SessionMetaSchema, UserSchema } from '../../../../src/http/routes/account/schema';
import type { MappingSchema } from '../../../../src/http/routes/curation/schema';
import { getJson } from '../../api/client';
import { download, saveBlob } from '../../api/download';
import { send } from '../../api/send';
import type { Role } from '../../session/session';

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

export { getJson, send, download, saveBlob };

export const listOrganisations = (signal?: AbortSignal) => getJson<{ items: Organisation[] }>('/api/organisations', signal).then((r) => r.items);
