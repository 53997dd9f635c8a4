// `iotspp audit verify` and GET /api/audit/verify: recompute the whole chain and name the first entry that was
// altered, removed or reordered.
import { verifyAuditChain, type ChainReport } from '../../domain/audit/audit-chain.js';
import { listAuditEntries, readAuditHead } from '../../db/repositories/audit-log.js';
import type { CommandContext } from '../context.js';
import { sha256Hex } from '../audit.js';

export async function verifyAuditLog(ctx: Pick<CommandContext, 'store'>): Promise<ChainReport> {
  const [entries, head] = await Promise.all([listAuditEntries(ctx.store.db), readAuditHead(ctx.store.db)]);
  return verifyAuditChain(entries, sha256Hex, head);
}
