// Reading one label for its public addresses (/l/ID, /api/labels/ID...), which a shop's customers may open from
// many shelves at once. The label's row, and so its status (a withdrawal, a newer release), is read on every
// request, so a withdrawn label shows as withdrawn on the very next view, whoever withdrew it and from whichever
// process. What is kept between requests is only the decoded payload of the signed label, which never changes
// once issued, and is reused only while the stored bytes are the same.
import { DomainError } from '../../domain/errors.js';
import { labelStatus } from '../../domain/labels/status.js';
import { normaliseLabelId } from '../../domain/labels/label-id.js';
import type { LabelPayload } from '../../domain/labels/payload.js';
import { findLabel } from '../../db/repositories/labels.js';
import type { CommandContext } from '../context.js';
import type { LabelNow } from './label-queries.js';

export interface LabelReader {
  /** The label and its status now; label_not_found when there is none. */
  now(id: string): Promise<LabelNow>;
}

/** About 2 KB each: a few megabytes at most. */
export const DECODED_LABELS_KEPT = 2_000;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export function labelReader(ctx: CommandContext, kept = DECODED_LABELS_KEPT): LabelReader {
  const decoded = new Map<string, { jws: string; payload: LabelPayload }>();
  return {
    async now(id) {
      const normalised = normaliseLabelId(id);
      const record = await findLabel(ctx.store.db, normalised, decoded.get(normalised));
      if (!record) {
        decoded.delete(normalised);
        throw new DomainError('label_not_found', `No label "${id}".`);
      }
      // Shared by every request that reads this label from now on: frozen, so no caller can change it for others.
      deepFreeze(record.payload);
      decoded.delete(normalised);
      if (decoded.size >= kept) decoded.delete(decoded.keys().next().value!);
      decoded.set(normalised, { jws: record.jws, payload: record.payload });
      return { record, status: labelStatus(record.payload, record.state, ctx.clock.now()) };
    },
  };
}
