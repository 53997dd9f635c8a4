// What the account commands need beyond a store and a clock: where links point, how mail leaves, how long
// sessions live. Built once by the app (or the CLI) from the configuration.
import type { CommandContext } from '../context.js';
import type { SessionLifetime } from '../../domain/accounts/session-lifetime.js';
import type { Mailer } from './mail.js';
import type { SecretBox } from './secret-box.js';

export interface AccountContext extends CommandContext {
  /** The public origin links in emails point at, e.g. https://iotspp.example.org. */
  publicUrl: string;
  /** SMTP when configured; otherwise null and mail waits in the outbox for an administrator to read. */
  mailer: Mailer | null;
  sessionLifetime: SessionLifetime;
  /** Seals the secrets kept at rest (TOTP seeds). */
  secrets: SecretBox;
}

/** One-time links (setup, invitations, password reset) stop working after these. */
export const SETUP_TOKEN_TTL_MS = 24 * 60 * 60_000;
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60_000;
export const PASSWORD_RESET_TTL_MS = 60 * 60_000;
