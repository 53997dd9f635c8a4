// Whom a case's PSIRT or coordinators can invite: active users of CSIRT/PSIRT organisations not on it yet.
import { listOrganisations } from '../../db/repositories/organisations.js';
import { listUsers } from '../../db/repositories/users.js';
import type { LoadedCase } from './case-access.js';
import type { DisclosureContext } from './disclosure-context.js';

export async function coordinatorCandidates(ctx: Pick<DisclosureContext, 'store'>, loaded: LoadedCase): Promise<{ userId: string; name: string; organisation: string }[]> {
  const out: { userId: string; name: string; organisation: string }[] = [];
  for (const o of await listOrganisations(ctx.store.db)) {
    if (o.type !== 'csirt-psirt') continue;
    for (const u of await listUsers(ctx.store.db, { organisationId: o.id })) {
      if (u.status === 'active' && !loaded.coordinatorUserIds.includes(u.id)) out.push({ userId: u.id, name: u.displayName ?? '', organisation: o.name });
    }
  }
  return out;
}
