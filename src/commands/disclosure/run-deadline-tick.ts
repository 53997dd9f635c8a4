// Sends the deadline notices that are due, by the clock the caller passes (the server's timer and
// `iotspp disclosure tick` use the same function). Each notice is recorded in the same transaction as its
// mail and timeline entry, keyed so that a notice is never sent twice, even by two runs at once: the one that
// records it first sends it.
//
// Reminders go to the PSIRT (internal to the case); alerts that a deadline passed go to the PSIRT, the case's
// coordinators and the reporter, and are visible on the case to all of them.
import { FINAL_STATES } from '../../domain/disclosure/case-state.js';
import { dueNotices, type Notice } from '../../domain/disclosure/deadlines.js';
import { listOpenCases } from '../../db/repositories/disclosure-cases.js';
import { noticeKeys, recordNotice } from '../../db/repositories/disclosure-notices.js';
import { appendAudit } from '../audit.js';
import { deliverQueued } from '../accounts/mail.js';
import { participantsOf } from './case-access.js';
import { mailAboutCase } from './case-mail.js';
import { recordEvent } from './case-events.js';
import type { DisclosureContext } from './disclosure-context.js';

export interface SentNotice {
  caseId: string;
  trackingId: string;
  kind: Notice['kind'];
  dueAt: string;
}

const WORDING: Record<Notice['kind'], (dueAt: string) => string> = {
  'acknowledgement-reminder': (d) => `the report must be acknowledged by ${d.slice(0, 10)}`,
  'acknowledgement-overdue': (d) => `the acknowledgement was due on ${d.slice(0, 10)} and is overdue`,
  'publication-reminder': (d) => `the coordinated publication date is ${d.slice(0, 10)}`,
  'publication-overdue': (d) => `the coordinated publication date ${d.slice(0, 10)} has passed`,
};

export async function runDeadlineTick(ctx: DisclosureContext): Promise<SentNotice[]> {
  const db = ctx.store.db;
  const now = ctx.clock.now();
  const open = await listOpenCases(db, FINAL_STATES);
  const keys = await noticeKeys(db, open.map((c) => c.id));
  const sent: SentNotice[] = [];
  for (const c of open) {
    const due = dueNotices(c, now, keys.get(c.id) ?? new Set());
    if (due.send.length === 0 && due.skip.length === 0) continue;
    const mailIds = await db.transaction().execute(async (trx) => {
      const ids: string[] = [];
      for (const n of due.skip) await recordNotice(trx, { caseId: c.id, key: n.key, kind: n.kind, at: now.toISOString(), sent: false });
      for (const n of due.send) {
        if (!(await recordNotice(trx, { caseId: c.id, key: n.key, kind: n.kind, at: now.toISOString(), sent: true }))) continue;
        const overdue = n.kind.endsWith('overdue');
        const loaded = await participantsOf(trx, c, now);
        await recordEvent(trx, ctx, c.id, { author: { role: 'system', userId: null }, kind: 'notice', visibility: overdue ? 'all' : 'internal', body: { notice: n.kind, dueAt: n.dueAt } });
        await appendAudit(trx, ctx, { actor: 'system', action: 'disclosure.case.notice', subject: `case:${c.id}`, payload: { notice: n.kind, dueAt: n.dueAt } });
        ids.push(...(await mailAboutCase(trx, ctx, loaded, overdue ? ['psirt', 'coordinators', 'reporter'] : ['psirt'], WORDING[n.kind](n.dueAt))));
        sent.push({ caseId: c.id, trackingId: c.trackingId, kind: n.kind, dueAt: n.dueAt });
      }
      return ids;
    });
    await deliverQueued(ctx, mailIds);
  }
  return sent;
}

/** Runs the tick every `intervalMs` until stopped; a failed run is reported and the next one tries again. */
export function startDeadlineTimer(ctx: DisclosureContext, intervalMs: number, onError: (e: unknown) => void): { stop(): void } {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runDeadlineTick(ctx)
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
