// Administrators register organisations (the Platform's members and the wider community) and correct them.
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import { isCountryCode, type Organisation, type OrganisationType } from '../../domain/accounts/organisation.js';
import { findOrganisation, insertOrganisation, updateOrganisation } from '../../db/repositories/organisations.js';
import { appendAudit, auditActor } from '../audit.js';
import type { CommandContext } from '../context.js';
import { newId } from './secrets.js';

export interface OrganisationInput {
  name: string;
  type: OrganisationType;
  country: string;
}

function assertCountry(country: string): void {
  if (!isCountryCode(country)) {
    throw new DomainError('validation_failed', 'The country must be an ISO 3166-1 alpha-2 code (or INT).', [{ pointer: 'body/country', message: 'unknown code' }]);
  }
}

export async function createOrganisation(ctx: CommandContext, actor: Actor, input: OrganisationInput): Promise<Organisation> {
  assertCountry(input.country);
  const organisation: Organisation = { id: newId(), name: input.name.trim(), type: input.type, country: input.country, createdAt: ctx.clock.now().toISOString() };
  await ctx.store.db.transaction().execute(async (trx) => {
    await insertOrganisation(trx, organisation);
    await appendAudit(trx, ctx, { actor: auditActor(actor), action: 'organisation.create', subject: `organisation:${organisation.id}`, payload: { name: organisation.name, type: organisation.type, country: organisation.country } });
  });
  return organisation;
}

export async function editOrganisation(ctx: CommandContext, actor: Actor, id: string, changes: Partial<OrganisationInput>): Promise<Organisation> {
  const before = await findOrganisation(ctx.store.db, id);
  if (!before) throw new DomainError('organisation_not_found', `No organisation "${id}".`);
  if (changes.country !== undefined) assertCountry(changes.country);
  const after: Organisation = { ...before, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)), name: (changes.name ?? before.name).trim() };
  await ctx.store.db.transaction().execute(async (trx) => {
    await updateOrganisation(trx, after);
    await appendAudit(trx, ctx, {
      actor: auditActor(actor),
      action: 'organisation.update',
      subject: `organisation:${id}`,
      payload: { before: { name: before.name, type: before.type, country: before.country }, after: { name: after.name, type: after.type, country: after.country } },
    });
  });
  return after;
}
