// Mail about a case goes through the outbox, written in the transaction that changed the case. It never holds
// report contents, messages or the private link (the Platform does not keep the link, and the outbox is
// readable by administrators): it says that something happened and where to look. An anonymous reporter's
// address is a case field: it stays sealed in the outbox too (to_sealed), opened only to deliver.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { findUser, listUsers } from '../../db/repositories/users.js';
import { queueEmail } from '../accounts/mail.js';
import type { LoadedCase } from './case-access.js';
import { openContent } from './case-access.js';
import type { DisclosureContext } from './disclosure-context.js';

export type Audience = 'psirt' | 'coordinators' | 'reporter';

interface Recipient {
  to: string;
  userId: string | null;
  audience: Audience | 'editors';
}

async function userRecipients(db: Kysely<Database>, userIds: readonly string[], audience: Recipient['audience']): Promise<Recipient[]> {
  const out: Recipient[] = [];
  for (const id of userIds) {
    const u = await findUser(db, id);
    if (u && u.status === 'active' && u.email) out.push({ to: u.email, userId: u.id, audience });
  }
  return out;
}

async function recipients(trx: Kysely<Database>, ctx: DisclosureContext, loaded: LoadedCase, audiences: readonly Audience[]): Promise<Recipient[]> {
  const out: Recipient[] = [];
  if (audiences.includes('psirt')) {
    if (loaded.psirtUserIds.length > 0) out.push(...(await userRecipients(trx, loaded.psirtUserIds, 'psirt')));
    else {
      // No PSIRT yet: the manufacturer's editors learn that a report waits and that they must designate one.
      const editors = (await listUsers(trx, { organisationId: loaded.record.manufacturerId })).filter((u) => u.roles.includes('manufacturer-editor'));
      out.push(...(await userRecipients(trx, editors.map((u) => u.id), 'editors')));
    }
  }
  if (audiences.includes('coordinators')) out.push(...(await userRecipients(trx, loaded.coordinatorUserIds, 'coordinators')));
  if (audiences.includes('reporter')) {
    if (loaded.record.reporterUserId) out.push(...(await userRecipients(trx, [loaded.record.reporterUserId], 'reporter')));
    else {
      const email = openContent(ctx.sealer, loaded.record).reporterEmail;
      if (email) out.push({ to: email, userId: null, audience: 'reporter' });
    }
  }
  const seen = new Set<string>();
  return out.filter((r) => (seen.has(r.to) ? false : (seen.add(r.to), true)));
}

function linkFor(ctx: DisclosureContext, loaded: LoadedCase, r: Recipient): string {
  if (r.audience === 'editors') return `${ctx.publicUrl}/disclosure/manage`;
  if (r.audience === 'reporter' && r.userId === null) return 'the private link you were given when you filed the report';
  return `${ctx.publicUrl}/disclosure/cases/${loaded.record.id}`;
}

/** Queues one message per recipient (skipping `except`, the user who caused it); returns the outbox ids. */
export async function mailAboutCase(
  trx: Kysely<Database>,
  ctx: DisclosureContext,
  loaded: LoadedCase,
  audiences: readonly Audience[],
  what: string,
  except: string | null = null,
): Promise<string[]> {
  const ids: string[] = [];
  const { trackingId, productName } = loaded.record;
  for (const r of await recipients(trx, ctx, loaded, audiences)) {
    if (except !== null && r.userId === except) continue;
    const editorsNote =
      r.audience === 'editors' ? '\n\nYour organisation has no PSIRT members on the Platform yet: designate them on your disclosure page so they can read the report.' : '';
    ids.push(
      await queueEmail(trx, ctx, {
        purpose: 'disclosure',
        userId: r.userId,
        to: r.to,
        ...(r.userId === null ? { sealRecipient: ctx.sealer } : {}),
        subject: `[${trackingId}] ${what}`,
        text: `Vulnerability case ${trackingId} (${productName}): ${what}\n\nOpen it at ${linkFor(ctx, loaded, r)}.${editorsNote}\n\nFor confidentiality this email holds no details of the case.`,
      }),
    );
  }
  return ids;
}
