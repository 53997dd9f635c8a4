// What every way of making a proposal shares: the rule it states is checked against its kind, its visibility
// against the kinds that allow it, and it is stored in discussion with its audit entry, in the caller's
// transaction. The vote opens later (open-vote.ts), when members have discussed it.
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import { allowedVisibilities, fixedThreshold, type ProposalKind } from '../../domain/governance/proposals.js';
import { resolveRule, type RequestedRule } from '../../domain/governance/vote-rule.js';
import type { Visibility } from '../../domain/governance/visibility.js';
import { insertProposal, type Proposal } from '../../db/repositories/proposals.js';
import { appendAudit, auditActor } from '../audit.js';
import { newId } from '../accounts/secrets.js';
import type { CommandContext } from '../context.js';
import type { Trx } from './context.js';

export interface NewProposal {
  kind: ProposalKind;
  title: string;
  body: string;
  visibility: Visibility;
  rule: RequestedRule;
  payload: Record<string, unknown>;
  proposedBy: string;
  proposedFor: string | null;
}

export function checkProposalShape(kind: ProposalKind, visibility: Visibility, rule: RequestedRule): void {
  if (!allowedVisibilities(kind).includes(visibility)) {
    throw new DomainError('validation_failed', `A ${kind} proposal is a decision of all members, so it cannot be ${visibility}.`, [{ pointer: 'body/visibility', message: `one of ${allowedVisibilities(kind).join(', ')}` }]);
  }
  const { problems } = resolveRule(fixedThreshold(kind), rule);
  if (problems.length > 0) {
    throw new DomainError('validation_failed', `The rule cannot be stated so: ${problems[0]!.message}.`, problems.map((p) => ({ pointer: `body/rule/${p.field}`, message: p.message })));
  }
}

export async function insertNewProposal(trx: Trx, ctx: Pick<CommandContext, 'clock'>, actor: Actor, input: NewProposal): Promise<Proposal> {
  checkProposalShape(input.kind, input.visibility, input.rule);
  const proposal: Proposal = {
    id: newId(),
    kind: input.kind,
    title: input.title.trim(),
    body: input.body.trim(),
    visibility: input.visibility,
    status: 'discussion',
    payload: input.payload,
    requestedRule: input.rule,
    proposedBy: input.proposedBy,
    proposedFor: input.proposedFor,
    createdAt: ctx.clock.now().toISOString(),
    openedAt: null,
    closesAt: null,
    closedAt: null,
    rule: null,
    electorate: null,
    result: null,
    reminderSentAt: null,
  };
  await insertProposal(trx, proposal);
  await appendAudit(trx, ctx, {
    actor: auditActor(actor),
    action: 'governance.proposal.create',
    subject: `proposal:${proposal.id}`,
    payload: { kind: proposal.kind, visibility: proposal.visibility, proposedFor: proposal.proposedFor, requestedRule: proposal.requestedRule },
  });
  return proposal;
}
