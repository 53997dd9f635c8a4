// Ends one session (DELETE /api/session) or all of a user's sessions (DELETE /api/me/sessions, or an
// administrator's DELETE /api/admin/users/:id/sessions): a stolen cookie stops working at once.
import type { Actor } from '../../domain/access/actor.js';
import { deleteSession, deleteUserSessions } from '../../db/repositories/sessions.js';
import { appendAudit, auditActor, userRef } from '../audit.js';
import type { CommandContext } from '../context.js';

export async function signOut(ctx: CommandContext, actor: Actor, sessionId: string, userId: string): Promise<void> {
  await ctx.store.db.transaction().execute(async (trx) => {
    await deleteSession(trx, sessionId);
    await appendAudit(trx, ctx, { actor: auditActor(actor), action: 'session.delete', subject: userRef(userId), payload: { sessionId } });
  });
}

export async function signOutEverywhere(ctx: CommandContext, actor: Actor, userId: string): Promise<number> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const ended = await deleteUserSessions(trx, userId);
    await appendAudit(trx, ctx, { actor: auditActor(actor), action: 'session.delete-all', subject: userRef(userId), payload: { ended } });
    return ended;
  });
}
