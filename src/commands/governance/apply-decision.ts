// What an approved proposal does, in the transaction that decided it. Each effect re-checks what may have
// changed since the proposal was made (another decision taken meanwhile); if the effect can no longer
// apply, the proposal lapses with the reason and nothing is written (the refusals below come before any
// write). Statements whose adoption is refused, withdrawn or lapsed go back to drafting.
import { DomainError } from '../../domain/errors.js';
import { statusAfterVote } from '../../domain/governance/statements.js';
import type { BaselineChange } from '../../domain/governance/baseline-changes.js';
import type { CharterTerm } from '../../domain/governance/charter.js';
import type { SettingKey } from '../../domain/governance/expert-advisors.js';
import type { MembershipCriterion } from '../../domain/governance/membership.js';
import type { AdvisorCriterion } from '../../domain/governance/expert-advisors.js';
import { findCurrentMembership, insertMembership } from '../../db/repositories/memberships.js';
import { findCurrentAdvisor, insertExpertAdvisor, listCurrentAdvisors } from '../../db/repositories/expert-advisors.js';
import { findUser, saveUser } from '../../db/repositories/users.js';
import { findStatement, saveStatement } from '../../db/repositories/statements.js';
import { insertCharterTerm } from '../../db/repositories/charter-terms.js';
import { readSetting, writeSetting } from '../../db/repositories/governance-settings.js';
import { insertBaselineVersion } from '../../db/repositories/baseline-versions.js';
import type { Proposal } from '../../db/repositories/proposals.js';
import { appendAudit } from '../audit.js';
import { newId } from '../accounts/secrets.js';
import { curateIn } from '../curation/curate.js';
import { planBaselineChange } from './baseline-change-plan.js';
import { today, type GovernanceContext, type Trx } from './context.js';

async function record(trx: Trx, ctx: GovernanceContext, p: Proposal, action: string, subject: string, payload: Record<string, unknown>): Promise<void> {
  await appendAudit(trx, ctx, { actor: 'system', action, subject, payload: { proposalId: p.id, ...payload } });
}

/** Applies the effect; returns why the proposal lapsed, or null when it took effect. */
export async function applyDecision(trx: Trx, ctx: GovernanceContext, p: Proposal): Promise<string | null> {
  const now = ctx.clock.now().toISOString();
  switch (p.kind) {
    case 'admit-member': {
      const organisationId = String(p.payload.organisationId);
      if (await findCurrentMembership(trx, organisationId)) return 'the organisation had become a member meanwhile';
      const id = newId();
      await insertMembership(trx, {
        id,
        organisationId,
        criterion: p.payload.criterion as MembershipCriterion,
        frameworkId: (p.payload.frameworkId as string | null) ?? null,
        admittedAt: now,
        source: 'proposal',
        proposalId: p.id,
        endedAt: null,
        endNote: null,
      });
      await record(trx, ctx, p, 'governance.member.admit', `organisation:${organisationId}`, { membershipId: id });
      return null;
    }
    case 'admit-expert-advisor': {
      const userId = String(p.payload.nomineeUserId);
      const country = String(p.payload.country);
      const user = await findUser(trx, userId);
      if (!user || user.status !== 'active') return 'the nominee no longer has an active account';
      if (await findCurrentAdvisor(trx, userId)) return 'the nominee had become an expert advisor meanwhile';
      if ((await readSetting(trx, 'advisors-one-per-country')) && (await listCurrentAdvisors(trx)).some((a) => a.country === country)) {
        return `${country} had an expert advisor meanwhile, and the Group has one per member country`;
      }
      const id = newId();
      await insertExpertAdvisor(trx, {
        id,
        userId,
        country,
        criterion: p.payload.criterion as AdvisorCriterion,
        designatedBy: (p.payload.designatedBy as string | null) ?? null,
        proposalId: p.id,
        admittedAt: now,
        endedAt: null,
      });
      // The role lets the advisor's account show what advisors do; admission itself is this register.
      if (!user.roles.includes('expert-advisor')) await saveUser(trx, { ...user, roles: [...user.roles, 'expert-advisor'], updatedAt: now });
      await record(trx, ctx, p, 'governance.advisor.admit', `user:${userId}`, { advisorId: id, country });
      return null;
    }
    case 'adopt-statement': {
      const statement = await findStatement(trx, String(p.payload.statementId));
      if (!statement) return 'the statement no longer exists';
      const version = Number(p.payload.version);
      await saveStatement(trx, { ...statement, status: 'adopted', adoptedVersion: version, adoptedOn: today(ctx.clock.now()), proposalId: p.id });
      await record(trx, ctx, p, 'governance.statement.adopt', `statement:${statement.id}`, { version });
      return null;
    }
    case 'change-baseline': {
      const changes = (p.payload.changes ?? []) as BaselineChange[];
      try {
        const planned = await curateIn(trx, ctx, 'system', (current) => planBaselineChange(current, changes, p.id, ctx.clock.now()), { authority: { proposalId: p.id } });
        await insertBaselineVersion(trx, { version: planned.version, recordedAt: now, source: 'proposal', proposalId: p.id, bundleVersion: null, changes, note: p.title });
        await record(trx, ctx, p, 'governance.baseline.version', `framework:platform-baseline`, { version: planned.version, previousVersion: planned.previousVersion });
        return null;
      } catch (e) {
        // Refusals are raised before anything is written, so the transaction can go on to record the lapse.
        if (e instanceof DomainError) return `the changes no longer apply to the registry: ${e.message}`;
        throw e;
      }
    }
    case 'recharter': {
      const term = p.payload as unknown as CharterTerm;
      const id = newId();
      await insertCharterTerm(trx, { id, startsOn: term.startsOn, endsOn: term.endsOn, goals: term.goals, deliverables: term.deliverables, source: 'proposal', proposalId: p.id, recordedAt: now });
      await record(trx, ctx, p, 'governance.charter.term', `charter:${id}`, { startsOn: term.startsOn, endsOn: term.endsOn });
      return null;
    }
    case 'change-setting': {
      const key = p.payload.setting as SettingKey;
      const value = Boolean(p.payload.value);
      await writeSetting(trx, key, value, now, p.id);
      await record(trx, ctx, p, 'governance.setting.change', `setting:${key}`, { value });
      return null;
    }
  }
}

/** A statement whose adoption did not go through returns to drafting. */
export async function afterRejection(trx: Trx, p: Proposal): Promise<void> {
  if (p.kind !== 'adopt-statement') return;
  const statement = await findStatement(trx, String(p.payload.statementId));
  if (statement && statement.status === 'voting' && statement.proposalId === p.id) {
    await saveStatement(trx, { ...statement, status: statusAfterVote('refused') });
  }
}
