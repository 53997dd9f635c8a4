// An administrator withdraws a label: its claims must no longer be relied on. The reason (one of
// WITHDRAWAL_REASONS, with a note; the note is required for "other") and the date show on the label's page, in
// the API and in online verification. A withdrawal is final: a corrected release gets a new label.
import { DomainError } from '../../domain/errors.js';
import type { LabelRecord } from '../../domain/labels/label-record.js';
import type { Withdrawal } from '../../domain/labels/status.js';
import type { WithdrawalReason } from '../../domain/labels/vocabulary.js';
import { findLabel, markWithdrawn } from '../../db/repositories/labels.js';
import { appendAudit, auditActor } from '../audit.js';
import type { LabelActor, LabelContext } from './label-context.js';
import { can } from '../../domain/access/policy.js';

export interface WithdrawLabelInput {
  reason: WithdrawalReason;
  note: string;
}

export const MAX_WITHDRAWAL_NOTE = 1000;

export async function withdrawLabel(ctx: LabelContext, actor: LabelActor, id: string, input: WithdrawLabelInput): Promise<LabelRecord> {
  if (actor !== 'cli' && !can(actor, 'labels.withdraw')) throw new DomainError('forbidden', 'Only administrators withdraw labels.');
  const note = input.note.trim();
  if (input.reason === 'other' && note === '') {
    throw new DomainError('validation_failed', 'Say why the label is withdrawn.', [{ pointer: 'body/note', message: 'required when the reason is "other"', hint: 'the note is shown on the label page' }]);
  }
  if (note.length > MAX_WITHDRAWAL_NOTE) throw new DomainError('validation_failed', `The note is longer than ${MAX_WITHDRAWAL_NOTE} characters.`, [{ pointer: 'body/note', message: 'too long' }]);
  const label = await findLabel(ctx.store.db, id);
  if (!label) throw new DomainError('label_not_found', `No label "${id}".`);
  if (label.state.withdrawal) throw new DomainError('conflict', `The label ${id} was already withdrawn on ${label.state.withdrawal.at.slice(0, 10)}.`);
  const withdrawal: Withdrawal = { at: ctx.clock.now().toISOString(), reason: input.reason, note };
  await ctx.store.db.transaction().execute(async (trx) => {
    await markWithdrawn(trx, id, withdrawal, auditActor(actor));
    await appendAudit(trx, ctx, { actor: auditActor(actor), action: 'label.withdraw', subject: `label:${id}`, payload: { reason: input.reason, note } });
  });
  return (await findLabel(ctx.store.db, id))!;
}
