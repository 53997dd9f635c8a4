// Mail never goes nowhere: every message is first written to the outbox table, in the transaction that caused
// it. With SMTP configured (SMTP_URL), it is then delivered after the commit and its body dropped (it may hold
// a one-time link); without SMTP it stays queued, for an administrator to read at GET /api/admin/outbox.
// A recipient without an account (an anonymous reporter's address) is sealed like the case it belongs to, so
// neither the database nor the outbox page shows it; delivery opens it with the same key.
import nodemailer from 'nodemailer';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { insertOutboxMessage, findOutboxMessage, markOutboxFailed, markOutboxSent } from '../../db/repositories/outbox.js';
import type { Sealer } from '../../crypto/sealed-box.js';
import type { CommandContext } from '../context.js';
import { newId } from './secrets.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(m) {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text });
    },
  };
}

/** Where a sealed recipient lives: its sealed value opens only in this row and field. */
export const outboxRecipientPlace = (outboxId: string) => `outbox:${outboxId}:to_address`;

/**
 * Writes a message to the outbox inside the caller's transaction; returns its id for delivery after commit.
 * With `sealRecipient`, the address is stored sealed (to_sealed) instead of in clear.
 */
export async function queueEmail(
  trx: Kysely<Database>,
  ctx: Pick<CommandContext, 'clock'>,
  message: MailMessage & { purpose: string; userId: string | null; sealRecipient?: Sealer },
): Promise<string> {
  const id = newId();
  await insertOutboxMessage(trx, {
    id,
    createdAt: ctx.clock.now().toISOString(),
    purpose: message.purpose,
    to: message.sealRecipient ? null : message.to,
    toSealed: message.sealRecipient ? message.sealRecipient.seal(message.to, outboxRecipientPlace(id)) : null,
    userId: message.userId,
    subject: message.subject,
    body: message.text,
    status: 'queued',
    sentAt: null,
    error: null,
  });
  return id;
}

/**
 * Delivers queued messages through SMTP, when there is SMTP. A failure is recorded, never thrown at the caller.
 * Sealed recipients are opened with `sealer` (the disclosure commands pass theirs).
 */
export async function deliverQueued(ctx: CommandContext & { mailer: Mailer | null; sealer?: Sealer }, ids: string[]): Promise<void> {
  if (!ctx.mailer) return;
  for (const id of ids) {
    const m = await findOutboxMessage(ctx.store.db, id);
    if (!m || m.status !== 'queued' || (m.to === null && (m.toSealed === null || !ctx.sealer))) continue;
    try {
      // A sealed address that does not open (a lost key) fails like a refused delivery, and is recorded so.
      const to = m.to ?? ctx.sealer!.open(m.toSealed!, outboxRecipientPlace(id));
      await ctx.mailer.send({ to, subject: m.subject, text: m.body });
      await markOutboxSent(ctx.store.db, id, ctx.clock.now().toISOString());
    } catch (e) {
      await markOutboxFailed(ctx.store.db, id, (e as Error).message.slice(0, 500));
    }
  }
}
