// The disclosure commands' context, built from the app's dependencies, and the loading and authorising of a
// case that every case route does first (validate -> load -> authorize -> command -> presenter).
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { disclosureSealer } from '../../../crypto/sealed-box.js';
import type { CaseRole, DisclosureAction } from '../../../domain/access/disclosure.js';
import { DomainError } from '../../../domain/errors.js';
import { findOrganisation } from '../../../db/repositories/organisations.js';
import { loadCase, rolesOnCase, type LoadedCase } from '../../../commands/disclosure/case-access.js';
import type { CaseAuthor } from '../../../commands/disclosure/case-events.js';
import type { DisclosureContext } from '../../../commands/disclosure/disclosure-context.js';
import { storeProductRegistry } from '../../../commands/disclosure/store-product-registry.js';
import { assertCan } from '../../plugins/authorization.js';

// Without a configured secret key (tests, embedded uses of buildApp) cases are sealed with a key that lives as
// long as the process; a server always passes its persisted key (src/http/server.ts).
const ephemeralKey = randomBytes(32);

export function disclosureContext(app: FastifyInstance): DisclosureContext {
  const d = app.deps;
  return {
    store: d.store,
    clock: d.clock,
    publicUrl: d.config.publicUrl,
    mailer: d.mailer ?? null,
    sealer: disclosureSealer(d.secretKey ?? ephemeralKey),
    products: storeProductRegistry(d.store.db),
  };
}

export async function actorOrganisationType(ctx: DisclosureContext, req: FastifyRequest): Promise<string | null> {
  if (req.actor.kind !== 'user' || req.actor.organisationId === null) return null;
  return (await findOrganisation(ctx.store.db, req.actor.organisationId))?.type ?? null;
}

const PREFERRED: Record<string, CaseRole[]> = {
  'disclosure.case.manage': ['psirt'],
  'disclosure.case.publish': ['psirt', 'coordinator'],
  'disclosure.case.deadline': ['psirt', 'coordinator'],
  'disclosure.case.invite': ['psirt', 'coordinator'],
};

/**
 * Loads the case and checks the action against it. Someone with no part in the case is told it does not exist
 * (404), so case ids reveal nothing; a participant without the right is refused (403).
 */
export async function authorizedCase(ctx: DisclosureContext, req: FastifyRequest, action: DisclosureAction, caseId: string): Promise<{ loaded: LoadedCase; author: CaseAuthor; roles: CaseRole[] }> {
  const loaded = await loadCase(ctx, caseId);
  const roles = rolesOnCase(req.actor, loaded);
  if (roles.length === 0 && action !== 'disclosure.case.join') throw new DomainError('case_not_found', 'No such case.');
  const organisationType = action === 'disclosure.case.join' ? await actorOrganisationType(ctx, req) : null;
  assertCan(req, action, { ...loaded.resource, actorOrganisationType: organisationType });
  const role = (PREFERRED[action] ?? ['psirt', 'coordinator', 'reporter']).find((r) => roles.includes(r)) ?? 'coordinator';
  return { loaded, author: { role, userId: req.actor.kind === 'user' ? req.actor.userId : null }, roles };
}

/** Decodes base64 attachments strictly (a stray character is an error, not silently dropped). */
export function decodeAttachments(files: { name: string; content: string }[] | undefined, pointer = 'body/attachments'): { name: string; bytes: Uint8Array }[] {
  return (files ?? []).map((f, i) => {
    const clean = f.content.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) {
      throw new DomainError('validation_failed', `${pointer}/${i}/content is not base64`, [{ pointer: `${pointer}/${i}/content`, message: 'is not base64' }]);
    }
    return { name: f.name, bytes: Buffer.from(clean, 'base64') };
  });
}
