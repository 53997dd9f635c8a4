// Taking part in a special interest group: a member organisation joins through its representative, an expert
// advisor in person. Participants set the group's working method and targets and report back to the Platform
// with dated reports.
import type { Actor } from '../../../domain/access/actor.js';
import { DomainError } from '../../../domain/errors.js';
import { isDate, isParticipant, participantFor, type Target } from '../../../domain/governance/special-interest-groups.js';
import { canSee, type Viewer } from '../../../domain/governance/visibility.js';
import {
  findSig,
  insertSigParticipant,
  insertSigReport,
  listSigParticipants,
  saveSig,
  type SigReport,
  type SpecialInterestGroup,
} from '../../../db/repositories/special-interest-groups.js';
import { appendAudit, auditActor } from '../../audit.js';
import { newId } from '../../accounts/secrets.js';
import type { CommandContext } from '../../context.js';
import type { Trx } from '../context.js';
import { loadViewer } from '../viewer.js';
import { assertTargets } from './form-sig.js';

async function load(trx: Trx, actor: Actor, sigId: string): Promise<{ viewer: Viewer; group: SpecialInterestGroup }> {
  const viewer = await loadViewer(trx, actor);
  const group = await findSig(trx, sigId);
  if (!group || !canSee(viewer, group.visibility)) throw new DomainError('sig_not_found', `No special interest group "${sigId}".`);
  return { viewer, group };
}

async function requireParticipant(trx: Trx, viewer: Viewer, group: SpecialInterestGroup): Promise<void> {
  if (!isParticipant(await listSigParticipants(trx, group.id), participantFor(viewer))) {
    throw new DomainError('forbidden', 'Only the participants of a special interest group change it or report for it.');
  }
}

export async function joinSig(ctx: CommandContext, actor: Actor, sigId: string): Promise<void> {
  await ctx.store.db.transaction().execute(async (trx) => {
    const { viewer, group } = await load(trx, actor, sigId);
    const participant = participantFor(viewer);
    if (!participant || (participant.kind === 'organisation' && !viewer.representative)) {
      throw new DomainError('not_a_representative', 'A member organisation joins through its representative; an expert advisor joins in person.');
    }
    if (isParticipant(await listSigParticipants(trx, group.id), participant)) throw new DomainError('already_exists', 'You already take part in this group.');
    await insertSigParticipant(trx, group.id, { ...participant, joinedAt: ctx.clock.now().toISOString() });
    await appendAudit(trx, ctx, { actor: auditActor(actor), action: 'governance.sig.join', subject: `sig:${group.id}`, payload: { participant: `${participant.kind}:${participant.id}` } });
  });
}

export async function updateSig(ctx: CommandContext, actor: Actor, sigId: string, input: { description?: string; workingMethod?: string; targets?: Target[] }): Promise<SpecialInterestGroup> {
  if (input.targets) assertTargets(input.targets);
  return ctx.store.db.transaction().execute(async (trx) => {
    const { viewer, group } = await load(trx, actor, sigId);
    await requireParticipant(trx, viewer, group);
    const updated: SpecialInterestGroup = {
      ...group,
      description: input.description?.trim() ?? group.description,
      workingMethod: input.workingMethod?.trim() ?? group.workingMethod,
      targets: input.targets?.map((t) => ({ text: t.text.trim(), due: t.due })) ?? group.targets,
      updatedAt: ctx.clock.now().toISOString(),
    };
    await saveSig(trx, updated);
    await appendAudit(trx, ctx, { actor: auditActor(actor), action: 'governance.sig.update', subject: `sig:${group.id}`, payload: { fields: Object.keys(input).filter((k) => input[k as keyof typeof input] !== undefined) } });
    return updated;
  });
}

export async function reportSig(ctx: CommandContext, actor: Actor, sigId: string, input: { title: string; body: string; reportedOn?: string }): Promise<SigReport> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const { viewer, group } = await load(trx, actor, sigId);
    await requireParticipant(trx, viewer, group);
    const now = ctx.clock.now();
    const reportedOn = input.reportedOn ?? now.toISOString().slice(0, 10);
    if (!isDate(reportedOn) || reportedOn > now.toISOString().slice(0, 10)) {
      throw new DomainError('validation_failed', 'A report is dated with a day (YYYY-MM-DD) no later than today.', [{ pointer: 'body/reportedOn', message: 'not a past or present date' }]);
    }
    const report: SigReport = { id: newId(), sigId: group.id, title: input.title.trim(), body: input.body.trim(), reportedOn, createdBy: viewer.userId!, createdAt: now.toISOString() };
    await insertSigReport(trx, report);
    await appendAudit(trx, ctx, { actor: auditActor(actor), action: 'governance.sig.report', subject: `sig:${group.id}`, payload: { reportId: report.id, reportedOn } });
    return report;
  });
}
