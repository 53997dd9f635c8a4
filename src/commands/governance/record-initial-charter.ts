// The first charter term, recorded by an administrator (API and CLI); later terms come only from adopted
// re-charter proposals.
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import { checkTerm, type CharterTerm } from '../../domain/governance/charter.js';
import { insertCharterTerm, listCharterTerms, type StoredCharterTerm } from '../../db/repositories/charter-terms.js';
import { appendAudit, auditActor } from '../audit.js';
import { newId } from '../accounts/secrets.js';
import type { CommandContext } from '../context.js';

export async function recordInitialCharter(ctx: CommandContext, actor: Actor | 'cli', term: CharterTerm): Promise<StoredCharterTerm> {
  const problems = checkTerm(term);
  if (problems.length > 0) throw new DomainError('validation_failed', `The term cannot be recorded: ${problems[0]}.`, problems.map((p) => ({ pointer: 'body', message: p })));
  return ctx.store.db.transaction().execute(async (trx) => {
    if ((await listCharterTerms(trx)).length > 0) throw new DomainError('conflict', 'The charter already has a term; a new one comes from an adopted re-charter proposal.');
    const stored: StoredCharterTerm = {
      id: newId(),
      ...term,
      goals: term.goals.map((g) => g.trim()).filter((g) => g !== ''),
      deliverables: term.deliverables.map((d) => d.trim()).filter((d) => d !== ''),
      source: 'initial',
      proposalId: null,
      recordedAt: ctx.clock.now().toISOString(),
    };
    await insertCharterTerm(trx, stored);
    await appendAudit(trx, ctx, { actor: auditActor(actor), action: 'governance.charter.initial', subject: `charter:${stored.id}`, payload: { startsOn: stored.startsOn, endsOn: stored.endsOn } });
    return stored;
  });
}
