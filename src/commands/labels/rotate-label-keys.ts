// An operator rotates the label signing key (`iotspp label keys rotate`): new labels are signed with a new key,
// the old public key stays in the published key set so every label already issued keeps verifying. Recorded in
// the audit log with both key ids.
import { appendAudit } from '../audit.js';
import type { CommandContext } from '../context.js';
import type { LabelKeyring, Rotation } from '../../labels-crypto/keyring.js';

export async function rotateLabelKeys(ctx: CommandContext & { keys: LabelKeyring }, by: 'cli' | 'system' = 'cli'): Promise<Rotation> {
  const rotation = await ctx.keys.rotate();
  await ctx.store.db.transaction().execute(async (trx) => {
    await appendAudit(trx, ctx, { actor: by, action: 'label.keys.rotate', subject: `label-key:${rotation.currentKid}`, payload: { previous: rotation.previousKid, current: rotation.currentKid, published: rotation.publishedKids.length } });
  });
  return rotation;
}
