// The one way every command records what it wrote: appendAudit(trx, ctx, entry), inside the command's own
// transaction, so an entry exists exactly when its change does. Entries chain by hash (see
// src/domain/audit/audit-chain.ts); actors and subjects are pseudonymous ids, payloads hold no secrets and no
// personal data (no emails, names, addresses, passwords or tokens).
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Actor } from '../domain/access/actor.js';
import { auditHash, GENESIS_HASH, type AuditEntry } from '../domain/audit/audit-chain.js';
import { insertAuditEntry, listAuditEntries, lockAuditLog } from '../db/repositories/audit-log.js';
import type { CommandContext } from './context.js';

export interface AuditInput {
  actor: string;
  action: string;
  subject: string;
  payload?: Record<string, unknown>;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The audit log's name for whoever acted. */
export function auditActor(actor: Actor | 'system' | 'cli'): string {
  if (actor === 'system' || actor === 'cli') return actor;
  return actor.kind === 'user' ? userRef(actor.userId) : 'anonymous';
}

export function userRef(userId: string): string {
  return `user:${userId}`;
}

/** Appends one entry and returns its sequence number. Call it inside the transaction that makes the change. */
export async function appendAudit(trx: Kysely<Database>, ctx: Pick<CommandContext, 'clock'>, input: AuditInput): Promise<number> {
  await lockAuditLog(trx);
  const [last] = await listAuditEntries(trx, { order: 'desc', limit: 1 });
  const content = { at: ctx.clock.now().toISOString(), actor: input.actor, action: input.action, subject: input.subject, payload: input.payload ?? {} };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const entry: AuditEntry = { seq: (last?.seq ?? 0) + 1, ...content, prevHash, hash: auditHash(sha256Hex, prevHash, content) };
  await insertAuditEntry(trx, entry);
  return entry.seq;
}
