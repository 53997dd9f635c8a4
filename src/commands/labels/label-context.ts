// What label commands need beyond a store and a clock: the signing keys and the public origin labels name as
// their issuer (and put in their short URL).
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import type { LabelKeyring } from '../../labels-crypto/keyring.js';
import type { CommandContext } from '../context.js';

export interface LabelContext extends CommandContext {
  keys: LabelKeyring | null;
  publicUrl: string;
}

export function keysOrThrow(ctx: LabelContext): LabelKeyring {
  if (!ctx.keys) throw new DomainError('unavailable', 'Label signing is not configured on this server (no signing key).');
  return ctx.keys;
}

/** Who acted, for commands that an operator may also run from the shell (`iotspp demo load`). */
export type LabelActor = Actor | 'cli';
