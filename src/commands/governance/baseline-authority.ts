// The rule that guards the published baseline: nothing changes it without an adopted proposal. Every registry
// write path asks here before writing: curation (src/commands/curation/curate.ts) passes the adopted
// proposal a change comes from, checked against the store in the same transaction, so no caller can claim
// an authority it does not have; OSCAL imports cannot carry one and are refused outright. The one exception,
// a new baseline shipped in the bundle with the software, is recorded as a baseline version of its own
// (record-bundled-baseline.ts), naming the proposals behind it in docs/baseline-changes.md.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { DomainError } from '../../domain/errors.js';
import { baselineWrites, type RegistryWrite } from '../../domain/governance/baseline-changes.js';
import { findProposal } from '../../db/repositories/proposals.js';

export interface BaselineAuthority {
  /** The adopted change-baseline proposal the write comes from. */
  proposalId: string;
}

function refusal(key: string, why: string): DomainError {
  return new DomainError(
    'baseline_requires_proposal',
    `The published baseline changes only by an adopted proposal of the members (kind change-baseline, POST /api/governance/proposals); ${why} (${key}).`,
    [{ pointer: key, message: 'part of the published baseline' }],
  );
}

export async function assertBaselineWriteAllowed(trx: Kysely<Database>, writes: readonly RegistryWrite[], authority: BaselineAuthority | undefined): Promise<void> {
  const touched = baselineWrites(writes);
  if (touched.length === 0) return;
  if (!authority) throw refusal(touched[0]!.key, 'this change touches it without one');
  const proposal = await findProposal(trx, authority.proposalId);
  if (!proposal || proposal.kind !== 'change-baseline' || proposal.status !== 'approved') {
    throw refusal(touched[0]!.key, `proposal ${authority.proposalId} is not an adopted baseline proposal`);
  }
}

/** For write paths that cannot carry a proposal (OSCAL imports): refuse anything that touches the baseline. */
export function assertNoBaselineWrite(writes: readonly RegistryWrite[], how: string): void {
  const touched = baselineWrites(writes);
  if (touched.length > 0) throw refusal(touched[0]!.key, `${how} cannot change it`);
}
