// The Platform's public facts: its members (organisations, public), its expert advisors (names of people
// admitted to a public group), its settings, its charter and the versions of its baseline; and, for a
// signed-in viewer, their own standing (what they may do here).
import { termInForce } from '../../domain/governance/charter.js';
import type { Viewer } from '../../domain/governance/visibility.js';
import { listFrameworks } from '../../db/repositories/frameworks.js';
import { listCurrentMembers, type MemberOrganisation } from '../../db/repositories/memberships.js';
import { listCurrentAdvisors, type ExpertAdvisor } from '../../db/repositories/expert-advisors.js';
import { readSettings, type SettingState } from '../../db/repositories/governance-settings.js';
import { listCharterTerms, type StoredCharterTerm } from '../../db/repositories/charter-terms.js';
import { listBaselineVersions, type BaselineVersion } from '../../db/repositories/baseline-versions.js';
import { findOrganisation } from '../../db/repositories/organisations.js';
import type { CommandContext } from '../context.js';
import { today } from './context.js';
import { personNames } from './names.js';

type Ctx = Pick<CommandContext, 'store' | 'clock'>;

export async function currentMembers(ctx: Ctx): Promise<(MemberOrganisation & { frameworkTitle: string | null })[]> {
  const [members, frameworks] = [await listCurrentMembers(ctx.store.db), await listFrameworks(ctx.store.db)];
  const titles = new Map(frameworks.map((f) => [f.id, f.shortName || f.title]));
  return members.map((m) => ({ ...m, frameworkTitle: m.frameworkId ? (titles.get(m.frameworkId) ?? null) : null }));
}

export async function currentAdvisors(ctx: Ctx): Promise<(ExpertAdvisor & { displayName: string | null; designatedByName: string | null })[]> {
  const advisors = await listCurrentAdvisors(ctx.store.db);
  const names = await personNames(ctx.store.db, advisors.map((a) => a.userId));
  const out = [];
  for (const a of advisors) {
    const designating = a.designatedBy ? await findOrganisation(ctx.store.db, a.designatedBy) : undefined;
    out.push({ ...a, displayName: names.get(a.userId) ?? null, designatedByName: designating?.name ?? null });
  }
  return out;
}

export const governanceSettings = (ctx: Ctx): Promise<SettingState[]> => readSettings(ctx.store.db);

export async function charter(ctx: Ctx): Promise<{ terms: StoredCharterTerm[]; inForce: StoredCharterTerm | null }> {
  const terms = await listCharterTerms(ctx.store.db);
  return { terms, inForce: termInForce(terms, today(ctx.clock.now())) };
}

export const baselineVersions = (ctx: Ctx): Promise<BaselineVersion[]> => listBaselineVersions(ctx.store.db);

export interface Standing {
  signedIn: boolean;
  organisationId: string | null;
  member: boolean;
  advisor: boolean;
  representative: boolean;
  governmentMember: boolean;
  administrator: boolean;
  mayApply: boolean;
}

export function standingOf(viewer: Viewer): Standing {
  return {
    signedIn: viewer.userId !== null,
    organisationId: viewer.organisationId,
    member: viewer.member,
    advisor: viewer.advisor,
    representative: viewer.representative,
    governmentMember: viewer.member && viewer.organisationType === 'government-agency',
    administrator: viewer.administrator,
    mayApply: viewer.userId !== null && !viewer.member && (viewer.organisationType === 'government-agency' || viewer.organisationType === 'international-organisation-or-ngo'),
  };
}
