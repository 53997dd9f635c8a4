// The audit log is a hash chain: each entry's hash covers the previous entry's hash and the entry's own
// content, so changing, removing or reordering any entry breaks every link after it. The sequence number is
// the entry's position and is checked for gaps; it is not hashed, so a swap of two entries' contents shows as
// a break in the links (reordered) rather than as altered content.
//
// No personal data goes into hashed content: actors and subjects are pseudonymous ids ("user:<uuid>"), so an
// account can be erased (its row scrubbed) while every entry, and so the chain, stays as it was.
import { canonicalJson } from './canonical-json.js';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditContent {
  /** ISO-8601 time of the change. */
  at: string;
  /** "user:<id>", "system" (the server itself) or "cli" (an operator at the command line). */
  actor: string;
  /** What happened, as "family.verb": "session.create", "registry.mapping.update". */
  action: string;
  /** What it happened to: "user:<id>", "framework:<id>", "mapping:<id>"... */
  subject: string;
  /** Details without secrets or personal data. */
  payload: Record<string, unknown>;
}

export interface AuditEntry extends AuditContent {
  seq: number;
  prevHash: string;
  hash: string;
}

export type HashFn = (text: string) => string;

/** The text that is hashed for an entry. */
export function auditHashInput(prevHash: string, content: AuditContent): string {
  const { at, actor, action, subject, payload } = content;
  return `${prevHash}\n${canonicalJson({ at, actor, action, subject, payload })}`;
}

export function auditHash(sha256: HashFn, prevHash: string, content: AuditContent): string {
  return sha256(auditHashInput(prevHash, content));
}

export type ChainProblemKind = 'altered' | 'removed' | 'reordered';

export interface ChainProblem {
  kind: ChainProblemKind;
  /** The sequence number of the first entry found wrong (or, for removals, where the gap is). */
  seq: number;
  message: string;
}

export interface ChainReport {
  ok: boolean;
  entries: number;
  head: { seq: number; hash: string } | null;
  problem: ChainProblem | null;
}

/**
 * Recomputes the chain over entries in sequence order. `anchor` is the head recorded beside the log (the last
 * seq and hash written), which reveals removal of the newest entries, where no later link would break.
 */
export function verifyAuditChain(
  entries: readonly AuditEntry[],
  sha256: HashFn,
  anchor: { seq: number; hash: string } | null,
): ChainReport {
  const report = (problem: ChainProblem | null): ChainReport => {
    const last = entries.at(-1);
    return { ok: problem === null, entries: entries.length, head: last ? { seq: last.seq, hash: last.hash } : null, problem };
  };
  const hashes = new Set(entries.map((e) => e.hash));
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const entry of entries) {
    if (auditHash(sha256, entry.prevHash, entry) !== entry.hash) {
      return report({ kind: 'altered', seq: entry.seq, message: `entry ${entry.seq} was altered: its content no longer matches its hash` });
    }
    if (entry.seq !== expectedSeq || entry.prevHash !== prev) {
      if (entry.prevHash !== prev && hashes.has(entry.prevHash)) {
        return report({ kind: 'reordered', seq: entry.seq, message: `entry ${entry.seq} is out of order: it follows an entry that is not its predecessor` });
      }
      const from = entry.seq !== expectedSeq ? expectedSeq : entry.seq - 1;
      return report({ kind: 'removed', seq: from, message: `entry ${from} (or entries before ${entry.seq}) was removed: entry ${entry.seq} does not link to its predecessor` });
    }
    prev = entry.hash;
    expectedSeq += 1;
  }
  if (anchor && (anchor.seq !== expectedSeq - 1 || anchor.hash !== prev)) {
    const seq = Math.min(anchor.seq, expectedSeq);
    if (anchor.seq >= expectedSeq) {
      return report({ kind: 'removed', seq: expectedSeq, message: `entries ${expectedSeq} to ${anchor.seq} were removed from the end of the log` });
    }
    return report({ kind: 'altered', seq, message: `the recorded head (entry ${anchor.seq}) does not match the log` });
  }
  return report(null);
}
