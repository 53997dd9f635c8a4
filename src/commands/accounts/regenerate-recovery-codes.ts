import { DomainError } from '../../domain/errors.js';
import { replaceRecoveryCodes } from '../../db/repositories/users.js';
import { appendAudit, userRef } from '../audit.js';
import type { CommandContext } from '../context.js';
import { reauthenticate } from './reauthenticate.js';
import { hashSecret, normaliseRecoveryCode, recoveryCode } from './secrets.js';
import { RECOVERY_CODE_COUNT } from './totp-enrolment.js';

/** New recovery codes replace all old ones (used or not); shown once. */
export async function regenerateRecoveryCodes(ctx: CommandContext, userId: string, password: string): Promise<string[]> {
  const user = await reauthenticate(ctx, userId, password);
  if (user.totpSecret === null) throw new DomainError('conflict', 'Turn on two-factor authentication first.');
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, recoveryCode);
  await ctx.store.db.transaction().execute(async (trx) => {
    await replaceRecoveryCodes(trx, userId, codes.map((c) => hashSecret(normaliseRecoveryCode(c))), ctx.clock.now().toISOString());
    await appendAudit(trx, ctx, { actor: userRef(userId), action: 'account.recovery-codes-regenerate', subject: userRef(userId), payload: { count: codes.length } });
  });
  return codes;
}
