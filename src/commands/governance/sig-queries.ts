// Reading special interest groups, each as its visibility allows.
import { DomainError } from '../../domain/errors.js';
import { canSee, type Viewer } from '../../domain/governance/visibility.js';
import type { ParticipantKind } from '../../domain/governance/special-interest-groups.js';
import { findSig, listSigParticipants, listSigReports, listSigs, type SigReport, type SpecialInterestGroup } from '../../db/repositories/special-interest-groups.js';
import type { CommandContext } from '../context.js';
import { organisationNames, personNames } from './names.js';

type Ctx = Pick<CommandContext, 'store'>;

export interface SigView {
  group: SpecialInterestGroup;
  participants: { kind: ParticipantKind; id: string; name: string | null; joinedAt: string }[];
  reports: SigReport[];
}

export async function visibleSigs(ctx: Ctx, viewer: Viewer): Promise<SpecialInterestGroup[]> {
  return (await listSigs(ctx.store.db)).filter((g) => canSee(viewer, g.visibility));
}

export async function sigView(ctx: Ctx, viewer: Viewer, id: string): Promise<SigView> {
  const group = await findSig(ctx.store.db, id);
  if (!group || !canSee(viewer, group.visibility)) throw new DomainError('sig_not_found', `No special interest group "${id}".`);
  const participants = await listSigParticipants(ctx.store.db, group.id);
  const orgs = await organisationNames(ctx.store.db);
  // People are named to members and advisors; the public sees that an advisor takes part, not who.
  const people = viewer.member || viewer.advisor ? await personNames(ctx.store.db, participants.filter((p) => p.kind === 'advisor').map((p) => p.id)) : new Map<string, string | null>();
  return {
    group,
    participants: participants.map((p) => ({
      kind: p.kind,
      id: p.kind === 'organisation' || viewer.member || viewer.advisor ? p.id : '',
      name: p.kind === 'organisation' ? (orgs.get(p.id) ?? null) : (people.get(p.id) ?? null),
      joinedAt: p.joinedAt,
    })),
    reports: await listSigReports(ctx.store.db, group.id),
  };
}
