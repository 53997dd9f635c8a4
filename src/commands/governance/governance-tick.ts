// The scheduled check (`iotspp governance tick`, and a timer in the server): closes every vote whose closing
// time has come, and sends "closes soon" mail to members that have not voted, once per vote. Everything is
// decided by the injected clock; each vote is closed in its own transaction, so one failure stops nothing else.
import { closeDue, reminderDue } from '../../domain/governance/proposals.js';
import { standingBallots } from '../../domain/governance/tally.js';
import { listBallots, listOpenClosingBefore, listProposals, lockProposal, saveProposal } from '../../db/repositories/proposals.js';
import { deliverQueued } from '../accounts/mail.js';
import type { GovernanceContext } from './context.js';
import { closeVoteIn, frameOf } from './close-vote.js';
import { notifyClosesSoon } from './notify.js';

export interface TickResult {
  closed: { id: string; status: string }[];
  reminded: string[];
}

export async function governanceTick(ctx: GovernanceContext): Promise<TickResult> {
  const now = ctx.clock.now();
  const result: TickResult = { closed: [], reminded: [] };
  for (const due of await listOpenClosingBefore(ctx.store.db, now.toISOString())) {
    const { closed, mail } = await ctx.store.db.transaction().execute(async (trx) => {
      const p = await lockProposal(trx, due.id);
      if (!p || !closeDue(p, now)) return { closed: null, mail: [] as string[] };
      const done = await closeVoteIn(trx, ctx, p, false, 'system');
      return { closed: done.proposal, mail: done.mail };
    });
    await deliverQueued(ctx, mail);
    if (closed) result.closed.push({ id: closed.id, status: closed.status });
  }
  for (const open of await listProposals(ctx.store.db, { status: ['open'] })) {
    if (!reminderDue(open, now)) continue;
    const mail = await ctx.store.db.transaction().execute(async (trx) => {
      const p = await lockProposal(trx, open.id);
      if (!p || !reminderDue(p, now)) return [] as string[];
      const standing = standingBallots(frameOf(p), await listBallots(trx, p.id));
      const notVoted = (p.electorate ?? []).filter((org) => !standing.has(org));
      await saveProposal(trx, { ...p, reminderSentAt: now.toISOString() });
      result.reminded.push(p.id);
      return notifyClosesSoon(trx, ctx, p, notVoted);
    });
    await deliverQueued(ctx, mail);
  }
  return result;
}
